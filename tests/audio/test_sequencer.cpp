// Sequencer, snapshot, FIFO and engine tests. The sequencer is driven
// directly with a recording IEventSink that notes the frame (samples rendered
// so far) at which each MIDI message arrives, so timing is checked exactly.

#include "audio/AudioEngine.h"
#include "audio/MidiOutput.h"
#include "audio/NullAudioDevice.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/RtAudioDevice.h"
#include "audio/Sequencer.h"
#include "audio/SpscQueue.h"
#include "RecordingSink.h"

#include <QtTest>
#include <tuple>
#include <algorithm>
#include <set>
#include <thread>

using namespace atelier::core;
using namespace atelier::core::test;

namespace {

constexpr double kRate = 48000.0;

Track track(int channel, std::initializer_list<Note> notes)
{
    Track t;
    t.name = QStringLiteral("t%1").arg(channel);
    t.channel = channel;
    t.notes = notes;
    return t;
}

std::set<int> channelsOf(const PlaybackSnapshot &s)
{
    std::set<int> channels;
    for (const PlaybackEvent &e : s.events())
        channels.insert(e.message.channel());
    return channels;
}

} // namespace

class TestSequencer : public QObject {
    Q_OBJECT
private slots:
    void spscQueueFifo()
    {
        SpscQueue<int, 4> q;
        int v = -1;
        QVERIFY(q.empty());
        QVERIFY(!q.pop(v));
        QCOMPARE(v, -1);
        for (int i = 0; i < 4; ++i)
            QVERIFY(q.push(i));
        QVERIFY(!q.push(99));  // full
        QCOMPARE(q.size(), std::size_t(4));
        QCOMPARE(q.freeSpace(), std::size_t(0));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(q.pop(v));
            QCOMPARE(v, i);
        }
        QVERIFY(!q.pop(v));
        for (int i = 0; i < 1000; ++i) {  // wrap around many times
            QVERIFY(q.push(i));
            QVERIFY(q.push(i + 1));
            QVERIFY(q.pop(v));
            QCOMPARE(v, i);
            QVERIFY(q.pop(v));
            QCOMPARE(v, i + 1);
        }
    }

    void spscQueueTwoThreads()
    {
        SpscQueue<int, 64> q;
        constexpr int kCount = 200000;
        std::thread producer([&q] {
            for (int i = 0; i < kCount;)
                if (q.push(i))
                    ++i;
        });
        int expected = 0;
        bool inOrder = true;
        while (expected < kCount) {
            int v;
            if (q.pop(v)) {
                inOrder = inOrder && v == expected;
                ++expected;
            }
        }
        producer.join();
        QVERIFY(inOrder);
        QVERIFY(q.empty());
    }

    void eventsLandAtExactSample_data()
    {
        QTest::addColumn<int>("block");
        QTest::newRow("256") << 256;
        QTest::newRow("100") << 100;
        QTest::newRow("4096") << 4096;
    }
    void eventsLandAtExactSample()
    {
        QFETCH(int, block);
        Song song;
        song.tempos = {{0, 120.0}, {1920, 60.0}};
        song.tracks = {track(0, {{60, 480, 240, 100}, {64, 2400, 480, 90}})};
        RecordingSink sink;
        Sequencer seq(sink);
        seq.publish(PlaybackSnapshot::build(song, kRate));
        seq.play();
        run(seq, 200000, block);
        const auto ons = sink.ons();
        const auto offs = sink.offs();
        QCOMPARE(ons.size(), std::size_t(2));
        QCOMPARE(offs.size(), std::size_t(2));
        QCOMPARE(ons[0].frame, std::int64_t(24000));   // tick 480 at 120 bpm
        QCOMPARE(offs[0].frame, std::int64_t(36000));  // tick 720
        QCOMPARE(ons[1].frame, std::int64_t(144000));  // 2 s + 480 ticks at 60 bpm
        QCOMPARE(offs[1].frame, std::int64_t(192000));
        QCOMPARE(int(ons[1].message.data2), 90);
        // program and volume are set up at the start
        QVERIFY(sink.events.size() >= 2);
        QCOMPARE(sink.events[0].frame, std::int64_t(0));
        QCOMPARE(sink.events[0].message.type(), int(MidiMessage::kProgramChange));
        QVERIFY(sink.events[1].message.isController(MidiMessage::kCcVolume));
        QVERIFY(!seq.isPlaying());  // stopped at the song end
    }

    void playheadReportsTicks()
    {
        Song song;
        song.tracks = {track(0, {{60, 0, 4 * 480, 100}})};
        RecordingSink sink;
        Sequencer seq(sink);
        seq.publish(PlaybackSnapshot::build(song, kRate));
        seq.locate(240);
        run(seq, 256);
        QCOMPARE(seq.playheadTick(), Tick(240));
        QVERIFY(!seq.isPlaying());
        seq.play();
        run(seq, 24000);  // 0.5 s = 480 ticks at 120 bpm
        QCOMPARE(seq.playheadTick(), Tick(720));
        QVERIFY(seq.isPlaying());
        QVERIFY(sink.ons().empty());  // a note that began before the locate is not re-struck
    }

    void loopWrapsAndReleasesNotes()
    {
        Song song;
        song.tracks = {track(0, {{60, 0, 3840, 100}, {67, 960, 240, 100}})};
        song.loop = {0, 1920, true};  // 2 s
        RecordingSink sink;
        Sequencer seq(sink);
        seq.publish(PlaybackSnapshot::build(song, kRate));
        seq.play();
        run(seq, 2 * 96000 + 1000, 300);
        const auto ons60 = sink.ons(60);
        const auto offs60 = sink.offs(60);
        QCOMPARE(ons60.size(), std::size_t(3));
        QCOMPARE(ons60[1].frame, std::int64_t(96000));
        QCOMPARE(ons60[2].frame, std::int64_t(192000));
        QCOMPARE(offs60.size(), std::size_t(2));  // released at each wrap
        QCOMPARE(offs60[0].frame, std::int64_t(96000));
        QCOMPARE(sink.ons(67).size(), std::size_t(2));
        QCOMPARE(sink.offs(67).size(), std::size_t(2));
        QVERIFY(seq.isPlaying());
        QVERIFY(seq.playheadTick() < 1920);
        // at the wrap the release comes before the new note-on
        auto firstAtWrap = std::find_if(sink.events.begin(), sink.events.end(),
                                        [](const Recorded &r) { return r.frame == 96000 && r.message.data1 == 60; });
        QVERIFY(firstAtWrap != sink.events.end() && firstAtWrap->message.isNoteOff());
    }

    void stopAndLocateSendNoteOffs()
    {
        Song song;
        song.tracks = {track(0, {{60, 0, 3840, 100}}), track(1, {{40, 0, 3840, 100}})};
        RecordingSink sink;
        Sequencer seq(sink);
        seq.publish(PlaybackSnapshot::build(song, kRate));
        seq.play();
        run(seq, 10000);
        QCOMPARE(sink.ons().size(), std::size_t(2));
        seq.stop();
        run(seq, 256);
        QCOMPARE(sink.offs().size(), std::size_t(2));
        QCOMPARE(sink.offs()[0].frame, std::int64_t(10000));
        QVERIFY(!seq.isPlaying());
        run(seq, 100000);
        QCOMPARE(sink.offs().size(), std::size_t(2));  // no duplicate offs later

        seq.locate(0);
        seq.play();
        run(seq, 5000);
        QCOMPARE(sink.ons().size(), std::size_t(4));
        seq.locate(100);
        run(seq, 256);
        QCOMPARE(sink.offs().size(), std::size_t(4));
    }

    void controllersAreChasedAndSustainReleased()
    {
        Song song;
        Track t = track(2, {{60, 0, 3840, 100}});
        t.controls = {{0, 64, 127}, {0, 10, 20}, {960, 10, 100}};
        song.tracks = {t};
        RecordingSink sink;
        Sequencer seq(sink);
        seq.publish(PlaybackSnapshot::build(song, kRate));
        seq.locate(1920);
        seq.play();
        run(seq, 256);
        auto lastValue = [&sink](int cc) {
            int v = -1;
            for (const Recorded &r : sink.events)
                if (r.message.isController(cc))
                    v = r.message.data2;
            return v;
        };
        QCOMPARE(lastValue(64), 127);
        QCOMPARE(lastValue(10), 100);
        seq.stop();
        run(seq, 256);
        QCOMPARE(lastValue(64), 0);  // pedal released on stop
    }

    void pitchBendIsPlayedChasedAndCentredOnStop()
    {
        Song song;
        Track t = track(2, {{60, 0, 3840, 100}});
        t.controls = {{480, ControlChange::kPitchBend, 12288}, {1440, ControlChange::kPitchBend, 4096}};
        song.tracks = {t};
        RecordingSink sink;
        Sequencer seq(sink);
        seq.publish(PlaybackSnapshot::build(song, kRate));
        auto bends = [&sink] {
            std::vector<int> v;
            for (const Recorded &r : sink.events)
                if (r.message.type() == 0xE0 && r.message.channel() == 2)
                    v.push_back(r.message.data1 | (r.message.data2 << 7));
            return v;
        };
        seq.locate(960);   // after the first bend: it is chased
        seq.play();
        run(seq, 256);
        QCOMPARE(bends(), (std::vector<int>{12288}));
        run(seq, 48000);   // 120 bpm, 480 ppq: tick 1440 is 0.5 s after 960
        QCOMPARE(bends(), (std::vector<int>{12288, 4096}));
        seq.stop();
        run(seq, 256);
        QCOMPARE(bends(), (std::vector<int>{12288, 4096, 8192}));   // back to the centre
        sink.events.clear();
        seq.locate(0);     // before any bend, the channel was left centred: nothing to send
        seq.play();
        run(seq, 256);
        QVERIFY(bends().empty());
    }

    // The snapshot's indices that keep the audio thread's work small on a
    // locate: the chased controllers and the notes still sounding.
    void snapshotChasesEachControllerAndFindsCoveringNotes()
    {
        Song song;
        Track a = track(0, {{60, 0, 9600, 100}, {60, 480, 240, 100}, {64, 960, 480, 100}});   // 60 held long, and again short
        for (int k = 0; k < 200; ++k)   // CC 1 every 10 ticks, value k % 128
            a.controls.append({Tick(k) * 10, 1, k % 128});
        a.controls.append({1000, 7, 55});
        a.controls.append({1500, ControlChange::kPitchBend, 10000});
        Track b = track(3, {{48, 0, 480, 100}});
        b.controls = {{100, 1, 99}, {3000, 1, 11}};
        song.tracks = {a, b};
        const auto snap = PlaybackSnapshot::build(song, kRate);
        const auto chased = [&](Tick tick, bool bends) {
            std::vector<std::tuple<int, int, int>> v;   // channel, controller (or 128), value
            snap->forEachChasedControl(snap->firstEventAtOrAfter(snap->sampleAtTick(tick)), bends,
                                       [&](const PlaybackEvent &e) {
                                           v.emplace_back(e.message.channel(), bends ? 128 : e.message.data1,
                                                          bends ? e.message.pitchBendValue() : e.message.data2);
                                       });
            std::sort(v.begin(), v.end());
            return v;
        };
        using V = std::vector<std::tuple<int, int, int>>;
        QCOMPARE(chased(0, false), V{});   // nothing before the first event
        // Tick 1005: CC 1 was last set at tick 1000 (k = 100), CC 7 at 1000; channel 3's CC 1 at 100.
        QCOMPARE(chased(1005, false), (V{{0, 1, 100}, {0, 7, 55}, {3, 1, 99}}));
        QCOMPARE(chased(1005, true), V{});
        QCOMPARE(chased(5000, false), (V{{0, 1, 199 % 128}, {0, 7, 55}, {3, 1, 11}}));
        QCOMPARE(chased(5000, true), (V{{0, 128, 10000}}));

        const auto at = [&](Tick t) { return snap->sampleAtTick(t); };
        QVERIFY(snap->hasNoteCovering(-1, 0, 60, at(600)));     // the short 60 ended: the long one still sounds
        QVERIFY(snap->hasNoteCovering(-1, 0, 60, at(9000)));
        QVERIFY(!snap->hasNoteCovering(-1, 0, 60, at(9601)));
        QVERIFY(snap->hasNoteCovering(-1, 0, 64, at(1200)));
        QVERIFY(!snap->hasNoteCovering(-1, 0, 64, at(1441)));
        QVERIFY(!snap->hasNoteCovering(-1, 0, 64, at(960)));    // starts there: not before it
        QVERIFY(!snap->hasNoteCovering(-1, 1, 60, at(600)));    // another channel
        QVERIFY(snap->hasNoteCovering(PlaybackSnapshot::kAnyPort, 3, 48, at(100)));
        QVERIFY(!snap->hasNoteCovering(0, 3, 48, at(100)));     // not on port 0
    }

    // The chord lane sounds as one more track when it plays: its channel,
    // its program, its notes; not while a track is soloed; and a song of
    // chords alone lasts as long as they do.
    void chordsPlayAsATrack()
    {
        Song song;
        song.tracks = {track(0, {{72, 0, 480, 100}})};
        song.chords = {{0, *ChordSymbol::parse("Am")}, {1920, *ChordSymbol::parse("F")}};
        auto channelOns = [](const PlaybackSnapshot &s, int ch) {
            int n = 0;
            for (const PlaybackEvent &e : s.events())
                n += e.message.isNoteOn() && e.message.channel() == ch ? 1 : 0;
            return n;
        };
        QCOMPARE(channelOns(*PlaybackSnapshot::build(song, kRate), 1), 0);   // silent until asked
        song.chordPlayback.enabled = true;
        song.chordPlayback.program = 24;
        const auto s = PlaybackSnapshot::build(song, kRate);
        QCOMPARE(channelOns(*s, 1), 8);   // two block chords of four notes on channel 1
        bool program = false;
        for (const PlaybackEvent &e : s->setupEvents())
            program |= e.message.type() == MidiMessage::kProgramChange && e.message.channel() == 1 && e.message.data1 == 24;
        QVERIFY(program);
        QCOMPARE(s->endTick(), Tick(3840));   // the F rings to the end of its bar
        song.tracks[0].solo = true;
        QCOMPARE(channelOns(*PlaybackSnapshot::build(song, kRate), 1), 0);
        Song chordsOnly;
        chordsOnly.chords = song.chords;
        chordsOnly.chordPlayback = song.chordPlayback;
        QCOMPARE(PlaybackSnapshot::build(chordsOnly, kRate)->endTick(), Tick(3840));
    }

    void soloAndMuteResolution()
    {
        Song song;
        song.tracks = {track(0, {{60, 0, 480, 100}}), track(1, {{62, 0, 480, 100}}),
                       track(2, {{64, 0, 480, 100}})};
        QCOMPARE(channelsOf(*PlaybackSnapshot::build(song, kRate)), (std::set<int>{0, 1, 2}));
        song.tracks[1].mute = true;
        QCOMPARE(channelsOf(*PlaybackSnapshot::build(song, kRate)), (std::set<int>{0, 2}));
        song.tracks[1].mute = false;
        song.tracks[2].solo = true;
        QCOMPARE(channelsOf(*PlaybackSnapshot::build(song, kRate)), (std::set<int>{2}));
        song.tracks[0].solo = true;
        QCOMPARE(channelsOf(*PlaybackSnapshot::build(song, kRate)), (std::set<int>{0, 2}));
        song.tracks[0].mute = true;  // muted never sounds, even soloed
        QCOMPARE(channelsOf(*PlaybackSnapshot::build(song, kRate)), (std::set<int>{2}));
        const auto s = PlaybackSnapshot::build(song, kRate);
        QCOMPARE(s->setupEvents().size(), std::size_t(2));  // program + volume of track 2 only
        QCOMPARE(s->end_samples(), std::int64_t(24000));    // the end does not depend on mute
    }

    void snapshotSwapReleasesRemovedNotes()
    {
        Song song;
        song.tracks = {track(0, {{60, 0, 3840, 100}, {64, 0, 3840, 100}})};
        RecordingSink sink;
        Sequencer seq(sink);
        seq.publish(PlaybackSnapshot::build(song, kRate));
        seq.play();
        run(seq, 10000);
        QCOMPARE(sink.ons().size(), std::size_t(2));
        song.tracks[0].notes.removeLast();
        seq.publish(PlaybackSnapshot::build(song, kRate));
        run(seq, 256);
        QCOMPARE(sink.offs(64).size(), std::size_t(1));
        QCOMPARE(sink.offs(64)[0].frame, std::int64_t(10000));
        QVERIFY(sink.offs(60).empty());   // still in the song: keeps sounding
        QCOMPARE(sink.ons().size(), std::size_t(2));  // nothing re-struck
        QCOMPARE(seq.collectGarbage(), 1);  // the old snapshot came back to this thread

        // Muting the track mid-play releases its notes too.
        song.tracks[0].mute = true;
        seq.publish(PlaybackSnapshot::build(song, kRate));
        run(seq, 256);
        QCOMPARE(sink.offs(60).size(), std::size_t(1));

        // A tempo change keeps the musical position.
        song.tracks[0].mute = false;
        const Tick before = seq.playheadTick();
        song.tempos = {{0, 60.0}};
        seq.publish(PlaybackSnapshot::build(song, kRate));
        run(seq, 1);
        QVERIFY(qAbs(seq.playheadTick() - before) <= 1);
    }

    void unpickedSnapshotIsFreedByPublisher()
    {
        Song song;
        song.tracks = {track(0, {{60, 0, 480, 100}})};
        RecordingSink sink;
        Sequencer seq(sink);
        for (int i = 0; i < 10; ++i)
            seq.publish(PlaybackSnapshot::build(song, kRate));  // replaced before the audio side looks
        run(seq, 256);
        QCOMPARE(seq.collectGarbage(), 0);
    }

    // Play posted right after a new snapshot plays that snapshot, whenever
    // the audio thread happens to be between taking snapshots and reading
    // messages. (Recording publishes a longer song, then plays: the empty
    // song it replaced used to stop the transport at once, now and then.)
    void playAfterPublishPlaysTheNewSnapshot()
    {
        Song empty;
        Song longer;
        longer.tracks = {track(0, {{60, 0, 480 * 400, 100}})};
        RecordingSink sink;
        Sequencer seq(sink);
        std::atomic<bool> done{false};
        std::thread audio([&] {
            std::vector<float> l(8), r(8);
            while (!done.load(std::memory_order_relaxed))
                seq.process(l.data(), r.data(), 8);
        });
        int failures = 0;
        constexpr int kRounds = 3000;
        for (int i = 0; i < kRounds; ++i) {
            seq.publish(PlaybackSnapshot::build(empty, kRate));
            std::this_thread::sleep_for(std::chrono::microseconds(20 + i % 37));
            seq.publish(PlaybackSnapshot::build(longer, kRate));
            seq.play();
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
            while (!seq.isPlaying() && std::chrono::steady_clock::now() < deadline)
                std::this_thread::yield();
            if (!seq.isPlaying())
                ++failures;
            seq.stop();
            seq.locate(0);
            while (seq.isPlaying() && std::chrono::steady_clock::now() < deadline + std::chrono::seconds(2))
                std::this_thread::yield();
            seq.collectGarbage();
        }
        done = true;
        audio.join();
        seq.collectGarbage();
        QCOMPARE(failures, 0);
    }

    void midiPortTracksGoToTheMidiQueue()
    {
        Song song;
        Track ext = track(3, {{50, 0, 480, 100}});
        ext.midiOutPort = QStringLiteral("Some Synth:0");
        song.tracks = {track(0, {{60, 0, 480, 100}}), ext};
        const auto snap = PlaybackSnapshot::build(song, kRate, {QStringLiteral("Other")});
        QCOMPARE(snap->midiPorts(), (QStringList{QStringLiteral("Other"), QStringLiteral("Some Synth:0")}));

        auto queue = std::make_unique<MidiOutQueue>();
        RecordingSink sink;
        Sequencer seq(sink, queue.get());
        seq.publish(PlaybackSnapshot::build(song, kRate, {QStringLiteral("Other")}));
        seq.play();
        run(seq, 30000);
        QCOMPARE(sink.ons().size(), std::size_t(1));
        QCOMPARE(int(sink.ons()[0].message.data1), 60);
        int ons = 0, offs = 0;
        MidiOutEvent e;
        while (queue->pop(e)) {
            QCOMPARE(e.port, 1);
            ons += e.message.isNoteOn();
            offs += e.message.isNoteOff();
        }
        QCOMPARE(ons, 1);
        QCOMPARE(offs, 1);

        // Offline (no queue): the internal synth plays it.
        RecordingSink offline;
        Sequencer seq2(offline);
        seq2.publish(PlaybackSnapshot::build(song, kRate));
        seq2.play();
        run(seq2, 30000);
        QCOMPARE(offline.ons().size(), std::size_t(2));
    }

    void previewNotes()
    {
        RecordingSink sink;
        Sequencer seq(sink);
        seq.previewNoteOn(3, 40, 62, 90);  // works without any snapshot
        run(seq, 64);
        QCOMPARE(sink.events.size(), std::size_t(2));
        QCOMPARE(sink.events[0].message, MidiMessage::programChange(3, 40));
        QCOMPARE(sink.events[1].message, MidiMessage::noteOn(3, 62, 90));
        seq.previewNoteOff(3, 62);
        seq.previewNoteOff(3, 62);  // second one is ignored
        run(seq, 64);
        QCOMPARE(sink.offs().size(), std::size_t(1));
        seq.previewNoteOn(0, 0, 70, 100);
        seq.stop();
        run(seq, 64);
        QCOMPARE(sink.offs(70).size(), std::size_t(1));
    }

    void engineWithNullDevicePlays()
    {
        AudioEngine engine(std::make_unique<NullAudioDevice>());
        Song song;
        song.tracks = {track(0, {{60, 0, 4 * 480, 100}})};
        engine.setSong(song);
        AudioSettings settings;
        settings.sampleRate = 48000;
        settings.bufferFrames = 256;
        QString error;
        QVERIFY2(engine.start(settings, &error), qPrintable(error));
        QVERIFY(engine.isRunning());
        QVERIFY2(engine.statusText().startsWith(QStringLiteral("Audio: ")), qPrintable(engine.statusText()));
        QVERIFY(engine.statusText().contains(QStringLiteral("silent")));
        QVERIFY(engine.outputLatencySeconds() > 0.0);
        engine.play();
        QTRY_VERIFY_WITH_TIMEOUT(engine.playhead() > 0, 500);
        QVERIFY(engine.isPlaying());
        engine.previewNoteOn(0, 0, 72, 100);
        engine.previewNoteOff(0, 72);
        engine.setSong(song);  // republish while playing
        engine.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isPlaying(), 500);
        const Tick stoppedAt = engine.playhead();
        engine.locate(480);
        QTRY_COMPARE_WITH_TIMEOUT(engine.playhead(), Tick(480), 500);
        QVERIFY(stoppedAt > 0);
        engine.shutdown();
        QVERIFY(!engine.isRunning());
        QCOMPARE(engine.playhead(), Tick(480));
    }

    void engineWithoutDeviceIsSafe()
    {
        AudioEngine engine(nullptr);
        QString error;
        QVERIFY(!engine.start(AudioSettings{}, &error));
        QVERIFY(!error.isEmpty());
        engine.setSong(Song{});
        engine.play();
        engine.previewNoteOn(0, 0, 60, 100);
        engine.previewNoteOff(0, 60);
        engine.allNotesOff();
        engine.locate(960);
        engine.stop();
        QVERIFY(!engine.isPlaying());
        QCOMPARE(engine.playhead(), Tick(960));
        QCOMPARE(engine.outputLatencySeconds(), 0.0);
        QVERIFY(engine.statusText().startsWith(QStringLiteral("No audio device: playback is off (")));
    }

    void rtAudioDeviceFailsCleanlyOrWorks()
    {
        AudioEngine engine(std::make_unique<RtAudioDevice>());
        QString error;
        const bool ok = engine.start(AudioSettings{}, &error);
        QVERIFY2(ok || !error.isEmpty(), "start() failed without saying why");
        QVERIFY(!engine.statusText().isEmpty());
        qInfo() << "RtAudio:" << engine.statusText();
        engine.play();
        engine.stop();
        engine.shutdown();
        const QList<AudioDeviceInfo> devices = RtAudioDevice::outputDevices();  // must not throw
        qInfo() << "output devices:" << devices.size() << "MIDI ports:" << MidiOutput::portNames();
    }
};

QTEST_GUILESS_MAIN(TestSequencer)
#include "test_sequencer.moc"
