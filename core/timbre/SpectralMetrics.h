#pragma once
// Spectral measures of the timbre work (plain C++, no torch):
//  - multiScaleSpectralDistance: DDSP's multi-scale spectral loss, the
//    number the timbre trainer minimizes and `atelier eval timbre` reports:
//    for FFT sizes 2048, 1024, 512, 256, 128, 64 (hop = size / 4, periodic
//    Hann window, no padding) the mean over bins and frames of |S - S'| plus
//    the mean of |log(S + 1e-5) - log(S' + 1e-5)|, summed over the sizes.
//  - logSpectralDistance_dB: per 1024-point frame (hop 256) the RMS over
//    bins of the difference of the power spectra in dB (floor 1e-8), averaged.
//  - mfccStatistics: the encoder's input, 20 MFCCs (40 mel bands 30 Hz ..
//    8 kHz, 1024-point frames, hop 256) over the frames within 60 dB of the
//    loudest, as [means..., standard deviations...] (40 values).
//  - magnitudeSpectrum: |FFT| of a Hann-windowed frame (for the UI).
//  - resampleLinear: sample-rate conversion (for a user's WAV note).
// Signals are floats in [-1, 1] at 16 kHz unless a rate is given.

#include <vector>

namespace atelier::core::timbre {

constexpr int kMfccCount = 20;
constexpr int kMfccStatsSize = 2 * kMfccCount;
constexpr double kLogEpsilon = 1e-5;

double multiScaleSpectralDistance(const float *a, const float *b, int n);
double logSpectralDistance_dB(const float *a, const float *b, int n);
std::vector<float> mfccStatistics(const float *x, int n, int sampleRate = 16000);
std::vector<float> magnitudeSpectrum(const float *x, int n, int fftSize);  // fftSize / 2 + 1 values
std::vector<float> resampleLinear(const std::vector<float> &x, double fromRate, double toRate);

// In-place complex FFT, size a power of two (inverse: unscaled).
void fft(float *re, float *im, int n, bool inverse = false);

} // namespace atelier::core::timbre
