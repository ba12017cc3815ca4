// Following a MIDI clock in the studio (ClockFollowDriver): first with a
// scripted clock input and a sequencer run block by block as the audio
// engine runs it (messages act one callback after their stamp; Start waits
// for the first tick; the song keeps the clock's tick count; a clock that
// stops holds the song; stale input is forgotten when following starts);
// then end to end on a private JACK server: a plain libjack client sends
// Start and a 120 bpm clock into the studio's JACK input, the hub's clock
// tap feeds the driver, and the audio engine's song follows it.
// At 48 kHz and 120 bpm one clock is 1000 frames and one beat 24 clocks.

#include "../app/JackTestClient.h"
#include "ScriptedMidiInput.h"

#include "audio/AudioEngine.h"
#include "audio/MidiInputHub.h"
#include "audio/NullAudioDevice.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Sequencer.h"
#include "live/JackLiveInput.h"
#include "live/JackServer.h"
#include "sync/ClockFollowDriver.h"

#include <QElapsedTimer>
#include <QtTest>
#include <deque>

using namespace atelier::core;

namespace {

constexpr double kRate = 48000.0;
constexpr int kBlock = 256;

struct NullSink : IEventSink {
    void sendMidi(const MidiMessage &) override {}
    void render(float *, float *, int) override {}
};

using ScriptedInput = test::ScriptedMidiInput;

Song longSong(double bpm = 90.0)
{
    Song song;
    Track t;
    for (int b = 0; b < 64; ++b)
        t.notes.append(Note{60, Tick(b) * kDefaultPpq, kDefaultPpq / 2, 100});
    song.tracks.append(t);
    song.tempos.append(TempoChange{0, bpm});   // not the clock's tempo: the clock must win
    return song;
}

// A song on a sequencer, and a driver following a scripted clock.
struct Follow {
    NullSink sink;
    Sequencer seq{sink};
    ScriptedInput in;
    ClockFollowDriver driver{in};
    Follow() { seq.publish(PlaybackSnapshot::build(longSong(), kRate)); }
};

MidiMessage rt(std::uint8_t status) { return MidiMessage{status, 0, 0}; }

// The audio engine's loop for one callback starting at `start`.
void callback(ClockFollowDriver &driver, Sequencer &seq, Frame start)
{
    static float l[kBlock], r[kBlock];
    driver.beginCycle(start, kRate, 0, seq);
    for (int done = 0; done < kBlock;) {
        const int n = std::clamp(driver.drive(seq, done, kBlock - done), 1, kBlock - done);
        seq.process(l + done, r + done, n);
        done += n;
    }
}

} // namespace

class TestClockFollow : public QObject {
    Q_OBJECT
private slots:
    void theSongKeepsTheClocksTickCount()
    {
        Follow f;
        Sequencer &seq = f.seq;
        ScriptedInput &in = f.in;
        ClockFollowDriver &driver = f.driver;
        driver.setFollowing(true);
        QVERIFY(driver.isDriving());
        callback(driver, seq, 0);   // following starts afresh here
        // Start at frame 10000; ticks every 1000 frames from 10500 (120 bpm).
        in.events.push_back({10000, rt(0xFA)});
        for (int i = 0; i < 24 * 8; ++i)
            in.events.push_back({10500 + Frame(i) * 1000, rt(0xF8)});
        Frame now = kBlock;
        // Nothing plays before the first tick has acted (one callback after its stamp).
        for (; now + kBlock <= 10500 + kBlock; now += kBlock)
            callback(driver, seq, now);
        QVERIFY(!seq.playingNow());
        for (; now < 10500 + 2 * kBlock; now += kBlock)
            callback(driver, seq, now);
        QVERIFY(seq.playingNow());
        // After the tick at 10500 + 96000 (clock 96, 4 beats) has acted, the
        // song is at beat 4 (give or take the estimator's line).
        const Frame beat4 = 10500 + 96 * 1000 + kBlock;
        for (; now < beat4; now += kBlock)
            callback(driver, seq, now);
        const double beats = seq.positionTick() / double(kDefaultPpq);
        QVERIFY2(std::abs(beats - 4.0) < 0.05, qPrintable(QString::number(beats)));
        QVERIFY2(std::abs(driver.follower().bpm() - 120.0) < 0.5, qPrintable(QString::number(driver.follower().bpm())));
        QVERIFY(driver.follower().running());

        // The clock stops after tick 191 (beat 8 minus one clock): the song holds there.
        for (; now < 10500 + 400 * 1000; now += kBlock)
            callback(driver, seq, now);
        const double held = seq.positionTick() / double(kDefaultPpq);
        QVERIFY2(held <= 8.0 + 1e-6 && held > 7.9, qPrintable(QString::number(held)));
        QVERIFY(driver.follower().clockLost());

        // Stop stops.
        in.events.push_back({now, rt(0xFC)});
        for (const Frame end = now + 4 * kBlock; now < end; now += kBlock)
            callback(driver, seq, now);
        QVERIFY(!seq.playingNow());
    }

    void followingAgainForgetsStaleInput()
    {
        Follow f;
        Sequencer &seq = f.seq;
        ScriptedInput &in = f.in;
        ClockFollowDriver &driver = f.driver;
        in.events.push_back({0, rt(0xFA)});
        in.events.push_back({500, rt(0xF8)});
        driver.setFollowing(true);   // what was queued before is not acted on
        for (Frame now = 0; now < 20 * kBlock; now += kBlock)
            callback(driver, seq, now);
        QVERIFY(!seq.playingNow());
        QVERIFY(in.events.empty());
    }

    void aStampFarAheadIsNotWaitedFor()
    {
        Follow f;
        Sequencer &seq = f.seq;
        ScriptedInput &in = f.in;
        ClockFollowDriver &driver = f.driver;
        driver.setFollowing(true);
        callback(driver, seq, 0);
        in.events.push_back({Frame(1) << 40, rt(0xFA)});   // a clock jump: act now
        in.events.push_back({1000, rt(0xF8)});
        for (Frame now = kBlock; now < 10 * kBlock; now += kBlock)
            callback(driver, seq, now);
        QVERIFY(seq.playingNow());
    }

    void theStudioFollowsAClockOnJack()
    {
        JackServer server;
        QString error;
        QVERIFY2(server.start(JackServer::uniqueName("atelier-test-follow"), 48000, 128, &error), qPrintable(error));
        JackTestClient daw;
        QVERIFY(daw.open(server.name(), "daw"));

        AudioEngine engine(std::make_unique<NullAudioDevice>());
        AudioSettings settings;
        settings.sampleRate = 48000;
        settings.bufferFrames = 256;
        QVERIFY2(engine.start(settings, &error), qPrintable(error));
        engine.setSong(longSong());
        MidiInputHub hub(engine.clock());
        JackLiveInput jack(engine.clock(), server.name());
        QVERIFY2(jack.start(&error), qPrintable(error));
        QVERIFY2(jack.open(QString::fromUtf8(daw.playName()), &error), qPrintable(error));
        hub.setSource(&jack);
        const std::shared_ptr<MidiInputHub::Tap> clockTap = hub.openTap(MidiInputHub::Kind::Clock);
        const std::shared_ptr<MidiInputHub::Tap> notesTap = hub.openTap();
        ClockFollowDriver driver(*clockTap);
        driver.setFollowing(true);
        engine.setTransportDriver(&driver);
        QTest::qWait(100);

        // Start, then 2 s of clock at 120 bpm (4 beats), a note on the side.
        const jack_nframes_t t0 = daw.now() + 4800;
        daw.send(t0, {0xFA});
        daw.send(t0 + 10, {0x90, 64, 90});
        for (int i = 0; i <= 96; ++i)
            daw.send(t0 + 500 + jack_nframes_t(i) * 1000, {0xF8});
        QElapsedTimer wait;
        wait.start();
        while (!engine.isPlaying() && wait.elapsed() < 5000)
            QTest::qWait(5);
        QVERIFY(engine.isPlaying());
        // Past the last tick: the dummy JACK driver counts frames, and on a loaded machine its
        // cycles run late, so its 2 s take longer on the wall clock.
        QTRY_VERIFY_WITH_TIMEOUT(daw.sentSoFar() == 99, 10000);
        QTest::qWait(200);
        const double beats = double(engine.playhead()) / kDefaultPpq;
        QVERIFY2(std::abs(beats - 4.0) < 0.15, qPrintable(QString::number(beats)));
        // The follower measures the ticks on the engine's clock (the null device's, paced by the
        // wall clock), so its tempo is the one the ticks left at on the wall clock: 120 bpm on
        // an idle machine, a little slower where the dummy driver's cycles ran late.
        const std::vector<JackTestClient::Event> played = daw.sent();
        const double ticksOnTheWall = (played.back().wallFrame - played[2].wallFrame) / 96.0;
        const double bpmPlayed = 60.0 * 48000.0 / (24.0 * ticksOnTheWall);
        QVERIFY2(bpmPlayed > 60.0 && bpmPlayed < 122.0, qPrintable(QString::number(bpmPlayed)));   // 100 seen on 2 busy cores
        QVERIFY2(std::abs(driver.follower().bpm() - bpmPlayed) < 2.5,
                 qPrintable(QStringLiteral("%1 (played %2)").arg(driver.follower().bpm()).arg(bpmPlayed)));
        // The clock went quiet: the song holds (no runaway at the song's 90 bpm).
        QTest::qWait(500);
        QVERIFY2(double(engine.playhead()) / kDefaultPpq <= 4.0 + 1.0 / 24 + 1e-6,
                 qPrintable(QString::number(double(engine.playhead()) / kDefaultPpq)));
        // The note went to the channel tap only; the clock to the clock tap only.
        TimedMidiEvent e;
        int notes = 0, clocks = 0;
        while (notesTap->readInput(e))
            (e.message.status >= 0xF0 ? clocks : notes) += 1;
        QCOMPARE(notes, 1);
        QCOMPARE(clocks, 0);

        // Stop from the DAW stops the song.
        daw.send(daw.now() + 480, {0xFC});
        wait.restart();
        while (engine.isPlaying() && wait.elapsed() < 5000)
            QTest::qWait(5);
        QVERIFY(!engine.isPlaying());

        engine.shutdown();
        engine.setTransportDriver(nullptr);
        hub.setSource(nullptr);
        hub.closeTap(clockTap);
        hub.closeTap(notesTap);
        jack.stop();
        daw.close();
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestClockFollow)
#include "test_clock_follow.moc"
