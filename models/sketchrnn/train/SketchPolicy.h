#pragma once
// The decoder of a Sketch-RNN model (decoder-only `gen`, or a VAE drawing
// from scratch with z = 0, as ISketchModel::continueSketch does) as a
// trainable LibTorch module, for tuning toward a reward (SketchTuner). Its
// parameters are the file's decoder arrays (and, for a VAE, the z → initial
// state layer enc_w, enc_b); store() writes them back into a file.
//
// rowLogProb(): the log-probability of stroke-5 rows under the tempered
// policy the sampler draws from (SketchRnnSampler): pen and mixture
// choices at τs = 0.5 + 0.5·τ, σ·√τ; an End row has its pen term only (as
// magenta's loss masks its offset). Internal: includes torch.

#include "SketchLstm.h"  // torch first (Qt's `slots` macro)
#include "../SketchRnnFile.h"

namespace atelier::models {

class SketchPolicyImpl : public torch::nn::Module {
public:
    explicit SketchPolicyImpl(const SketchRnnFile &file);  // file must be valid

    // input [T, B, 5] (the start token (0, 0, 1, 0, 0) first, then the rows
    // before each target) → the 123 outputs of each step, [T, B, 123].
    torch::Tensor forward(const torch::Tensor &input) const;
    void store(SketchRnnFile &file) const;

    SketchLstm dec{nullptr};
    torch::Tensor outW, outB, encW, encB;   // encW, encB: VAE only

private:
    bool m_vae = false;
    int m_hidden = 0, m_latent = 0;
};
TORCH_MODULE(SketchPolicy);

// y [T, B, 123], rows [T, B, 5] (dx, dy, one-hot pen) → [T, B].
torch::Tensor sketchRowLogProb(const torch::Tensor &y, const torch::Tensor &rows, double temperature);

} // namespace atelier::models
