// The voice engine's start delay (latency compensation for baked tracks): in
// real time, with setStartDelay(D), a note-on at sample t sounds from sample
// t + D exactly and its note-off takes effect D late too, so what plays is
// the offline rendering D samples later (a key struck again included); a
// voice whose frames come later than that starts as soon as they are here,
// and is counted.

#include "AnalyticTimbreModel.h"
#include "timbre/TimbreVoiceEngine.h"

#include <QtTest>
#include <chrono>
#include <cmath>
#include <thread>
#include <vector>

using namespace atelier::core;
using namespace atelier::core::timbre;
using atelier::core::timbre::test::AnalyticTimbreModel;

namespace {

constexpr int kRate = 48000;

struct Timed {
    int at;          // sample
    MidiMessage message;
};

// Renders `samples` samples, sending each message at its very sample (the
// sequencer's way: render up to it, send, go on), in blocks of 256 paced at
// the real rate when `paced`.
std::vector<float> play(TimbreVoiceEngine &engine, const std::vector<Timed> &script, int samples, bool paced)
{
    constexpr int kBlock = 256;
    std::vector<float> out(std::size_t(samples), 0.0f), right(std::size_t(samples), 0.0f);
    const auto start = std::chrono::steady_clock::now();
    std::size_t next = 0;
    for (int block = 0; block * kBlock < samples; ++block) {
        if (paced)
            std::this_thread::sleep_until(start + std::chrono::microseconds(std::int64_t(block) * kBlock * 1000000 / kRate));
        const int end = std::min(samples, (block + 1) * kBlock);
        for (int at = block * kBlock; at < end;) {
            while (next < script.size() && script[next].at == at)
                engine.sendMidi(script[next++].message);
            const int until = next < script.size() ? std::min(end, script[next].at) : end;
            engine.render(out.data() + at, right.data() + at, until - at);
            at = until;
        }
    }
    return out;
}

int firstSound(const std::vector<float> &x)
{
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] != 0.0f)
            return int(i);
    return -1;
}

int lastSound(const std::vector<float> &x)
{
    for (std::size_t i = x.size(); i-- > 0;)
        if (x[i] != 0.0f)
            return int(i);
    return -1;
}

Envelope shortEnvelope()
{
    Envelope e;
    e.attack_s = 0.003;
    e.decay_s = 0;
    e.sustain = 1;
    e.release_s = 0.02;
    return e;
}

// The same model played offline and in real time with a start delay, both
// with the same envelope and timbre.
struct OfflineAndLive {
    explicit OfflineAndLive(int delay, std::shared_ptr<AnalyticTimbreModel> m = std::make_shared<AnalyticTimbreModel>())
        : model(std::move(m)), offline(model, kRate, TimbreVoiceEngine::Mode::Offline),
          live(model, kRate, TimbreVoiceEngine::Mode::RealTime)
    {
        for (TimbreVoiceEngine *e : {&offline, &live}) {
            e->setEnvelope(shortEnvelope());
            e->setZ({1.0f, 0.0f});
        }
        live.setStartDelay(delay);
    }
    std::shared_ptr<AnalyticTimbreModel> model;
    TimbreVoiceEngine offline;
    TimbreVoiceEngine live;
};

} // namespace

class TestStartDelay : public QObject {
    Q_OBJECT
private slots:
    void realTimeIsTheOfflineRenderingDelayed()
    {
        const int delay = 4800;  // 100 ms: far more than the frames need, even on a loaded machine
        // Onsets and releases off the 256-sample grid, two overlapping notes.
        const std::vector<Timed> script = {{1000, MidiMessage::noteOn(0, 64, 100)},
                                           {1333, MidiMessage::noteOn(0, 67, 90)},
                                           {1333 + 4001, MidiMessage::noteOff(0, 67)},
                                           {1000 + 9601, MidiMessage::noteOff(0, 64)}};
        const int samples = 24000;
        OfflineAndLive engines(delay);
        TimbreVoiceEngine &offline = engines.offline, &live = engines.live;
        QCOMPARE(live.latencyFrames(), delay);
        QCOMPARE(offline.latencyFrames(), 0);  // offline has nothing to compensate
        QVERIFY(live.latencyBoundSeconds(256) > 0 && live.latencyBoundSeconds(256) < double(delay) / kRate);

        const std::vector<float> reference = play(offline, script, samples, false);
        const std::vector<float> heard = play(live, script, samples + delay, true);
        QCOMPARE(live.lateStarts(), std::int64_t(0));

        // The offline rendering begins at the first note-on (its attack starts from 0).
        const int onset = firstSound(reference);
        QVERIFY2(onset >= 1000 && onset <= 1001, qPrintable(QString::number(onset)));
        QCOMPARE(firstSound(heard), onset + delay);
        const int end = lastSound(reference);
        QVERIFY(end > 1000 + 9601 && end < samples);
        QCOMPARE(lastSound(heard), end + delay);
        // And up to the first release, sample for sample (the same frames, the
        // same oscillators; after a release the frames that follow it are
        // computed anew, in real time a little later than offline).
        double worst = 0;
        for (int i = 0; i < 1333 + 4001; ++i)
            worst = std::max(worst, double(std::abs(heard[std::size_t(i + delay)] - reference[std::size_t(i)])));
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    }

    void aKeyStruckAgainKeepsBothNotes_data()
    {
        QTest::addColumn<bool>("withNoteOff");
        QTest::newRow("note-off and note-on at the same sample") << true;
        QTest::newRow("note-on again without a note-off") << false;
    }

    void aKeyStruckAgainKeepsBothNotes()
    {
        // The same key ends and begins again at sample 5000 (a legato repeat,
        // as MIDI files have it): with the delay, the held note-off must end
        // the first note only, and the second sounds to its own note-off, as
        // offline.
        QFETCH(bool, withNoteOff);
        const int delay = 4800;
        std::vector<Timed> script = {{1000, MidiMessage::noteOn(0, 64, 100)}};
        if (withNoteOff)
            script.push_back({5000, MidiMessage::noteOff(0, 64)});
        script.push_back({5000, MidiMessage::noteOn(0, 64, 100)});
        script.push_back({14000, MidiMessage::noteOff(0, 64)});
        OfflineAndLive engines(delay);
        TimbreVoiceEngine &offline = engines.offline, &live = engines.live;
        const std::vector<float> reference = play(offline, script, 20000, false);
        const std::vector<float> heard = play(live, script, 20000 + delay, true);
        QCOMPARE(live.lateStarts(), std::int64_t(0));
        // The second note's body, well inside it: the same level as offline
        // (a note cut short by the first one's note-off would be silent there).
        auto energy = [](const std::vector<float> &x, int from, int to) {
            double e = 0;
            for (int i = from; i < to; ++i)
                e += double(x[std::size_t(i)]) * x[std::size_t(i)];
            return e / (to - from);
        };
        const double expected = energy(reference, 7000, 13000);
        QVERIFY(expected > 1e-3);
        const double got = energy(heard, 7000 + delay, 13000 + delay);
        QVERIFY2(std::abs(got - expected) < 0.05 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
        QCOMPARE(lastSound(heard), lastSound(reference) + delay);
    }

    void lateFramesStartAtOnceAndAreCounted()
    {
        // Each decode takes 30 ms and the delay is 1 ms: the note starts late
        // (when its frames are here), sounds, and is counted.
        auto model = std::make_shared<AnalyticTimbreModel>();
        model->delay_ms = 30;
        TimbreVoiceEngine live(model, kRate, TimbreVoiceEngine::Mode::RealTime);
        live.setEnvelope(shortEnvelope());
        live.setZ({1.0f, 0.0f});
        live.setStartDelay(48);
        const std::vector<float> heard =
            play(live, {{512, MidiMessage::noteOn(0, 69, 100)}, {512 + 24000, MidiMessage::noteOff(0, 69)}}, 36000, true);
        QCOMPARE(live.lateStarts(), std::int64_t(1));
        const int onset = firstSound(heard);
        QVERIFY2(onset > 512 + 48 && onset < 512 + 24000, qPrintable(QString::number(onset)));
    }

    void delayIsBounded()
    {
        TimbreVoiceEngine live(std::make_shared<AnalyticTimbreModel>(), kRate, TimbreVoiceEngine::Mode::RealTime);
        live.setStartDelay(-5);
        QCOMPARE(live.latencyFrames(), 0);
        live.setStartDelay(10 * kRate);
        QCOMPARE(live.latencyFrames(), kRate);  // at most a second
    }
};

QTEST_GUILESS_MAIN(TestStartDelay)
#include "test_start_delay.moc"
