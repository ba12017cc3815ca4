#pragma once
// A Sketch-RNN model (decoder-only `.gen.json`, or a full VAE) behind
// core::ISketchModel, following shared/specs/sketch-rnn-format.md.
//
// Design: the product path runs on hand-written kernels (LstmKernel and
// PanelMatrix: panel-packed float32 weights, blocked in-order FMA sums per
// output; AVX-512, AVX2+FMA or baseline code picked at run time), so a
// decoder step at H = 512 costs about one read of the 4.5 MB of weights. Batches (the variations
// of continueSketch) share each weight read, and row r of a batch is
// bit-identical to the same sequence run alone, so a variation's drawing
// depends only on its seed. The LibTorch module (SketchRnnDecoder, torch
// hidden in the .cpp) stays the reference definition: trace() and
// stepTime_us() can run either backend so tests and the benchmark compare
// the two.
//
// Sampling (§4): τs = 0.5 + 0.5·τ on the mixture and pen choices, σ·√τ;
// one step draws u (component), u (pen), then z1, z2 (Box–Muller). The RNG
// is std::mt19937_64 seeded with seed + variation; uniforms are the top 53
// bits / 2^53 and normals come from Box–Muller on two such uniforms, so
// results do not depend on the standard library's distributions.
//
// Thread safety: all const functions may run concurrently; each call keeps
// its own state buffers. The torch module is built on first use.

#include "sketch/ISketchModel.h"

#include <QList>
#include <QString>
#include <array>
#include <memory>

namespace atelier::models {

struct SketchRnnFile;

// The mixture-density output after one input row (§2.1), no temperature.
struct SketchRnnMixture {
    static constexpr int kMixtures = 20;
    std::array<float, 3> pen;              // softmax: down, up, end
    std::array<float, kMixtures> pi;       // softmax
    std::array<float, kMixtures> muX, muY;
    std::array<float, kMixtures> sigmaX, sigmaY;  // exp
    std::array<float, kMixtures> rho;      // tanh
};

class SketchRnnModel final : public core::ISketchModel {
public:
    enum class Backend { Fast, Torch };

    explicit SketchRnnModel(const SketchRnnFile &file);  // file must be valid (SketchRnnFile::validate)
    ~SketchRnnModel() override;

    static std::shared_ptr<SketchRnnModel> load(const QString &path, QString *error);

    QString name() const override;
    double scaleFactor() const override;
    int maxSeqLen() const override;
    bool hasEncoder() const override;
    int latentSize() const override;
    int hiddenSize() const;
    int version() const;

    std::optional<QList<QList<core::Stroke5>>> continueSketch(const QList<core::Stroke5> &prefix, int count,
                                                              const core::SketchSampleOptions &options,
                                                              const StepCallback &onStep = {}) const override;
    // The End row contributes only its pen term (as in magenta's loss, which
    // masks the offset where p3 = 1); rows after it get no entry.
    QList<double> rowNll(const QList<core::Stroke5> &rows, double cell = 0.0) const override;
    // Reads the rows up to the first End row (magenta's encoder sees the
    // data rows, no start token); returns mu = [h_fwd, h_bwd] · mu_w + mu_b.
    std::optional<QList<float>> encode(const QList<core::Stroke5> &rows) const override;
    std::optional<QList<core::Stroke5>> decodeLatent(const QList<float> &z, const core::SketchSampleOptions &options,
                                                     const StepCallback &onStep = {}) const override;

    // Teacher-forced: the distribution after each row of each sequence, the
    // sequences run as one batch (they must have equal length). Rows are
    // fed exactly as given, so include the start token (0, 0, Down) first.
    // z: the latent for a VAE (empty = zeros); ignored by gen models.
    QList<QList<SketchRnnMixture>> trace(const QList<QList<core::Stroke5>> &sequences,
                                         Backend backend = Backend::Fast, const QList<float> &z = {}) const;

    // Mean time of one decoder step (LSTM cell and output layer) for a batch,
    // after `warmup` untimed steps, on the calling thread (torch: 1 thread).
    double stepTime_us(int batch, int steps, Backend backend, int warmup = 50) const;

    struct Impl;  // opaque (defined in the .cpp, holds the kernels and the torch module)

private:
    std::unique_ptr<Impl> d;
};

} // namespace atelier::models
