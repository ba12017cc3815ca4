#pragma once
// Tunes a Sketch-RNN drawing model (Magenta's decoder-only models, or our
// VAEs drawing from scratch with z = 0) toward a reward, the drawing
// counterpart of MusicTuner (see there and TuningLoop for the shared
// loop). Each step draws a group of G sketches from scratch with the
// current policy at the tuning temperature (SketchSampleOptions, default
// 0.65, the temperature drawings are scored at), scores them, and takes
// the group-relative advantages. Over the N rows drawn (teacher-forced
// from the start token), with log π the tempered policy's log-density of
// each row (SketchPolicy: pen choice and, except for End rows, the offset
// under the Gaussian mixture):
//   loss = ( -Σ_g A_g Σ_t log π(a_t) + β Σ_g Σ_t k3_t ) / N,
//   k3 = exp(log π₀ - log π) - (log π₀ - log π) - 1   (≥ 0),
// k3 being the low-variance estimate of KL(π ‖ π₀) from samples of π (the
// mixture has no closed-form KL); the reported KL is the plain estimate
// mean(log π - log π₀) per row. Only the decoder learns (and a VAE's
// z → state layer); the encoder is kept as it was.
//
// The tuned model is written with float32 weights (SketchRnnFile::float32),
// so that small updates survive (int16 codes step by 3e-4), and with the
// tuning record in its info ("tuning").
//
// Torch-free header (pimpl).

#include "reward/IReward.h"
#include "sketch/ISketchModel.h"
#include "train/TuningLoop.h"

#include <QJsonObject>
#include <QString>
#include <memory>
#include <vector>

namespace atelier::models {

class SketchTuner {
public:
    SketchTuner(TuningOptions options, core::IReward *reward);   // reward must outlive the tuner
    ~SketchTuner();
    SketchTuner(const SketchTuner &) = delete;
    SketchTuner &operator=(const SketchTuner &) = delete;

    void setProgressCallback(TuningLoop::ProgressCallback callback);
    void setCancelFlag(const std::atomic<bool> *flag);
    void setTargets(int steps, double minutes);

    // Reads the base model (`*.gen.json`, either layout).
    bool prepare(const QString &basePath, QString *error);
    bool run(QString *error);
    // info "tuning": the object given plus TuningLoop::summary() and the temperature.
    bool exportModel(const QString &path, const QString &name, const QJsonObject &tuning, QString *error) const;

    std::shared_ptr<const core::ISketchModel> currentModel() const;
    std::shared_ptr<const core::ISketchModel> baseModel() const;

    int step() const;
    bool cancelled() const;
    double elapsedSeconds() const;
    int errors() const;
    const TuningOptions &options() const;
    const std::vector<double> &rewardHistory() const;
    const std::vector<double> &klHistory() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atelier::models
