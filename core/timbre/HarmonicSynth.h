#pragma once
// The harmonic-plus-noise synthesizer of the timbre model, in plain C++.
//
// Harmonic k (1..kHarmonics) of a voice at fundamental f0 is
//     a_k(n) * sin(2 pi k f0 n / sr)        (n = samples since the note-on)
// and the noise is  sum_b g_b(n) * bank_b[(offset + n) mod L]  where bank_b is
// white noise band-limited to [b, b+1) * kNoiseTop / kNoiseBands Hz with an RMS
// of sqrt(1 / kNoiseBands) (the bands of a gain-1 frame add up to unit-RMS noise
// up to kNoiseTop). a_k and g_b are the frame values, interpolated linearly
// between frames. The trainer (models/timbre) synthesizes with exactly these
// definitions in torch, using NoiseBank's 16 kHz tables.
//
// Speed: harmonics are complex phasors rotated once per sample (no sin() per
// sample), the inner loop runs over harmonics (vectorizable), and only the
// audible harmonics (below kMaxFrequency) are computed. Phasors are
// renormalized once per render call.

#include "timbre/TimbreSpec.h"

#include <cstdint>
#include <vector>

namespace atelier::core::timbre {

class NoiseBank {
public:
    // Deterministic tables for a sample rate (cached; thread-safe).
    static const NoiseBank &forSampleRate(int sampleRate);

    int sampleRate() const { return m_sampleRate; }
    int length() const { return m_length; }  // a power of two
    const float *band(int b) const { return m_data.data() + std::size_t(b) * m_length; }

    explicit NoiseBank(int sampleRate);

private:
    int m_sampleRate;
    int m_length;
    std::vector<float> m_data;  // kNoiseBands x length
};

class HarmonicVoice {
public:
    // Resets the oscillators for a note at f0Hz; noiseOffset picks where in
    // the noise tables this voice reads (any value).
    void start(double f0Hz, int sampleRate, std::uint32_t noiseOffset);

    // Adds n samples to out, the frame values moving linearly from
    // lerp(a, b, t0) to lerp(a, b, t0 + (n-1) * dt) (t = 0 is a, t = 1 is b).
    void render(const TimbreFrame &a, const TimbreFrame &b, double t0, double dt, int n, float *out);

    double f0() const { return m_f0; }
    int harmonics() const { return m_count; }

private:
    double m_f0 = 0;
    int m_count = 0;      // audible harmonics
    int m_padded = 0;     // rounded up to a multiple of 8
    const NoiseBank *m_bank = nullptr;
    std::uint32_t m_noisePos = 0;
    alignas(32) float m_c[kHarmonics] = {};
    alignas(32) float m_s[kHarmonics] = {};
    alignas(32) float m_rc[kHarmonics] = {};
    alignas(32) float m_rs[kHarmonics] = {};
};

// Renders frames (one every sampleRate / kFrameRate samples, frame 0 at the
// note-on) of a note to `samples` samples at sampleRate; the last frame is
// held if the frames run out. Adds nothing for frames.empty().
std::vector<float> synthesizeFrames(const std::vector<TimbreFrame> &frames, double f0Hz, int sampleRate,
                                    int samples, std::uint32_t noiseOffset = 0);

} // namespace atelier::core::timbre
