#pragma once
// A model-training run as the GUI's training dialog and the command line see
// it, without knowing the network or the library that trains it (torch-free).
// The app (composition root) builds jobs from the models library's trainers
// and hands a factory to the UI, so `atelier train …` and the dialog run the
// same code.

#include <QList>
#include <QPointF>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>

namespace atelier::core {

struct TrainingSpec {
    QString kind;            // "melody" | "performance"
    QString dataPath;        // a corpus folder
    QString outPath;         // the model file to write
    QString checkpointDir;   // "" = none
    bool resume = false;     // a checkpoint there wins over initFrom
    // A model to start from ("" = from scratch): timbre, a *.timbre.json to
    // fine-tune; melody and performance, a *.music.json to personalise on the
    // user's few files in dataPath (PersonalMusicData).
    QString initFrom;
    QString referencePath;   // personalising: the corpus the base model learned from ("" = none)
    double learningRate = 0; // 0 = the trainer's default
    double anchor = 0;       // personalising: the pull toward the base weights
    double rehearsal = 1;    // personalising with referencePath: its windows per window of the user's
    int steps = 0;           // total steps to reach (0 = no limit)
    double minutes = 0;      // total minutes to reach, resumed time included (0 = no limit)
    int threads = 1;
    int maxFiles = 0;        // 0 = the whole corpus (tests use a few files)
    // The network: "lstm", or "transformer" (relative attention; hidden is its
    // model width, window its attention span and training window).
    QString architecture = QStringLiteral("lstm");
    // Network size: 0 = the kind's default.
    int hidden = 0, layers = 0, batch = 0, window = 0, heads = 0;
    std::uint64_t seed = 1;
    // Data-parallel training (`--world-size N --rank R --master HOST:PORT`):
    // worldSize 1 = one process. batch is per rank; dataShards 0 = one per rank.
    int worldSize = 1, rank = 0, dataShards = 0;
    QString masterHost = QStringLiteral("127.0.0.1");
    int masterPort = 29500;
    double timeoutSeconds = 60;  // a lost rank stops the others within this
    QString bindAddress;         // "" = chosen from the master's address
    double dropout = -1;         // < 0 = the kind's default
};

struct TrainingReport {
    int step = 0;
    int targetSteps = 0;     // 0 when limited by time only
    double loss = 0;         // training NLL per event (nats)
    double learningRate = 0;
    double stepsPerSecond = 0, eventsPerSecond = 0;
    double elapsedSeconds = 0, etaSeconds = -1;
    bool validation = false; // validLoss holds a held-out NLL at this step
    double validLoss = 0;
};

// (now - base) / |base|: the relative change of a loss, negative when it went
// down (0 when base is 0). What personalising reports as gain and forgetting.
inline double relativeChange(double now, double base)
{
    return base != 0 ? (now - base) / (base < 0 ? -base : base) : 0.0;
}

class ITrainingJob {
public:
    virtual ~ITrainingJob() = default;
    virtual QString describe() const = 0;   // data and network, one line
    virtual int step() const = 0;
    // Trains until the spec's step or time target, or until *cancel is set
    // (then a checkpoint is saved). Reports come from the calling thread.
    virtual bool run(const std::atomic<bool> *cancel, const std::function<void(const TrainingReport &)> &report,
                     QString *error) = 0;
    virtual bool exportModel(const QString &path, QString *error) = 0;
    virtual double evaluate(bool test) = 0;  // held-out NLL per event
    // (step, loss) points so far, resumed runs included where known.
    virtual QList<QPointF> lossCurve() const = 0;
    virtual QList<QPointF> validCurve() const = 0;
    virtual int batchSize() const { return 0; }              // examples per step (per rank)
    virtual double allreduceSeconds() const { return 0; }    // data-parallel: time spent summing gradients
    // Personalising: the held-out loss on the base model's own data (the
    // spec's referencePath), to see what was forgotten; NaN without one.
    virtual double referenceLoss() { return std::numeric_limits<double>::quiet_NaN(); }
};

// Loads the data and builds (or resumes) the model; nullptr and *error on
// failure. Setting *cancel (may be null) stops the preparation (rendering a
// dataset, reading a corpus) early, with nothing saved.
using TrainingJobFactory =
    std::function<std::unique_ptr<ITrainingJob>(const TrainingSpec &, const std::atomic<bool> *cancel, QString *error)>;

} // namespace atelier::core
