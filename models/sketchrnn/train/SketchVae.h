#pragma once
// The Sketch-RNN VAE of Ha & Eck 2017 (magenta model.py), on LibTorch:
//
//   encoder  bidirectional LSTM over the stroke-5 rows (no start token);
//            last h of each direction → [h_fw ; h_bw] → mu, presig (linear)
//   latent   z = mu + exp(presig / 2) ⊙ ε           (z = mu when sampling is off)
//   decoder  [c ; h]₀ = tanh(z·enc_w + enc_b); input [x_t ; z] with the start
//            token (0,0,1,0,0) first; output y = h·W_out + b_out with the
//            3 pen logits and 20-component bivariate Gaussian mixture of the
//            spec's §2.1 layout.
//
// Parameters are stored exactly as the 17 arrays of the VAE .gen.json layout
// (spec §1.4), so export is a plain copy. Tensors are time-major [T, B, 5].
// Internal: includes torch.

#include "SketchLstm.h"  // torch first (Qt's `slots` macro)
#include "SketchMixtureLoss.h"
#include "SketchVaeConfig.h"

namespace atelier::models {

class SketchVaeImpl : public torch::nn::Module {
public:
    explicit SketchVaeImpl(const SketchVaeConfig &config);

    // strokes: [T, B, 5] rows without start token, padded with (0,0,0,0,1);
    // lengths: [B] int64, real rows per drawing. Returns (mu, presig).
    std::pair<torch::Tensor, torch::Tensor> encode(const torch::Tensor &strokes, const torch::Tensor &lengths) const;
    // Output logits [T, B, 3 + 6M] for teacher-forced decoder input [T, B, 5].
    torch::Tensor decode(const torch::Tensor &input, const torch::Tensor &z) const;

    // Full pass. sampleZ: z = mu + σε (training) or mu. maskPen: model.py's
    // eval mode (pen loss only on real rows). denominatorRows: T used in the
    // average (0: the padded length of the batch).
    SketchLossParts loss(const torch::Tensor &strokes, const torch::Tensor &lengths, bool sampleZ, bool maskPen,
                         int denominatorRows = 0) const;

    // The 17 arrays of the .gen.json VAE layout, in file order, as [in, out] matrices.
    std::vector<torch::Tensor> exportArrays() const;
    // Copies arrays (same order and shapes) into the parameters; false on a mismatch.
    bool importArrays(const std::vector<torch::Tensor> &arrays, QString *error);

    const SketchVaeConfig &config() const { return m_config; }

    SketchLstm encFw{nullptr}, encBw{nullptr}, dec{nullptr};
    torch::Tensor muW, muB, sigmaW, sigmaB, encW, encB, outW, outB;

private:
    SketchVaeConfig m_config;
};
TORCH_MODULE(SketchVae);

} // namespace atelier::models
