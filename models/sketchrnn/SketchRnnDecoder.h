#pragma once
// The Sketch-RNN decoder as a LibTorch module: the reference definition,
// compatible with training (private header of the models library: it
// includes torch). One step maps stroke input x [B, in] and state (h, c)
// to the 123 mixture-density values y [B, 123] and the new state.
//
// Design: a torch::nn::LSTMCell plus a Linear output layer, loaded from and
// stored to the file's arrays with the mapping of the spec (§2): PyTorch's
// gate order is i, f, g, o, Sketch-RNN's i, g, f, o, so the middle two
// H-blocks swap; weights are transposed ([4H, in]); the forget bias 1.0
// lives in bias_ih (bias_hh = 0). The fast kernel (LstmKernel) is tested
// against this module.

#include "sketchrnn/SketchRnnFile.h"

// Qt's `slots` macro clashes with a member name in torch's headers.
#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")
#include <tuple>

namespace atelier::models {

struct SketchRnnDecoderImpl : torch::nn::Module {
    SketchRnnDecoderImpl(int inputSize, int hiddenSize);

    // x [B, in], h and c [B, H] -> (y [B, 123], h', c').
    std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> forward(const torch::Tensor &x, const torch::Tensor &h,
                                                                    const torch::Tensor &c);

    void loadWeights(const SketchRnnFile &file);   // the file's five decoder arrays
    void storeWeights(SketchRnnFile &file) const;  // into them (shapes must already match)

    int inputSize;
    int hiddenSize;
    torch::nn::LSTMCell cell{nullptr};
    torch::nn::Linear output{nullptr};
};
TORCH_MODULE(SketchRnnDecoder);

// Swaps the g and f blocks of a [..., 4H] tensor's last axis (self-inverse).
torch::Tensor swapGateBlocks(const torch::Tensor &t, int hidden);

} // namespace atelier::models
