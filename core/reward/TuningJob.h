#pragma once
// A tuning run toward a reward as the studio's Tune a Model dialog and
// `atelier tune` see it, without knowing the library that tunes (torch-free):
// the app builds jobs from the models library's tuners (MusicTuner,
// SketchTuner) and hands the factory to the UI, so the dialog and the
// command line run the same code.

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace atelier::core {

struct TuningSpec {
    QString kind;             // "melody" | "performance" | "sketch"
    QString base;             // a model file, or "melody" / "performance" (the shipped ones)
    QString rewardScript;     // a reward script (.js) ...
    QString ratingsLog;       // ... or a ratings log (exactly one of the two)
    QString outPath;          // the tuned model's file
    QString dataPath;         // music: the corpus the contexts come from ("" = the kind's default)
    double beta = 0.3;
    int steps = 0;            // total steps to reach (0 = no step limit)
    double minutes = 0;       // total minutes to reach, earlier runs included (0 = no limit)
    int group = 8;
    int contexts = 64;        // music: excerpts of the training split
    double learningRate = 1e-4;
    double temperature = 0.65;   // drawings
    std::uint64_t seed = 1;
};

struct TuningReport {
    int step = 0;
    int targetSteps = 0;      // 0 when limited by time only
    double reward = 0;        // mean reward of the step's group (NaN when none was scored)
    double kl = 0;            // KL to the base per generated event, nats
    int errors = 0, samples = 0;
    double elapsedSeconds = 0;
};

class ITuningJob {
public:
    virtual ~ITuningJob() = default;
    virtual QString describe() const = 0;   // "melody-lstm toward stepwise.js, β 0.1, 64 contexts, group 8"
    virtual int step() const = 0;
    virtual double elapsedSeconds() const = 0;
    // Tunes until the spec's targets or *cancel; run() again (from any
    // thread) goes on where it stopped. Reports come from the calling thread.
    virtual bool run(const std::atomic<bool> *cancel, const std::function<void(const TuningReport &)> &report,
                     QString *error) = 0;
    virtual void setTargets(int steps, double minutes) = 0;
    // Writes the tuned model with its record (base, β, the reward's text).
    virtual bool exportModel(const QString &path, QString *error) = 0;
    virtual const std::vector<double> &rewardCurve() const = 0;   // one per step
    virtual const std::vector<double> &klCurve() const = 0;
    virtual int errors() const = 0;
    virtual bool stopped() const = 0;      // the last run ended on *cancel
    virtual QJsonObject extra() const = 0; // what `atelier tune --json` adds for the kind ("contexts", "temperature")
};

// Reads the base model and the reward, builds the contexts and the tuner;
// nullptr and *error ("<problem>") on failure.
using TuningJobFactory = std::function<std::unique_ptr<ITuningJob>(const TuningSpec &, QString *error)>;

} // namespace atelier::core
