#pragma once
// The relative-attention music Transformer as a LibTorch module (private
// header of the models library: it includes torch). See
// MusicTransformerConfig.h for the shape. forward() is the full pass over a
// window (training, and the reference the cached inference is checked
// against): for query i and key j <= i (and i - j < W),
//   logit = (q_i · k_j + q_i · E[i - j]) / sqrt(D / H),
// E the layer's relative embeddings per head, computed for every distance
// at once (Q · Eᵀ, then gathered by distance: the same numbers as Huang et
// al.'s "skewing", which only saves memory). Parameter names are those of
// MusicTransformerConfig::shapes().

#include "HalfTensors.h"
#include "music/MusicTransformerConfig.h"

#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")

namespace atelier::models {

class MusicTransformerBlockImpl : public torch::nn::Module {
public:
    explicit MusicTransformerBlockImpl(const MusicTransformerConfig &config);
    // x [B, T, D], distances [T, T] (int64, clamped to W-1), mask [T, T] (true: not attended).
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &distances, const torch::Tensor &mask);

    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
    torch::nn::Linear qkv{nullptr}, out{nullptr}, ffn1{nullptr}, ffn2{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::Tensor relative;   // [H, W, D/H]

private:
    MusicTransformerConfig m_config;
};
TORCH_MODULE(MusicTransformerBlock);

class MusicTransformerNetImpl : public torch::nn::Module {
public:
    explicit MusicTransformerNetImpl(const MusicTransformerConfig &config);

    // tokens [B, T] (int64), controls [B, T, C] (undefined when C = 0) → logits [B, T, V].
    torch::Tensor forward(const torch::Tensor &tokens, const torch::Tensor &controls);

    Tensors weights() const;                  // every parameter, by name, as float32
    void loadWeights(const Tensors &tensors); // the names and shapes of config().shapes()
    const MusicTransformerConfig &config() const { return m_config; }

    torch::nn::Embedding embedding{nullptr};
    torch::nn::Linear control{nullptr};
    torch::nn::ModuleList blocks{nullptr};
    torch::nn::LayerNorm norm{nullptr};
    torch::nn::Linear head{nullptr};

private:
    MusicTransformerConfig m_config;
};
TORCH_MODULE(MusicTransformerNet);

} // namespace atelier::models
