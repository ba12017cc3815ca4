#pragma once
// AnalyticTimbreModel: a stand-in ITimbreModel for the voice-engine tests,
// with a known, simple answer per frame so that tests can predict the sound:
//  - zSize 2; harmonic 1 has amplitude 0.3 * z[0] and harmonic 2 0.3 * z[1],
//    both times an onset shape (1 - exp(-t / 20 ms), from the conditioning's
//    onset feature 4) and, once released, a release shape (exp(-t / 40 ms),
//    the release feature 12); no noise.
//  - The instrument table can be given (for the evaluation tests).
//  - It counts decode() calls and rows, and can be made slow (delay_ms per
//    call) to test the real-time engine with late frames.

#include "timbre/ITimbreModel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <utility>
#include <vector>

namespace atelier::core::timbre::test {

class AnalyticTimbreModel final : public ITimbreModel {
public:
    AnalyticTimbreModel()
    {
        m_instruments.push_back({QStringLiteral("Pure"), QStringLiteral("analytic"), -1, {1.0f, 0.0f}});
        m_instruments.push_back({QStringLiteral("Bright"), QStringLiteral("analytic"), -1, {1.0f, 1.0f}});
    }
    // The same model with another instrument table (e.g. named after a dataset's instruments).
    explicit AnalyticTimbreModel(std::vector<TimbreInstrument> instruments) : m_instruments(std::move(instruments)) {}

    QString name() const override { return QStringLiteral("analytic test model"); }
    int zSize() const override { return 2; }
    const std::vector<TimbreInstrument> &instruments() const override { return m_instruments; }

    void decode(int count, const float *inputs, const double *f0Hz, TimbreFrame *frames) const override
    {
        calls.fetch_add(1);
        rows.fetch_add(count);
        if (const int ms = delay_ms.load(); ms > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        const int stride = zSize() + kConditioningSize;
        for (int r = 0; r < count; ++r) {
            const float *z = inputs + r * stride;
            const float *c = z + zSize();
            const float onset = 1.0f - c[4];
            const float release = c[10] > 0.5f ? c[12] : 1.0f;
            TimbreFrame &f = frames[r];
            std::fill(std::begin(f.harmonics), std::end(f.harmonics), 0.0f);
            std::fill(std::begin(f.noise), std::end(f.noise), 0.0f);
            const int audible = audibleHarmonics(f0Hz[r]);
            if (audible >= 1)
                f.harmonics[0] = 0.3f * z[0] * onset * release;
            if (audible >= 2)
                f.harmonics[1] = 0.3f * z[1] * onset * release;
        }
    }

    std::vector<float> encode(const std::vector<float> &mfccStats) const override
    {
        std::vector<float> z(2, 0.0f);
        for (std::size_t i = 0; i < 2 && i < mfccStats.size(); ++i)
            z[i] = mfccStats[i];
        return z;
    }

    mutable std::atomic<long> calls{0};
    mutable std::atomic<long> rows{0};
    std::atomic<int> delay_ms{0};

private:
    std::vector<TimbreInstrument> m_instruments;
};

} // namespace atelier::core::timbre::test
