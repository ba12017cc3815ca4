#pragma once
// Trains a Sketch-RNN VAE (SketchVae) on an ndjson drawing file on the CPU,
// the way magenta's sketch_rnn_train.py does: random batches of the train
// split (random scale augmentation), loss = reconstruction + kl_weight ·
// max(KL, kl_tolerance) with kl_weight annealed from kl_weight_start towards
// kl_weight, Adam with an exponentially decaying learning rate, gradients
// clipped element-wise to ±gradClip.
//
// Training reconstruction = (masked offset mixture NLL + pen cross-entropy
// over all padded rows) / (B · T), T being the batch's padded length (the
// longest drawing plus one end row; model.py pads every batch to the data's
// max length instead). Evaluation uses model.py's eval definition: pen loss
// on real rows only, divided by B · max_seq_len, z = mu (see SketchEvaluator).
//
// Usable headless (atelier train sketch) and from a GUI: a progress callback
// with the step and losses, and a cancel flag checked between steps. Runs are
// resumable: checkpoints hold model, optimizer, step, elapsed time and the
// torch RNG state (so a resumed run repeats the uninterrupted trajectory),
// written to a temporary file and renamed into place.
//
// Torch-free header (pimpl): the app and tests include it.

#include "SketchDataset.h"
#include "SketchVaeConfig.h"
#include "train/DistributedOptions.h"

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace atelier::models {

struct SketchTrainingOptions {
    QString dataPath;
    QString name;                  // model name in the file; "" = the data's "word"
    QString checkpointDir;         // "" = no checkpoints
    bool resume = false;           // continue from checkpointDir's checkpoint if there is one
    int steps = 0;                 // total steps to reach (0 = no step limit)
    double minutes = 0;            // total training minutes to reach, resumed time included (0 = none)
    int batchSize = 100;
    std::uint64_t seed = 1;
    int threads = 1;
    int maxTrainDrawings = 0;      // 0 = all (tests use a slice)
    SketchVaeConfig vae;
    double learningRate = 1e-3, learningRateDecay = 0.9999, minLearningRate = 1e-5;
    double klWeight = 0.5, klWeightStart = 0.01, klDecay = 0.99995, klTolerance = 0.2;
    double gradClip = 1.0;
    double randomScale = 0.15;
    int validEvery = 500;          // steps between validation passes (0 = never)
    int checkpointEvery = 250;     // steps between checkpoints
    int logEvery = 25;             // steps between progress reports
    // Data-parallel training (see DataParallel): batchSize is per rank, each
    // rank draws its batches from every worldSize-th train drawing, the ranks'
    // gradients are averaged each step; rank 0 writes checkpoints and the model.
    DistributedOptions distributed;
};

struct SketchTrainingProgress {
    int step = 0;
    int targetSteps = 0;           // 0 when limited by time only
    double loss = 0, recon = 0, offset = 0, pen = 0, kl = 0;
    double klWeight = 0, learningRate = 0;
    double stepsPerSecond = 0;
    double elapsedSeconds = 0;     // training time, resumed time included
    double etaSeconds = -1;        // -1 when unknown
    bool validation = false;       // this report carries a validation result
    double validRecon = 0, validKl = 0;
};

struct SketchEvalResult {
    double recon = 0;              // model.py eval r_cost: (offset + pen) / (B · max_seq_len)
    double offset = 0, pen = 0;    // its two parts
    double kl = 0;                 // KL(q(z|x) || N(0, I)) per latent dimension
    double nllPerRow = 0;          // (offset + pen) per real row, nats
    int drawings = 0;
    bool vae = true;               // false: a decoder-only model (no kl)
};

class SketchTrainer {
public:
    explicit SketchTrainer(SketchTrainingOptions options);
    ~SketchTrainer();
    SketchTrainer(const SketchTrainer &) = delete;
    SketchTrainer &operator=(const SketchTrainer &) = delete;

    using ProgressCallback = std::function<void(const SketchTrainingProgress &)>;
    void setProgressCallback(ProgressCallback callback);
    // Checked between steps; when set, run() saves a checkpoint and returns.
    void setCancelFlag(const std::atomic<bool> *flag);

    // Loads the data, builds the model, resumes from a checkpoint if asked.
    bool prepare(QString *error);
    // Trains until the step or time target (or cancel); checkpoints as it goes.
    bool run(QString *error);
    bool saveCheckpoint(QString *error);

    SketchEvalResult evaluate(const QString &split) const;
    // The same for a model file, a VAE or a decoder-only model (what
    // `atelier eval sketch` runs; a decoder has no kl).
    static std::optional<SketchEvalResult> evaluateFile(const QString &modelPath, const QString &dataPath,
                                                        const QString &split, QString *error);
    // The .gen.json VAE layout (17 int16-quantised arrays, spec §1.4); on
    // rank 0 only (the other ranks return true without writing).
    bool exportModel(const QString &path, QString *error) const;

    int step() const;
    bool resumed() const;
    bool cancelled() const;
    double elapsedSeconds() const;
    double recentTrainLoss() const;   // mean total loss of the last steps
    double recentTrainRecon() const;
    const SketchVaeConfig &config() const;
    const SketchDataset &dataset() const;
    // Total loss of every step run by this object, in order (tests).
    const std::vector<double> &lossHistory() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atelier::models
