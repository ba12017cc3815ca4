// Spectral measures (core/timbre/SpectralMetrics), the morph arithmetic
// (MorphMath) and repitch() (TimbreEvaluation): the FFT against a naive DFT,
// the multi-scale spectral distance and the log-spectral distance against
// independent double-precision implementations of their documented
// definitions, MFCC statistics, linear resampling, corner weights, z mixing,
// the 2-D PCA of the map, and repitching by resampling.

#include "SignalProbe.h"
#include "timbre/MorphMath.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreEvaluation.h"

#include <QtTest>
#include <cmath>
#include <complex>
#include <random>
#include <vector>

using namespace atelier::core::timbre;
using namespace atelier::timbre_test;

namespace {

std::vector<float> whiteNoise(std::size_t n, float amplitude, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-amplitude, amplitude);
    std::vector<float> x(n);
    for (float &v : x) v = u(rng);
    return x;
}

// |DFT| of Hann-windowed frames (periodic window, hop size/4, no padding),
// frames x (size/2+1), double precision, straight from the header's words.
std::vector<std::vector<double>> referenceStft(const std::vector<float> &x, int size, int hop)
{
    std::vector<double> cosT(static_cast<std::size_t>(size)), sinT(static_cast<std::size_t>(size)), w(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
        cosT[std::size_t(i)] = std::cos(2 * kPi * i / size);
        sinT[std::size_t(i)] = std::sin(2 * kPi * i / size);
        w[std::size_t(i)] = 0.5 - 0.5 * std::cos(2 * kPi * i / size);
    }
    std::vector<std::vector<double>> out;
    for (std::size_t start = 0; start + std::size_t(size) <= x.size(); start += std::size_t(hop)) {
        std::vector<double> mag(std::size_t(size / 2 + 1));
        for (int k = 0; k <= size / 2; ++k) {
            double re = 0, im = 0;
            for (int j = 0; j < size; ++j) {
                const double v = x[start + std::size_t(j)] * w[std::size_t(j)];
                const std::size_t idx = std::size_t((std::int64_t(k) * j) % size);
                re += v * cosT[idx];
                im -= v * sinT[idx];
            }
            mag[std::size_t(k)] = std::sqrt(re * re + im * im);
        }
        out.push_back(std::move(mag));
    }
    return out;
}

double referenceMss(const std::vector<float> &a, const std::vector<float> &b)
{
    double total = 0;
    for (int size = 2048; size >= 64; size /= 2) {
        const auto sa = referenceStft(a, size, size / 4), sb = referenceStft(b, size, size / 4);
        if (sa.empty()) continue;
        double lin = 0, lg = 0, count = 0;
        for (std::size_t f = 0; f < sa.size(); ++f)
            for (std::size_t k = 0; k < sa[f].size(); ++k) {
                lin += std::abs(sa[f][k] - sb[f][k]);
                lg += std::abs(std::log(sa[f][k] + 1e-5) - std::log(sb[f][k] + 1e-5));
                ++count;
            }
        total += lin / count + lg / count;
    }
    return total;
}

double referenceLsd(const std::vector<float> &a, const std::vector<float> &b)
{
    const auto sa = referenceStft(a, 1024, 256), sb = referenceStft(b, 1024, 256);
    if (sa.empty()) return 0;
    double sum = 0;
    for (std::size_t f = 0; f < sa.size(); ++f) {
        double sq = 0;
        for (std::size_t k = 0; k < sa[f].size(); ++k) {
            const double pa = std::max(sa[f][k] * sa[f][k], 1e-8), pb = std::max(sb[f][k] * sb[f][k], 1e-8);
            const double d = 10 * std::log10(pa / pb);
            sq += d * d;
        }
        sum += std::sqrt(sq / double(sa[f].size()));
    }
    return sum / double(sa.size());
}

double distance(const std::vector<float> &a, const std::vector<float> &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) s += (a[i] - b[i]) * double(a[i] - b[i]);
    return std::sqrt(s);
}

} // namespace

class TestSpectral : public QObject {
    Q_OBJECT

private slots:
    void fftMatchesNaiveDft_data();
    void fftMatchesNaiveDft();
    void fftInverseIsUnscaled();
    void magnitudeSpectrumOfASine();
    void multiScaleDistanceOfASignalToItselfIsZero();
    void multiScaleDistanceMatchesReference();
    void multiScaleDistanceGrows();
    void logSpectralDistance();
    void mfccStatisticsShapeAndContrast();
    void mfccStatisticsGainShiftsOnlyC0();
    void resampleLinearLengthAndFrequency();
    void repitchByOctave();
    void cornerWeights();
    void mixZ();
    void pcaOfPointsOnALine();
    void pcaOfAPlane();
    void pcaDegenerateInputs();
};

void TestSpectral::fftMatchesNaiveDft_data()
{
    QTest::addColumn<int>("n");
    for (int n : {1, 2, 4, 8, 64, 512, 1024})
        QTest::addRow("%d", n) << n;
}

void TestSpectral::fftMatchesNaiveDft()
{
    QFETCH(int, n);
    std::mt19937 rng(static_cast<unsigned>(n));
    std::normal_distribution<float> g;
    std::vector<float> re(static_cast<std::size_t>(n)), im(static_cast<std::size_t>(n));
    std::vector<std::complex<double>> x(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        re[std::size_t(i)] = g(rng);
        im[std::size_t(i)] = g(rng);
        x[std::size_t(i)] = {re[std::size_t(i)], im[std::size_t(i)]};
    }
    for (bool inverse : {false, true}) {
        std::vector<float> r = re, m = im;
        fft(r.data(), m.data(), n, inverse);
        const auto ref = naiveDft(x, inverse);
        double worst = 0, scale = 1;
        for (int k = 0; k < n; ++k) {
            worst = std::max(worst, std::abs(std::complex<double>(r[std::size_t(k)], m[std::size_t(k)]) - ref[std::size_t(k)]));
            scale = std::max(scale, std::abs(ref[std::size_t(k)]));
        }
        QVERIFY2(worst < 1e-5 * scale, qPrintable(QStringLiteral("inverse=%1: %2").arg(inverse).arg(worst)));
    }
}

void TestSpectral::fftInverseIsUnscaled()
{
    const int n = 256;
    std::vector<float> re = whiteNoise(n, 1.0f, 3), im(n, 0.0f);
    const std::vector<float> original = re;
    fft(re.data(), im.data(), n);
    fft(re.data(), im.data(), n, true);
    for (int i = 0; i < n; ++i) {
        QVERIFY(std::abs(re[std::size_t(i)] - n * original[std::size_t(i)]) < 1e-3f * n);
        QVERIFY(std::abs(im[std::size_t(i)]) < 1e-3f * n);
    }
    // A unit impulse transforms to all ones; a cosine at bin 5 to bins 5 and n-5.
    std::vector<float> a(n, 0.0f), b(n, 0.0f);
    a[0] = 1;
    fft(a.data(), b.data(), n);
    for (int k = 0; k < n; ++k) QVERIFY(std::abs(a[std::size_t(k)] - 1) < 1e-6f && std::abs(b[std::size_t(k)]) < 1e-6f);
    for (int i = 0; i < n; ++i) {
        a[std::size_t(i)] = float(std::cos(2 * kPi * 5 * i / n));
        b[std::size_t(i)] = 0;
    }
    fft(a.data(), b.data(), n);
    for (int k = 0; k < n; ++k) {
        const double mag = std::hypot(a[std::size_t(k)], b[std::size_t(k)]);
        QVERIFY(std::abs(mag - ((k == 5 || k == n - 5) ? n / 2.0 : 0.0)) < 1e-3);
    }
}

void TestSpectral::magnitudeSpectrumOfASine()
{
    // Bin-centred sine: Hann window's peak is amplitude * size / 4.
    const int size = 1024;
    const double f = 16000.0 * 40 / size;  // bin 40
    const std::vector<float> x = sine(f, 0.5, 16000, 2000);
    const std::vector<float> m = magnitudeSpectrum(x.data(), int(x.size()), size);
    QCOMPARE(int(m.size()), size / 2 + 1);
    int best = 0;
    for (int k = 0; k <= size / 2; ++k) if (m[std::size_t(k)] > m[std::size_t(best)]) best = k;
    QCOMPARE(best, 40);
    QVERIFY(std::abs(m[40] - 0.5 * size / 4) < 0.01 * 0.5 * size / 4);
    QVERIFY(std::abs(m[39] - 0.5 * size / 8) < 0.01 * 0.5 * size / 4);  // Hann: half at the neighbours
    QVERIFY(m[45] < 1e-3 * m[40]);
    // A short input is zero-padded.
    const std::vector<float> s = magnitudeSpectrum(x.data(), 100, size);
    QCOMPARE(int(s.size()), size / 2 + 1);
}

void TestSpectral::multiScaleDistanceOfASignalToItselfIsZero()
{
    const std::vector<float> x = whiteNoise(8000, 0.3f, 1);
    const std::vector<float> copy = x;
    QCOMPARE(multiScaleSpectralDistance(x.data(), x.data(), int(x.size())), 0.0);
    QCOMPARE(multiScaleSpectralDistance(x.data(), copy.data(), int(x.size())), 0.0);
    const std::vector<float> s = sine(440, 0.5, 16000, 8000);
    QCOMPARE(multiScaleSpectralDistance(s.data(), s.data(), int(s.size())), 0.0);
    QCOMPARE(logSpectralDistance_dB(s.data(), s.data(), int(s.size())), 0.0);
    // Shorter than every FFT size: nothing to compare.
    QCOMPARE(multiScaleSpectralDistance(x.data(), s.data(), 50), 0.0);
}

void TestSpectral::multiScaleDistanceMatchesReference()
{
    // Lengths that leave partial frames at several sizes.
    const std::vector<float> a = whiteNoise(4100, 0.2f, 5);
    std::vector<float> b = sine(700, 0.4, 16000, 4100);
    for (std::size_t i = 0; i < b.size(); ++i) b[i] += 0.3f * a[i];
    const double got = multiScaleSpectralDistance(a.data(), b.data(), int(a.size()));
    const double want = referenceMss(a, b);
    QVERIFY2(std::abs(got - want) < 1e-3 * want, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(want)));
    // Only the sizes that fit count: 1500 samples skip the 2048-point scale.
    const std::vector<float> a2(a.begin(), a.begin() + 1500), b2(b.begin(), b.begin() + 1500);
    const double got2 = multiScaleSpectralDistance(a2.data(), b2.data(), 1500);
    const double want2 = referenceMss(a2, b2);
    QVERIFY2(std::abs(got2 - want2) < 1e-3 * want2, qPrintable(QStringLiteral("%1 vs %2").arg(got2).arg(want2)));
    // Symmetric.
    QVERIFY(std::abs(multiScaleSpectralDistance(b.data(), a.data(), int(a.size())) - got) < 1e-9 * got);
}

void TestSpectral::multiScaleDistanceGrows()
{
    const int n = 16000;
    const std::vector<float> x = sine(440, 0.3, 16000, n);
    auto mss = [&](const std::vector<float> &y) { return multiScaleSpectralDistance(x.data(), y.data(), n); };
    // Louder.
    const double l1 = mss(sine(440, 0.36, 16000, n)), l2 = mss(sine(440, 0.6, 16000, n)), l3 = mss(sine(440, 1.2, 16000, n));
    QVERIFY2(0 < l1 && l1 < l2 && l2 < l3, qPrintable(QStringLiteral("%1 %2 %3").arg(l1).arg(l2).arg(l3)));
    // Detuned.
    const double d1 = mss(sine(444, 0.3, 16000, n)), d2 = mss(sine(470, 0.3, 16000, n)), d3 = mss(sine(600, 0.3, 16000, n));
    QVERIFY2(0 < d1 && d1 < d2 && d2 < d3, qPrintable(QStringLiteral("%1 %2 %3").arg(d1).arg(d2).arg(d3)));
    // A phase shift alone changes less than the smallest detuning.
    const double p = mss(sine(440, 0.3, 16000, n, 1.0));
    QVERIFY2(p < 0.6 * d1, qPrintable(QStringLiteral("%1 vs %2").arg(p).arg(d1)));
    // Silence is far.
    const std::vector<float> zero(std::size_t(n), 0.0f);
    QVERIFY(mss(zero) > d3);
}

void TestSpectral::logSpectralDistance()
{
    const int n = 16000;
    const std::vector<float> x = whiteNoise(std::size_t(n), 0.3f, 11);
    std::vector<float> louder = x, quieter = x;
    for (float &v : louder) v *= 2;
    for (float &v : quieter) v *= 0.5f;
    // Every bin's power changes by 4: 10 log10(4) = 6.02 dB in every frame.
    const double up = logSpectralDistance_dB(x.data(), louder.data(), n);
    const double down = logSpectralDistance_dB(x.data(), quieter.data(), n);
    QVERIFY2(std::abs(up - 20 * std::log10(2.0)) < 0.01, qPrintable(QString::number(up)));
    QVERIFY2(std::abs(down - 20 * std::log10(2.0)) < 0.01, qPrintable(QString::number(down)));
    // Against the reference, on different signals (and the 1e-8 power floor against silence).
    const std::vector<float> s = sine(1000, 0.5, 16000, 6000);
    const std::vector<float> y(x.begin(), x.begin() + 6000);
    const double got = logSpectralDistance_dB(s.data(), y.data(), 6000);
    const double want = referenceLsd(s, y);
    QVERIFY2(std::abs(got - want) < 1e-3 * want, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(want)));
    const std::vector<float> silence(6000, 0.0f);
    const double floorGot = logSpectralDistance_dB(y.data(), silence.data(), 6000);
    QVERIFY(std::abs(floorGot - referenceLsd(y, silence)) < 1e-3 * floorGot);
    QVERIFY(floorGot > 30);  // noise at -10 dBFS against a -80 dB floor
    // Shorter than one frame: 0.
    QCOMPARE(logSpectralDistance_dB(s.data(), y.data(), 1000), 0.0);
}

void TestSpectral::mfccStatisticsShapeAndContrast()
{
    const int n = 16000;
    const std::vector<float> s = sine(440, 0.3, 16000, n), noise = whiteNoise(std::size_t(n), 0.3f, 2);
    const std::vector<float> ms = mfccStatistics(s.data(), n), mn = mfccStatistics(noise.data(), n);
    QCOMPARE(int(ms.size()), 40);
    QCOMPARE(int(mn.size()), kMfccStatsSize);
    for (float v : ms) QVERIFY(std::isfinite(v));
    for (float v : mn) QVERIFY(std::isfinite(v));
    // Standard deviations are non-negative; a steady sine varies little
    // (only its window leakage far from the peak moves between frames).
    for (int i = kMfccCount; i < kMfccStatsSize; ++i) QVERIFY(ms[std::size_t(i)] >= 0 && ms[std::size_t(i)] < 1.5f);
    QVERIFY2(distance(ms, mn) > 10, qPrintable(QString::number(distance(ms, mn))));
    // Deterministic; a slightly detuned sine is much closer than noise.
    QCOMPARE(mfccStatistics(s.data(), n), ms);
    const std::vector<float> s2 = sine(450, 0.3, 16000, n);
    QVERIFY(distance(ms, mfccStatistics(s2.data(), n)) < 0.25 * distance(ms, mn));
    // Silence: no frame within 60 dB of a loudest frame with energy: zeros.
    const std::vector<float> silence(std::size_t(n), 0.0f);
    QCOMPARE(mfccStatistics(silence.data(), n), std::vector<float>(40, 0.0f));
    // Shorter than a frame: one padded frame, still 40 values (std 0).
    const std::vector<float> shortStats = mfccStatistics(s.data(), 500);
    QCOMPARE(int(shortStats.size()), 40);
    QVERIFY(shortStats[0] != 0.0f);
    for (int i = kMfccCount; i < kMfccStatsSize; ++i) QCOMPARE(shortStats[std::size_t(i)], 0.0f);
    // Frames more than 60 dB below the loudest are left out: a tail of noise
    // 80 dB down gives exactly what a tail of digital silence gives; one
    // 30 dB down is counted and changes the statistics.
    auto withTail = [&](float level) {
        std::vector<float> y = noise;
        const std::vector<float> tail = whiteNoise(std::size_t(2 * n), 0.3f * level, 77);
        y.insert(y.end(), tail.begin(), tail.end());
        return mfccStatistics(y.data(), int(y.size()));
    };
    const std::vector<float> silentTail = withTail(0.0f), farTail = withTail(1e-4f), nearTail = withTail(0.03f);
    QVERIFY2(distance(silentTail, farTail) < 1e-3, qPrintable(QString::number(distance(silentTail, farTail))));
    QVERIFY2(distance(silentTail, nearTail) > 5, qPrintable(QString::number(distance(silentTail, nearTail))));
}

void TestSpectral::mfccStatisticsGainShiftsOnlyC0()
{
    // Doubling the signal adds log(4) to every log-mel energy: with the
    // orthonormal DCT-II that moves c0 by 40 * log(4) * sqrt(2/40) and
    // nothing else (the standard deviations stay too).
    const int n = 12000;
    const std::vector<float> x = whiteNoise(std::size_t(n), 0.2f, 9);
    std::vector<float> y = x;
    for (float &v : y) v *= 2;
    const std::vector<float> a = mfccStatistics(x.data(), n), b = mfccStatistics(y.data(), n);
    const double shift = 40 * std::log(4.0) * std::sqrt(2.0 / 40);
    QVERIFY2(std::abs((b[0] - a[0]) - shift) < 1e-3 * shift, qPrintable(QStringLiteral("%1 vs %2").arg(b[0] - a[0]).arg(shift)));
    for (int i = 1; i < kMfccStatsSize; ++i)
        QVERIFY2(std::abs(b[std::size_t(i)] - a[std::size_t(i)]) < 2e-3, qPrintable(QString::number(i)));
}

void TestSpectral::resampleLinearLengthAndFrequency()
{
    const std::vector<float> x48 = sine(440, 0.5, 48000, 48000);
    const std::vector<float> down = resampleLinear(x48, 48000, 16000);
    QVERIFY(std::abs(double(down.size()) - 16000) <= 1);
    QVERIFY(std::abs(crossingFrequency(down, 0, down.size(), 16000) - 440) < 0.5);
    QVERIFY(std::abs(toneAmplitude(down, 0, down.size(), 440, 16000) - 0.5) < 0.01);

    const std::vector<float> x16 = sine(1000, 0.5, 16000, 16000);
    const std::vector<float> up = resampleLinear(x16, 16000, 44100);
    QVERIFY(std::abs(double(up.size()) - 44100) <= 3);
    QVERIFY(std::abs(crossingFrequency(up, 0, up.size(), 44100) - 1000) < 1);
    // Upsampling interpolates: every input sample reappears where it lies on the output grid.
    const std::vector<float> up2 = resampleLinear(x16, 16000, 32000);
    QCOMPARE(int(up2.size()), 2 * 16000 - 1);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(up2[std::size_t(2 * i)], x16[std::size_t(i)]);
        QVERIFY(std::abs(up2[std::size_t(2 * i + 1)] - 0.5f * (x16[std::size_t(i)] + x16[std::size_t(i + 1)])) < 1e-6f);
    }
    // Same rate: unchanged; bad input: empty.
    QCOMPARE(resampleLinear(x16, 16000, 16000), x16);
    QVERIFY(resampleLinear({}, 16000, 8000).empty());
    QVERIFY(resampleLinear(x16, 0, 8000).empty());
    QVERIFY(resampleLinear(x16, 16000, -1).empty());
    // One sample stays one sample.
    QCOMPARE(int(resampleLinear({0.5f}, 44100, 16000).size()), 1);
}

void TestSpectral::repitchByOctave()
{
    const std::size_t n = 16000;
    const std::vector<float> x = sine(220, 0.5, 16000, n);
    // 12 semitones up: twice the frequency, half the length (then zeros).
    const std::vector<float> up = repitch(x, 12.0, n);
    QCOMPARE(up.size(), n);
    std::size_t last = 0;
    for (std::size_t i = 0; i < n; ++i) if (up[i] != 0.0f) last = i;
    QVERIFY2(last >= n / 2 - 10 && last < n / 2 + 2, qPrintable(QString::number(last)));
    QVERIFY(std::abs(crossingFrequency(up, 0, n / 2, 16000) - 440) < 0.5);
    QVERIFY(std::abs(toneAmplitude(up, 0, n / 2, 440, 16000) - 0.5) < 0.02);
    // 12 down: half the frequency, cut to the requested length.
    const std::vector<float> down = repitch(x, -12.0, n);
    QCOMPARE(down.size(), n);
    QVERIFY(std::abs(crossingFrequency(down, 0, n, 16000) - 110) < 0.5);
    // 7 semitones: a fifth.
    const std::vector<float> fifth = repitch(x, 7.0, n);
    QVERIFY(std::abs(crossingFrequency(fifth, 0, n / 2, 16000) - 220 * std::pow(2.0, 7 / 12.0)) < 0.5);
    // 0 semitones, longer length: the note padded with zeros.
    const std::vector<float> same = repitch(x, 0.0, n + 500);
    QCOMPARE(same.size(), n + 500);
    QVERIFY(std::equal(x.begin(), x.end(), same.begin()));
    QCOMPARE(peak(same, n, 500), 0.0);
}

void TestSpectral::cornerWeights()
{
    using morph::cornerWeights;
    const std::array<double, 4> tl{1, 0, 0, 0}, tr{0, 1, 0, 0}, bl{0, 0, 1, 0}, br{0, 0, 0, 1};
    QCOMPARE(cornerWeights(0, 0), tl);
    QCOMPARE(cornerWeights(1, 0), tr);
    QCOMPARE(cornerWeights(0, 1), bl);
    QCOMPARE(cornerWeights(1, 1), br);
    const std::array<double, 4> centre{0.25, 0.25, 0.25, 0.25};
    QCOMPARE(cornerWeights(0.5, 0.5), centre);
    const auto w = cornerWeights(0.25, 0.75);
    QVERIFY(std::abs(w[0] - 0.75 * 0.25) < 1e-12 && std::abs(w[1] - 0.25 * 0.25) < 1e-12);
    QVERIFY(std::abs(w[2] - 0.75 * 0.75) < 1e-12 && std::abs(w[3] - 0.25 * 0.75) < 1e-12);
    // Edges mix two corners only.
    const auto top = cornerWeights(0.3, 0);
    QVERIFY(std::abs(top[0] - 0.7) < 1e-12 && std::abs(top[1] - 0.3) < 1e-12 && top[2] == 0 && top[3] == 0);
    std::mt19937 rng(4);
    std::uniform_real_distribution<double> u(-0.5, 1.5);
    for (int i = 0; i < 200; ++i) {
        const double x = u(rng), y = u(rng);
        const auto c = cornerWeights(x, y);
        double sum = 0;
        for (double v : c) {
            QVERIFY(v >= 0 && v <= 1);
            sum += v;
        }
        QVERIFY(std::abs(sum - 1) < 1e-12);
        // Out of the pad: the nearest point on its edge.
        QCOMPARE(c, cornerWeights(std::clamp(x, 0.0, 1.0), std::clamp(y, 0.0, 1.0)));
    }
}

void TestSpectral::mixZ()
{
    const std::array<std::vector<float>, 4> corners{std::vector<float>{1, 0, 0, 0}, std::vector<float>{0, 1, 0, 0},
                                                    std::vector<float>{0, 0, 1, 0}, std::vector<float>{0, 0, 0, 1}};
    const auto w = morph::cornerWeights(0.2, 0.9);
    const std::vector<float> z = morph::mixZ(corners, w);
    QCOMPARE(int(z.size()), 4);
    for (int i = 0; i < 4; ++i) QVERIFY(std::abs(z[std::size_t(i)] - w[std::size_t(i)]) < 1e-7);
    // At a corner, exactly that corner's z.
    const std::array<std::vector<float>, 4> real{std::vector<float>{0.5f, -2, 3}, std::vector<float>{1, 1, 1},
                                                 std::vector<float>{-4, 0.25f, 7}, std::vector<float>{9, 8, -7}};
    QCOMPARE(morph::mixZ(real, morph::cornerWeights(1, 1)), real[3]);
    QCOMPARE(morph::mixZ(real, morph::cornerWeights(0, 1)), real[2]);
    // The centre is the mean.
    const std::vector<float> mean = morph::mixZ(real, morph::cornerWeights(0.5, 0.5));
    for (int k = 0; k < 3; ++k) {
        const double m = (real[0][std::size_t(k)] + real[1][std::size_t(k)] + real[2][std::size_t(k)] + real[3][std::size_t(k)]) / 4.0;
        QVERIFY(std::abs(mean[std::size_t(k)] - m) < 1e-6);
    }
    // A shorter (e.g. empty) corner counts as zeros.
    const std::array<std::vector<float>, 4> ragged{std::vector<float>{2, 2}, std::vector<float>{}, std::vector<float>{4},
                                                   std::vector<float>{0, 8}};
    const std::vector<float> r = morph::mixZ(ragged, {0.25, 0.25, 0.25, 0.25});
    QCOMPARE(r, (std::vector<float>{1.5f, 2.5f}));
}

void TestSpectral::pcaOfPointsOnALine()
{
    // Points c + t d on a line in 3-D: the first axis is +-d (sign: largest
    // component positive), the second is zero, and the projection is t - mean t.
    const std::vector<double> c{1.0, -2.0, 0.5};
    std::vector<double> d{0.2, -0.9, 0.4};
    const double norm = std::sqrt(0.04 + 0.81 + 0.16);
    for (double &v : d) v /= norm;
    const std::vector<double> ts{-3, -1, 0, 0.5, 2, 4.5};
    std::vector<std::vector<float>> points;
    double meanT = 0;
    for (double t : ts) {
        points.push_back({float(c[0] + t * d[0]), float(c[1] + t * d[1]), float(c[2] + t * d[2])});
        meanT += t / double(ts.size());
    }
    const morph::Pca2 pca = morph::computePca2(points);
    QVERIFY(pca.isValid());
    QCOMPARE(int(pca.mean.size()), 3);
    for (int k = 0; k < 3; ++k) QVERIFY(std::abs(pca.mean[std::size_t(k)] - (c[std::size_t(k)] + meanT * d[std::size_t(k)])) < 1e-5);
    // The largest component of d is -0.9/..: the axis is -d.
    for (int k = 0; k < 3; ++k) QVERIFY2(std::abs(pca.axis[0][std::size_t(k)] + d[std::size_t(k)]) < 1e-4, qPrintable(QString::number(k)));
    QCOMPARE(int(pca.axis[1].size()), 3);
    for (double v : pca.axis[1]) QVERIFY2(std::abs(v) < 1e-6, qPrintable(QString::number(v)));
    for (std::size_t i = 0; i < ts.size(); ++i) {
        const auto p = pca.project(points[i]);
        QVERIFY(std::abs(p[0] + (ts[i] - meanT)) < 1e-4);
        QVERIFY(std::abs(p[1]) < 1e-5);
    }
}

void TestSpectral::pcaOfAPlane()
{
    // Spread 3 along e2, 1 along e0 (and nothing along e1, e3) in 4-D, rotated
    // so the axes are not the coordinate axes.
    const double s = std::sqrt(0.5);
    const std::vector<double> u{s, 0, 0, s}, v{0, s, -s, 0};  // orthonormal
    std::mt19937 rng(8);
    std::normal_distribution<double> g;
    std::vector<std::vector<float>> points;
    for (int i = 0; i < 400; ++i) {
        const double a = 3 * g(rng), b = g(rng);
        std::vector<float> p(4);
        for (int k = 0; k < 4; ++k) p[std::size_t(k)] = float(5 + a * u[std::size_t(k)] + b * v[std::size_t(k)]);
        points.push_back(p);
    }
    const morph::Pca2 pca = morph::computePca2(points);
    auto dot = [](const std::vector<double> &a, const std::vector<double> &b) {
        double r = 0;
        for (std::size_t k = 0; k < a.size(); ++k) r += a[k] * b[k];
        return r;
    };
    QVERIFY(std::abs(dot(pca.axis[0], pca.axis[0]) - 1) < 1e-6);
    QVERIFY(std::abs(dot(pca.axis[1], pca.axis[1]) - 1) < 1e-6);
    QVERIFY(std::abs(dot(pca.axis[0], pca.axis[1])) < 1e-6);
    QVERIFY2(std::abs(std::abs(dot(pca.axis[0], u)) - 1) < 1e-3, qPrintable(QString::number(dot(pca.axis[0], u))));
    QVERIFY2(std::abs(std::abs(dot(pca.axis[1], v)) - 1) < 1e-3, qPrintable(QString::number(dot(pca.axis[1], v))));
    // Sign convention: the largest-magnitude component of each axis is positive.
    for (int a = 0; a < 2; ++a) {
        std::size_t big = 0;
        for (std::size_t k = 1; k < 4; ++k) if (std::abs(pca.axis[a][k]) > std::abs(pca.axis[a][big])) big = k;
        QVERIFY(pca.axis[a][big] > 0);
    }
    // The projections have the variances of the two spreads.
    double v0 = 0, v1 = 0;
    for (const auto &p : points) {
        const auto q = pca.project(p);
        v0 += q[0] * q[0] / points.size();
        v1 += q[1] * q[1] / points.size();
    }
    QVERIFY2(v0 > 6 && v0 < 12 && v1 > 0.7 && v1 < 1.4, qPrintable(QStringLiteral("%1 %2").arg(v0).arg(v1)));
}

void TestSpectral::pcaDegenerateInputs()
{
    QVERIFY(!morph::computePca2({}).isValid());
    QCOMPARE(morph::computePca2({}).project({1, 2}), (std::array<double, 2>{0, 0}));
    // One point (or identical points): valid, mean = the point, zero axes.
    const morph::Pca2 one = morph::computePca2({{1, 2, 3}, {1, 2, 3}});
    QVERIFY(one.isValid());
    QCOMPARE(one.mean, (std::vector<double>{1, 2, 3}));
    for (int a = 0; a < 2; ++a)
        for (double v : one.axis[a]) QCOMPARE(v, 0.0);
    QCOMPARE(one.project({4, 5, 6}), (std::array<double, 2>{0, 0}));
    // 1-D data: one axis, the other zero.
    const morph::Pca2 line = morph::computePca2({{1}, {3}, {-2}});
    QVERIFY(line.isValid());
    QCOMPARE(line.axis[0], std::vector<double>{1.0});
    QVERIFY(line.axis[1].empty() || line.axis[1][0] == 0.0);
    // Points of the wrong size are ignored.
    const morph::Pca2 mixed = morph::computePca2({{0, 0}, {2, 0}, {9, 9, 9}});
    QCOMPARE(mixed.mean, (std::vector<double>{1, 0}));
}

QTEST_GUILESS_MAIN(TestSpectral)
#include "test_spectral.moc"
