// Music LSTM inference; see MusicLstmModel.h for the design.

#include "music/MusicLstmModel.h"

#include "music/MusicLstmNet.h"
#include "music/MusicModelFile.h"
#include "sketchrnn/LstmKernel.h"
#include "sketchrnn/PanelMatrix.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <optional>

namespace atelier::models {

struct MusicLstmModel::Impl {
    MusicModelFile file;  // metadata, and the weights for the torch module
    int vocab = 0, controls = 0, embedding = 0, hidden = 0, layers = 0;
    std::vector<float> embeddingTable;  // [V, E]
    std::vector<LstmKernel> lstm;
    PanelMatrix head;                   // [H, V]
    int maxGates = 0;

    std::once_flag torchOnce;
    std::optional<MusicLstmNet> torchNet;

    MusicLstmNet torchModule()
    {
        std::call_once(torchOnce, [this] {
            MusicLstmNet net(file.config);
            net->loadWeights(file);
            net->eval();
            torchNet = net;
        });
        return *torchNet;
    }
};

namespace {

class FastState final : public core::IMusicModel::State {
public:
    FastState(const MusicLstmModel::Impl &m, int batch) : m_batch(batch)
    {
        for (const LstmKernel &k : m.lstm) {
            xh.emplace_back(std::size_t(batch) * k.stride(), 0.0f);
            c.emplace_back(std::size_t(batch) * k.hiddenSize(), 0.0f);
        }
        gates.resize(std::size_t(batch) * m.maxGates);
        y.resize(std::size_t(batch) * m.head.paddedCols());
    }
    int batch() const override { return m_batch; }
    std::unique_ptr<core::IMusicModel::State> clone() const override { return std::make_unique<FastState>(*this); }

    int m_batch;
    std::vector<std::vector<float>> xh, c;
    std::vector<float> gates, y;
};

// torch gate block b (i, f, g, o) → kernel block (i, g, f, o).
constexpr int kKernelBlock[4] = {0, 2, 1, 3};

LstmKernel convertLayer(const MusicModelFile &f, int layer)
{
    const std::string k = std::to_string(layer);
    const int H = f.config.hidden, in = f.config.inputSize(layer);
    const MusicTensor &wih = f.tensor(QString::fromStdString("lstm.weight_ih_l" + k));
    const MusicTensor &whh = f.tensor(QString::fromStdString("lstm.weight_hh_l" + k));
    const MusicTensor &bih = f.tensor(QString::fromStdString("lstm.bias_ih_l" + k));
    const MusicTensor &bhh = f.tensor(QString::fromStdString("lstm.bias_hh_l" + k));
    std::vector<float> wxh(std::size_t(in) * 4 * H), wh(std::size_t(H) * 4 * H), bias(std::size_t(4) * H);
    for (int tb = 0; tb < 4; ++tb) {
        const int kb = kKernelBlock[tb];
        for (int j = 0; j < H; ++j) {
            const std::size_t src = std::size_t(tb) * H + j, dst = std::size_t(kb) * H + j;
            for (int x = 0; x < in; ++x)
                wxh[std::size_t(x) * 4 * H + dst] = wih.values[src * in + x];
            for (int x = 0; x < H; ++x)
                wh[std::size_t(x) * 4 * H + dst] = whh.values[src * H + x];
            // The kernel adds its forget bias 1.0 at run time.
            bias[dst] = bih.values[src] + bhh.values[src] - (kb == 2 ? 1.0f : 0.0f);
        }
    }
    return LstmKernel(in, H, wxh.data(), wh.data(), bias.data());
}

} // namespace

MusicLstmModel::MusicLstmModel(const MusicModelFile &file) : d(std::make_unique<Impl>())
{
    d->file = file;
    const MusicLstmConfig &c = file.config;
    d->vocab = c.vocab;
    d->controls = c.controls;
    d->embedding = c.embedding;
    d->hidden = c.hidden;
    d->layers = c.layers;
    d->embeddingTable = file.tensor("embedding.weight").values;
    for (int l = 0; l < c.layers; ++l) {
        d->lstm.push_back(convertLayer(file, l));
        d->maxGates = std::max(d->maxGates, d->lstm.back().gateScratchSize());
    }
    const MusicTensor &hw = file.tensor("head.weight");  // [V, H]
    std::vector<float> w(std::size_t(c.hidden) * c.vocab);
    for (int v = 0; v < c.vocab; ++v)
        for (int h = 0; h < c.hidden; ++h)
            w[std::size_t(h) * c.vocab + v] = hw.values[std::size_t(v) * c.hidden + h];
    d->head = PanelMatrix(c.hidden, c.vocab);
    d->head.setRows(0, w.data(), c.hidden);
    d->head.setBias(file.tensor("head.bias").values.data());
}

MusicLstmModel::~MusicLstmModel() = default;

std::shared_ptr<MusicLstmModel> MusicLstmModel::load(const QString &path, QString *error)
{
    const auto file = MusicModelFile::read(path, error);
    if (!file)
        return nullptr;
    return std::make_shared<MusicLstmModel>(*file);
}

QString MusicLstmModel::name() const { return d->file.name; }

core::MusicModelKind MusicLstmModel::kind() const
{
    return d->file.config.kind == QLatin1String("performance") ? core::MusicModelKind::Performance
                                                               : core::MusicModelKind::Melody;
}

int MusicLstmModel::vocabSize() const { return d->vocab; }
int MusicLstmModel::controlSize() const { return d->controls; }
int MusicLstmModel::hiddenSize() const { return d->hidden; }
int MusicLstmModel::layerCount() const { return d->layers; }
int MusicLstmModel::embeddingSize() const { return d->embedding; }

std::unique_ptr<core::IMusicModel::State> MusicLstmModel::newState(int batch) const
{
    return std::make_unique<FastState>(*d, std::max(batch, 1));
}

void MusicLstmModel::step(State &state, const int *tokens, const float *controls, float *logits) const
{
    auto *st = dynamic_cast<FastState *>(&state);
    if (!st)
        return;
    const int B = st->m_batch, E = d->embedding, C = d->controls, V = d->vocab, H = d->hidden;
    const int stride0 = d->lstm[0].stride();
    for (int r = 0; r < B; ++r) {
        float *x = st->xh[0].data() + std::size_t(r) * stride0;
        const int token = tokens[r];
        if (token >= 0 && token < V)
            std::copy_n(d->embeddingTable.data() + std::size_t(token) * E, E, x);
        else
            std::fill_n(x, E, 0.0f);  // an out-of-range token reads as a zero embedding
        if (C > 0) {
            if (controls)
                std::copy_n(controls + std::size_t(r) * C, C, x + E);
            else
                std::fill_n(x + E, C, 0.0f);
        }
    }
    for (int l = 0; l < d->layers; ++l) {
        const LstmKernel &k = d->lstm[std::size_t(l)];
        k.step(B, st->xh[std::size_t(l)].data(), st->c[std::size_t(l)].data(), st->gates.data());
        if (l + 1 < d->layers) {
            const int s = k.stride(), sNext = d->lstm[std::size_t(l) + 1].stride();
            for (int r = 0; r < B; ++r)
                std::copy_n(st->xh[std::size_t(l)].data() + std::size_t(r) * s + k.inputSize(), H,
                            st->xh[std::size_t(l) + 1].data() + std::size_t(r) * sNext);
        }
    }
    const LstmKernel &last = d->lstm.back();
    const int out = d->head.paddedCols();
    d->head.multiply(B, st->xh.back().data() + last.inputSize(), last.stride(), st->y.data(), out);
    for (int r = 0; r < B; ++r)
        std::copy_n(st->y.data() + std::size_t(r) * out, V, logits + std::size_t(r) * V);
}

std::vector<float> MusicLstmModel::trace(int batch, int steps, const std::vector<int> &tokens,
                                         const std::vector<float> &controls, Backend backend) const
{
    const int V = d->vocab, C = d->controls;
    std::vector<float> out(std::size_t(batch) * steps * V);
    if (batch <= 0 || steps <= 0)
        return out;
    const bool haveControls = C > 0 && controls.size() >= std::size_t(batch) * steps * C;
    if (backend == Backend::Fast) {
        auto state = newState(batch);
        for (int t = 0; t < steps; ++t)
            step(*state, tokens.data() + std::size_t(t) * batch,
                 haveControls ? controls.data() + std::size_t(t) * batch * C : nullptr,
                 out.data() + std::size_t(t) * batch * V);
        return out;
    }
    MusicLstmNet net = d->torchModule();
    c10::InferenceMode guard;
    torch::Tensor tok = torch::empty({batch, steps}, torch::kLong);
    auto acc = tok.accessor<int64_t, 2>();
    for (int t = 0; t < steps; ++t)
        for (int r = 0; r < batch; ++r)
            acc[r][t] = std::clamp(tokens[std::size_t(t) * batch + r], 0, V - 1);
    torch::Tensor ctl;
    if (C > 0) {
        ctl = torch::zeros({batch, steps, C});
        if (haveControls)
            ctl = torch::from_blob(const_cast<float *>(controls.data()), {steps, batch, C}, torch::kFloat)
                      .transpose(0, 1)
                      .contiguous();
    }
    const torch::Tensor logits = net->forwardReference(tok, ctl).transpose(0, 1).contiguous();  // [T, B, V]
    std::copy_n(logits.data_ptr<float>(), out.size(), out.data());
    return out;
}

double MusicLstmModel::stepTime_us(int batch, int steps, int warmup) const
{
    using Clock = std::chrono::steady_clock;
    batch = std::max(batch, 1);
    steps = std::max(steps, 1);
    auto state = newState(batch);
    std::vector<int> tokens(static_cast<std::size_t>(batch));
    std::vector<float> controls(std::size_t(batch) * std::max(d->controls, 1), 0.0f);
    for (int r = 0; r < batch && d->controls > 0; ++r)
        controls[std::size_t(r) * d->controls] = 1.0f;
    std::vector<float> logits(std::size_t(batch) * d->vocab);
    auto once = [&](int i) {
        for (int r = 0; r < batch; ++r)
            tokens[std::size_t(r)] = (i * 7 + r * 13) % d->vocab;
        step(*state, tokens.data(), controls.data(), logits.data());
    };
    for (int i = 0; i < warmup; ++i)
        once(i);
    const auto t0 = Clock::now();
    for (int i = 0; i < steps; ++i)
        once(i);
    return std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / steps;
}

double MusicLstmModel::sequenceNll(const std::vector<int> &tokens, const std::vector<float> &controls, double *sum,
                                   long long *count) const
{
    const int V = d->vocab, C = d->controls;
    const long long n = tokens.size() > 1 ? (long long)tokens.size() - 1 : 0;
    const bool haveControls = C > 0 && controls.size() >= std::size_t(n) * C;
    auto state = newState(1);
    std::vector<float> logits(static_cast<std::size_t>(V));
    double total = 0;
    long long scored = 0;
    for (long long t = 0; t < n; ++t) {
        step(*state, tokens.data() + t, haveControls ? controls.data() + std::size_t(t) * C : nullptr, logits.data());
        const int target = tokens[std::size_t(t) + 1];
        const float mx = *std::max_element(logits.begin(), logits.end());
        double z = 0;
        for (float v : logits)
            z += std::exp(double(v) - mx);
        if (target < 0 || target >= V)
            continue;  // not a token of this vocabulary: not scored
        total -= double(logits[std::size_t(target)]) - mx - std::log(z);
        ++scored;
    }
    if (sum)
        *sum = total;
    if (count)
        *count = scored;
    return scored > 0 ? total / double(scored) : 0.0;
}

} // namespace atelier::models
