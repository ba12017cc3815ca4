#pragma once
// Small measurements on rendered audio for the timbre tests, written here
// independently of the code under test (plain loops, double precision).

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <vector>

namespace atelier::timbre_test {

constexpr double kPi = 3.14159265358979323846;

// The amplitude and phase of a tone at freqHz in x[start, start + length):
// a Hann-windowed correlation with cos and sin. For x = A sin(w n + p) it
// returns about A; *sinPart and *cosPart (if given) are the coefficients of
// sin(w n) and cos(w n) (phase measured from n = 0, not from start).
inline double toneAmplitude(const std::vector<float> &x, std::size_t start, std::size_t length, double freqHz,
                            double sampleRate, double *sinPart = nullptr, double *cosPart = nullptr)
{
    length = std::min(length, x.size() > start ? x.size() - start : 0);
    double s = 0, c = 0, wsum = 0;
    const double w = 2 * kPi * freqHz / sampleRate;
    for (std::size_t i = 0; i < length; ++i) {
        const double win = 0.5 - 0.5 * std::cos(2 * kPi * (double(i) + 0.5) / double(length));
        const double n = double(start + i);
        s += win * x[start + i] * std::sin(w * n);
        c += win * x[start + i] * std::cos(w * n);
        wsum += win;
    }
    if (wsum <= 0) return 0;
    s *= 2 / wsum;
    c *= 2 / wsum;
    if (sinPart) *sinPart = s;
    if (cosPart) *cosPart = c;
    return std::sqrt(s * s + c * c);
}

inline double rms(const std::vector<float> &x, std::size_t start, std::size_t length)
{
    length = std::min(length, x.size() > start ? x.size() - start : 0);
    if (length == 0) return 0;
    double sq = 0;
    for (std::size_t i = 0; i < length; ++i) sq += double(x[start + i]) * x[start + i];
    return std::sqrt(sq / double(length));
}

inline double peak(const std::vector<float> &x, std::size_t start, std::size_t length)
{
    double p = 0;
    for (std::size_t i = start; i < x.size() && i < start + length; ++i) p = std::max(p, double(std::abs(x[i])));
    return p;
}

// Upward zero crossings (sample indices i with x[i-1] < 0 <= x[i]) in [start, end).
inline std::vector<double> upwardCrossings(const std::vector<float> &x, std::size_t start, std::size_t end)
{
    std::vector<double> out;
    end = std::min(end, x.size());
    for (std::size_t i = std::max<std::size_t>(start, 1); i < end; ++i)
        if (x[i - 1] < 0 && x[i] >= 0) {
            const double a = x[i - 1], b = x[i];
            out.push_back(double(i - 1) + a / (a - b));  // linear interpolation of the crossing
        }
    return out;
}

// The frequency from the mean period between the first and the last upward crossing.
inline double crossingFrequency(const std::vector<float> &x, std::size_t start, std::size_t end, double sampleRate)
{
    const std::vector<double> c = upwardCrossings(x, start, end);
    if (c.size() < 2) return 0;
    return sampleRate * double(c.size() - 1) / (c.back() - c.front());
}

// The largest first difference |x[n] - x[n-1]| in [start, end).
inline double maxStep(const std::vector<float> &x, std::size_t start, std::size_t end)
{
    double m = 0;
    for (std::size_t i = std::max<std::size_t>(start, 1); i < end && i < x.size(); ++i)
        m = std::max(m, double(std::abs(x[i] - x[i - 1])));
    return m;
}

// The largest second difference |x[n+1] - 2 x[n] + x[n-1]| in [start, end):
// about A w^2 for a sine, but the size of the jump at a click.
inline double maxSecondDifference(const std::vector<float> &x, std::size_t start, std::size_t end)
{
    double m = 0;
    for (std::size_t i = std::max<std::size_t>(start, 1); i + 1 < end && i + 1 < x.size(); ++i)
        m = std::max(m, std::abs(double(x[i + 1]) - 2.0 * x[i] + x[i - 1]));
    return m;
}

// A naive DFT (double precision), for checking the FFT.
inline std::vector<std::complex<double>> naiveDft(const std::vector<std::complex<double>> &x, bool inverse = false)
{
    const std::size_t n = x.size();
    std::vector<std::complex<double>> out(n);
    const double sign = inverse ? 1.0 : -1.0;
    for (std::size_t k = 0; k < n; ++k) {
        std::complex<double> s = 0;
        for (std::size_t j = 0; j < n; ++j)
            s += x[j] * std::polar(1.0, sign * 2 * kPi * double((k * j) % n) / double(n));
        out[k] = s;
    }
    return out;
}

inline std::vector<float> sine(double freqHz, double amplitude, double sampleRate, std::size_t length,
                               double phase = 0)
{
    std::vector<float> x(length);
    for (std::size_t i = 0; i < length; ++i)
        x[i] = float(amplitude * std::sin(2 * kPi * freqHz * double(i) / sampleRate + phase));
    return x;
}

} // namespace atelier::timbre_test
