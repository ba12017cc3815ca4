#include "music/MusicTransformerChecks.h"

#include "music/MusicTransformerModel.h"
#include "music/MusicTransformerNet.h"

#include <cmath>

namespace atelier::models {

MusicTransformerCheck compareCachedWithFullPass(const MusicTransformerConfig &config, int batch, int steps,
                                                std::uint64_t seed)
{
    torch::manual_seed(seed);
    MusicTransformerConfig c = config;
    c.dropout = 0;
    MusicTransformerNet net(c);
    net->eval();
    {
        torch::NoGradGuard noGrad;
        for (auto &p : net->parameters())
            p.add_(torch::randn_like(p) * 0.05);
    }
    const torch::Tensor tokens = torch::randint(c.vocab, {batch, steps}, torch::kLong);
    const torch::Tensor controls = c.controls > 0 ? torch::rand({batch, steps, c.controls}) : torch::Tensor();
    torch::Tensor full;
    {
        torch::NoGradGuard noGrad;
        full = torch::log_softmax(net->forward(tokens, controls), -1).contiguous();   // [B, T, V]
    }
    MusicTransformerModel model(QStringLiteral("check"), c, net->weights());
    auto state = model.newState(batch);
    std::vector<int> tok(static_cast<std::size_t>(batch));
    std::vector<float> ctl(std::size_t(batch) * std::size_t(c.controls));
    std::vector<float> logits(std::size_t(batch) * std::size_t(c.vocab));
    MusicTransformerCheck r;
    const auto tokenAt = tokens.accessor<int64_t, 2>();
    const auto fullAt = full.accessor<float, 3>();
    for (int t = 0; t < steps; ++t) {
        for (int b = 0; b < batch; ++b) {
            tok[std::size_t(b)] = int(tokenAt[b][t]);
            for (int k = 0; k < c.controls; ++k)
                ctl[std::size_t(b) * std::size_t(c.controls) + std::size_t(k)] = controls[b][t][k].item<float>();
        }
        model.step(*state, tok.data(), c.controls > 0 ? ctl.data() : nullptr, logits.data());
        for (int b = 0; b < batch; ++b) {
            const float *row = logits.data() + std::size_t(b) * std::size_t(c.vocab);
            double mx = -1e300, sum = 0;
            for (int v = 0; v < c.vocab; ++v)
                mx = std::max(mx, double(row[v]));
            for (int v = 0; v < c.vocab; ++v)
                sum += std::exp(double(row[v]) - mx);
            const double lse = mx + std::log(sum);
            for (int v = 0; v < c.vocab; ++v) {
                r.maxAbsLogit = std::max(r.maxAbsLogit, std::abs(double(row[v])));
                r.maxAbsLogProbDiff = std::max(r.maxAbsLogProbDiff, std::abs(double(row[v]) - lse - double(fullAt[b][t][v])));
            }
        }
        ++r.positions;
    }
    return r;
}

} // namespace atelier::models
