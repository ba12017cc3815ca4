// DeviceCycleRunner: a cycle (SyncedPlayback) run on an audio device that
// carries no MIDI, its MIDI through ports on the same clock. First by hand,
// with a device the test calls back itself: what the cycle writes leaves
// stamped with its frame plus the device's latency; input reaches the cycle
// one buffer after its stamp, at its offset, and an event for a later cycle
// waits for it. Then end to end on a private JACK server: the silent null
// device runs the song leading with MIDI clock, an RtMidi JACK port sends
// it, and a plain libjack client hears Start, ticks at the song's tempo and
// the notes; and the song follows a clock a libjack client sends.

#include "../audio/ManualAudioDevice.h"
#include "JackBench.h"
#include "ScriptedMidiInput.h"

#include "audio/NullAudioDevice.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/RtMidiScheduledOutput.h"
#include "live/JackLiveInput.h"
#include "live/JackServer.h"
#include "sync/DeviceCycleRunner.h"
#include "sync/SyncedPlayback.h"

#include <QtTest>
#include <vector>

using namespace atelier::core;

namespace {

// Writes one note-on at offset 10 of every cycle and keeps what it was given.
struct EchoCycle : IMidiCycle {
    struct Seen {
        Frame cycleStart;
        int offset;
        std::uint8_t status;
    };
    std::vector<Seen> input;
    std::vector<Frame> starts;
    void processCycle(Frame cycleStart, int frames, const RawMidiEvent *in, int inCount, float *left, float *right,
                      RawMidiBuffer &out) override
    {
        starts.push_back(cycleStart);
        for (int i = 0; i < inCount; ++i)
            input.push_back({cycleStart, in[i].offset, in[i].bytes[0]});
        std::fill(left, left + frames, 0.0f);
        std::fill(right, right + frames, 0.0f);
        out.push(RawMidiEvent::make(10, 0x90, 3, 60, 100));
    }
};

struct RecordingOutput : IMidiOutput {
    std::vector<TimedMidiEvent> scheduled;
    bool schedule(const TimedMidiEvent &e) override
    {
        scheduled.push_back(e);
        return true;
    }
    void cancelScheduled(int) override {}
    std::int64_t lateEvents() const override { return 0; }
};

Song clockSong()
{
    Song song;
    Track t;
    for (int b = 0; b < 32; ++b)
        t.notes.append(Note{60 + b % 12, Tick(b) * kDefaultPpq, kDefaultPpq / 2, 100});
    song.tracks.append(t);
    song.tempos.append(TempoChange{0, 120.0});
    return song;
}

} // namespace

class TestDeviceCycleRunner : public QObject {
    Q_OBJECT
private slots:
    void outputIsStampedAndInputComesOneBufferLater()
    {
        auto owned = std::make_unique<test::ManualAudioDevice>();
        test::ManualAudioDevice *device = owned.get();
        DeviceCycleRunner runner(std::move(owned));
        RecordingOutput out;
        test::ScriptedMidiInput in;
        runner.setMidiOutput(&out);
        runner.setMidiInput(&in);
        EchoCycle cycle;
        QString error;
        QVERIFY(runner.start(AudioSettings{}, &cycle, &error));
        in.events.push_back({100, MidiMessage{0xF8, 0, 0}});    // heard in the cycle at 256, offset 100
        in.events.push_back({300, MidiMessage{0xFA, 0, 0}});    // cycle 512, offset 44
        in.events.push_back({1000, MidiMessage{0xF8, 0, 0}});   // cycle 1024, offset 232
        device->run(256);   // frames 0..255: nothing due yet
        device->run(256);
        device->run(256);
        device->run(256);
        device->run(256);
        const std::vector<Frame> starts{0, 256, 512, 768, 1024};
        QCOMPARE(cycle.starts, starts);
        QCOMPARE(cycle.input.size(), std::size_t(3));
        QCOMPARE(cycle.input[0].cycleStart, Frame(256));
        QCOMPARE(cycle.input[0].offset, 100);
        QCOMPARE(cycle.input[1].cycleStart, Frame(512));
        QCOMPARE(cycle.input[1].offset, 44);
        QCOMPARE(int(cycle.input[1].status), 0xFA);
        QCOMPARE(cycle.input[2].cycleStart, Frame(1024));
        QCOMPARE(cycle.input[2].offset, 232);
        QCOMPARE(out.scheduled.size(), std::size_t(5));
        QCOMPARE(out.scheduled[0].frame, Frame(10 + 512));   // offset 10 plus 512 frames of latency
        QCOMPARE(out.scheduled[4].frame, Frame(1024 + 10 + 512));
        QCOMPARE(int(out.scheduled[4].message.data1), 60);

        // A long device buffer runs as several cycles.
        device->run(DeviceCycleRunner::kMaxCycleFrames + 100);
        QCOMPARE(cycle.starts.back(), Frame(1280 + DeviceCycleRunner::kMaxCycleFrames));
        QCOMPARE(runner.nowFrame() >= Frame(1280 + DeviceCycleRunner::kMaxCycleFrames + 100), true);
        runner.stop();
        QVERIFY(!runner.isRunning());
    }

    void leadsWithMidiClockThroughAJackPort()
    {
        test::JackBench jack;
        QString error;
        QVERIFY2(jack.start(QStringLiteral("atelier-test-runner"), &error), qPrintable(error));
        JackTestClient &listener = jack.client;

        DeviceCycleRunner runner(std::make_unique<NullAudioDevice>());
        RtMidiScheduledOutput out(runner, MidiSystem::Jack);
        QVERIFY2(out.open(QStringLiteral("virtual"), QStringLiteral("Runner out"), &error), qPrintable(error));
        const QList<QByteArray> ports = listener.outputPorts(".*Runner out.*");
        QCOMPARE(ports.size(), 1);
        QVERIFY(listener.connect(ports.first(), listener.hearName()));
        runner.setMidiOutput(&out);
        SyncedPlayback playback(nullptr, 48000, {true, true, false, nullptr});
        playback.sequencer().publish(PlaybackSnapshot::build(clockSong(), 48000));
        QVERIFY2(runner.start(AudioSettings{}, &playback, &error), qPrintable(error));
        playback.requestPlay();
        QTest::qWait(2500);
        playback.requestStop();
        QTest::qWait(200);
        runner.stop();
        out.close();

        std::vector<double> ticks;   // on the wall clock, which the silent device runs on
        int starts = 0, notes = 0, stops = 0;
        for (const JackTestClient::Event &e : listener.heard()) {
            if (e.bytes[0] == 0xF8 && starts > 0 && stops == 0)
                ticks.push_back(e.wallFrame);
            starts += e.bytes[0] == 0xFA;
            stops += e.bytes[0] == 0xFC;
            notes += (e.bytes[0] & 0xF0) == 0x90 && e.bytes[2] > 0;
        }
        listener.close();
        jack.server.stop();
        QCOMPARE(starts, 1);
        QCOMPARE(stops, 1);
        QVERIFY2(notes >= 3, qPrintable(QString::number(notes)));   // a note a beat at 120 bpm
        QVERIFY2(ticks.size() >= 80, qPrintable(QString::number(ticks.size())));   // 48 a second
        // 120 bpm: 1000 frames a tick on average (generous: JACK's cycle is 128 frames).
        const double mean = (ticks.back() - ticks.front()) / double(ticks.size() - 1);
        QVERIFY2(std::abs(mean - 1000.0) < 30.0, qPrintable(QString::number(mean)));
    }

    void followsAClockFromAJackPort()
    {
        test::JackBench jack;
        QString error;
        QVERIFY2(jack.start(QStringLiteral("atelier-test-runner-in"), &error, "leader"), qPrintable(error));
        JackTestClient &leader = jack.client;

        DeviceCycleRunner runner(std::make_unique<NullAudioDevice>());
        JackLiveInput in(runner, jack.server.name());
        QVERIFY2(in.start(&error), qPrintable(error));
        QVERIFY2(in.open(QString::fromUtf8(leader.playName()), &error), qPrintable(error));
        runner.setMidiInput(&in);
        SyncedPlayback playback(nullptr, 48000, {false, false, true, nullptr});
        Song song = clockSong();
        song.tempos.first().bpm = 90.0;   // the clock's tempo must win
        playback.sequencer().publish(PlaybackSnapshot::build(song, 48000));
        QVERIFY2(runner.start(AudioSettings{}, &playback, &error), qPrintable(error));
        QTest::qWait(300);
        const jack_nframes_t start = leader.now() + 4800;
        leader.send(start, {0xFA});
        for (int k = 0; k < 24 * 8; ++k)   // 8 beats at 120 bpm
            leader.send(start + 100 + jack_nframes_t(k) * 1000, {0xF8});
        QTest::qWait(2500);   // 2 s after Start: about beat 4
        const bool playing = playback.isPlaying();
        const double beat = double(playback.playhead()) / kDefaultPpq;
        runner.stop();
        in.stop();
        leader.close();
        jack.server.stop();
        QVERIFY(playing);
        QVERIFY2(beat > 3.0 && beat < 6.0, qPrintable(QString::number(beat)));
        QVERIFY2(playback.follower() && std::abs(playback.follower()->bpm() - 120.0) < 3.0,
                 qPrintable(QString::number(playback.follower() ? playback.follower()->bpm() : 0.0)));
    }
};

QTEST_GUILESS_MAIN(TestDeviceCycleRunner)
#include "test_device_cycle_runner.moc"
