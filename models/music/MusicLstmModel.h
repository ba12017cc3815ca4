#pragma once
// A music LSTM (melody or performance, `*.music.json`) behind
// core::IMusicModel, on the fast kernels of models/sketchrnn.
//
// Design: each LSTM layer is an LstmKernel (panel-packed [x, h] · W, fused
// gate update), the head a PanelMatrix H × V. torch's weights are
// converted at load: W_ih and W_hh transposed and stacked, gate blocks
// reordered from torch's i, f, g, o to the kernel's i, g, f, o, the two
// biases summed, and 1 subtracted from the forget bias because the kernel
// adds its forget bias 1.0 at run time. Layer 0's input x = [embedding row
// of the token, controls]; each layer's h is copied into the x part of the
// next layer's [x, h] row. A State holds, per layer, the batch's [x, h] rows
// and c, so a step costs one read of the weights for the whole batch, and
// row r of a batch is bit-identical to the same sequence run alone. On the
// development machine (AMD EPYC, AVX-512, one thread) a step takes ~50 µs
// for a 2×256 melody model and ~170 µs for a 2×512 performance model at
// batch 1 (20,000 and 5,900 events/s), ~100 and ~600 µs at batch 8.
//
// The torch network (MusicLstmNet::forwardReference, built from the same
// file on first use) stays the reference: trace() runs either backend, so
// tests compare the two.
//
// Thread safety: all const functions may run concurrently; states belong to callers.

#include "music/IMusicModel.h"

#include <QString>
#include <memory>
#include <vector>

namespace atelier::models {

struct MusicModelFile;

class MusicLstmModel final : public core::IMusicModel {
public:
    enum class Backend { Fast, Torch };

    explicit MusicLstmModel(const MusicModelFile &file);  // file must be valid (MusicModelFile::validate)
    ~MusicLstmModel() override;

    static std::shared_ptr<MusicLstmModel> load(const QString &path, QString *error);

    QString name() const override;
    core::MusicModelKind kind() const override;
    int vocabSize() const override;
    int controlSize() const override;
    int hiddenSize() const;
    int layerCount() const;
    int embeddingSize() const;

    std::unique_ptr<State> newState(int batch) const override;
    void step(State &state, const int *tokens, const float *controls, float *logits) const override;

    // Teacher-forced logits of `batch` sequences of `steps` tokens from the
    // zero state: tokens[t * batch + r], controls[(t * batch + r) * C] (may
    // be empty when C = 0); returns logits[(t * batch + r) * V].
    std::vector<float> trace(int batch, int steps, const std::vector<int> &tokens,
                             const std::vector<float> &controls, Backend backend = Backend::Fast) const;

    // Mean time of one step() for a batch, after `warmup` untimed steps, on the calling thread.
    double stepTime_us(int batch, int steps, int warmup = 50) const;

    // Mean negative log-likelihood (nats) of tokens[1..] given the earlier
    // ones (controls: one row per input position, or empty); the sum and
    // the count are returned through the pointers when given.
    double sequenceNll(const std::vector<int> &tokens, const std::vector<float> &controls,
                       double *sum = nullptr, long long *count = nullptr) const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace atelier::models
