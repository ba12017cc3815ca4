#pragma once
// What every tuner toward a reward shares (MusicTuner, SketchTuner): the
// options, the per-step report, and the loop itself: steps until the step
// or time target (earlier runs' time included, so a run resumed after a
// cancel goes on where it stopped), the cancel flag checked between steps,
// the rewards asked for and their failures (a run ends when more than half
// have failed, with the first failure's message), the reward and KL curves,
// and the group-relative advantages: A_g = (r_g - mean) / std over the
// scored rows of a group (all 0 when the rewards are equal).
//
// Torch-free.

#include "reward/IReward.h"

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace atelier::models {

struct TuningOptions {
    double beta = 0.3;            // weight of the KL term
    int group = 8;                // G outputs per context, 2..8
    int steps = 0;                // total steps to reach (0 = no step limit)
    double minutes = 0;           // total minutes to reach, earlier runs included (0 = none)
    std::uint64_t seed = 1;
    double learningRate = 1e-4;
    double gradClipNorm = 1.0;
    int threads = 1;
    double temperature = 0.65;    // drawing models: the temperature the policy samples at
};

struct TuningProgress {
    int step = 0;
    int targetSteps = 0;          // 0 when limited by time only
    double reward = 0;            // mean reward of this step's group (NaN when none was scored)
    double kl = 0;                // KL(π ‖ π₀) per generated event, nats
    int errors = 0;               // failed rewards so far
    int samples = 0;              // rewards asked for so far
    double elapsedSeconds = 0;
};

class TuningLoop {
public:
    using ProgressCallback = std::function<void(const TuningProgress &)>;
    using Step = std::function<bool(QString *error)>;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    void reset();

    // Calls step() until the options' targets, the cancel flag or an error.
    // Each step() calls score() for its group and record() once.
    bool run(const TuningOptions &options, const Step &step, QString *error);

    struct Scored {
        std::vector<int> rows;        // indices of the samples that were scored
        std::vector<double> rewards;
        double mean = 0;              // NaN when none was
    };
    Scored score(core::IReward &reward, const std::vector<QJsonObject> &samples);
    void record(double meanReward, double kl);
    static std::vector<float> advantages(const std::vector<double> &rewards);

    // Empty when the options can tune (group 2..8, β ≥ 0, a positive
    // learning rate, a temperature in (0, 2]), else the first problem.
    static QString checkOptions(const TuningOptions &options);
    // `tuning` (what the caller records: base, reward, ...) with beta, group,
    // seed, learning_rate, steps, minutes, errors, reward_curve, kl_curve.
    QJsonObject withSummary(QJsonObject tuning, const TuningOptions &options) const;

    int step() const { return m_step; }
    bool cancelled() const { return m_cancelled; }
    double elapsedSeconds() const { return m_before + m_thisRun; }
    int errors() const { return m_errors; }
    int samples() const { return m_samples; }
    QString firstError() const { return m_firstError; }
    const std::vector<double> &rewards() const { return m_rewards; }
    const std::vector<double> &kls() const { return m_kls; }

private:
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_step = 0;
    double m_before = 0, m_thisRun = 0;
    int m_errors = 0, m_samples = 0;
    QString m_firstError;
    bool m_cancelled = false;
    std::vector<double> m_rewards, m_kls;
};

} // namespace atelier::models
