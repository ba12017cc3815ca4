#include "music/MusicEvaluation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace atelier::core {

std::optional<std::vector<double>> sequenceLogLikelihoods(
    const IMusicModel &model, const std::vector<MusicWindow> &rows, const std::vector<int> &firstTargets,
    int batchSize, const std::function<bool(std::int64_t, std::int64_t)> &progress)
{
    const int v = model.vocabSize();
    const int cs = std::max(model.controlSize(), 0);
    std::vector<double> sums(rows.size(), 0.0);
    if (v <= 0)
        return sums;
    auto first = [&](std::size_t r) { return std::max(r < firstTargets.size() ? firstTargets[r] : 1, 1); };

    // Longest first, so that a batch holds rows of similar length.
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rows[a].tokens.size() > rows[b].tokens.size(); });
    std::int64_t total = 0, done = 0;
    for (const MusicWindow &w : rows)
        total += std::max<std::int64_t>(std::int64_t(w.tokens.size()) - 1, 0);

    const int b = std::max(batchSize, 1);
    std::vector<int> tokens;
    std::vector<float> controls, logits;
    for (std::size_t at = 0; at < order.size(); at += std::size_t(b)) {
        const std::size_t n = std::min(order.size() - at, std::size_t(b));
        std::size_t steps = 0;
        for (std::size_t i = 0; i < n; ++i)
            steps = std::max(steps, rows[order[at + i]].tokens.size());
        if (steps < 2)
            continue;
        auto state = model.newState(int(n));
        tokens.assign(n, 0);
        controls.assign(n * std::size_t(cs), 0.0f);
        logits.assign(n * std::size_t(v), 0.0f);
        for (std::size_t t = 0; t + 1 < steps; ++t) {
            for (std::size_t i = 0; i < n; ++i) {
                const MusicWindow &w = rows[order[at + i]];
                const bool active = t + 1 < w.tokens.size();
                const int tok = active ? w.tokens[t] : 0;
                tokens[i] = tok >= 0 && tok < v ? tok : 0;
                float *c = controls.data() + i * std::size_t(cs);
                if (!active || cs == 0)
                    std::fill(c, c + cs, 0.0f);
                else if (w.controls.size() >= (w.tokens.size() - 1) * std::size_t(cs))
                    std::copy_n(w.controls.begin() + std::ptrdiff_t(t * std::size_t(cs)), cs, c);
                else if (w.controls.size() == std::size_t(cs))
                    std::copy_n(w.controls.begin(), cs, c);
                else
                    std::fill(c, c + cs, 0.0f);
            }
            model.step(*state, tokens.data(), cs > 0 ? controls.data() : nullptr, logits.data());
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t r = order[at + i];
                const MusicWindow &w = rows[r];
                if (t + 1 >= w.tokens.size())
                    continue;
                ++done;
                const int target = w.tokens[t + 1];
                if (int(t + 1) < first(r) || target < 0 || target >= v)
                    continue;
                const float *l = logits.data() + i * std::size_t(v);
                double mx = -INFINITY;
                for (int k = 0; k < v; ++k)
                    mx = std::max(mx, double(l[k]));
                double sum = 0;
                for (int k = 0; k < v; ++k)
                    sum += std::exp(double(l[k]) - mx);
                sums[r] += double(l[target]) - mx - std::log(sum);
            }
            if (progress && !progress(done, total))
                return std::nullopt;
        }
    }
    return sums;
}

MusicEvalResult evaluateModel(const IMusicModel &model, const IMusicTrainingData &data, bool test,
                              const std::function<bool(int, int)> &progress)
{
    MusicEvalResult result;
    if (model.vocabSize() != data.vocabSize()) {
        result.error = model.name() + QStringLiteral(": vocabulary %1 does not match the data's %2")
                                          .arg(model.vocabSize()).arg(data.vocabSize());
        return result;
    }
    // A model that reads no controls is scored on the tokens alone (the
    // melody model beside the chord-conditioned one, on the same tunes).
    if (model.controlSize() != data.controlSize() && model.controlSize() != 0) {
        result.error = model.name() + QStringLiteral(": %1 controls, the data has %2")
                                          .arg(model.controlSize()).arg(data.controlSize());
        return result;
    }
    std::vector<MusicWindow> rows;
    const int n = data.sequenceCount(test);
    rows.reserve(std::size_t(std::max(n, 0)));
    for (int i = 0; i < n; ++i)
        rows.push_back(data.sequence(test, i));
    for (const MusicWindow &w : rows)
        result.events += std::max<std::int64_t>(std::int64_t(w.tokens.size()) - 1, 0);
    const auto sums = sequenceLogLikelihoods(model, rows, std::vector<int>(rows.size(), 1), 16,
                                             [&](std::int64_t done, std::int64_t total) {
                                                 return !progress || progress(int(done), int(total));
                                             });
    if (!sums) {
        result.cancelled = true;
        return result;
    }
    double total = 0;
    for (double s : *sums)
        total -= s;
    result.nll = result.events > 0 ? total / double(result.events) : 0.0;
    return result;
}

} // namespace atelier::core
