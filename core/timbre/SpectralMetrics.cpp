#include "timbre/SpectralMetrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace atelier::core::timbre {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Twiddles and bit reversal of one FFT size, cached per size.
struct FftPlan {
    int n = 0;
    std::vector<int> reverse;
    std::vector<float> cosTable, sinTable;  // n / 2
    explicit FftPlan(int size) : n(size), reverse(size), cosTable(size / 2), sinTable(size / 2)
    {
        int bits = 0;
        while ((1 << bits) < n) ++bits;
        for (int i = 0; i < n; ++i) {
            int r = 0;
            for (int b = 0; b < bits; ++b)
                if (i & (1 << b)) r |= 1 << (bits - 1 - b);
            reverse[i] = r;
        }
        for (int i = 0; i < n / 2; ++i) {
            cosTable[i] = float(std::cos(2 * kPi * i / n));
            sinTable[i] = float(std::sin(2 * kPi * i / n));
        }
    }
};

const FftPlan &plan(int n)
{
    static std::mutex mutex;
    static std::map<int, std::unique_ptr<FftPlan>> plans;
    std::lock_guard lock(mutex);
    auto &p = plans[n];
    if (!p) p = std::make_unique<FftPlan>(n);
    return *p;
}

std::vector<float> hann(int n)  // periodic, as torch.hann_window
{
    std::vector<float> w(n);
    for (int i = 0; i < n; ++i) w[i] = float(0.5 - 0.5 * std::cos(2 * kPi * i / n));
    return w;
}

// Magnitude frames of a signal: frames x (size/2+1), no padding.
std::vector<float> stftMagnitude(const float *x, int n, int size, int hop, int *frameCount)
{
    const int frames = n >= size ? 1 + (n - size) / hop : 0;
    *frameCount = frames;
    const int bins = size / 2 + 1;
    std::vector<float> out(std::size_t(frames) * bins);
    const std::vector<float> w = hann(size);
    std::vector<float> re(size), im(size);
    for (int f = 0; f < frames; ++f) {
        const float *src = x + std::size_t(f) * hop;
        for (int i = 0; i < size; ++i) {
            re[i] = src[i] * w[i];
            im[i] = 0;
        }
        fft(re.data(), im.data(), size);
        float *dst = out.data() + std::size_t(f) * bins;
        for (int k = 0; k < bins; ++k) dst[k] = std::sqrt(re[k] * re[k] + im[k] * im[k]);
    }
    return out;
}

} // namespace

void fft(float *re, float *im, int n, bool inverse)
{
    const FftPlan &p = plan(n);
    for (int i = 0; i < n; ++i) {
        const int r = p.reverse[i];
        if (r > i) {
            std::swap(re[i], re[r]);
            std::swap(im[i], im[r]);
        }
    }
    const float sign = inverse ? 1.0f : -1.0f;
    for (int len = 2; len <= n; len <<= 1) {
        const int half = len / 2, step = n / len;
        for (int start = 0; start < n; start += len) {
            for (int j = 0; j < half; ++j) {
                const float wr = p.cosTable[j * step], wi = sign * p.sinTable[j * step];
                const int a = start + j, b = a + half;
                const float tr = re[b] * wr - im[b] * wi;
                const float ti = re[b] * wi + im[b] * wr;
                re[b] = re[a] - tr;
                im[b] = im[a] - ti;
                re[a] += tr;
                im[a] += ti;
            }
        }
    }
}

double multiScaleSpectralDistance(const float *a, const float *b, int n)
{
    double total = 0;
    for (int size = 2048; size >= 64; size /= 2) {
        const int hop = size / 4;
        int frames = 0;
        const std::vector<float> sa = stftMagnitude(a, n, size, hop, &frames);
        const std::vector<float> sb = stftMagnitude(b, n, size, hop, &frames);
        if (sa.empty()) continue;
        double lin = 0, lg = 0;
        for (std::size_t i = 0; i < sa.size(); ++i) {
            lin += std::abs(sa[i] - sb[i]);
            lg += std::abs(std::log(sa[i] + kLogEpsilon) - std::log(sb[i] + kLogEpsilon));
        }
        total += (lin + lg) / double(sa.size());
    }
    return total;
}

double logSpectralDistance_dB(const float *a, const float *b, int n)
{
    int frames = 0;
    const std::vector<float> sa = stftMagnitude(a, n, 1024, 256, &frames);
    const std::vector<float> sb = stftMagnitude(b, n, 1024, 256, &frames);
    if (frames == 0) return 0;
    const int bins = 513;
    double sum = 0;
    for (int f = 0; f < frames; ++f) {
        double sq = 0;
        for (int k = 0; k < bins; ++k) {
            const double pa = std::max(double(sa[f * bins + k]) * sa[f * bins + k], 1e-8);
            const double pb = std::max(double(sb[f * bins + k]) * sb[f * bins + k], 1e-8);
            const double d = 10 * std::log10(pa / pb);
            sq += d * d;
        }
        sum += std::sqrt(sq / bins);
    }
    return sum / frames;
}

std::vector<float> mfccStatistics(const float *x, int n, int sampleRate)
{
    constexpr int kSize = 1024, kHop = 256, kMel = 40;
    std::vector<float> stats(kMfccStatsSize, 0.0f);
    int frames = 0;
    std::vector<float> mag;
    if (n >= kSize) {
        mag = stftMagnitude(x, n, kSize, kHop, &frames);
    } else if (n > 0) {  // a very short note: one zero-padded frame
        std::vector<float> padded(kSize, 0.0f);
        std::copy(x, x + n, padded.begin());
        mag = stftMagnitude(padded.data(), kSize, kSize, kHop, &frames);
    }
    if (frames == 0) return stats;
    const int bins = kSize / 2 + 1;
    // Triangular mel filters, 30 Hz .. min(8 kHz, Nyquist).
    auto mel = [](double hz) { return 2595.0 * std::log10(1.0 + hz / 700.0); };
    auto hz = [](double m) { return 700.0 * (std::pow(10.0, m / 2595.0) - 1.0); };
    const double lo = mel(30.0), hi = mel(std::min(8000.0, sampleRate / 2.0));
    std::vector<double> edges(kMel + 2);
    for (int i = 0; i < kMel + 2; ++i) edges[i] = hz(lo + (hi - lo) * i / (kMel + 1)) * kSize / sampleRate;
    std::vector<std::vector<double>> logMel(frames, std::vector<double>(kMel));
    std::vector<double> energy(frames, 0);
    for (int f = 0; f < frames; ++f) {
        const float *m = mag.data() + std::size_t(f) * bins;
        for (int k = 0; k < bins; ++k) energy[f] += double(m[k]) * m[k];
        for (int j = 0; j < kMel; ++j) {
            double s = 0;
            for (int k = int(std::floor(edges[j])); k <= int(std::ceil(edges[j + 2])) && k < bins; ++k) {
                if (k < 0) continue;
                double wgt = 0;
                if (k >= edges[j] && k <= edges[j + 1]) wgt = (k - edges[j]) / std::max(1e-9, edges[j + 1] - edges[j]);
                else if (k > edges[j + 1] && k <= edges[j + 2]) wgt = (edges[j + 2] - k) / std::max(1e-9, edges[j + 2] - edges[j + 1]);
                s += wgt * double(m[k]) * m[k];
            }
            logMel[f][j] = std::log(s + 1e-10);
        }
    }
    const double loudest = *std::max_element(energy.begin(), energy.end());
    std::vector<std::vector<double>> coeffs;
    for (int f = 0; f < frames; ++f) {
        if (loudest <= 0 || energy[f] < loudest * 1e-6) continue;  // > 60 dB below the loudest
        std::vector<double> c(kMfccCount);
        for (int i = 0; i < kMfccCount; ++i) {
            double s = 0;
            for (int j = 0; j < kMel; ++j) s += logMel[f][j] * std::cos(kPi * i * (j + 0.5) / kMel);
            c[i] = s * std::sqrt(2.0 / kMel);
        }
        coeffs.push_back(std::move(c));
    }
    if (coeffs.empty()) return stats;
    for (int i = 0; i < kMfccCount; ++i) {
        double mean = 0, sq = 0;
        for (const auto &c : coeffs) mean += c[i];
        mean /= coeffs.size();
        for (const auto &c : coeffs) sq += (c[i] - mean) * (c[i] - mean);
        stats[i] = float(mean);
        stats[kMfccCount + i] = float(std::sqrt(sq / coeffs.size()));
    }
    return stats;
}

std::vector<float> magnitudeSpectrum(const float *x, int n, int fftSize)
{
    std::vector<float> re(fftSize, 0.0f), im(fftSize, 0.0f);
    const std::vector<float> w = hann(fftSize);
    for (int i = 0; i < std::min(n, fftSize); ++i) re[i] = x[i] * w[i];
    fft(re.data(), im.data(), fftSize);
    std::vector<float> out(fftSize / 2 + 1);
    for (int k = 0; k <= fftSize / 2; ++k) out[k] = std::sqrt(re[k] * re[k] + im[k] * im[k]);
    return out;
}

std::vector<float> resampleLinear(const std::vector<float> &x, double fromRate, double toRate)
{
    if (x.empty() || fromRate <= 0 || toRate <= 0) return {};
    if (fromRate == toRate) return x;
    const double step = fromRate / toRate;
    const std::size_t n = std::size_t(std::floor((x.size() - 1) / step)) + 1;
    std::vector<float> y(n);
    // Downsampling: a moving average over the ratio first limits aliasing.
    std::vector<float> src = x;
    if (step > 1.0) {
        const int width = int(std::round(step));
        if (width > 1) {
            double acc = 0;
            for (std::size_t i = 0; i < x.size(); ++i) {
                acc += x[i];
                if (i >= std::size_t(width)) acc -= x[i - width];
                src[i] = float(acc / std::min<std::size_t>(i + 1, width));
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double pos = i * step;
        const std::size_t k = std::size_t(pos);
        const double frac = pos - k;
        const float a = src[k], b = k + 1 < src.size() ? src[k + 1] : src[k];
        y[i] = float(a + (b - a) * frac);
    }
    return y;
}

} // namespace atelier::core::timbre
