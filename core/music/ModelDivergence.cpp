#include "music/ModelDivergence.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

namespace {

// log-softmax of v logits into out.
void logSoftmax(const float *logits, int v, std::vector<double> &out)
{
    double mx = -INFINITY;
    for (int k = 0; k < v; ++k)
        mx = std::max(mx, double(logits[k]));
    double sum = 0;
    for (int k = 0; k < v; ++k)
        sum += std::exp(double(logits[k]) - mx);
    const double norm = mx + std::log(sum);
    out.resize(std::size_t(v));
    for (int k = 0; k < v; ++k)
        out[std::size_t(k)] = double(logits[k]) - norm;
}

} // namespace

std::optional<double> meanKlPerEvent(const IMusicModel &p, const IMusicModel &q, const std::vector<MusicWindow> &rows,
                                     const std::vector<int> &firstTargets, int batchSize)
{
    const int v = p.vocabSize(), cs = std::max(p.controlSize(), 0);
    if (v <= 0 || q.vocabSize() != v || q.controlSize() != p.controlSize())
        return std::nullopt;
    const std::size_t b = std::size_t(std::max(batchSize, 1));
    double total = 0;
    std::int64_t events = 0;
    std::vector<int> tokens;
    std::vector<float> controls, lp, lq;
    std::vector<double> a, c;
    for (std::size_t at = 0; at < rows.size(); at += b) {
        const std::size_t n = std::min(rows.size() - at, b);
        std::size_t steps = 0;
        for (std::size_t i = 0; i < n; ++i)
            steps = std::max(steps, rows[at + i].tokens.size());
        auto sp = p.newState(int(n)), sq = q.newState(int(n));
        tokens.assign(n, 0);
        controls.assign(n * std::size_t(cs), 0.0f);
        for (std::size_t i = 0; i < n && cs > 0; ++i)
            if (rows[at + i].controls.size() == std::size_t(cs))
                std::copy_n(rows[at + i].controls.begin(), cs, controls.begin() + std::ptrdiff_t(i * std::size_t(cs)));
        lp.assign(n * std::size_t(v), 0.0f);
        lq.assign(n * std::size_t(v), 0.0f);
        for (std::size_t t = 0; t + 1 < steps; ++t) {
            for (std::size_t i = 0; i < n; ++i) {
                const MusicWindow &w = rows[at + i];
                const int tok = t + 1 < w.tokens.size() ? w.tokens[t] : 0;
                tokens[i] = tok >= 0 && tok < v ? tok : 0;
            }
            const float *ctl = cs > 0 ? controls.data() : nullptr;
            p.step(*sp, tokens.data(), ctl, lp.data());
            q.step(*sq, tokens.data(), ctl, lq.data());
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t r = at + i;
                const int first = std::max(r < firstTargets.size() ? firstTargets[r] : 1, 1);
                if (t + 1 >= rows[r].tokens.size() || int(t + 1) < first)
                    continue;
                logSoftmax(lp.data() + i * std::size_t(v), v, a);
                logSoftmax(lq.data() + i * std::size_t(v), v, c);
                double kl = 0;
                for (int k = 0; k < v; ++k)
                    kl += std::exp(a[std::size_t(k)]) * (a[std::size_t(k)] - c[std::size_t(k)]);
                total += std::max(kl, 0.0);
                ++events;
            }
        }
    }
    if (events == 0)
        return std::nullopt;
    return total / double(events);
}

} // namespace atelier::core
