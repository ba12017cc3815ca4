#include "SketchVae.h"

#include <QObject>
#include <cmath>

namespace atelier::models {

namespace {

torch::Tensor glorot(int in, int out)
{
    const double limit = std::sqrt(6.0 / (in + out));
    return torch::rand({in, out}) * (2 * limit) - limit;
}

} // namespace

SketchVaeImpl::SketchVaeImpl(const SketchVaeConfig &config) : m_config(config)
{
    const int E = config.encoderSize, D = config.decoderSize, Z = config.zSize, M = config.mixtures;
    encFw = register_module("encFw", SketchLstm(5, E));
    encBw = register_module("encBw", SketchLstm(5, E));
    torch::NoGradGuard noGrad;
    // model.py super_linear "gaussian" init with stddev 0.001 for mu, presig and the initial state.
    muW = register_parameter("muW", torch::randn({2 * E, Z}) * 0.001);
    muB = register_parameter("muB", torch::zeros({Z}));
    sigmaW = register_parameter("sigmaW", torch::randn({2 * E, Z}) * 0.001);
    sigmaB = register_parameter("sigmaB", torch::zeros({Z}));
    encW = register_parameter("encW", torch::randn({Z, 2 * D}) * 0.001);
    encB = register_parameter("encB", torch::zeros({2 * D}));
    dec = register_module("dec", SketchLstm(5 + Z, D));
    outW = register_parameter("outW", glorot(D, 3 + 6 * M));
    outB = register_parameter("outB", torch::zeros({3 + 6 * M}));
}

std::pair<torch::Tensor, torch::Tensor> SketchVaeImpl::encode(const torch::Tensor &strokes,
                                                              const torch::Tensor &lengths) const
{
    const int64_t B = strokes.size(1);
    const int64_t T = lengths.max().item<int64_t>();
    const torch::Tensor x = strokes.narrow(0, 0, T);
    // Backward direction: each drawing reversed within its own length.
    const torch::Tensor t = torch::arange(T, torch::kLong).unsqueeze(1).expand({T, B});
    const torch::Tensor len = lengths.unsqueeze(0).expand({T, B});
    const torch::Tensor revIdx = torch::where(t < len, len - 1 - t, t);
    const torch::Tensor xr = x.gather(0, revIdx.unsqueeze(2).expand({T, B, 5}));
    const double keep = is_training() ? m_config.recurrentDropoutKeep : 1.0;
    auto run = [&](const SketchLstm &cell, const torch::Tensor &in) {
        // unbind, not xp[i]: select's backward would build a full-size zero
        // gradient per step (quadratic in T); unbind's backward is one stack.
        const std::vector<torch::Tensor> xp = cell->inputProjection(in).unbind(0);
        torch::Tensor h = torch::zeros({B, cell->hiddenSize()});
        torch::Tensor c = torch::zeros({B, cell->hiddenSize()});
        std::vector<torch::Tensor> hs;
        hs.reserve(T);
        for (int64_t i = 0; i < T; ++i) {
            cell->step(xp[i], h, c, keep);
            hs.push_back(h);
        }
        const torch::Tensor all = torch::stack(hs);  // [T, B, H]
        const torch::Tensor last = (lengths - 1).view({1, B, 1}).expand({1, B, cell->hiddenSize()});
        return all.gather(0, last).squeeze(0);
    };
    const torch::Tensor hidden = torch::cat({run(encFw, x), run(encBw, xr)}, 1);
    return {torch::addmm(muB, hidden, muW), torch::addmm(sigmaB, hidden, sigmaW)};
}

torch::Tensor SketchVaeImpl::decode(const torch::Tensor &input, const torch::Tensor &z) const
{
    const int64_t T = input.size(0);
    const int D = m_config.decoderSize;
    const torch::Tensor state = torch::tanh(torch::addmm(encB, z, encW));
    torch::Tensor c = state.narrow(1, 0, D).contiguous();
    torch::Tensor h = state.narrow(1, D, D).contiguous();
    const std::vector<torch::Tensor> xp =
        (torch::matmul(input, dec->W_xh.narrow(0, 0, 5))
         + (torch::matmul(z, dec->W_xh.narrow(0, 5, m_config.zSize)) + dec->bias).unsqueeze(0))
            .unbind(0);
    const double keep = is_training() ? m_config.recurrentDropoutKeep : 1.0;
    std::vector<torch::Tensor> hs;
    hs.reserve(T);
    for (int64_t i = 0; i < T; ++i) {
        dec->step(xp[i], h, c, keep);
        hs.push_back(h);
    }
    return torch::matmul(torch::stack(hs), outW) + outB;
}

SketchLossParts SketchVaeImpl::loss(const torch::Tensor &strokes, const torch::Tensor &lengths, bool sampleZ,
                                    bool maskPen, int denominatorRows) const
{
    const int64_t T = strokes.size(0), B = strokes.size(1);
    const int M = m_config.mixtures;
    auto [mu, presig] = encode(strokes, lengths);
    torch::Tensor z = mu;
    if (sampleZ)
        z = mu + torch::exp(presig / 2) * torch::randn_like(mu);
    const torch::Tensor y = decode(sketchDecoderInput(strokes), z);

    SketchLossParts parts = sketchMixtureLoss(y, strokes, maskPen, M);
    parts.kl = -0.5 * torch::mean(1 + presig - mu * mu - torch::exp(presig));
    parts.denominator = double(B) * double(denominatorRows > 0 ? denominatorRows : T);
    return parts;
}

std::vector<torch::Tensor> SketchVaeImpl::exportArrays() const
{
    return {encFw->W_xh, encFw->W_hh, encFw->bias, encBw->W_xh, encBw->W_hh, encBw->bias,
            muW,         muB,         sigmaW,      sigmaB,      encW,        encB,
            outW,        outB,        dec->W_xh,   dec->W_hh,   dec->bias};
}

bool SketchVaeImpl::importArrays(const std::vector<torch::Tensor> &arrays, QString *error)
{
    std::vector<torch::Tensor> mine = exportArrays();
    if (arrays.size() != mine.size()) {
        *error = QObject::tr("expected %1 arrays, got %2").arg(mine.size()).arg(arrays.size());
        return false;
    }
    torch::NoGradGuard noGrad;
    for (size_t k = 0; k < mine.size(); ++k) {
        if (arrays[k].sizes() != mine[k].sizes()) {
            *error = QObject::tr("array %1 has the wrong shape").arg(k);
            return false;
        }
        mine[k].copy_(arrays[k]);
    }
    return true;
}

} // namespace atelier::models
