#pragma once
// Tunes a music LSTM toward a reward (a user's script or a preference model
// fitted on their ratings), kept close to where it started by a KL term:
// Magenta's RL Tuner idea, in the form of group-relative policy gradient.
//
// Each step takes the next context (episodes in an order shuffled by the
// seed, reshuffled every pass), samples a group of G continuations from the
// current policy π (temperature 1, no nucleus cut: the policy's own
// distribution), scores each with the reward, and standardises the rewards
// within the group: A_g = (r_g - mean) / std (all 0 when they are equal).
// Then, over the N generated tokens of the group (teacher-forced from the
// primer, so the primer's influence is trained too),
//   loss = ( -Σ_g A_g Σ_t log π(a_t) + β Σ_g Σ_t KL(π(·|s_t) ‖ π₀(·|s_t)) ) / N
// with π₀ the frozen base model and the KL taken over the whole next-token
// distribution; Adam, gradients clipped to a global norm. A row whose
// reward fails (the script threw, timed out, returned no number) is left
// out of its group and counted in errors(); a group with fewer than two
// scored rows makes no update.
//
// The figures of each step (mean reward of the group, KL per generated
// token in nats) are kept as curves and go into the exported model's file
// with what the tuning needs to be repeated: the base, β, the reward.
//
// Sampling runs on the fast inference kernel (MusicLstmModel), rebuilt from
// the policy's weights each step; the gradient on LibTorch. CPU, one
// thread by default. run() may be called again after a cancel, with the
// same or larger targets: it goes on where it stopped.
//
// Torch-free header (pimpl): the app and tests include it.

#include "music/IMusicModel.h"
#include "reward/IReward.h"
#include "reward/MusicEpisode.h"
#include "train/TuningLoop.h"

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace atelier::models {

class MusicTuner {
public:
    // `reward` must outlive the tuner; it is called from the thread that runs run().
    MusicTuner(TuningOptions options, std::vector<core::MusicEpisode> episodes, core::IReward *reward);
    ~MusicTuner();
    MusicTuner(const MusicTuner &) = delete;
    MusicTuner &operator=(const MusicTuner &) = delete;

    using ProgressCallback = std::function<void(const TuningProgress &)>;
    void setProgressCallback(ProgressCallback callback);
    void setCancelFlag(const std::atomic<bool> *flag);   // checked between steps
    void setTargets(int steps, double minutes);          // for a resumed run

    // Reads the base model (an LSTM `*.music.json`, melody or performance,
    // not chord-conditioned) and checks the episodes against it.
    bool prepare(const QString &basePath, QString *error);
    // Tunes until the targets (or cancel); see TuningLoop::run().
    bool run(QString *error);

    // Writes the tuned model (`*.music.json`). Its "training" holds the
    // base's training record under "base_training" and "tuning": the
    // `tuning` object given (base, reward, ...) plus TuningLoop::summary()
    // (β, group, seed, learning rate, steps, minutes, errors, the curves)
    // and the number of contexts.
    bool exportModel(const QString &path, const QString &name, const QJsonObject &tuning, QString *error) const;

    // The policy as it is now, for sampling (a copy: tuning goes on without it).
    std::shared_ptr<const core::IMusicModel> currentModel() const;
    std::shared_ptr<const core::IMusicModel> baseModel() const;

    int step() const;
    bool cancelled() const;
    double elapsedSeconds() const;
    int errors() const;
    int samples() const;
    QString firstError() const;
    const TuningOptions &options() const;
    const std::vector<double> &rewardHistory() const;   // one per step
    const std::vector<double> &klHistory() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atelier::models
