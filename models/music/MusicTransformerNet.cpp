#include "music/MusicTransformerNet.h"

#include "train/TorchTraining.h"

#include <cmath>

namespace atelier::models {

MusicTransformerBlockImpl::MusicTransformerBlockImpl(const MusicTransformerConfig &c) : m_config(c)
{
    const int64_t D = c.model;
    norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({D})));
    qkv = register_module("qkv", torch::nn::Linear(D, 3 * D));
    relative = register_parameter("relative", torch::randn({c.heads, c.window, c.headSize()}) * 0.02);
    out = register_module("out", torch::nn::Linear(D, D));
    norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({D})));
    ffn1 = register_module("ffn1", torch::nn::Linear(D, c.feedForward));
    ffn2 = register_module("ffn2", torch::nn::Linear(c.feedForward, D));
    dropout = register_module("dropout", torch::nn::Dropout(c.dropout));
}

torch::Tensor MusicTransformerBlockImpl::forward(const torch::Tensor &x, const torch::Tensor &distances,
                                                 const torch::Tensor &mask)
{
    const int64_t B = x.size(0), T = x.size(1), H = m_config.heads, K = m_config.headSize();
    const torch::Tensor parts = qkv(norm1(x)).view({B, T, 3, H, K}).permute({2, 0, 3, 1, 4});   // [3, B, H, T, K]
    const torch::Tensor q = parts[0], k = parts[1], v = parts[2];
    torch::Tensor logits = torch::matmul(q, k.transpose(-1, -2));                                // [B, H, T, T]
    const torch::Tensor byDistance = torch::matmul(q, relative.transpose(-1, -2).unsqueeze(0));  // [B, H, T, W]
    logits = logits + byDistance.gather(-1, distances.expand({B, H, T, T}));
    logits = (logits / std::sqrt(double(K))).masked_fill(mask, -std::numeric_limits<float>::infinity());
    const torch::Tensor attended = torch::matmul(torch::softmax(logits, -1), v);                 // [B, H, T, K]
    const torch::Tensor h = x + dropout(out(attended.permute({0, 2, 1, 3}).reshape({B, T, H * K})));
    return h + dropout(ffn2(torch::relu(ffn1(norm2(h)))));
}

MusicTransformerNetImpl::MusicTransformerNetImpl(const MusicTransformerConfig &c) : m_config(c)
{
    embedding = register_module("embedding", torch::nn::Embedding(c.vocab, c.model));
    if (c.controls > 0)
        control = register_module("control", torch::nn::Linear(c.controls, c.model));
    blocks = register_module("blocks", torch::nn::ModuleList());
    for (int l = 0; l < c.layers; ++l)
        blocks->push_back(MusicTransformerBlock(c));
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({int64_t(c.model)})));
    head = register_module("head", torch::nn::Linear(c.model, c.vocab));
}

torch::Tensor MusicTransformerNetImpl::forward(const torch::Tensor &tokens, const torch::Tensor &controls)
{
    const int64_t T = tokens.size(1), W = m_config.window;
    torch::Tensor x = embedding(tokens);
    if (m_config.controls > 0 && controls.defined())
        x = x + control(controls);
    // distance i - j, clamped to the table; attend to 0 <= i - j < W.
    const torch::Tensor pos = torch::arange(T, torch::TensorOptions().dtype(torch::kLong).device(tokens.device()));
    const torch::Tensor diff = pos.unsqueeze(1) - pos.unsqueeze(0);   // [T, T]
    const torch::Tensor mask = (diff < 0).logical_or(diff >= W);
    const torch::Tensor distances = diff.clamp(0, W - 1);
    for (const auto &block : *blocks)
        x = block->as<MusicTransformerBlock>()->forward(x, distances, mask);
    return head(norm(x));
}

Tensors MusicTransformerNetImpl::weights() const { return moduleTensors(*this); }

void MusicTransformerNetImpl::loadWeights(const Tensors &tensors)
{
    torch::NoGradGuard noGrad;
    for (auto &item : named_parameters()) {
        const MusicTensor &t = tensors.at(QString::fromStdString(item.key()));
        std::vector<int64_t> shape(t.shape.begin(), t.shape.end());
        item.value().copy_(torch::from_blob(const_cast<float *>(t.values.data()), shape, torch::kFloat));
    }
}

} // namespace atelier::models
