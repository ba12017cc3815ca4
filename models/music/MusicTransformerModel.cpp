#include "music/MusicTransformerModel.h"

#include "sketchrnn/PanelMatrix.h"
#include "sketchrnn/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atelier::models {

namespace {

constexpr float kNormEps = 1e-5f;   // torch::nn::LayerNorm's default

// A linear layer y = b + W x from torch's [out, in] weight.
PanelMatrix linear(const MusicTensor &weight, const MusicTensor &bias)
{
    const int out = weight.shape[0], in = weight.shape[1];
    PanelMatrix m(in, out);
    std::vector<float> transposed(std::size_t(in) * std::size_t(out));
    for (int o = 0; o < out; ++o)
        for (int i = 0; i < in; ++i)
            transposed[std::size_t(i) * std::size_t(out) + std::size_t(o)] = weight.values[std::size_t(o) * std::size_t(in) + std::size_t(i)];
    m.setRows(0, transposed.data(), in);
    m.setBias(bias.values.data());
    return m;
}

void layerNorm(const float *x, int n, const std::vector<float> &gamma, const std::vector<float> &beta, float *y)
{
    double mean = 0;
    for (int i = 0; i < n; ++i)
        mean += x[i];
    mean /= n;
    double var = 0;
    for (int i = 0; i < n; ++i)
        var += (x[i] - mean) * (x[i] - mean);
    var /= n;
    const double inv = 1.0 / std::sqrt(var + double(kNormEps));
    for (int i = 0; i < n; ++i)
        y[i] = float((x[i] - mean) * inv) * gamma[std::size_t(i)] + beta[std::size_t(i)];
}

// q · (k + e), eight lanes at a time (the head size is usually a multiple of 8).
float dotSum(const float *q, const float *k, const float *e, int n)
{
    vec::V8 acc = vec::splat(0.0f);
    int i = 0;
    for (; i + 8 <= n; i += 8)
        acc += vec::load(q + i) * (vec::load(k + i) + vec::load(e + i));
    float dot = 0;
    for (int l = 0; l < 8; ++l)
        dot += acc[l];
    for (; i < n; ++i)
        dot += q[i] * (k[i] + e[i]);
    return dot;
}

} // namespace

struct MusicTransformerModel::Impl {
    QString name;
    MusicTransformerConfig config;
    std::vector<float> embedding;   // [V, D]
    PanelMatrix control;            // C → D (when C > 0)
    struct Block {
        std::vector<float> norm1w, norm1b, norm2w, norm2b;
        PanelMatrix qkv, out, ffn1, ffn2;
        std::vector<float> relative;   // [H, W, K]
    };
    std::vector<Block> blocks;
    std::vector<float> normw, normb;
    PanelMatrix head;
};

namespace {

struct TransformerState : core::IMusicModel::State {
    TransformerState(int batch, const MusicTransformerConfig &c)
        : rows(batch), keys(std::size_t(c.layers)), values(std::size_t(c.layers))
    {
        const std::size_t cache = std::size_t(batch) * std::size_t(c.window) * std::size_t(c.model);
        for (int l = 0; l < c.layers; ++l) {
            keys[std::size_t(l)].assign(cache, 0.0f);
            values[std::size_t(l)].assign(cache, 0.0f);
        }
    }
    int batch() const override { return rows; }
    std::unique_ptr<State> clone() const override { return std::make_unique<TransformerState>(*this); }
    int rows;
    long long steps = 0;   // positions fed so far (every row advances together)
    // [layer][row][slot][D]: slot = position % W
    std::vector<std::vector<float>> keys, values;
};

} // namespace

MusicTransformerModel::MusicTransformerModel(QString name, const MusicTransformerConfig &config, const Tensors &t)
    : d(std::make_unique<Impl>())
{
    d->name = std::move(name);
    d->config = config;
    d->embedding = t.at("embedding.weight").values;
    if (config.controls > 0)
        d->control = linear(t.at("control.weight"), t.at("control.bias"));
    for (int l = 0; l < config.layers; ++l) {
        const QString p = QStringLiteral("blocks.%1.").arg(l);
        Impl::Block b;
        b.norm1w = t.at(p + "norm1.weight").values;
        b.norm1b = t.at(p + "norm1.bias").values;
        b.norm2w = t.at(p + "norm2.weight").values;
        b.norm2b = t.at(p + "norm2.bias").values;
        b.qkv = linear(t.at(p + "qkv.weight"), t.at(p + "qkv.bias"));
        b.out = linear(t.at(p + "out.weight"), t.at(p + "out.bias"));
        b.ffn1 = linear(t.at(p + "ffn1.weight"), t.at(p + "ffn1.bias"));
        b.ffn2 = linear(t.at(p + "ffn2.weight"), t.at(p + "ffn2.bias"));
        b.relative = t.at(p + "relative").values;
        d->blocks.push_back(std::move(b));
    }
    d->normw = t.at("norm.weight").values;
    d->normb = t.at("norm.bias").values;
    d->head = linear(t.at("head.weight"), t.at("head.bias"));
}

MusicTransformerModel::~MusicTransformerModel() = default;

QString MusicTransformerModel::name() const { return d->name; }
core::MusicModelKind MusicTransformerModel::kind() const
{
    return d->config.kind == QLatin1String("melody") ? core::MusicModelKind::Melody : core::MusicModelKind::Performance;
}
int MusicTransformerModel::vocabSize() const { return d->config.vocab; }
int MusicTransformerModel::controlSize() const { return d->config.controls; }
const MusicTransformerConfig &MusicTransformerModel::config() const { return d->config; }

std::unique_ptr<core::IMusicModel::State> MusicTransformerModel::newState(int batch) const
{
    return std::make_unique<TransformerState>(std::max(batch, 1), d->config);
}

void MusicTransformerModel::step(State &state, const int *tokens, const float *controls, float *logits) const
{
    auto &s = static_cast<TransformerState &>(state);
    const MusicTransformerConfig &c = d->config;
    const int B = s.rows, D = c.model, H = c.heads, K = c.headSize(), W = c.window, V = c.vocab, F = c.feedForward;
    const auto pad = [](int n) { return (n + PanelMatrix::kPanelWidth - 1) / PanelMatrix::kPanelWidth * PanelMatrix::kPanelWidth; };
    const int ldD = pad(D), ldQKV = pad(3 * D), ldF = pad(F), ldV = pad(V);
    std::vector<float> x(std::size_t(B) * std::size_t(ldD), 0.0f), y(x.size()), tmp(x.size());
    std::vector<float> qkv(std::size_t(B) * std::size_t(ldQKV)), hidden(std::size_t(B) * std::size_t(ldF));
    std::vector<float> attended(std::size_t(B) * std::size_t(ldD), 0.0f);

    // The input: the token's embedding plus the projected controls.
    if (c.controls > 0) {
        const std::vector<float> none(controls ? 0 : std::size_t(B) * std::size_t(c.controls), 0.0f);
        d->control.multiply(B, controls ? controls : none.data(), c.controls, x.data(), ldD);
    }
    for (int r = 0; r < B; ++r) {
        const int t = std::clamp(tokens[r], 0, V - 1);
        for (int i = 0; i < D; ++i)
            x[std::size_t(r) * ldD + std::size_t(i)] += d->embedding[std::size_t(t) * std::size_t(D) + std::size_t(i)];
    }

    const long long position = s.steps;
    const int span = int(std::min<long long>(position + 1, W));   // keys attended: the last `span` positions
    const int slot = int(position % W);
    const float scale = 1.0f / std::sqrt(float(K));
    std::vector<float> weights(static_cast<std::size_t>(span));
    for (std::size_t l = 0; l < d->blocks.size(); ++l) {
        const Impl::Block &b = d->blocks[l];
        for (int r = 0; r < B; ++r)
            layerNorm(x.data() + std::size_t(r) * ldD, D, b.norm1w, b.norm1b, y.data() + std::size_t(r) * ldD);
        b.qkv.multiply(B, y.data(), ldD, qkv.data(), ldQKV);
        for (int r = 0; r < B; ++r) {
            float *keys = s.keys[l].data() + std::size_t(r) * std::size_t(W) * std::size_t(D);
            float *values = s.values[l].data() + std::size_t(r) * std::size_t(W) * std::size_t(D);
            const float *row = qkv.data() + std::size_t(r) * ldQKV;
            std::copy(row + D, row + 2 * D, keys + std::size_t(slot) * std::size_t(D));
            std::copy(row + 2 * D, row + 3 * D, values + std::size_t(slot) * std::size_t(D));
            float *o = attended.data() + std::size_t(r) * ldD;
            for (int h = 0; h < H; ++h) {
                const float *q = row + h * K;
                const float *rel = b.relative.data() + std::size_t(h) * std::size_t(W) * std::size_t(K);
                float best = -std::numeric_limits<float>::infinity();
                for (int back = 0; back < span; ++back) {   // back = distance to the key
                    const int at = int(((position - back) % W + W) % W);
                    const float *k = keys + std::size_t(at) * std::size_t(D) + std::size_t(h) * std::size_t(K);
                    const float *e = rel + std::size_t(back) * std::size_t(K);
                    const float dot = dotSum(q, k, e, K);
                    weights[std::size_t(back)] = dot * scale;
                    best = std::max(best, weights[std::size_t(back)]);
                }
                double sum = 0;
                for (int back = 0; back < span; ++back) {
                    weights[std::size_t(back)] = std::exp(weights[std::size_t(back)] - best);
                    sum += weights[std::size_t(back)];
                }
                float *oh = o + h * K;
                std::fill(oh, oh + K, 0.0f);
                for (int back = 0; back < span; ++back) {
                    const float p = float(weights[std::size_t(back)] / sum);
                    const int at = int(((position - back) % W + W) % W);
                    const float *v = values + std::size_t(at) * std::size_t(D) + std::size_t(h) * std::size_t(K);
                    for (int i = 0; i < K; ++i)
                        oh[i] += p * v[i];
                }
            }
        }
        b.out.multiply(B, attended.data(), ldD, tmp.data(), ldD);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] += tmp[i];
        for (int r = 0; r < B; ++r)
            layerNorm(x.data() + std::size_t(r) * ldD, D, b.norm2w, b.norm2b, y.data() + std::size_t(r) * ldD);
        b.ffn1.multiply(B, y.data(), ldD, hidden.data(), ldF);
        for (float &h : hidden)
            h = std::max(h, 0.0f);
        b.ffn2.multiply(B, hidden.data(), ldF, tmp.data(), ldD);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] += tmp[i];
    }
    s.steps = position + 1;
    for (int r = 0; r < B; ++r)
        layerNorm(x.data() + std::size_t(r) * ldD, D, d->normw, d->normb, y.data() + std::size_t(r) * ldD);
    std::vector<float> out(std::size_t(B) * std::size_t(ldV));
    d->head.multiply(B, y.data(), ldD, out.data(), ldV);
    for (int r = 0; r < B; ++r)
        std::copy(out.data() + std::size_t(r) * ldV, out.data() + std::size_t(r) * ldV + V, logits + std::size_t(r) * V);
}

} // namespace atelier::models
