#include "timbre/TimbreMlpModel.h"

#include "sketchrnn/PanelMatrix.h"
#include "timbre/SpectralMetrics.h"

#include <algorithm>
#include <cmath>

namespace atelier::models {

using namespace core::timbre;

struct TimbreMlpModel::Layer {
    PanelMatrix matrix;
    std::vector<float> normWeight, normBias;  // empty: no LayerNorm / activation
};

namespace {

constexpr int kChunk = 64;
constexpr float kLeak = 0.1f;

std::unique_ptr<TimbreMlpModel::Layer> makeLayer(const TimbreModelFile &file, const QString &name, bool norm)
{
    auto layer = std::make_unique<TimbreMlpModel::Layer>();
    const MusicTensor &w = file.tensor(name + ".weight");  // [out, in]
    const int out = w.shape[0], in = w.shape[1];
    layer->matrix = PanelMatrix(in, out);
    std::vector<float> transposed(std::size_t(in) * out);
    for (int o = 0; o < out; ++o)
        for (int i = 0; i < in; ++i) transposed[std::size_t(i) * out + o] = w.values[std::size_t(o) * in + i];
    layer->matrix.setRows(0, transposed.data(), in);
    layer->matrix.setBias(file.tensor(name + ".bias").values.data());
    if (norm) {
        layer->normWeight = file.tensor(name + "_norm.weight").values;
        layer->normBias = file.tensor(name + "_norm.bias").values;
    }
    return layer;
}

float expSigmoid(float x)
{
    const float s = 1.0f / (1.0f + std::exp(-x));
    return 2.0f * std::pow(s, 2.302585093f) + 1e-7f;
}

// Runs an MLP over `rows` rows; x has ld >= input size; returns the output in y (ld = padded cols).
void runMlp(const std::vector<std::unique_ptr<TimbreMlpModel::Layer>> &layers, int rows, const float *x, int ldx,
            std::vector<float> &a, std::vector<float> &b, const float **out, int *ldOut)
{
    const float *in = x;
    int ldIn = ldx;
    std::vector<float> *dst = &a;
    for (const auto &layer : layers) {
        const int ld = layer->matrix.paddedCols();
        dst->resize(std::size_t(rows) * ld);
        layer->matrix.multiply(rows, in, ldIn, dst->data(), ld);
        if (!layer->normWeight.empty()) {
            const int n = layer->matrix.cols();
            for (int r = 0; r < rows; ++r) {
                float *h = dst->data() + std::size_t(r) * ld;
                double mean = 0, var = 0;
                for (int i = 0; i < n; ++i) mean += h[i];
                mean /= n;
                for (int i = 0; i < n; ++i) var += (h[i] - mean) * (h[i] - mean);
                const float inv = float(1.0 / std::sqrt(var / n + 1e-5));
                const float m = float(mean);
                for (int i = 0; i < n; ++i) {
                    const float v = (h[i] - m) * inv * layer->normWeight[i] + layer->normBias[i];
                    h[i] = v > 0 ? v : kLeak * v;
                }
            }
        }
        in = dst->data();
        ldIn = ld;
        dst = dst == &a ? &b : &a;
    }
    *out = in;
    *ldOut = ldIn;
}

} // namespace

TimbreMlpModel::TimbreMlpModel() = default;
TimbreMlpModel::~TimbreMlpModel() = default;

std::shared_ptr<TimbreMlpModel> TimbreMlpModel::fromFile(const TimbreModelFile &file)
{
    std::shared_ptr<TimbreMlpModel> m(new TimbreMlpModel());
    m->m_name = file.name;
    m->m_config = file.config;
    m->m_instruments = file.instruments;
    m->m_mfccMean = file.mfccMean;
    m->m_mfccStd = file.mfccStd;
    for (int i = 0; i < file.config.layers; ++i) m->m_decoder.push_back(makeLayer(file, QStringLiteral("dec%1").arg(i), true));
    m->m_decoder.push_back(makeLayer(file, QStringLiteral("dec_out"), false));
    for (int i = 0; i < TimbreModelConfig::kEncoderLayers; ++i)
        m->m_encoder.push_back(makeLayer(file, QStringLiteral("enc%1").arg(i), true));
    m->m_encoder.push_back(makeLayer(file, QStringLiteral("enc_out"), false));
    return m;
}

// Runs the decoder over `count` rows in chunks of kChunk and hands each row's
// raw outputs to use(row, outputs).
template <typename Use>
void TimbreMlpModel::forEachDecoded(int count, const float *inputs, Use &&use) const
{
    const int in = m_config.inputSize();
    std::vector<float> a, b;
    for (int start = 0; start < count; start += kChunk) {
        const int rows = std::min(kChunk, count - start);
        const float *y;
        int ld;
        runMlp(m_decoder, rows, inputs + std::size_t(start) * in, in, a, b, &y, &ld);
        for (int r = 0; r < rows; ++r)
            use(start + r, y + std::size_t(r) * ld);
    }
}

void TimbreMlpModel::decodeRaw(int count, const float *inputs, float *out) const
{
    const int outSize = TimbreModelConfig::outputSize();
    forEachDecoded(count, inputs, [&](int row, const float *y) {
        std::copy(y, y + outSize, out + std::size_t(row) * outSize);
    });
}

void timbreOutputsToFrame(const float *out, double f0Hz, TimbreFrame *frame)
{
    const float amplitude = expSigmoid(out[0]);
    const int audible = audibleHarmonics(f0Hz);
    float maxLogit = -1e30f;
    for (int k = 0; k < audible; ++k) maxLogit = std::max(maxLogit, out[1 + k]);
    double sum = 0;
    for (int k = 0; k < kHarmonics; ++k) {
        const float e = k < audible ? std::exp(out[1 + k] - maxLogit) : 0.0f;
        frame->harmonics[k] = e;
        sum += e;
    }
    const float scale = sum > 0 ? float(amplitude / sum) : 0.0f;
    for (int k = 0; k < kHarmonics; ++k) frame->harmonics[k] *= scale;
    for (int band = 0; band < kNoiseBands; ++band) frame->noise[band] = expSigmoid(out[1 + kHarmonics + band]);
}

void TimbreMlpModel::decode(int count, const float *inputs, const double *f0Hz, TimbreFrame *frames) const
{
    forEachDecoded(count, inputs,
                   [&](int row, const float *y) { timbreOutputsToFrame(y, f0Hz[row], &frames[row]); });
}

std::vector<float> TimbreMlpModel::encode(const std::vector<float> &mfccStats) const
{
    std::vector<float> x(kMfccStatsSize, 0.0f);
    for (int i = 0; i < kMfccStatsSize && i < int(mfccStats.size()); ++i)
        x[i] = (mfccStats[i] - m_mfccMean[i]) / m_mfccStd[i];
    std::vector<float> a, b;
    const float *y;
    int ld;
    runMlp(m_encoder, 1, x.data(), kMfccStatsSize, a, b, &y, &ld);
    return std::vector<float>(y, y + m_config.zSize);  // mu
}

} // namespace atelier::models
