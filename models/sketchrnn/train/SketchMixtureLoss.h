#pragma once
// The reconstruction loss of Sketch-RNN (magenta model.py get_lossfunc),
// shared by the VAE (SketchVae) and the decoder-only models (SketchPolicy):
// for outputs y [T, B, 3 + 6M] and target rows [T, B, 5] (padded with
// (0,0,0,0,1)),
//   offset: -log(Σ π N(dx, dy) + 1e-6) on the real rows (not End),
//   pen:    the cross-entropy of the pen state, on every row, or only on
//           the real rows when maskPen (model.py's eval mode).
// Internal: includes torch.

#include <torch/torch.h>

namespace atelier::models {

// Losses of a batch. Element sums over (time, batch) and the normaliser.
struct SketchLossParts {
    torch::Tensor offsetSum;   // mixture NLL of offsets, summed over real rows
    torch::Tensor penSum;      // pen cross-entropy, summed over the counted rows
    torch::Tensor kl;          // VAE: mean KL per latent dimension (before tolerance); undefined otherwise
    double denominator = 1;    // B × T (model.py averages over the padded length)
    torch::Tensor recon() const { return (offsetSum + penSum) / denominator; }
};

// offsetSum and penSum of outputs y for the target rows; denominator = B × T
// of the rows (the caller may change it).
// The teacher-forced decoder input for target rows [T, B, 5]: the start
// token (0, 0, 1, 0, 0), then the rows before each target.
torch::Tensor sketchDecoderInput(const torch::Tensor &rows);

SketchLossParts sketchMixtureLoss(const torch::Tensor &y, const torch::Tensor &rows, bool maskPen, int mixtures);

} // namespace atelier::models
