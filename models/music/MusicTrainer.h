#pragma once
// Trains a music model (an LSTM or a relative-attention Transformer, see
// MusicNetwork: melody or performance) on the CPU from
// a core::IMusicTrainingData: each step draws batchSize random windows of
// windowLength + 1 tokens (inputs tokens[0..L-1], targets tokens[1..L]),
// loss = mean cross-entropy per target token (nats), Adam with an
// exponentially decaying learning rate
//   lr(s) = (learningRate - minLearningRate) · learningRateDecay^s + minLearningRate,
// gradients clipped to a global norm of gradClipNorm.
//
// Evaluation (evaluate(), the validation passes): the mean NLL per event
// over whole held-out sequences, every token of each sequence except its
// first scored (the same event set as MusicLstmModel::sequenceNll and the
// n-gram baselines in core). Sequences run in batches, in chunks of time
// steps with the state carried, so long performances cost no more memory.
//
// Usable headless (atelier train music) and from a GUI: a progress callback
// and a cancel flag checked between steps. Runs are resumable: checkpoints
// hold model, Adam state, step, elapsed time, the loss and validation
// histories, the torch RNG state and the data RNG state (std::mt19937_64,
// which draws the windows), so a resumed run repeats the uninterrupted
// trajectory exactly (threads = 1). Checkpoints are written to a temporary
// file and renamed into place.
//
// Data-parallel (options.distributed): every step the ranks sum their
// gradients weighted by the tokens each scored, so N ranks take the step
// one rank would take on the combined batch; rank 0 decides when a time
// limit ends the run and any rank's cancel stops all of them after the same
// step. A lost rank fails run() on the others with an error naming it.
//
// Torch-free header (pimpl): the app and tests include it.

#include "music/MusicLstmConfig.h"
#include "music/MusicTransformerConfig.h"
#include "music/MusicTrainingData.h"
#include "train/DistributedOptions.h"
#include "HalfTensors.h"

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace atelier::models {

struct MusicTrainingOptions {
    QString name;                  // model name in the exported file ("" = "<kind>-lstm")
    QString checkpointDir;         // "" = no checkpoints
    bool resume = false;           // continue from checkpointDir's checkpoint if there is one
    int steps = 0;                 // total steps to reach (0 = no step limit)
    double minutes = 0;            // total training minutes to reach, resumed time included (0 = none)
    int batchSize = 64;
    int windowLength = 128;        // input tokens per window
    std::uint64_t seed = 1;
    int threads = 1;
    // "lstm" (config) or "transformer" (transformer: its vocab, controls and
    // kind are filled from config's).
    QString architecture = QStringLiteral("lstm");
    // vocab and controls 0 = take them from the data; kind "" = "performance"
    // when the data has controls, else "melody". E, H, L and dropout as given.
    MusicLstmConfig config{.kind = QString()};
    MusicTransformerConfig transformer;
    double learningRate = 1e-3, learningRateDecay = 0.99995, minLearningRate = 1e-5;
    double gradClipNorm = 3.0;
    int validEvery = 250;          // steps between validation passes (0 = never)
    int checkpointEvery = 250;     // steps between checkpoints (0 = only at the end)
    int logEvery = 25;             // steps between progress reports
    int maxValidSequences = 0;     // validation passes score at most this many valid sequences (0 = all)
    // Data-parallel training (see DataParallel): batchSize is per rank, each
    // rank samples from its shards of the train split and evaluates its share
    // of the held-out sequences; rank 0 alone writes checkpoints and the model.
    DistributedOptions distributed;
    // The train split cut into this many shards, each with its own random
    // stream, dataShards / worldSize of them per rank (their windows split the
    // rank's batch evenly). 0 = one per rank. One rank with N shards and
    // batch N·B draws exactly the windows of N ranks with batch B.
    int dataShards = 0;
    // Fine-tuning (personalising): start from this model file (either
    // architecture; its sizes replace config's or transformer's, dropout
    // stays as given) and export float32 weights so small updates survive.
    QString initFrom;
    double anchor = 0;             // loss += anchor · Σ (θ - θ_init)², a pull toward the initial weights
};

struct MusicTrainingProgress {
    int step = 0;
    int targetSteps = 0;           // 0 when limited by time only
    double loss = 0;               // train NLL per token of this step, nats
    double learningRate = 0;
    double stepsPerSecond = 0;     // over a moving window
    double tokensPerSecond = 0;    // target tokens per second, same window
    double elapsedSeconds = 0;     // training time, resumed time included
    double etaSeconds = -1;        // -1 when unknown
    bool validation = false;       // this report carries a validation result
    double validNll = 0;           // mean NLL per event on the valid split
};

class MusicTrainer {
public:
    MusicTrainer(MusicTrainingOptions options, std::shared_ptr<const core::IMusicTrainingData> data);
    ~MusicTrainer();
    MusicTrainer(const MusicTrainer &) = delete;
    MusicTrainer &operator=(const MusicTrainer &) = delete;

    using ProgressCallback = std::function<void(const MusicTrainingProgress &)>;
    void setProgressCallback(ProgressCallback callback);
    // Checked between steps; when set, run() saves a checkpoint and returns true.
    void setCancelFlag(const std::atomic<bool> *flag);

    // Checks the data against the options, builds the model and optimizer,
    // resumes from the checkpoint if asked and one exists.
    bool prepare(QString *error);
    // Trains until the step or time target (or cancel); checkpoints as it
    // goes and at the end.
    bool run(QString *error);
    bool saveCheckpoint(QString *error);
    // Writes a `*.music.json` (MusicModelFile; on rank 0 only, the other ranks
    // return true without writing); "training" records the data
    // size, steps, minutes, batch, window, learning rates, the loss curve
    // (means per logEvery steps) and the validation history.
    bool exportModel(const QString &path, QString *error) const;

    // Mean NLL per event (nats) on the test (true) or valid (false) split;
    // the valid split is capped at maxValidSequences. NaN when the split is empty.
    double evaluate(bool test) const;
    // The same on other data (the base model's own corpus, to see what
    // fine-tuning forgot), at most maxSequences of the split (0 = all).
    double evaluateOn(const core::IMusicTrainingData &data, bool test, int maxSequences = 0) const;

    int step() const;
    bool resumed() const;
    bool cancelled() const;
    double elapsedSeconds() const;
    const MusicTrainingOptions &options() const;  // with the data's sizes filled in after prepare()
    const MusicLstmConfig &config() const;
    qint64 parameterCount() const;                // of the network trained (either architecture)
    QString describeNetwork() const;              // "LSTM 2×256", "Transformer 4×256, 8 heads, window 512" 
    QString checkpointPath() const;               // "<checkpointDir>/music-<kind>.ckpt"
    // Train loss of every step from step 1 on (restored on resume), and the
    // validation results as (step, NLL per event) pairs: the loss curves.
    const std::vector<double> &lossHistory() const;
    const std::vector<std::pair<int, double>> &validHistory() const;
    // Seconds this run spent summing gradients across ranks (0 on one rank).
    double allreduceSeconds() const;

    // The float32 weights of a checkpoint's network, by parameter name (tests
    // compare runs through them; the model file stores float16).
    static Tensors checkpointWeights(const QString &path, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atelier::models
