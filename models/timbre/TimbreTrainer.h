#pragma once
// Trains the DDSP-style timbre model (TimbreNet: an MLP decoder and an MFCC
// encoder, see TimbreMlpModel.h for the network) on a core::timbre::TimbreDataset.
//
// One step: batchSize crops of cropFrames frames (1 s) from random training
// notes (a quarter of them start at the onset). Each instrument has its own
// learned embedding z (a table trained with the decoder, as NSynth's and
// GANSynth's instrument conditioning); in training each crop sees its
// instrument's z plus Gaussian noise of std zNoise, and the loss holds the
// table near N(0, 1) (klWeight * KL(N(z, zNoise^2) || N(0, 1)), which is
// 0.5 * |z|^2 up to a constant): noise and KL keep the space smooth between
// instruments, so morphs are. The decoder turns [z, conditioning] per frame
// into harmonic amplitudes and noise gains, and a differentiable harmonic-
// plus-noise synthesizer (the definitions of core/timbre/HarmonicSynth.h, in
// torch, with NoiseBank's 16 kHz tables) renders the crop. Loss = DDSP's
// multi-scale spectral loss (SpectralMetrics.h: FFT 2048..64, hop size/4,
// L1 on magnitudes + L1 on log magnitudes) + the KL term. Adam with an
// exponentially decaying learning rate; gradients clipped.
//
// The encoder (MFCC statistics of one note -> mu, log variance) learns, in
// the same steps, to predict the table's z of a random training note's
// instrument (Gaussian negative log-likelihood against the table, which it
// does not move): it is what turns a user's own WAV note into a z.
//
// initFrom: start the decoder, the encoder and the table (by instrument
// name) from an exported model (fine-tuning); a resumed checkpoint wins.
//
// Validation: the same loss on fixed held-out crops (pitches 45/60/75,
// velocity 80, from the onset, z = the instrument's table z) every validEvery
// steps. Checkpoints (model, table, Adam state, step, time, loss histories)
// are written atomically; a resumed run continues from them (its crop RNG is
// reseeded from the seed and step). Export writes a `*.timbre.json` whose
// instruments are the dataset's with their table z.
//
// Torch-free header (pimpl).

#include "timbre/TimbreDataset.h"
#include "timbre/TimbreModelFile.h"

#include "train/DistributedOptions.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace atelier::models {

struct TimbreTrainingOptions {
    QString name = QStringLiteral("timbre-ddsp");
    QString checkpointDir;
    bool resume = false;
    int steps = 0;
    double minutes = 0;
    int batchSize = 16;
    int cropFrames = 250;
    std::uint64_t seed = 1;
    int threads = 1;
    TimbreModelConfig config;
    double learningRate = 1e-3, minLearningRate = 1e-4, learningRateDecay = 0.9997;
    double klWeight = 3e-3;
    double zNoise = 0.1;       // std of the noise added to the table's z in training
    int encoderBatch = 64;     // notes per step for the encoder's regression
    QString initFrom;          // a *.timbre.json to fine-tune

    double gradClipNorm = 5.0;
    int validEvery = 200, checkpointEvery = 200, logEvery = 10;
    int validCrops = 48;
    // Data-parallel training (see DataParallel): batchSize is per rank, each
    // rank crops from every worldSize-th training note, the ranks' gradients
    // are averaged each step; rank 0 writes checkpoints and the model.
    DistributedOptions distributed;
};

struct TimbreTrainingProgress {
    int step = 0, targetSteps = 0;
    double loss = 0, kl = 0, encoderLoss = 0, learningRate = 0;
    double stepsPerSecond = 0, elapsedSeconds = 0, etaSeconds = -1;
    bool validation = false;
    double validLoss = 0;
};

class TimbreTrainer {
public:
    TimbreTrainer(TimbreTrainingOptions options, std::shared_ptr<const core::timbre::TimbreDataset> data);
    ~TimbreTrainer();
    TimbreTrainer(const TimbreTrainer &) = delete;
    TimbreTrainer &operator=(const TimbreTrainer &) = delete;

    void setProgressCallback(std::function<void(const TimbreTrainingProgress &)> callback);
    void setCancelFlag(const std::atomic<bool> *flag);

    bool prepare(QString *error);
    bool run(QString *error);
    bool saveCheckpoint(QString *error);
    bool exportModel(const QString &path, QString *error) const;
    TimbreModelFile modelFile() const;  // the current weights and instrument table
    double validate();                  // mean held-out crop loss

    int step() const;
    bool resumed() const;
    bool cancelled() const;
    double elapsedSeconds() const;
    qint64 parameterCount() const;      // the network's (what the file's tensors hold); the table adds instruments x z
    std::vector<float> instrumentZ(int instrument) const;            // the table's row
    std::vector<float> encoderMu(const std::vector<float> &mfccStats) const;  // raw statistics, as ITimbreModel::encode
    QString checkpointPath() const;
    const std::vector<double> &lossHistory() const;
    const std::vector<std::pair<int, double>> &validHistory() const;
    const TimbreTrainingOptions &options() const;

private:
    bool initialize(QString *error);  // from options.initFrom
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atelier::models
