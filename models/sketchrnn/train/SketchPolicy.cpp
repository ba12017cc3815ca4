#include "SketchPolicy.h"

#include <cmath>

namespace atelier::models {

namespace {

torch::Tensor tensorOf(const SketchRnnArray &a)
{
    std::vector<int64_t> shape(a.shape.begin(), a.shape.end());
    return torch::from_blob(const_cast<float *>(a.values.data()), shape, torch::kFloat).clone();
}

void copyInto(SketchRnnArray &a, const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().to(torch::kFloat).contiguous();
    a.values.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

SketchPolicyImpl::SketchPolicyImpl(const SketchRnnFile &file)
    : m_vae(file.vae), m_hidden(file.hiddenSize()), m_latent(file.latentSize())
{
    const int base = file.decoderBase();
    dec = register_module("dec", SketchLstm(file.decoderInputSize(), m_hidden));
    {
        torch::NoGradGuard noGrad;
        dec->W_xh.copy_(tensorOf(file.arrays[base + SketchRnnFile::DecWxh]));
        dec->W_hh.copy_(tensorOf(file.arrays[base + SketchRnnFile::DecWhh]));
        dec->bias.copy_(tensorOf(file.arrays[base + SketchRnnFile::DecBias]));
    }
    outW = register_parameter("out_w", tensorOf(file.arrays[base + SketchRnnFile::OutW]));
    outB = register_parameter("out_b", tensorOf(file.arrays[base + SketchRnnFile::OutB]));
    if (m_vae) {
        encW = register_parameter("enc_w", tensorOf(file.arrays[SketchRnnFile::EncW]));
        encB = register_parameter("enc_b", tensorOf(file.arrays[SketchRnnFile::EncB]));
    }
}

torch::Tensor SketchPolicyImpl::forward(const torch::Tensor &input) const
{
    const int64_t T = input.size(0), B = input.size(1);
    torch::Tensor h, c;
    if (m_vae) {   // z = 0: the initial state is tanh(enc_b), the z columns of W_xh see zeros
        const torch::Tensor state = torch::tanh(encB).unsqueeze(0).expand({B, 2 * m_hidden});
        c = state.narrow(1, 0, m_hidden).contiguous();
        h = state.narrow(1, m_hidden, m_hidden).contiguous();
    } else {
        h = torch::zeros({B, m_hidden});
        c = torch::zeros({B, m_hidden});
    }
    const std::vector<torch::Tensor> xp =
        (torch::matmul(input, dec->W_xh.narrow(0, 0, SketchRnnFile::kStrokeSize)) + dec->bias).unbind(0);
    std::vector<torch::Tensor> hs;
    hs.reserve(std::size_t(T));
    for (int64_t t = 0; t < T; ++t) {
        dec->step(xp[std::size_t(t)], h, c, 1.0);
        hs.push_back(h);
    }
    return torch::matmul(torch::stack(hs), outW) + outB;
}

void SketchPolicyImpl::store(SketchRnnFile &file) const
{
    const int base = file.decoderBase();
    copyInto(file.arrays[base + SketchRnnFile::DecWxh], dec->W_xh);
    copyInto(file.arrays[base + SketchRnnFile::DecWhh], dec->W_hh);
    copyInto(file.arrays[base + SketchRnnFile::DecBias], dec->bias);
    copyInto(file.arrays[base + SketchRnnFile::OutW], outW);
    copyInto(file.arrays[base + SketchRnnFile::OutB], outB);
    if (m_vae) {
        copyInto(file.arrays[SketchRnnFile::EncW], encW);
        copyInto(file.arrays[SketchRnnFile::EncB], encB);
    }
}

torch::Tensor sketchRowLogProb(const torch::Tensor &y, const torch::Tensor &rows, double temperature)
{
    constexpr int M = SketchRnnFile::kMixtures;
    const double tau = std::max(temperature, 1e-3);
    const double tauS = 0.5 + 0.5 * tau;
    const torch::Tensor penLogp = torch::log_softmax(y.narrow(2, 0, 3) / tauS, 2);
    const torch::Tensor logPi = torch::log_softmax(y.narrow(2, 3, M) / tauS, 2);
    const torch::Tensor mux = y.narrow(2, 3 + M, M), muy = y.narrow(2, 3 + 2 * M, M);
    const double logSqrtTau = 0.5 * std::log(tau);
    const torch::Tensor lsx = y.narrow(2, 3 + 3 * M, M) + logSqrtTau, lsy = y.narrow(2, 3 + 4 * M, M) + logSqrtTau;
    const torch::Tensor rho = torch::tanh(y.narrow(2, 3 + 5 * M, M)).clamp(-0.999999, 0.999999);
    const torch::Tensor dx = rows.narrow(2, 0, 1), dy = rows.narrow(2, 1, 1);
    const torch::Tensor nx = (dx - mux) * torch::exp(-lsx), ny = (dy - muy) * torch::exp(-lsy);
    const torch::Tensor oneMinusRho2 = 1 - rho * rho;
    const torch::Tensor zz = nx * nx + ny * ny - 2 * rho * nx * ny;
    const torch::Tensor logN = -zz / (2 * oneMinusRho2) - std::log(2 * M_PI) - lsx - lsy - 0.5 * torch::log(oneMinusRho2);
    const torch::Tensor offset = torch::logsumexp(logPi + logN, 2);      // [T, B]
    const torch::Tensor pen = (rows.narrow(2, 2, 3) * penLogp).sum(2);   // [T, B]
    const torch::Tensor notEnd = 1 - rows.select(2, 4);
    return pen + offset * notEnd;
}

} // namespace atelier::models
