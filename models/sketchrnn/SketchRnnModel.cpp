// Sketch-RNN inference; see SketchRnnModel.h for the design.
//
// DecoderRun holds one call's batch state: per row the [x, z, h] input
// buffer the LSTM kernel wants, the cell state c and the 123 (padded to
// 128) outputs. continueSketch runs the shared prefix once at batch 1,
// copies that state to every variation, then samples all variations as one
// batch, compacting the batch as variations finish.

#include "sketchrnn/SketchRnnModel.h"

#include "sketchrnn/LstmKernel.h"
#include "sketchrnn/PanelMatrix.h"
#include "sketchrnn/SketchRnnDecoder.h"
#include "sketchrnn/SketchRnnFile.h"
#include "sketchrnn/SketchRnnSampler.h"

#include <chrono>
#include <cmath>
#include <mutex>

namespace atelier::models {

using core::Stroke5;

struct SketchRnnModel::Impl {
    SketchRnnFile file;  // metadata, and the weights for the torch module
    int hidden = 0;
    int latent = 0;
    LstmKernel decoder;
    PanelMatrix output;
    // VAE only
    LstmKernel encoderFwd, encoderBwd;
    PanelMatrix mu;          // [2E, Z]
    PanelMatrix initial;     // [Z, 2H] -> tanh -> [c ; h]

    std::once_flag torchOnce;
    std::optional<SketchRnnDecoder> torchDecoder;

    SketchRnnDecoder torchModule()
    {
        std::call_once(torchOnce, [this] {
            torch::set_num_threads(1);
            SketchRnnDecoder m(file.decoderInputSize(), hidden);
            m->loadWeights(file);
            m->eval();
            torchDecoder = m;
        });
        return *torchDecoder;
    }
};

namespace {

PanelMatrix affine(const SketchRnnArray &w, const SketchRnnArray &b)
{
    PanelMatrix m(w.shape[0], w.shape[1]);
    m.setRows(0, w.values.data(), w.shape[0]);
    m.setBias(b.values.data());
    return m;
}

LstmKernel lstm(const SketchRnnFile &f, int wxh, int whh, int bias)
{
    const SketchRnnArray &h = f.arrays[whh];
    return LstmKernel(f.arrays[wxh].shape[0], h.shape[0], f.arrays[wxh].values.data(), h.values.data(),
                      f.arrays[bias].values.data());
}

void setStroke(float *x, const Stroke5 &row)
{
    x[0] = row.dx;
    x[1] = row.dy;
    x[2] = row.pen == Stroke5::Down ? 1.0f : 0.0f;
    x[3] = row.pen == Stroke5::Up ? 1.0f : 0.0f;
    x[4] = row.pen == Stroke5::End ? 1.0f : 0.0f;
}

constexpr Stroke5 kStartToken{0.0f, 0.0f, Stroke5::Down};  // (0, 0, 1, 0, 0)

// One call's batch state for the fast decoder.
class DecoderRun {
public:
    DecoderRun(const SketchRnnModel::Impl &m, int batch, const QList<float> &z)
        : m_m(m), m_stride(m.decoder.stride()), m_gates(m.decoder.gateScratchSize()),
          m_out(m.output.paddedCols()), m_xh(std::size_t(batch) * m_stride, 0.0f),
          m_c(std::size_t(batch) * m.hidden, 0.0f), m_gateBuf(std::size_t(batch) * m_gates),
          m_y(std::size_t(batch) * m_out)
    {
        if (m.latent == 0)
            return;
        // [c ; h] = tanh(z' · enc_w + enc_b), z' = tanh(z) for version < 6; input [x, z].
        std::vector<float> zv(std::size_t(m.latent), 0.0f), zIn(zv.size());
        for (int i = 0; i < m.latent && i < z.size(); ++i)
            zv[std::size_t(i)] = z[i];
        for (std::size_t i = 0; i < zv.size(); ++i)
            zIn[i] = m.file.version < 6 ? std::tanh(zv[i]) : zv[i];
        std::vector<float> s(std::size_t(m.initial.paddedCols()));
        m.initial.multiply(1, zIn.data(), m.latent, s.data(), m.initial.paddedCols());
        for (int r = 0; r < batch; ++r) {
            float *xh = row(r);
            std::copy(zv.begin(), zv.end(), xh + SketchRnnFile::kStrokeSize);
            for (int j = 0; j < m.hidden; ++j) {
                m_c[std::size_t(r) * m.hidden + j] = std::tanh(s[std::size_t(j)]);
                xh[m.decoder.inputSize() + j] = std::tanh(s[std::size_t(m.hidden + j)]);
            }
        }
    }

    float *row(int r) { return m_xh.data() + std::size_t(r) * m_stride; }
    void setInput(int r, const Stroke5 &s) { setStroke(row(r), s); }
    const float *output(int r) const { return m_y.data() + std::size_t(r) * m_out; }
    const float *cell(int r) const { return m_c.data() + std::size_t(r) * m_m.hidden; }

    void step(int rows)
    {
        m_m.decoder.step(rows, m_xh.data(), m_c.data(), m_gateBuf.data());
        m_m.output.multiply(rows, m_xh.data() + m_m.decoder.inputSize(), m_stride, m_y.data(), m_out);
    }

    void copyRow(int from, int to)  // input, state and output
    {
        std::copy_n(row(from), m_stride, row(to));
        std::copy_n(m_c.data() + std::size_t(from) * m_m.hidden, m_m.hidden, m_c.data() + std::size_t(to) * m_m.hidden);
        std::copy_n(output(from), m_out, m_y.data() + std::size_t(to) * m_out);
    }

private:
    const SketchRnnModel::Impl &m_m;
    int m_stride, m_gates, m_out;
    std::vector<float> m_xh, m_c, m_gateBuf, m_y;
};

// Samples `count` variations whose next-row outputs are in rows 0..count-1.
std::optional<QList<QList<Stroke5>>> sampleLoop(DecoderRun &run, int count, const core::SketchSampleOptions &options,
                                                int maxSteps, const core::ISketchModel::StepCallback &onStep)
{
    QList<QList<Stroke5>> results(count);
    std::vector<SketchRnnSampler> samplers;
    for (int i = 0; i < count; ++i)
        samplers.emplace_back(options.seed + std::uint64_t(i));
    std::vector<int> active(static_cast<std::size_t>(count));  // slot -> variation
    for (int i = 0; i < count; ++i)
        active[std::size_t(i)] = i;
    while (!active.empty()) {
        std::vector<int> still;
        for (std::size_t s = 0; s < active.size(); ++s) {
            const int v = active[s];
            const float *y = run.output(int(s));
            const Stroke5 next = options.greedy ? SketchRnnSampler::greedy(y)
                                                : samplers[std::size_t(v)].sample(y, options.temperature);
            results[v].append(next);
            if (onStep && !onStep(v, next))
                return std::nullopt;
            if (next.pen != Stroke5::End && results[v].size() < maxSteps) {
                const int slot = int(still.size());
                if (slot != int(s))
                    run.copyRow(int(s), slot);
                run.setInput(slot, next);
                still.push_back(v);
            }
        }
        active = std::move(still);
        if (!active.empty())
            run.step(int(active.size()));
    }
    return results;
}

} // namespace

SketchRnnModel::SketchRnnModel(const SketchRnnFile &file) : d(std::make_unique<Impl>())
{
    d->file = file;
    d->hidden = file.hiddenSize();
    d->latent = file.latentSize();
    const int base = file.decoderBase();
    d->decoder = lstm(file, base + SketchRnnFile::DecWxh, base + SketchRnnFile::DecWhh, base + SketchRnnFile::DecBias);
    d->output = affine(file.decoder(SketchRnnFile::OutW), file.decoder(SketchRnnFile::OutB));
    if (file.vae) {
        d->encoderFwd = lstm(file, SketchRnnFile::EncFwdWxh, SketchRnnFile::EncFwdWhh, SketchRnnFile::EncFwdBias);
        d->encoderBwd = lstm(file, SketchRnnFile::EncBwdWxh, SketchRnnFile::EncBwdWhh, SketchRnnFile::EncBwdBias);
        d->mu = affine(file.arrays[SketchRnnFile::MuW], file.arrays[SketchRnnFile::MuB]);
        d->initial = affine(file.arrays[SketchRnnFile::EncW], file.arrays[SketchRnnFile::EncB]);
    }
}

SketchRnnModel::~SketchRnnModel() = default;

std::shared_ptr<SketchRnnModel> SketchRnnModel::load(const QString &path, QString *error)
{
    const auto file = SketchRnnFile::read(path, error);
    if (!file)
        return nullptr;
    return std::make_shared<SketchRnnModel>(*file);
}

QString SketchRnnModel::name() const { return d->file.name; }
double SketchRnnModel::scaleFactor() const { return d->file.scaleFactor; }
int SketchRnnModel::maxSeqLen() const { return d->file.maxSeqLen; }
bool SketchRnnModel::hasEncoder() const { return d->file.vae; }
int SketchRnnModel::latentSize() const { return d->latent; }
int SketchRnnModel::hiddenSize() const { return d->hidden; }
int SketchRnnModel::version() const { return d->file.version; }

std::optional<QList<QList<Stroke5>>> SketchRnnModel::continueSketch(const QList<Stroke5> &prefix, int count,
                                                                    const core::SketchSampleOptions &options,
                                                                    const StepCallback &onStep) const
{
    if (count <= 0)
        return QList<QList<Stroke5>>{};
    DecoderRun run(*d, count, {});
    run.setInput(0, kStartToken);
    run.step(1);
    for (const Stroke5 &row : prefix) {
        run.setInput(0, row);
        run.step(1);
    }
    for (int i = 1; i < count; ++i)
        run.copyRow(0, i);
    const int maxSteps = options.maxSteps > 0 ? options.maxSteps : d->file.maxSeqLen;
    return sampleLoop(run, count, options, maxSteps, onStep);
}

QList<double> SketchRnnModel::rowNll(const QList<Stroke5> &rows, double cell) const
{
    QList<double> nll;
    DecoderRun run(*d, 1, {});
    run.setInput(0, kStartToken);
    run.step(1);
    for (const Stroke5 &row : rows) {
        nll.append(SketchRnnSampler::nll(run.output(0), row, cell));
        if (row.pen == Stroke5::End)
            break;
        run.setInput(0, row);
        run.step(1);
    }
    return nll;
}

std::optional<QList<float>> SketchRnnModel::encode(const QList<Stroke5> &rows) const
{
    if (!d->file.vae)
        return std::nullopt;
    qsizetype n = 0;
    while (n < rows.size() && rows[n].pen != Stroke5::End)
        ++n;
    const int e = d->encoderFwd.hiddenSize();
    std::vector<float> both(std::size_t(2 * e));
    for (int dir = 0; dir < 2; ++dir) {
        const LstmKernel &k = dir == 0 ? d->encoderFwd : d->encoderBwd;
        std::vector<float> xh(std::size_t(k.stride()), 0.0f), c(std::size_t(e), 0.0f),
            gates(std::size_t(k.gateScratchSize()));
        for (qsizetype t = 0; t < n; ++t) {
            setStroke(xh.data(), rows[dir == 0 ? t : n - 1 - t]);
            k.step(1, xh.data(), c.data(), gates.data());
        }
        std::copy_n(xh.data() + k.inputSize(), e, both.data() + dir * e);
    }
    std::vector<float> mu(std::size_t(d->mu.paddedCols()));
    d->mu.multiply(1, both.data(), 2 * e, mu.data(), d->mu.paddedCols());
    return QList<float>(mu.begin(), mu.begin() + d->latent);
}

std::optional<QList<Stroke5>> SketchRnnModel::decodeLatent(const QList<float> &z,
                                                           const core::SketchSampleOptions &options,
                                                           const StepCallback &onStep) const
{
    if (!d->file.vae || z.size() != d->latent)
        return std::nullopt;
    DecoderRun run(*d, 1, z);
    run.setInput(0, kStartToken);
    run.step(1);
    const int maxSteps = options.maxSteps > 0 ? options.maxSteps : d->file.maxSeqLen;
    auto result = sampleLoop(run, 1, options, maxSteps, onStep);
    if (!result)
        return std::nullopt;
    return result->first();
}

QList<QList<SketchRnnMixture>> SketchRnnModel::trace(const QList<QList<Stroke5>> &sequences, Backend backend,
                                                     const QList<float> &z) const
{
    const int batch = int(sequences.size());
    QList<QList<SketchRnnMixture>> out(batch);
    if (batch == 0)
        return out;
    qsizetype steps = sequences[0].size();
    for (const auto &s : sequences)
        steps = std::min(steps, s.size());
    DecoderRun run(*d, batch, z);
    if (backend == Backend::Fast) {
        for (qsizetype t = 0; t < steps; ++t) {
            for (int r = 0; r < batch; ++r)
                run.setInput(r, sequences[r][t]);
            run.step(batch);
            for (int r = 0; r < batch; ++r)
                out[r].append(SketchRnnSampler::mixture(run.output(r)));
        }
        return out;
    }
    SketchRnnDecoder module = d->torchModule();
    c10::InferenceMode guard;
    const int in = d->decoder.inputSize();
    const int hdim = d->hidden;
    // Initial state and z: the fast run's buffers, before any step.
    torch::Tensor x = torch::zeros({batch, in});
    torch::Tensor h = torch::zeros({batch, hdim});
    torch::Tensor c = torch::zeros({batch, hdim});
    if (d->latent > 0) {
        for (int r = 0; r < batch; ++r) {
            const float *row = run.row(r);
            for (int j = 0; j < d->latent; ++j)
                x[r][SketchRnnFile::kStrokeSize + j] = row[SketchRnnFile::kStrokeSize + j];
            for (int j = 0; j < hdim; ++j) {
                h[r][j] = row[in + j];
                c[r][j] = run.cell(r)[j];
            }
        }
    }
    for (qsizetype t = 0; t < steps; ++t) {
        for (int r = 0; r < batch; ++r) {
            float row[SketchRnnFile::kStrokeSize];
            setStroke(row, sequences[r][t]);
            for (int j = 0; j < SketchRnnFile::kStrokeSize; ++j)
                x[r][j] = row[j];
        }
        auto [y, h2, c2] = module->forward(x, h, c);
        h = h2;
        c = c2;
        const torch::Tensor yc = y.contiguous();
        for (int r = 0; r < batch; ++r)
            out[r].append(SketchRnnSampler::mixture(yc.data_ptr<float>() + std::size_t(r) * SketchRnnFile::kOutputSize));
    }
    return out;
}

double SketchRnnModel::stepTime_us(int batch, int steps, Backend backend, int warmup) const
{
    using Clock = std::chrono::steady_clock;
    batch = std::max(batch, 1);
    steps = std::max(steps, 1);
    if (backend == Backend::Fast) {
        DecoderRun run(*d, batch, {});
        for (int r = 0; r < batch; ++r)
            run.setInput(r, kStartToken);
        for (int i = 0; i < warmup; ++i)
            run.step(batch);
        const auto t0 = Clock::now();
        for (int i = 0; i < steps; ++i)
            run.step(batch);
        return std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / steps;
    }
    SketchRnnDecoder module = d->torchModule();
    torch::set_num_threads(1);
    c10::InferenceMode guard;
    torch::Tensor x = torch::zeros({batch, d->decoder.inputSize()});
    x.select(1, 2).fill_(1.0);
    torch::Tensor h = torch::zeros({batch, d->hidden});
    torch::Tensor c = torch::zeros({batch, d->hidden});
    torch::Tensor y;
    auto once = [&] { std::tie(y, h, c) = module->forward(x, h, c); };
    for (int i = 0; i < warmup; ++i)
        once();
    const auto t0 = Clock::now();
    for (int i = 0; i < steps; ++i)
        once();
    return std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / steps;
}

} // namespace atelier::models
