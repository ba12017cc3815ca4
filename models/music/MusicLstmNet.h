#pragma once
// The music LSTM as a LibTorch module (private header of the models
// library: it includes torch). Token embedding (V → E), concatenated with
// the control vector (C floats), a stacked torch::nn::LSTM (L layers, H
// units, batch_first, dropout between layers), a linear head H → V. Its
// parameters are exactly the tensors of MusicModelFile, with the same names.
//
// Two ways to run it:
//  * forward() (training, evaluation): time-major, and the LSTM layers run
//    as one fused autograd function each: the input projection of the whole
//    window is one GEMM, each step one [B, H]×[H, 4H] GEMM plus one fused
//    element-wise loop (MusicLstmPointwise), and the backward pass one GEMM
//    per step plus a single GEMM for dW_hh at the end (autograd over
//    nn::LSTM accumulates dW_hh per step and runs a dozen small ops per
//    step: about 1.2× slower end to end at H = 256, batch 64).
//  * forwardReference(): torch::nn::LSTM's own forward, batch-first. The
//    independent reference for the fused path and the fast inference kernel.

#include "music/MusicLstmConfig.h"
#include "music/MusicModelFile.h"

#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")

#include <vector>

namespace atelier::models {

// Recurrent state carried across chunks of a long sequence (no grad).
struct MusicLstmState {
    std::vector<torch::Tensor> h, c;  // per layer, [B, H]
};

class MusicLstmNetImpl : public torch::nn::Module {
public:
    explicit MusicLstmNetImpl(const MusicLstmConfig &config);

    // tokens [T, B] (int64), controls [T, B, C] (undefined when C = 0) →
    // logits [T, B, V]. With state (requires no grad): starts from it and
    // leaves the final state there; without: zero initial state.
    torch::Tensor forward(const torch::Tensor &tokens, const torch::Tensor &controls,
                          MusicLstmState *state = nullptr);
    // The same through torch::nn::LSTM: tokens [B, T], controls [B, T, C] → [B, T, V].
    torch::Tensor forwardReference(const torch::Tensor &tokens, const torch::Tensor &controls);

    MusicLstmState zeroState(int batch) const;

    void loadWeights(const MusicModelFile &file);  // file.config must have the same shapes
    void storeWeights(MusicModelFile &file) const; // fills config and tensors

    const MusicLstmConfig &config() const { return m_config; }

    torch::nn::Embedding embedding{nullptr};
    torch::nn::LSTM lstm{nullptr};
    torch::nn::Linear head{nullptr};

private:
    torch::Tensor layerInput(const torch::Tensor &tokens, const torch::Tensor &controls);
    MusicLstmConfig m_config;
};
TORCH_MODULE(MusicLstmNet);

// The fused layer on its own (exposed for the gradient check): xp [T, B, 4H]
// (x·W_ihᵀ + b_ih + b_hh, gate blocks i, f, g, o), W_hh [4H, H] → h [T, B, H],
// zero initial state, differentiable in xp and W_hh.
torch::Tensor fusedLstmLayer(const torch::Tensor &xp, const torch::Tensor &whh);

} // namespace atelier::models
