// The harmonic-plus-noise synthesizer (core/timbre/HarmonicSynth) against the
// analytic definitions of its header: harmonic k of a note at f0 is
// a_k(n) sin(2 pi k f0 n / sr), the noise is sum_b g_b(n) bank_b[offset + n],
// frame values move linearly between frames (one every sr / kFrameRate
// samples), harmonics at or above kMaxFrequency are silent, and the noise
// bank's bands hold their energy inside their band at an RMS of
// sqrt(1 / kNoiseBands).

#include "SignalProbe.h"
#include "timbre/HarmonicSynth.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreSpec.h"

#include <QtTest>
#include <cmath>
#include <cstring>
#include <vector>

using namespace atelier::core::timbre;
using namespace atelier::timbre_test;

namespace {

TimbreFrame silentFrame()
{
    TimbreFrame f;
    std::memset(&f, 0, sizeof f);
    return f;
}

TimbreFrame harmonicFrame(int k, float amplitude)
{
    TimbreFrame f = silentFrame();
    f.harmonics[k - 1] = amplitude;
    return f;
}

// The frame-interpolated value of one parameter at sample n (frames clamp at the end).
double lerpAt(const std::vector<double> &values, std::size_t n, double sampleRate)
{
    const double p = double(n) * kFrameRate / sampleRate;
    const std::size_t f = std::size_t(std::floor(p));
    const std::size_t last = values.size() - 1;
    const double a = values[std::min(f, last)], b = values[std::min(f + 1, last)];
    return a + (b - a) * (p - double(f));
}

} // namespace

class TestHarmonicSynth : public QObject {
    Q_OBJECT

private slots:
    void firstHarmonicIsASineOfItsAmplitude_data();
    void firstHarmonicIsASineOfItsAmplitude();
    void harmonicKIsAtKTimesF0();
    void audibleHarmonicsCount();
    void harmonicsAtOrAboveMaxFrequencyAreSilent();
    void nyquistLimitsHarmonicsAtLowRates();
    void amplitudesInterpolateLinearlyBetweenFrames();
    void lastFrameIsHeld();
    void noiseFollowsTheBankTableAndGain();
    void noiseBandsStayInTheirBand_data();
    void noiseBandsStayInTheirBand();
    void noiseBandsAddUpToUnitRms();
    void noiseBankIsDeterministic();
    void sameFrequencyAtEverySampleRate();
    void voiceRendersAddAndContinuePhase();
    void emptyInputs();
};

void TestHarmonicSynth::firstHarmonicIsASineOfItsAmplitude_data()
{
    QTest::addColumn<double>("f0");
    QTest::addColumn<int>("rate");
    QTest::addColumn<double>("amplitude");
    QTest::newRow("440 Hz at 48k") << 440.0 << 48000 << 0.5;
    QTest::newRow("110 Hz at 16k") << 110.0 << 16000 << 0.8;
    QTest::newRow("1234.5 Hz at 44.1k") << 1234.5 << 44100 << 0.25;
}

void TestHarmonicSynth::firstHarmonicIsASineOfItsAmplitude()
{
    QFETCH(double, f0);
    QFETCH(int, rate);
    QFETCH(double, amplitude);
    const std::vector<TimbreFrame> frames(10, harmonicFrame(1, float(amplitude)));
    const int n = rate;  // one second (frames run out after 40 ms: the last one is held)
    const std::vector<float> x = synthesizeFrames(frames, f0, rate, n);
    QCOMPARE(int(x.size()), n);

    // Sample by sample: A sin(2 pi f0 n / sr), starting at phase 0.
    double worst = 0;
    for (int i = 0; i < n; ++i)
        worst = std::max(worst, std::abs(x[std::size_t(i)] - amplitude * std::sin(2 * kPi * f0 * i / rate)));
    QVERIFY2(worst < 2e-3 * amplitude, qPrintable(QString::number(worst)));
    QCOMPARE(x[0], 0.0f);

    // Correlation: all of it in the sin(w n) term, none in cos(w n).
    double s = 0, c = 0;
    const double a = toneAmplitude(x, 0, std::size_t(n), f0, rate, &s, &c);
    QVERIFY2(std::abs(a - amplitude) < 0.005 * amplitude, qPrintable(QString::number(a)));
    QVERIFY(std::abs(s - amplitude) < 0.005 * amplitude);
    QVERIFY(std::abs(c) < 0.005 * amplitude);

    // Period from the zero crossings.
    const std::vector<double> up = upwardCrossings(x, 0, std::size_t(n));
    QVERIFY(std::abs(double(up.size()) - f0) <= 1.0);
    const double period = (up.back() - up.front()) / double(up.size() - 1);
    QVERIFY2(std::abs(period - rate / f0) < 1e-3 * rate / f0, qPrintable(QString::number(period)));
    // Peak: the amplitude, not more.
    QVERIFY(std::abs(peak(x, 0, std::size_t(n)) - amplitude) < 0.01 * amplitude);
}

void TestHarmonicSynth::harmonicKIsAtKTimesF0()
{
    const int rate = 48000;
    const double f0 = 220.0;
    for (int k : {2, 3, 7, 20}) {
        const std::vector<TimbreFrame> frames(2, harmonicFrame(k, 0.4f));
        const std::vector<float> x = synthesizeFrames(frames, f0, rate, rate / 2);
        QVERIFY2(std::abs(toneAmplitude(x, 0, x.size(), k * f0, rate) - 0.4) < 0.005, qPrintable(QString::number(k)));
        for (int other : {1, k - 1, k + 1})
            QVERIFY2(toneAmplitude(x, 0, x.size(), other * f0, rate) < 1e-3,
                     qPrintable(QStringLiteral("k=%1 other=%2").arg(k).arg(other)));
        QVERIFY(std::abs(crossingFrequency(x, 0, x.size(), rate) - k * f0) < 0.001 * k * f0);
    }
}

void TestHarmonicSynth::audibleHarmonicsCount()
{
    QCOMPARE(audibleHarmonics(1000.0), 7);     // 7000 Hz is the last under 7800
    QCOMPARE(audibleHarmonics(1300.0), 5);     // 6 * 1300 = 7800 is at the limit: silent
    QCOMPARE(audibleHarmonics(1299.0), 6);
    QCOMPARE(audibleHarmonics(7799.0), 1);
    QCOMPARE(audibleHarmonics(7800.0), 0);
    QCOMPARE(audibleHarmonics(9000.0), 0);
    QCOMPARE(audibleHarmonics(50.0), kHarmonics);  // capped
    QCOMPARE(audibleHarmonics(0.0), 0);
    QCOMPARE(audibleHarmonics(-10.0), 0);
    QCOMPARE(audibleHarmonics(std::nan("")), 0);
    for (double f0 = 30; f0 < 8000; f0 *= 1.037) {
        const int n = audibleHarmonics(f0);
        QVERIFY(n == kHarmonics || (n + 1) * f0 >= kMaxFrequency);
        QVERIFY(n == 0 || n * f0 < kMaxFrequency);
    }
}

void TestHarmonicSynth::harmonicsAtOrAboveMaxFrequencyAreSilent()
{
    // Every harmonic at 0.1: at f0 = 1300 Hz only 1..5 (up to 6500 Hz) may sound.
    const int rate = 48000;
    const double f0 = 1300.0;
    TimbreFrame all = silentFrame();
    for (float &h : all.harmonics) h = 0.1f;
    const std::vector<float> x = synthesizeFrames({all, all}, f0, rate, rate / 2);
    for (int k = 1; k <= 5; ++k)
        QVERIFY2(std::abs(toneAmplitude(x, 0, x.size(), k * f0, rate) - 0.1) < 0.002, qPrintable(QString::number(k)));
    for (int k = 6; k * f0 < rate / 2.0; ++k)
        QVERIFY2(toneAmplitude(x, 0, x.size(), k * f0, rate) < 1e-4, qPrintable(QString::number(k)));
    // Nothing at all above 7 kHz: the energy is that of five sines.
    QVERIFY(std::abs(rms(x, 0, x.size()) - 0.1 * std::sqrt(5 / 2.0)) < 0.002);

    HarmonicVoice voice;
    voice.start(f0, rate, 0);
    QCOMPARE(voice.harmonics(), 5);
    QCOMPARE(voice.f0(), f0);
    voice.start(8000.0, rate, 0);
    QCOMPARE(voice.harmonics(), 0);
    std::vector<float> out(256, 0.0f);
    voice.render(all, all, 0, 1.0 / 192, 256, out.data());
    QCOMPARE(peak(out, 0, out.size()), 0.0);
}

void TestHarmonicSynth::nyquistLimitsHarmonicsAtLowRates()
{
    // At 12 kHz the Nyquist frequency (6 kHz) comes before kMaxFrequency.
    HarmonicVoice voice;
    voice.start(2000.0, 12000, 0);
    QCOMPARE(voice.harmonics(), 2);  // 2000, 4000 (6000 would alias)
    TimbreFrame all = silentFrame();
    for (float &h : all.harmonics) h = 0.2f;
    const std::vector<float> x = synthesizeFrames({all}, 2000.0, 12000, 12000);
    QVERIFY(std::abs(rms(x, 0, x.size()) - 0.2) < 0.003);  // two sines of 0.2: RMS 0.2
}

void TestHarmonicSynth::amplitudesInterpolateLinearlyBetweenFrames()
{
    // Harmonic 1 and noise band 3 follow different frame curves; the output
    // is exactly  a(n) sin(w n) + g(n) bank_3[n]  with a, g linear between frames.
    for (int rate : {16000, 44100, 48000}) {
        const std::vector<double> amps{0.0, 1.0, 0.25, 0.25, 0.6};
        const std::vector<double> gains{0.5, 0.0, 0.0, 1.0, 0.2};
        std::vector<TimbreFrame> frames;
        for (std::size_t i = 0; i < amps.size(); ++i) {
            TimbreFrame f = harmonicFrame(1, float(amps[i]));
            f.noise[3] = float(gains[i]);
            frames.push_back(f);
        }
        const double f0 = 330.0;
        const int n = int(std::lround(0.03 * rate));  // past the last frame (16 ms)
        const std::uint32_t offset = 12345;
        const std::vector<float> x = synthesizeFrames(frames, f0, rate, n, offset);
        const NoiseBank &bank = NoiseBank::forSampleRate(rate);
        const std::uint32_t mask = std::uint32_t(bank.length() - 1);
        double worst = 0;
        for (int i = 0; i < n; ++i) {
            const double expected = lerpAt(amps, std::size_t(i), rate) * std::sin(2 * kPi * f0 * i / rate)
                + lerpAt(gains, std::size_t(i), rate) * bank.band(3)[(offset + std::uint32_t(i)) & mask];
            worst = std::max(worst, std::abs(x[std::size_t(i)] - expected));
        }
        QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("%1 Hz: %2").arg(rate).arg(worst)));
        // Spot check of the ramp itself: halfway between frames 0 and 1
        // (2 ms, a whole sample at 16 and 48 kHz) amplitude 0.5, noise gain 0.25.
        if (rate % 500 == 0) {
            const int half = rate / 500;
            const double s = std::sin(2 * kPi * f0 * half / rate);
            const double noise = 0.25 * bank.band(3)[(offset + std::uint32_t(half)) & mask];
            QVERIFY(std::abs(x[std::size_t(half)] - (0.5 * s + noise)) < 1e-4);
        }
    }
}

void TestHarmonicSynth::lastFrameIsHeld()
{
    const int rate = 16000;
    std::vector<TimbreFrame> frames{harmonicFrame(1, 0.2f), harmonicFrame(1, 0.7f)};
    const std::vector<float> x = synthesizeFrames(frames, 500.0, rate, rate);
    // From frame 1 (sample 64) on, a steady 0.7.
    QVERIFY(std::abs(toneAmplitude(x, 64, x.size() - 64, 500.0, rate) - 0.7) < 0.003);
    QVERIFY(std::abs(toneAmplitude(x, x.size() - 1600, 1600, 500.0, rate) - 0.7) < 0.003);
    // A single frame is held from the start.
    const std::vector<float> y = synthesizeFrames({harmonicFrame(1, 0.3f)}, 500.0, rate, 3200);
    QVERIFY(std::abs(toneAmplitude(y, 0, y.size(), 500.0, rate) - 0.3) < 0.002);
}

void TestHarmonicSynth::noiseFollowsTheBankTableAndGain()
{
    // Two bands at constant gains, an offset near the end of the table (wraps around).
    const int rate = 16000;
    const NoiseBank &bank = NoiseBank::forSampleRate(rate);
    const std::uint32_t mask = std::uint32_t(bank.length() - 1);
    TimbreFrame f = silentFrame();
    f.noise[0] = 0.5f;
    f.noise[kNoiseBands - 1] = 2.0f;
    const std::uint32_t offset = std::uint32_t(bank.length()) - 100;
    const int n = 4000;
    const std::vector<float> x = synthesizeFrames({f, f}, 200.0, rate, n, offset);
    double worst = 0;
    for (int i = 0; i < n; ++i) {
        const std::uint32_t p = (offset + std::uint32_t(i)) & mask;
        worst = std::max(worst, std::abs(x[std::size_t(i)] - (0.5 * bank.band(0)[p] + 2.0 * bank.band(kNoiseBands - 1)[p])));
    }
    QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
    // Offsets are taken modulo the table length.
    const std::vector<float> y = synthesizeFrames({f, f}, 200.0, rate, n, offset + std::uint32_t(bank.length()));
    QCOMPARE(y, x);
    // A different offset reads elsewhere.
    const std::vector<float> z = synthesizeFrames({f, f}, 200.0, rate, n, 7);
    QVERIFY(z != x);
}

void TestHarmonicSynth::noiseBandsStayInTheirBand_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("band");
    for (int rate : {16000, 48000})
        for (int band : {0, 5, 16, kNoiseBands - 1})
            QTest::addRow("%d Hz band %d", rate, band) << rate << band;
}

void TestHarmonicSynth::noiseBandsStayInTheirBand()
{
    QFETCH(int, rate);
    QFETCH(int, band);
    const NoiseBank &bank = NoiseBank::forSampleRate(rate);
    const int length = bank.length();
    QVERIFY(length >= 2 * rate);
    QCOMPARE(length & (length - 1), 0);
    QCOMPARE(bank.sampleRate(), rate);

    const float *table = bank.band(band);
    std::vector<float> re(table, table + length), im(std::size_t(length), 0.0f);
    const double rmsValue = rms(re, 0, re.size());
    QVERIFY2(std::abs(rmsValue - std::sqrt(1.0 / kNoiseBands)) < 0.01 * std::sqrt(1.0 / kNoiseBands),
             qPrintable(QString::number(rmsValue)));

    fft(re.data(), im.data(), length);
    const double lo = band * kNoiseTop / kNoiseBands, hi = (band + 1) * kNoiseTop / kNoiseBands;
    const double binHz = double(rate) / length;
    double inside = 0, outside = 0, lowerHalf = 0, upperHalf = 0;
    for (int k = 0; k <= length / 2; ++k) {
        const double e = double(re[std::size_t(k)]) * re[std::size_t(k)] + double(im[std::size_t(k)]) * im[std::size_t(k)];
        const double f = k * binHz;
        if (f >= lo - binHz && f < hi + binHz) {
            inside += e;
            (f < 0.5 * (lo + hi) ? lowerHalf : upperHalf) += e;
        } else {
            outside += e;
        }
    }
    QVERIFY2(outside < 1e-6 * inside, qPrintable(QStringLiteral("%1 vs %2").arg(outside).arg(inside)));
    // White within the band: both halves hold a fair share.
    QVERIFY(lowerHalf > 0.4 * inside && upperHalf > 0.4 * inside);
}

void TestHarmonicSynth::noiseBandsAddUpToUnitRms()
{
    // A frame with every band at gain 1 is unit-RMS noise up to kNoiseTop.
    TimbreFrame f = silentFrame();
    for (float &g : f.noise) g = 1.0f;
    for (int rate : {16000, 48000}) {
        const std::vector<float> x = synthesizeFrames({f, f}, 440.0, rate, 2 * rate, 99);
        const double r = rms(x, 0, x.size());
        QVERIFY2(std::abs(r - 1.0) < 0.03, qPrintable(QString::number(r)));
        // Nothing above kNoiseTop at 48 kHz.
        if (rate == 48000) {
            const int n = 1 << 16;
            std::vector<float> re(x.begin(), x.begin() + n), im(std::size_t(n), 0.0f);
            fft(re.data(), im.data(), n);
            double below = 0, above = 0;
            for (int k = 0; k <= n / 2; ++k) {
                const double e = double(re[std::size_t(k)]) * re[std::size_t(k)] + double(im[std::size_t(k)]) * im[std::size_t(k)];
                (k * double(rate) / n < kNoiseTop + 50 ? below : above) += e;
            }
            QVERIFY2(above < 1e-4 * below, qPrintable(QStringLiteral("%1 / %2").arg(above).arg(below)));
        }
    }
    // Different bands are different noise (uncorrelated).
    const NoiseBank &bank = NoiseBank::forSampleRate(16000);
    double dot = 0, n0 = 0, n1 = 0;
    for (int i = 0; i < bank.length(); ++i) {
        dot += double(bank.band(4)[i]) * bank.band(5)[i];
        n0 += double(bank.band(4)[i]) * bank.band(4)[i];
        n1 += double(bank.band(5)[i]) * bank.band(5)[i];
    }
    QVERIFY(std::abs(dot) < 0.02 * std::sqrt(n0 * n1));
}

void TestHarmonicSynth::noiseBankIsDeterministic()
{
    const NoiseBank &a = NoiseBank::forSampleRate(16000);
    QCOMPARE(&NoiseBank::forSampleRate(16000), &a);  // cached
    const NoiseBank fresh(16000);
    QCOMPARE(fresh.length(), a.length());
    for (int b : {0, 13, kNoiseBands - 1})
        QVERIFY(std::memcmp(fresh.band(b), a.band(b), sizeof(float) * std::size_t(a.length())) == 0);
}

void TestHarmonicSynth::sameFrequencyAtEverySampleRate()
{
    // The same frames at 16 kHz and 48 kHz: same pitch, same harmonic
    // amplitudes, same timing of the frame ramps.
    TimbreFrame f = silentFrame();
    f.harmonics[0] = 0.5f;
    f.harmonics[1] = 0.25f;
    f.harmonics[2] = 0.125f;
    const double f0 = 261.63;
    std::vector<TimbreFrame> frames{silentFrame(), f, f};
    const std::vector<float> lo = synthesizeFrames(frames, f0, 16000, 16000);
    const std::vector<float> hi = synthesizeFrames(frames, f0, 48000, 48000);
    QCOMPARE(int(hi.size()), 48000);
    for (int k = 1; k <= 3; ++k) {
        const double a16 = toneAmplitude(lo, 1600, 14400, k * f0, 16000);
        const double a48 = toneAmplitude(hi, 4800, 43200, k * f0, 48000);
        QVERIFY2(std::abs(a16 - a48) < 0.002 && std::abs(a16 - f.harmonics[k - 1]) < 0.003,
                 qPrintable(QStringLiteral("k=%1: %2 vs %3").arg(k).arg(a16).arg(a48)));
    }
    // Fundamental of the first harmonic alone, from the crossings.
    const std::vector<TimbreFrame> pure(2, harmonicFrame(1, 0.5f));
    const double fLo = crossingFrequency(synthesizeFrames(pure, f0, 16000, 16000), 0, 16000, 16000);
    const double fHi = crossingFrequency(synthesizeFrames(pure, f0, 48000, 48000), 0, 48000, 48000);
    QVERIFY2(std::abs(fLo - f0) < 0.01 && std::abs(fHi - f0) < 0.01, qPrintable(QStringLiteral("%1 %2").arg(fLo).arg(fHi)));
    // The ramp from silence to frame 1 ends at 4 ms at both rates: the
    // sample-by-sample envelope |x| / |sin| agrees at the same times.
    for (double t : {0.001, 0.002, 0.003}) {
        const double expected = t * kFrameRate;  // ramp position
        for (int rate : {16000, 48000}) {
            const std::vector<float> &x = rate == 16000 ? lo : hi;
            const std::size_t n = std::size_t(std::lround(t * rate));
            double s = 0;
            for (int k = 1; k <= 3; ++k) s += f.harmonics[k - 1] * std::sin(2 * kPi * k * f0 * double(n) / rate);
            QVERIFY2(std::abs(x[n] - expected * s) < 1e-4, qPrintable(QStringLiteral("%1 s at %2").arg(t).arg(rate)));
        }
    }
}

void TestHarmonicSynth::voiceRendersAddAndContinuePhase()
{
    // render() adds into the buffer, and consecutive calls continue the phase
    // exactly as one long call (renormalizing the phasors costs no phase).
    const int rate = 44100;
    const double f0 = 523.25;
    const TimbreFrame f = harmonicFrame(1, 0.6f);
    HarmonicVoice a;
    a.start(f0, rate, 0);
    std::vector<float> pieces(4410, 0.25f);  // a constant to add onto
    for (int at = 0; at < 4410; at += 147)
        a.render(f, f, 0, 0, 147, pieces.data() + at);
    double worst = 0;
    for (int i = 0; i < 4410; ++i)
        worst = std::max(worst, std::abs(pieces[std::size_t(i)] - (0.25 + 0.6 * std::sin(2 * kPi * f0 * i / rate))));
    QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    // start() resets the oscillators.
    a.start(f0, rate, 0);
    std::vector<float> again(100, 0.0f);
    a.render(f, f, 0, 0, 100, again.data());
    QCOMPARE(again[0], 0.0f);
    QVERIFY(std::abs(again[50] - 0.6 * std::sin(2 * kPi * f0 * 50 / rate)) < 1e-5);
}

void TestHarmonicSynth::emptyInputs()
{
    QVERIFY(synthesizeFrames({}, 440.0, 16000, 0).empty());
    const std::vector<float> silent = synthesizeFrames({}, 440.0, 16000, 100);
    QCOMPARE(int(silent.size()), 100);
    QCOMPARE(peak(silent, 0, 100), 0.0);
    QVERIFY(synthesizeFrames({harmonicFrame(1, 1.0f)}, 440.0, 16000, -5).empty());
    // An unstarted voice renders nothing (and does not crash).
    HarmonicVoice idle;
    std::vector<float> out(64, 0.0f);
    const TimbreFrame f = harmonicFrame(1, 1.0f);
    idle.render(f, f, 0, 0.01, 64, out.data());
    QCOMPARE(peak(out, 0, 64), 0.0);
}

QTEST_GUILESS_MAIN(TestHarmonicSynth)
#include "test_harmonic_synth.moc"
