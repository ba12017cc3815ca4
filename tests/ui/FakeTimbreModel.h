#pragma once
// A small analytic timbre model for tests (no torch, no files): zSize 2,
// instruments at distinct z (GM Flute, Trumpet, Cello and Piano from a first
// soundfont, a second Flute and an Organ from another one, listed so that
// "first in the list" is not the right default), a decoder whose harmonic
// amplitudes depend on z and on the note's conditioning (velocity, attack,
// release), little noise, and an encoder that maps MFCC statistics to z
// smoothly (different notes give different z, always inside (-0.9, 0.9)).
//
//   amplitude(t) = 0.25 * velocity * (1 - exp(-t / 5 ms)) * (held ? 1 : exp(-t_off / 40 ms))
//   harmonic k   = amplitude * exp(-(k - 1) * slope) * (odd k ? 1 : evenGain)
//   slope = 0.6 - 0.25 * z0,  evenGain = 0.55 + 0.45 * z1

#include "timbre/ITimbreModel.h"
#include "timbre/SpectralMetrics.h"

#include <QStringList>

#include <atomic>
#include <cmath>
#include <cstring>

namespace atelier::test {

class FakeTimbreModel : public core::timbre::ITimbreModel {
public:
    FakeTimbreModel()
    {
        auto add = [this](const char *name, const char *source, int program, float z0, float z1) {
            m_instruments.push_back({QString::fromLatin1(name), QString::fromLatin1(source), program, {z0, z1}});
        };
        add("Organ (OtherGM)", "OtherGM", 19, 0.0f, 0.0f);
        add("Flute (OtherGM)", "OtherGM", 73, -0.5f, -0.5f);
        add("Piano (FluidR3_GM)", "FluidR3_GM", 0, 1.0f, 1.0f);
        add("Flute (FluidR3_GM)", "FluidR3_GM", 73, -1.0f, -1.0f);
        add("Trumpet (FluidR3_GM)", "FluidR3_GM", 56, 1.0f, -1.0f);
        add("Cello (FluidR3_GM)", "FluidR3_GM", 42, -1.0f, 1.0f);
    }

    // The instruments the panel should pick by default, in corner order, as
    // the panel names them (the source only where two would read the same:
    // there are two flutes).
    static QStringList defaultCornerNames()
    {
        return {"Flute (FluidR3_GM)", "Trumpet", "Cello", "Piano"};
    }

    QString name() const override { return QStringLiteral("fake-timbre"); }
    int zSize() const override { return 2; }
    const std::vector<core::timbre::TimbreInstrument> &instruments() const override { return m_instruments; }

    void decode(int count, const float *inputs, const double *f0Hz, core::timbre::TimbreFrame *frames) const override
    {
        using namespace core::timbre;
        m_decodeCalls.fetch_add(1);
        m_decodedRows.fetch_add(count);
        const int width = zSize() + kConditioningSize;
        for (int r = 0; r < count; ++r) {
            const float *in = inputs + std::size_t(r) * width;
            const float *cond = in + zSize();
            const double velocity = cond[2];
            const double attack = 1.0 - cond[3];  // cond[3] = exp(-t / 5 ms)
            const bool released = cond[10] > 0.5f;
            const double release = released ? cond[12] : 1.0;  // exp(-t_off / 40 ms)
            const double amplitude = 0.25 * velocity * attack * release;
            const double slope = 0.6 - 0.25 * in[0];
            const double evenGain = 0.55 + 0.45 * in[1];
            const int audible = audibleHarmonics(f0Hz[r]);
            TimbreFrame &f = frames[r];
            for (int k = 0; k < kHarmonics; ++k) {
                const double a = amplitude * std::exp(-k * slope) * ((k % 2 == 1) ? evenGain : 1.0);
                f.harmonics[k] = k < audible ? float(a) : 0.0f;
            }
            for (int b = 0; b < kNoiseBands; ++b)
                f.noise[b] = float(0.002 * amplitude);
        }
    }

    std::vector<float> encode(const std::vector<float> &stats) const override
    {
        if (int(stats.size()) < core::timbre::kMfccStatsSize)
            return std::vector<float>(2, 0.0f);
        // MFCC 1 (spectral tilt) and the spread of MFCC 0 (loudness contour).
        return {float(0.9 * std::tanh(stats[1] / 50.0)), float(0.9 * std::tanh(stats[2] / 20.0 + stats[20] / 10.0))};
    }

    int decodeCalls() const { return m_decodeCalls.load(); }
    long decodedRows() const { return m_decodedRows.load(); }

private:
    std::vector<core::timbre::TimbreInstrument> m_instruments;
    mutable std::atomic<int> m_decodeCalls{0};
    mutable std::atomic<long> m_decodedRows{0};
};

} // namespace atelier::test
