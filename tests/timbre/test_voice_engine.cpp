// The polyphonic timbre instrument (TimbreVoiceEngine, renderPhrase) played
// with AnalyticTimbreModel, whose frames are known (harmonic 1 = 0.3 z[0],
// harmonic 2 = 0.3 z[1], times a 20 ms onset and a 40 ms release shape), so
// the rendered audio can be predicted: onsets at their exact samples,
// silence after the release, many voices at once, stealing without clicks,
// setZ while notes sound, one batched decode per sub-block whatever the
// number of voices, the sustain pedal, all-notes-off and all-sound-off; in
// real-time mode the latency bound and no dropout with a slow model. WavIo
// and TimbreRecording: test_timbre_recording.

#include "AnalyticTimbreModel.h"
#include "SignalProbe.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreBench.h"
#include "timbre/TimbreRecording.h"
#include "timbre/TimbreRender.h"
#include "timbre/TimbreVoiceEngine.h"
#include "timbre/WavIo.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <chrono>
#include <cmath>
#include <random>
#include <thread>
#include <vector>

using namespace atelier::core;
using namespace atelier::core::timbre;
using namespace atelier::timbre_test;
using atelier::core::timbre::test::AnalyticTimbreModel;

namespace {

constexpr int kRate = 48000;

Envelope plainEnvelope(double release_s = 0.02)
{
    Envelope e;
    e.attack_s = 0.005;
    e.decay_s = 0;
    e.sustain = 1;
    e.release_s = release_s;
    return e;
}

// Renders `samples` samples through render() in blocks; returns the left channel
// (and checks that the right one is the same).
std::vector<float> renderBlocks(TimbreVoiceEngine &engine, int samples, int block = 256)
{
    std::vector<float> out;
    std::vector<float> left(static_cast<std::size_t>(block)), right(static_cast<std::size_t>(block));
    for (int done = 0; done < samples;) {
        const int n = std::min(block, samples - done);
        engine.render(left.data(), right.data(), n);
        if (!std::equal(left.begin(), left.begin() + n, right.begin())) qFatal("left and right differ");
        out.insert(out.end(), left.begin(), left.begin() + n);
        done += n;
    }
    return out;
}

std::size_t at(double seconds, int rate = kRate) { return std::size_t(std::llround(seconds * rate)); }

// Sounding stretches: [start, end) of runs of non-zero samples, merging gaps under minGap.
std::vector<std::pair<std::size_t, std::size_t>> soundRuns(const std::vector<float> &x, std::size_t minGap)
{
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    std::size_t i = 0;
    while (i < x.size()) {
        while (i < x.size() && x[i] == 0.0f) ++i;
        if (i >= x.size()) break;
        const std::size_t start = i;
        std::size_t lastSound = i;
        while (i < x.size() && i - lastSound < minGap) {
            if (x[i] != 0.0f) lastSound = i;
            ++i;
        }
        runs.emplace_back(start, lastSound + 1);
        i = lastSound + 1;
    }
    return runs;
}

// The longest run of samples with |x| < level in [start, end).
std::size_t longestQuietRun(const std::vector<float> &x, std::size_t start, std::size_t end, float level)
{
    std::size_t best = 0, run = 0;
    for (std::size_t i = start; i < end && i < x.size(); ++i) {
        run = std::abs(x[i]) < level ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

// A bound on the second difference of a sum of (slowly enveloped) sines of
// amplitude 0.3 at these pitches: twice sum A w^2, plus room for the corners
// of the envelopes (attack, fades: about 0.3 / 240 per sample). A click (a
// voice cut off without a fade) shows up as a jump of up to 0.3.
double clickBound(const std::vector<int> &pitches, int rate = kRate)
{
    double s = 0;
    for (int p : pitches) s += 0.3 * std::pow(2 * kPi * pitchHz(p) / rate, 2);
    return 2 * s + 0.004;
}

// A model whose sound drops to a third as soon as a frame is released (as a
// trained model may learn from a soundfont's fast release).
class DropAtRelease final : public ITimbreModel {
public:
    DropAtRelease() { m_instruments.push_back({QStringLiteral("Drop"), QStringLiteral("test"), -1, {1.0f}}); }
    QString name() const override { return QStringLiteral("drop at release"); }
    int zSize() const override { return 1; }
    const std::vector<TimbreInstrument> &instruments() const override { return m_instruments; }
    void decode(int count, const float *inputs, const double *, TimbreFrame *frames) const override
    {
        for (int r = 0; r < count; ++r) {
            const float *c = inputs + std::size_t(r) * (1 + kConditioningSize) + 1;
            TimbreFrame &f = frames[r];
            std::fill(std::begin(f.harmonics), std::end(f.harmonics), 0.0f);
            std::fill(std::begin(f.noise), std::end(f.noise), 0.0f);
            f.harmonics[0] = c[10] > 0.5f ? 0.1f : 0.3f;
        }
    }
    std::vector<float> encode(const std::vector<float> &) const override { return {1.0f}; }

private:
    std::vector<TimbreInstrument> m_instruments;
};

} // namespace

class TestVoiceEngine : public QObject {
    Q_OBJECT

private slots:
    void releaseRampsInsteadOfStepping()
    {
        // The note-off falls exactly on a frame (0.5 s at 48 kHz) and between
        // frames: either way the frame at the release instant is still held,
        // so the drop is a ramp over one frame, not a step (a click).
        for (const double off : {0.5, 0.5013}) {
            Envelope e;
            e.attack_s = 0;
            e.release_s = 10;  // the ADSR adds no step of its own
            const std::vector<TimedMidi> events{{0.0, MidiMessage::noteOn(0, 69, 100)},
                                                {off, MidiMessage::noteOff(0, 69)}};
            const std::vector<float> x = renderPhrase(std::make_shared<DropAtRelease>(), {1.0f}, e, events, 0.8, 48000);
            QCOMPARE(int(x.size()), 38400);
            const std::size_t at = std::size_t(std::llround(off * 48000));
            const double clean = clickBound({69}, 48000);
            const double around = maxSecondDifference(x, at - 500, at + 500);
            QVERIFY2(around < clean, qPrintable(QString("note-off at %1 s: %2 vs %3").arg(off).arg(around).arg(clean)));
            // And the level did drop (to a third) after the ramp.
            QVERIFY(toneAmplitude(x, at + 960, 8640, 440, 48000) < 0.5 * toneAmplitude(x, at - 9600, 8640, 440, 48000));
        }
    }

    void phraseOnsetsAtTheirSamples_data();
    void phraseOnsetsAtTheirSamples();
    void silenceAfterRelease();
    void manyVoicesAllSound();
    void stealingTheOldestWithoutClicks();
    void stealingPrefersReleasedVoices();
    void setZWhileSounding();
    void oneDecodePerSubBlock();
    void sustainPedalHoldsNotes();
    void envelopeShapesTheNote();
    void restrikeGetsANewVoice();
    void allNotesOffAndAllSoundOff();
    void renderPhraseEdgeCases();
    void realTimeNotesSoundSoon();
    void realTimeSlowModelHoldsFrames();
};

void TestVoiceEngine::phraseOnsetsAtTheirSamples_data()
{
    QTest::addColumn<int>("rate");
    QTest::newRow("48 kHz") << 48000;
    QTest::newRow("44.1 kHz") << 44100;
    QTest::newRow("16 kHz") << 16000;
}

void TestVoiceEngine::phraseOnsetsAtTheirSamples()
{
    QFETCH(int, rate);
    auto model = std::make_shared<AnalyticTimbreModel>();
    // Four short notes at odd times (not on block boundaries), given out of order.
    const std::vector<double> onsets{0.1003, 0.3517, 0.6021, 0.8539};
    const std::vector<int> pitches{60, 64, 67, 72};
    const double length = 0.1, release = 0.02;
    std::vector<TimedMidi> events;
    for (int i = 3; i >= 0; --i) {
        events.push_back({onsets[std::size_t(i)] + length, MidiMessage::noteOff(0, pitches[std::size_t(i)])});
        events.push_back({onsets[std::size_t(i)], MidiMessage::noteOn(0, pitches[std::size_t(i)], 100)});
    }
    const std::vector<float> x = renderPhrase(model, {1.0f, 0.0f}, plainEnvelope(release), events, 1.1, rate);
    QCOMPARE(x.size(), at(1.1, rate));

    // Four separate sounds, each starting at its note-on sample.
    const auto runs = soundRuns(x, std::size_t(0.005 * rate));
    QCOMPARE(int(runs.size()), 4);
    for (int i = 0; i < 4; ++i) {
        const std::size_t on = at(onsets[std::size_t(i)], rate), off = at(onsets[std::size_t(i)] + length, rate);
        const auto [start, end] = runs[std::size_t(i)];
        QVERIFY2(start >= on && start <= on + 4, qPrintable(QStringLiteral("note %1: starts at %2, note-on at %3").arg(i).arg(start).arg(on)));
        QCOMPARE(x[on - 1], 0.0f);
        QVERIFY(peak(x, on, std::size_t(0.001 * rate)) > 1e-5);  // audible within 1 ms
        // Sound until the note-off plus the release, then nothing.
        QVERIFY2(end > off + std::size_t(0.5 * release * rate) && end <= off + std::size_t(release * rate) + 2,
                 qPrintable(QStringLiteral("note %1: ends at %2, note-off at %3").arg(i).arg(end).arg(off)));
        // The held part is the note's pitch at about 0.3 (the model's onset shape is done after 60 ms).
        const double f0 = pitchHz(pitches[std::size_t(i)]);
        const double a = toneAmplitude(x, on + at(0.06, rate), at(0.035, rate), f0, rate);
        QVERIFY2(std::abs(a - 0.3) < 0.02, qPrintable(QStringLiteral("note %1: %2").arg(i).arg(a)));
        QVERIFY(std::abs(crossingFrequency(x, on + at(0.03, rate), off, rate) - f0) < 0.01 * f0);
    }
    QCOMPARE(peak(x, 0, at(onsets[0], rate)), 0.0);
}

void TestVoiceEngine::silenceAfterRelease()
{
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline);
    engine.setEnvelope(plainEnvelope(0.05));
    engine.setZ({1.0f, 1.0f});
    engine.sendMidi(MidiMessage::noteOn(0, 62, 90));
    const std::vector<float> held = renderBlocks(engine, int(at(0.3)));
    QCOMPARE(engine.activeVoices(), 1);
    QVERIFY(std::abs(toneAmplitude(held, at(0.1), at(0.2), pitchHz(62), kRate) - 0.3) < 0.01);
    QVERIFY(std::abs(toneAmplitude(held, at(0.1), at(0.2), 2 * pitchHz(62), kRate) - 0.3) < 0.01);
    engine.sendMidi(MidiMessage::noteOff(0, 62));
    const std::vector<float> after = renderBlocks(engine, int(at(0.5)));
    // Fading during the release (model release shape x linear ADSR), then exact silence.
    QVERIFY(rms(after, 0, at(0.01)) > rms(after, at(0.02), at(0.01)));
    QVERIFY(rms(after, at(0.02), at(0.01)) > 0);
    QCOMPARE(peak(after, at(0.05) + 2, after.size()), 0.0);
    QCOMPARE(engine.activeVoices(), 0);
    // A note-off for a note that is not playing changes nothing.
    engine.sendMidi(MidiMessage::noteOff(0, 70));
    QCOMPARE(peak(renderBlocks(engine, 1000), 0, 1000), 0.0);
    // A note-on with velocity 0 is a note-off.
    engine.sendMidi(MidiMessage::noteOn(0, 65, 100));
    renderBlocks(engine, int(at(0.1)));
    engine.sendMidi(MidiMessage{std::uint8_t(MidiMessage::kNoteOn), 65, 0});
    const std::vector<float> tail = renderBlocks(engine, int(at(0.2)));
    QCOMPARE(peak(tail, at(0.05) + 2, tail.size()), 0.0);
    QCOMPARE(engine.activeVoices(), 0);
}

void TestVoiceEngine::manyVoicesAllSound()
{
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline);
    QCOMPARE(engine.maxVoices(), TimbreVoiceEngine::kDefaultVoices);
    engine.setEnvelope(plainEnvelope());
    engine.setZ({1.0f, 0.0f});
    const std::vector<int> pitches{48, 51, 55, 58, 62, 65, 69, 72, 76, 79};
    for (std::size_t i = 0; i < pitches.size(); ++i) engine.sendMidi(MidiMessage::noteOn(int(i % 3), pitches[i], 100));
    const std::vector<float> x = renderBlocks(engine, 56 * 512, 512);
    QCOMPARE(engine.activeVoices(), int(pitches.size()));
    for (int p : pitches) {
        const double a = toneAmplitude(x, at(0.15), at(0.45), pitchHz(p), kRate);
        QVERIFY2(std::abs(a - 0.3) < 0.015, qPrintable(QStringLiteral("pitch %1: %2").arg(p).arg(a)));
    }
    for (int p : {50, 60, 67, 74, 84}) {  // not played (and not a second harmonic)
        const double a = toneAmplitude(x, at(0.15), at(0.45), pitchHz(p), kRate);
        QVERIFY2(a < 0.01, qPrintable(QStringLiteral("pitch %1: %2").arg(p).arg(a)));
    }
    // The analysis copies: the last block, and the newest voice's frame.
    const std::vector<float> last = engine.lastBlock();
    QCOMPARE(int(last.size()), 512);
    QVERIFY(std::equal(last.begin(), last.end(), x.end() - 512));
    TimbreFrame frame;
    double f0 = 0;
    QVERIFY(engine.lastFrame(&frame, &f0));
    QCOMPARE(f0, pitchHz(79));
    QVERIFY(std::abs(frame.harmonics[0] - 0.3f) < 0.01f);
    QCOMPARE(frame.harmonics[1], 0.0f);
}

void TestVoiceEngine::stealingTheOldestWithoutClicks()
{
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline, 2);
    QCOMPARE(engine.maxVoices(), 8);  // at least 8
    engine.setEnvelope(plainEnvelope());
    engine.setZ({1.0f, 0.0f});
    // Eight notes held (far enough apart to be told apart), then a ninth: it steals the oldest.
    const std::vector<int> first{45, 49, 52, 56, 59, 63, 66, 70};
    for (int p : first) engine.sendMidi(MidiMessage::noteOn(0, p, 100));
    std::vector<float> x = renderBlocks(engine, int(at(0.2)), 128);
    const std::size_t steal = x.size();
    engine.sendMidi(MidiMessage::noteOn(0, 75, 100));
    const std::vector<float> y = renderBlocks(engine, int(at(0.3)), 128);
    x.insert(x.end(), y.begin(), y.end());
    QCOMPARE(engine.activeVoices(), 8);
    const std::size_t from = steal + at(0.007);  // after the 5 ms fade
    QVERIFY2(toneAmplitude(x, from, at(0.25), pitchHz(first[0]), kRate) < 0.003,
             qPrintable(QString::number(toneAmplitude(x, from, at(0.25), pitchHz(first[0]), kRate))));
    for (std::size_t i = 1; i < first.size(); ++i)
        QVERIFY2(std::abs(toneAmplitude(x, from, at(0.25), pitchHz(first[i]), kRate) - 0.3) < 0.015, qPrintable(QString::number(i)));
    QVERIFY(std::abs(toneAmplitude(x, from + at(0.05), at(0.2), pitchHz(75), kRate) - 0.3) < 0.015);
    // During the fade the stolen note is still there, fading.
    QVERIFY(rms(x, steal, at(0.002)) > 0);

    // Seven more notes on another channel, one every 37 ms, each stealing the
    // oldest voice: the same key of channel 0 (so at the end each pitch is
    // heard once, from channel 1).
    for (std::size_t i = 1; i < first.size(); ++i) {
        engine.sendMidi(MidiMessage::noteOn(1, first[i], 100));
        const std::vector<float> more = renderBlocks(engine, int(at(0.037)), 128);
        x.insert(x.end(), more.begin(), more.end());
        QCOMPARE(engine.activeVoices(), 8);
    }
    const std::vector<float> tail = renderBlocks(engine, int(at(0.3)), 128);
    x.insert(x.end(), tail.begin(), tail.end());
    for (std::size_t i = 1; i < first.size(); ++i) {
        const double a = toneAmplitude(x, x.size() - at(0.25), at(0.25), pitchHz(first[i]), kRate);
        QVERIFY2(std::abs(a - 0.3) < 0.015, qPrintable(QStringLiteral("pitch %1: %2").arg(first[i]).arg(a)));
    }
    QVERIFY(toneAmplitude(x, x.size() - at(0.25), at(0.25), pitchHz(first[0]), kRate) < 0.003);
    // No clicks anywhere (eight steals at eight different phases).
    std::vector<int> sounding = first;
    sounding.push_back(75);
    const double bound = clickBound(sounding);
    const double worst = maxSecondDifference(x, 1, x.size());
    QVERIFY2(worst < bound, qPrintable(QStringLiteral("second difference %1, bound %2").arg(worst).arg(bound)));
    QVERIFY(bound < 0.03);
}

void TestVoiceEngine::stealingPrefersReleasedVoices()
{
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline, 8);
    engine.setEnvelope(plainEnvelope(2.0));  // released voices keep sounding for a while
    engine.setZ({1.0f, 0.0f});
    const std::vector<int> pitches{48, 50, 52, 53, 55, 57, 59, 60};
    for (int p : pitches) engine.sendMidi(MidiMessage::noteOn(0, p, 100));
    renderBlocks(engine, int(at(0.1)));
    engine.sendMidi(MidiMessage::noteOff(0, 55));  // released, but still sounding
    renderBlocks(engine, int(at(0.05)));
    QCOMPARE(engine.activeVoices(), 8);
    engine.sendMidi(MidiMessage::noteOn(0, 72, 100));
    const std::vector<float> x = renderBlocks(engine, int(at(0.2)));
    const std::size_t from = at(0.01);
    QVERIFY(toneAmplitude(x, from, x.size() - from, pitchHz(55), kRate) < 0.005);  // the released one went
    QVERIFY(toneAmplitude(x, from, x.size() - from, pitchHz(48), kRate) > 0.25);   // the oldest held one stays
    QVERIFY(toneAmplitude(x, at(0.08), at(0.1), pitchHz(72), kRate) > 0.25);
    QVERIFY(maxSecondDifference(x, 1, x.size()) < clickBound({48, 50, 52, 53, 55, 57, 59, 60, 72}));
}

void TestVoiceEngine::setZWhileSounding()
{
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline);
    engine.setEnvelope(plainEnvelope());
    engine.setZ({1.0f, 0.0f});
    const double f0 = pitchHz(57);
    engine.sendMidi(MidiMessage::noteOn(0, 57, 100));
    const std::vector<float> before = renderBlocks(engine, int(at(0.3)));
    engine.setZ({0.2f, 1.0f});
    const std::vector<float> after = renderBlocks(engine, int(at(0.3)));
    const double h1Before = toneAmplitude(before, at(0.1), at(0.2), f0, kRate);
    const double h2Before = toneAmplitude(before, at(0.1), at(0.2), 2 * f0, kRate);
    const double h1After = toneAmplitude(after, at(0.05), at(0.25), f0, kRate);
    const double h2After = toneAmplitude(after, at(0.05), at(0.25), 2 * f0, kRate);
    QVERIFY2(std::abs(h1Before - 0.3) < 0.01 && h2Before < 0.003, qPrintable(QStringLiteral("%1 %2").arg(h1Before).arg(h2Before)));
    QVERIFY2(std::abs(h1After - 0.06) < 0.005 && std::abs(h2After - 0.3) < 0.01,
             qPrintable(QStringLiteral("%1 %2").arg(h1After).arg(h2After)));
    // The change arrives within a few frames, and without a jump.
    QVERIFY(std::abs(toneAmplitude(after, at(0.02), at(0.03), 2 * f0, kRate) - 0.3) < 0.02);
    QVERIFY(maxSecondDifference(after, 1, after.size()) < clickBound({57, 69}));
    // A note struck now starts with the new z.
    engine.sendMidi(MidiMessage::noteOn(0, 50, 100));
    const std::vector<float> third = renderBlocks(engine, int(at(0.2)));
    QVERIFY(std::abs(toneAmplitude(third, at(0.08), at(0.12), 2 * pitchHz(50), kRate) - 0.3) < 0.015);
    QVERIFY(std::abs(toneAmplitude(third, at(0.08), at(0.12), pitchHz(50), kRate) - 0.06) < 0.005);
    // A z of the wrong size is padded with zeros / cut.
    engine.setZ({1.0f});
    const std::vector<float> fourth = renderBlocks(engine, int(at(0.2)));
    QVERIFY(toneAmplitude(fourth, at(0.05), at(0.15), 2 * f0, kRate) < 0.003);
}

void TestVoiceEngine::oneDecodePerSubBlock()
{
    // The same second of audio (188 blocks of 256) with 1, 8 and 16 voices:
    // as many decode() calls (one per block, all voices batched), 8 and 16
    // times the rows.
    constexpr int kSamples = 188 * 256;
    auto countFor = [](int voices, int block, long *rows) {
        auto model = std::make_shared<AnalyticTimbreModel>();
        TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline);
        engine.setEnvelope(plainEnvelope());
        renderBlocks(engine, 4 * block, block);  // no voices: no decode at all
        if (model->calls.load() != 0) qFatal("decode without voices");
        for (int v = 0; v < voices; ++v) engine.sendMidi(MidiMessage::noteOn(0, 48 + 3 * v, 100));
        renderBlocks(engine, kSamples, block);
        *rows = model->rows.load();
        return model->calls.load();
    };
    long rows1 = 0, rows8 = 0, rows16 = 0;
    const long one = countFor(1, 256, &rows1);
    const long eight = countFor(8, 256, &rows8);
    const long sixteen = countFor(16, 256, &rows16);
    QCOMPARE(one, 188L);  // at 48 kHz every 256-sample block needs a new frame
    QCOMPARE(eight, one);
    QCOMPARE(sixteen, one);
    QCOMPARE(rows8, 8 * rows1);
    QCOMPARE(rows16, 16 * rows1);
    // About one row per frame per voice (250 frames a second), not more.
    QVERIFY2(rows1 >= 251 && rows1 <= 254, qPrintable(QString::number(rows1)));
    // Blocks longer than kMaxSubBlock are split into sub-blocks, one decode each.
    long rowsBig = 0;
    const long big = countFor(8, 4 * TimbreVoiceEngine::kMaxSubBlock, &rowsBig);
    QCOMPARE(big, long(kSamples / TimbreVoiceEngine::kMaxSubBlock));
    QCOMPARE(rowsBig, rows8);
    // The benchmark counts the same way.
    auto model = std::make_shared<AnalyticTimbreModel>();
    const double seconds = double(kSamples) / kRate;  // whole blocks only
    const TimbreBenchResult b1 = benchmarkVoices(model, 1, seconds), b8 = benchmarkVoices(model, 8, seconds);
    QCOMPARE(b1.voices, 1);
    QCOMPARE(b8.decodeCallsPerSecond, b1.decodeCallsPerSecond);
    QCOMPARE(b1.decodeCallsPerSecond, kRate / 256.0);
    QVERIFY(b8.rtf > 0 && b8.rtf < 1);
}

void TestVoiceEngine::sustainPedalHoldsNotes()
{
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline);
    engine.setEnvelope(plainEnvelope(0.05));
    engine.setZ({1.0f, 0.0f});
    const double f60 = pitchHz(60), f67 = pitchHz(67);
    engine.sendMidi(MidiMessage::noteOn(0, 60, 100));
    renderBlocks(engine, int(at(0.1)));
    engine.sendMidi(MidiMessage::controlChange(0, MidiMessage::kCcSustain, 127));
    engine.sendMidi(MidiMessage::noteOff(0, 60));
    // A note struck and released under the pedal is held too.
    engine.sendMidi(MidiMessage::noteOn(0, 67, 100));
    renderBlocks(engine, int(at(0.1)));
    engine.sendMidi(MidiMessage::noteOff(0, 67));
    const std::vector<float> held = renderBlocks(engine, int(at(0.5)));
    QCOMPARE(engine.activeVoices(), 2);
    QVERIFY(std::abs(toneAmplitude(held, at(0.3), at(0.2), f60, kRate) - 0.3) < 0.01);
    QVERIFY(std::abs(toneAmplitude(held, at(0.3), at(0.2), f67, kRate) - 0.3) < 0.01);
    // Pedal up (value < 64): both released.
    engine.sendMidi(MidiMessage::controlChange(0, MidiMessage::kCcSustain, 10));
    const std::vector<float> after = renderBlocks(engine, int(at(0.2)));
    QCOMPARE(peak(after, at(0.05) + 2, after.size()), 0.0);
    QCOMPARE(engine.activeVoices(), 0);
    // Without the pedal the same note-off releases at once.
    engine.sendMidi(MidiMessage::noteOn(0, 60, 100));
    renderBlocks(engine, int(at(0.1)));
    engine.sendMidi(MidiMessage::noteOff(0, 60));
    const std::vector<float> free = renderBlocks(engine, int(at(0.2)));
    QCOMPARE(peak(free, at(0.05) + 2, free.size()), 0.0);
    // A key held down when the pedal comes up keeps sounding.
    engine.sendMidi(MidiMessage::controlChange(0, MidiMessage::kCcSustain, 127));
    engine.sendMidi(MidiMessage::noteOn(0, 64, 100));
    renderBlocks(engine, int(at(0.1)));
    engine.sendMidi(MidiMessage::controlChange(0, MidiMessage::kCcSustain, 0));
    const std::vector<float> still = renderBlocks(engine, int(at(0.3)));
    QVERIFY(std::abs(toneAmplitude(still, at(0.1), at(0.2), pitchHz(64), kRate) - 0.3) < 0.01);
    QCOMPARE(engine.activeVoices(), 1);
}

void TestVoiceEngine::envelopeShapesTheNote()
{
    // The ADSR multiplies the model's own envelope: amplitude(t) =
    // 0.3 * (1 - exp(-t / 20 ms)) * adsr(t), measured in 4 ms windows.
    auto model = std::make_shared<AnalyticTimbreModel>();
    const double f0 = pitchHz(81);  // 880 Hz: several periods per window
    auto play = [&](const Envelope &e, double hold, double total) {
        const std::vector<TimedMidi> events{{0.0, MidiMessage::noteOn(0, 81, 100)}, {hold, MidiMessage::noteOff(0, 81)}};
        return renderPhrase(model, {1.0f, 0.0f}, e, events, total, kRate);
    };
    auto amplitudeAt = [&](const std::vector<float> &x, double t) {
        return toneAmplitude(x, at(t - 0.002), at(0.004), f0, kRate);
    };
    auto onset = [](double t) { return 1 - std::exp(-t / 0.02); };
    Envelope adsr;
    adsr.attack_s = 0.05;
    adsr.decay_s = 0.1;
    adsr.sustain = 0.5;
    adsr.release_s = 0.1;
    const std::vector<float> x = play(adsr, 0.4, 0.6);
    struct Point { double t, adsr; };
    for (const Point &p : {Point{0.025, 0.5}, Point{0.05, 1.0}, Point{0.1, 0.75}, Point{0.2, 0.5}, Point{0.35, 0.5},
                           Point{0.45, 0.25}}) {
        const double release = p.t > 0.4 ? std::exp(-(p.t - 0.4) / 0.04) : 1.0;  // the model's release shape
        const double want = 0.3 * onset(p.t) * p.adsr * release;
        const double got = amplitudeAt(x, p.t);
        QVERIFY2(std::abs(got - want) < 0.05 * 0.3, qPrintable(QStringLiteral("t=%1: %2 vs %3").arg(p.t).arg(got).arg(want)));
    }
    QCOMPARE(peak(x, at(0.5) + 2, x.size()), 0.0);  // 100 ms release, then nothing

    // Erasing the onset: a raised-cosine fade-in over eraseOnset_s.
    Envelope plain = plainEnvelope();
    Envelope erased = plain;
    erased.eraseOnset_s = 0.04;
    const std::vector<float> a = play(plain, 0.3, 0.3), b = play(erased, 0.3, 0.3);
    for (double t : {0.01, 0.02, 0.03}) {
        const double fade = 0.5 - 0.5 * std::cos(kPi * t / 0.04);
        QVERIFY2(std::abs(amplitudeAt(b, t) - fade * amplitudeAt(a, t)) < 0.1 * amplitudeAt(a, t),
                 qPrintable(QStringLiteral("t=%1: %2 vs %3").arg(t).arg(amplitudeAt(b, t)).arg(fade * amplitudeAt(a, t))));
    }
    QVERIFY(std::abs(amplitudeAt(b, 0.1) - amplitudeAt(a, 0.1)) < 1e-4);

    // No release at all still ends without a click (the 5 ms minimum).
    Envelope abrupt = plainEnvelope(0.0);
    const std::vector<float> c = play(abrupt, 0.2, 0.3);
    QVERIFY(maxSecondDifference(c, 1, c.size()) < clickBound({81}));
    QVERIFY(rms(c, at(0.2), at(0.002)) > 0.05);
    QCOMPARE(peak(c, at(0.2 + TimbreVoiceEngine::kStealFadeSeconds) + 2, c.size()), 0.0);
}

void TestVoiceEngine::restrikeGetsANewVoice()
{
    // Striking a held key again releases the old voice and starts a new one.
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline);
    engine.setEnvelope(plainEnvelope(0.1));
    engine.setZ({1.0f, 0.0f});
    engine.sendMidi(MidiMessage::noteOn(0, 60, 100));
    renderBlocks(engine, int(at(0.2)));
    engine.sendMidi(MidiMessage::noteOn(0, 60, 100));
    renderBlocks(engine, int(at(0.05)));
    QCOMPARE(engine.activeVoices(), 2);
    renderBlocks(engine, int(at(0.1)));
    QCOMPARE(engine.activeVoices(), 1);  // the first one's release is over
    // One note-off ends the new one (the old one is no longer held).
    engine.sendMidi(MidiMessage::noteOff(0, 60));
    const std::vector<float> x = renderBlocks(engine, int(at(0.2)));
    QCOMPARE(peak(x, at(0.1) + 2, x.size()), 0.0);
    QCOMPARE(engine.activeVoices(), 0);
    // The same pitch on another channel is another note.
    engine.sendMidi(MidiMessage::noteOn(0, 60, 100));
    engine.sendMidi(MidiMessage::noteOn(1, 60, 100));
    renderBlocks(engine, int(at(0.05)));
    engine.sendMidi(MidiMessage::noteOff(1, 60));
    renderBlocks(engine, int(at(0.2)));
    QCOMPARE(engine.activeVoices(), 1);
}

void TestVoiceEngine::allNotesOffAndAllSoundOff()
{
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::Offline);
    engine.setEnvelope(plainEnvelope(0.05));
    engine.setZ({1.0f, 0.0f});
    const std::vector<int> chord{55, 59, 62, 66};
    for (std::size_t i = 0; i < chord.size(); ++i) engine.sendMidi(MidiMessage::noteOn(int(i), chord[i], 100));
    renderBlocks(engine, int(at(0.2)));
    QCOMPARE(engine.activeVoices(), 4);
    // CC 123 on any channel: every note released (with its release).
    engine.sendMidi(MidiMessage::controlChange(9, MidiMessage::kCcAllNotesOff, 0));
    const std::vector<float> x = renderBlocks(engine, int(at(0.2)));
    QVERIFY(rms(x, 0, at(0.01)) > 0.05);  // the release is heard
    QCOMPARE(peak(x, at(0.05) + 2, x.size()), 0.0);
    QCOMPARE(engine.activeVoices(), 0);
    // CC 120: silence after the 5 ms fade, without a click.
    for (std::size_t i = 0; i < chord.size(); ++i) engine.sendMidi(MidiMessage::noteOn(0, chord[i], 100));
    const std::vector<float> on = renderBlocks(engine, int(at(0.2)) + 77);
    engine.sendMidi(MidiMessage::controlChange(0, MidiMessage::kCcAllSoundOff, 0));
    QCOMPARE(engine.activeVoices(), 4);  // counted at the last render
    std::vector<float> y = renderBlocks(engine, int(at(0.1)));
    QCOMPARE(engine.activeVoices(), 0);
    QCOMPARE(peak(y, at(TimbreVoiceEngine::kStealFadeSeconds) + 1, y.size()), 0.0);
    y.insert(y.begin(), on.end() - 10, on.end());
    QVERIFY(maxSecondDifference(y, 1, y.size()) < clickBound(chord));
    // Gain: linear, default 1.
    engine.setGain(0.5);
    engine.sendMidi(MidiMessage::noteOn(0, 60, 100));
    const std::vector<float> g = renderBlocks(engine, int(at(0.3)));
    QVERIFY(std::abs(toneAmplitude(g, at(0.1), at(0.2), pitchHz(60), kRate) - 0.15) < 0.005);
}

void TestVoiceEngine::renderPhraseEdgeCases()
{
    auto model = std::make_shared<AnalyticTimbreModel>();
    const std::vector<TimedMidi> note{{0.0, MidiMessage::noteOn(0, 60, 100)}};
    QVERIFY(renderPhrase(nullptr, {1, 0}, plainEnvelope(), note, 1.0, kRate).empty());
    QVERIFY(renderPhrase(model, {1, 0, 0}, plainEnvelope(), note, 1.0, kRate).empty());  // wrong z size
    QVERIFY(renderPhrase(model, {1, 0}, plainEnvelope(), note, 0.0, kRate).empty());
    QVERIFY(renderPhrase(model, {1, 0}, plainEnvelope(), note, 1.0, 0).empty());
    // Deterministic, and the same whatever else (the mean of both channels).
    const std::vector<float> a = renderPhrase(model, {1, 1}, plainEnvelope(), note, 0.5, kRate);
    const std::vector<float> b = renderPhrase(model, {1, 1}, plainEnvelope(), note, 0.5, kRate);
    QCOMPARE(a, b);
    // Events at or after the end are not played; a note still held is cut by the end.
    const std::vector<TimedMidi> late{{0.5, MidiMessage::noteOn(0, 60, 100)}};
    QCOMPARE(peak(renderPhrase(model, {1, 0}, plainEnvelope(), late, 0.5, kRate), 0, at(0.5)), 0.0);
    QVERIFY(peak(a, a.size() - 100, 100) > 0.1);
    // Negative times play at the start.
    const std::vector<TimedMidi> early{{-1.0, MidiMessage::noteOn(0, 60, 100)}};
    QCOMPARE(renderPhrase(model, {1, 1}, plainEnvelope(), early, 0.5, kRate), a);
    // z from the argument: harmonic 2 only.
    const std::vector<float> h2 = renderPhrase(model, {0, 1}, plainEnvelope(), note, 0.5, kRate);
    QVERIFY(toneAmplitude(h2, at(0.1), at(0.3), pitchHz(60), kRate) < 0.003);
    QVERIFY(std::abs(toneAmplitude(h2, at(0.1), at(0.3), 2 * pitchHz(60), kRate) - 0.3) < 0.01);
    // The offline engine declares no latency.
    TimbreVoiceEngine offline(model, kRate, TimbreVoiceEngine::Mode::Offline);
    QCOMPARE(offline.declaredLatencySeconds(), 0.0);
    QCOMPARE(offline.sampleRate(), kRate);
    QCOMPARE(&offline.model(), model.get());
}

void TestVoiceEngine::realTimeNotesSoundSoon()
{
    // The test thread plays the audio callback (paced at the real rate); the
    // notes come from it through postMidi() too, right before a render().
    auto model = std::make_shared<AnalyticTimbreModel>();
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::RealTime);
    engine.setEnvelope(plainEnvelope(0.02));
    engine.setZ({1.0f, 0.0f});
    const int block = 256;
    const double declared = engine.declaredLatencySeconds();
    QVERIFY2(declared > 0 && declared < 0.05, qPrintable(QString::number(declared)));
    std::vector<float> out, left(block), right(block);
    const auto start = std::chrono::steady_clock::now();
    const auto blockTime = std::chrono::duration<double>(double(block) / kRate);
    long calls = 0;
    auto renderOne = [&] {
        std::this_thread::sleep_until(start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(blockTime * calls));
        engine.render(left.data(), right.data(), block);
        out.insert(out.end(), left.begin(), left.end());
        ++calls;
    };
    std::vector<std::size_t> noteOns;
    for (int note = 0; note < 3; ++note) {
        for (int i = 0; i < 20; ++i) renderOne();  // silence between the notes
        noteOns.push_back(out.size());
        QVERIFY(engine.postMidi(MidiMessage::noteOn(0, 64 + note, 100)));
        for (int i = 0; i < 20; ++i) renderOne();
        QVERIFY(engine.postMidi(MidiMessage::noteOff(0, 64 + note)));
        for (int i = 0; i < 20; ++i) renderOne();
    }
    // Behaviour, not time: each note sounds soon (a generous bound; the
    // latency's budget, 15 ms at 256 frames, is `atelier bench timbre`'s).
    const double bound = 0.2;
    for (std::size_t i = 0; i < noteOns.size(); ++i) {
        const std::size_t on = noteOns[i];
        QCOMPARE(peak(out, on - 20 * block + std::size_t(0.06 * kRate), 20 * block - std::size_t(0.06 * kRate)), 0.0);
        std::size_t first = on;
        while (first < out.size() && out[first] == 0.0f) ++first;
        const double latency = double(first - on) / kRate;
        qInfo("note %d: first sample after %.2f ms (declared %.2f ms + one block)", int(i), 1000 * latency,
              1000 * engine.declaredLatencySeconds());
        QVERIFY2(first < out.size() && latency <= bound, qPrintable(QStringLiteral("latency %1 ms").arg(1000 * latency)));
        // It is the note, and it sounds like the offline rendering.
        const double a = toneAmplitude(out, first + at(0.06), at(0.04), pitchHz(64 + int(i)), kRate);
        QVERIFY2(std::abs(a - 0.3) < 0.02, qPrintable(QString::number(a)));
    }
    QVERIFY(model->calls.load() > 0);
}

void TestVoiceEngine::realTimeSlowModelHoldsFrames()
{
    // Each decode takes 30 ms, longer than the frames computed ahead (about
    // 20 ms at 256-sample blocks): frames arrive late, and the voice holds its
    // last frame instead of falling silent.
    auto model = std::make_shared<AnalyticTimbreModel>();
    model->delay_ms = 30;
    TimbreVoiceEngine engine(model, kRate, TimbreVoiceEngine::Mode::RealTime);
    engine.setEnvelope(plainEnvelope(0.02));
    engine.setZ({1.0f, 0.0f});
    QVERIFY2(engine.declaredLatencySeconds() >= 0.03, qPrintable(QString::number(engine.declaredLatencySeconds())));
    const int block = 256;
    std::vector<float> out, left(block), right(block);
    const auto start = std::chrono::steady_clock::now();
    const auto blockTime = std::chrono::duration<double>(double(block) / kRate);
    long calls = 0;
    auto renderOne = [&] {
        std::this_thread::sleep_until(start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(blockTime * calls));
        engine.render(left.data(), right.data(), block);
        out.insert(out.end(), left.begin(), left.end());
        ++calls;
    };
    for (int i = 0; i < 5; ++i) renderOne();
    const std::size_t on = out.size();
    QVERIFY(engine.postMidi(MidiMessage::noteOn(0, 69, 100)));
    const int heldBlocks = int(0.8 * kRate / block);
    for (int i = 0; i < heldBlocks; ++i) renderOne();
    const std::size_t off = out.size();
    QVERIFY(engine.postMidi(MidiMessage::noteOff(0, 69)));
    for (int i = 0; i < 40; ++i) renderOne();

    std::size_t first = on;
    while (first < off && out[first] == 0.0f) ++first;
    QVERIFY(first < on + std::size_t(engine.declaredLatencySeconds() * kRate) + block);
    // From 50 ms after the onset to the note-off: never a quiet stretch (a
    // 440 Hz sine crosses zero in a sample or two), and every 5 ms window
    // holds a good part of the note's level.
    const std::size_t from = first + at(0.05);
    const std::size_t quiet = longestQuietRun(out, from, off, 1e-3f);
    QVERIFY2(quiet <= 4, qPrintable(QStringLiteral("%1 quiet samples in a row").arg(quiet)));
    double lowest = 1;
    for (std::size_t w = from; w + 240 <= off; w += 240) lowest = std::min(lowest, rms(out, w, 240));
    QVERIFY2(lowest > 0.4 * 0.3 / std::sqrt(2.0), qPrintable(QStringLiteral("lowest 5 ms RMS %1").arg(lowest)));
    // The release still happens, and the note ends.
    QCOMPARE(peak(out, off + at(0.1), out.size() - off - at(0.1)), 0.0);
    QCOMPARE(engine.activeVoices(), 0);
    QVERIFY(model->calls.load() < long(calls));  // far fewer decodes than blocks: frames were late
}

QTEST_GUILESS_MAIN(TestVoiceEngine)
#include "test_voice_engine.moc"
