#include "timbre/HarmonicSynth.h"

#include "timbre/SpectralMetrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <random>

namespace atelier::core::timbre {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

NoiseBank::NoiseBank(int sampleRate) : m_sampleRate(sampleRate)
{
    m_length = 1;
    while (m_length < 2 * sampleRate) m_length <<= 1;
    m_data.assign(std::size_t(kNoiseBands) * m_length, 0.0f);
    std::vector<float> re(m_length), im(m_length);
    const double binHz = double(sampleRate) / m_length;
    const double target = std::sqrt(1.0 / kNoiseBands);
    for (int b = 0; b < kNoiseBands; ++b) {
        std::mt19937 rng(0x5eed0000u + unsigned(b));
        std::normal_distribution<float> normal(0.0f, 1.0f);
        for (int i = 0; i < m_length; ++i) {
            re[i] = normal(rng);
            im[i] = 0;
        }
        fft(re.data(), im.data(), m_length);
        const double lo = b * kNoiseTop / kNoiseBands, hi = (b + 1) * kNoiseTop / kNoiseBands;
        for (int k = 0; k < m_length; ++k) {
            const int mirrored = k <= m_length / 2 ? k : m_length - k;
            const double f = mirrored * binHz;
            if (!(f >= lo && f < hi) || f >= sampleRate / 2.0) {
                re[k] = 0;
                im[k] = 0;
            }
        }
        fft(re.data(), im.data(), m_length, true);
        double sq = 0;
        for (int i = 0; i < m_length; ++i) sq += double(re[i]) * re[i];
        const double rms = std::sqrt(sq / m_length);
        const float scale = rms > 0 ? float(target / rms) : 0.0f;
        float *dst = m_data.data() + std::size_t(b) * m_length;
        for (int i = 0; i < m_length; ++i) dst[i] = re[i] * scale;
    }
}

const NoiseBank &NoiseBank::forSampleRate(int sampleRate)
{
    static std::mutex mutex;
    static std::map<int, std::unique_ptr<NoiseBank>> banks;
    std::lock_guard lock(mutex);
    auto &bank = banks[sampleRate];
    if (!bank) bank = std::make_unique<NoiseBank>(sampleRate);
    return *bank;
}

void HarmonicVoice::start(double f0Hz, int sampleRate, std::uint32_t noiseOffset)
{
    m_f0 = f0Hz;
    m_count = audibleHarmonics(f0Hz);
    while (m_count > 0 && m_count * f0Hz >= sampleRate / 2.0) --m_count;
    m_padded = (m_count + 7) / 8 * 8;
    for (int k = 0; k < kHarmonics; ++k) {
        const double w = 2 * kPi * (k + 1) * f0Hz / sampleRate;
        const bool on = k < m_count;
        m_rc[k] = on ? float(std::cos(w)) : 1.0f;
        m_rs[k] = on ? float(std::sin(w)) : 0.0f;
        m_c[k] = on ? 1.0f : 0.0f;
        m_s[k] = 0.0f;
    }
    m_bank = &NoiseBank::forSampleRate(sampleRate);
    m_noisePos = noiseOffset & std::uint32_t(m_bank->length() - 1);
}

void HarmonicVoice::render(const TimbreFrame &a, const TimbreFrame &b, double t0, double dt, int n, float *out)
{
    if (n <= 0 || !m_bank) return;
    // Harmonics: amplitude ramps and phasor rotation, vectorized over k.
    alignas(32) float amp[kHarmonics], dAmp[kHarmonics];
    const int count = m_padded;
    for (int k = 0; k < count; ++k) {
        const float on = k < m_count ? 1.0f : 0.0f;
        const float diff = b.harmonics[k] - a.harmonics[k];
        amp[k] = on * float(a.harmonics[k] + diff * t0);
        dAmp[k] = on * float(diff * dt);
    }
    float *c = m_c, *s = m_s;
    const float *rc = m_rc, *rs = m_rs;
    for (int i = 0; i < n; ++i) {
        float acc = 0;
        for (int k = 0; k < count; ++k) {
            acc += amp[k] * s[k];
            amp[k] += dAmp[k];
            const float cn = c[k] * rc[k] - s[k] * rs[k];
            const float sn = s[k] * rc[k] + c[k] * rs[k];
            c[k] = cn;
            s[k] = sn;
        }
        out[i] += acc;
    }
    for (int k = 0; k < count; ++k) {  // keep the phasors on the unit circle
        const float r = std::sqrt(c[k] * c[k] + s[k] * s[k]);
        if (r > 0) {
            c[k] /= r;
            s[k] /= r;
        }
    }
    // Noise: each band's table times its interpolated gain.
    const std::uint32_t mask = std::uint32_t(m_bank->length() - 1);
    for (int band = 0; band < kNoiseBands; ++band) {
        const float diff = b.noise[band] - a.noise[band];
        const float g0 = float(a.noise[band] + diff * t0), dg = float(diff * dt);
        if (std::abs(g0) < 1e-7f && std::abs(g0 + dg * n) < 1e-7f) continue;
        const float *table = m_bank->band(band);
        std::uint32_t pos = m_noisePos;
        int i = 0;
        while (i < n) {
            const int run = std::min<int>(n - i, int(mask + 1 - (pos & mask)));
            const float *src = table + (pos & mask);
            for (int j = 0; j < run; ++j) out[i + j] += (g0 + dg * float(i + j)) * src[j];
            i += run;
            pos += std::uint32_t(run);
        }
    }
    m_noisePos = (m_noisePos + std::uint32_t(n)) & mask;
}

std::vector<float> synthesizeFrames(const std::vector<TimbreFrame> &frames, double f0Hz, int sampleRate,
                                    int samples, std::uint32_t noiseOffset)
{
    std::vector<float> out(std::max(samples, 0), 0.0f);
    if (frames.empty() || samples <= 0) return out;
    HarmonicVoice voice;
    voice.start(f0Hz, sampleRate, noiseOffset);
    const double framesPerSample = kFrameRate / sampleRate;
    int n = 0;
    while (n < samples) {
        const double pos = n * framesPerSample;
        const int f = int(pos);
        // Samples up to (not including) the next frame boundary.
        int end = int(std::ceil((f + 1) / framesPerSample - 1e-9));
        if (end <= n) end = n + 1;
        end = std::min(end, samples);
        const TimbreFrame &fa = frames[std::min<std::size_t>(f, frames.size() - 1)];
        const TimbreFrame &fb = frames[std::min<std::size_t>(f + 1, frames.size() - 1)];
        voice.render(fa, fb, pos - f, framesPerSample, end - n, out.data() + n);
        n = end;
    }
    return out;
}

} // namespace atelier::core::timbre
