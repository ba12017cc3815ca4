// TrackThru: the studio's MIDI input plays the song's tracks by channel,
// through the real hub and the real live output (LiveEventMerger, which is
// also the clock), rendered block by block into a recording sink: the
// track's program is set before its first note, a channel no track uses
// plays the selected track, the keyboard's program changes and clock bytes
// are not played, and turning it off or changing a held channel's program
// ends the held notes.

#include "../audio/RecordingSink.h"

#include "audio/LiveEventMerger.h"
#include "audio/MidiInputHub.h"
#include "live/TrackThru.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace atelier::core;
using atelier::core::test::RecordingSink;

namespace {

Song twoTracks()
{
    Song song;
    Track piano;
    piano.channel = 0;
    piano.program = 0;
    Track strings;
    strings.channel = 3;
    strings.program = 48;
    song.tracks = {piano, strings};
    return song;
}

struct Rig {
    RecordingSink sink;
    LiveEventMerger merger;
    MidiInputHub hub{merger};
    TrackThru thru{hub, merger, merger};
    Rig()
    {
        merger.setDownstream(&sink);
        merger.setFormat(48000.0, 256);
    }
    // Posts, waits for the hub to pass it on, renders until it is out.
    void play(const MidiMessage &m)
    {
        hub.post(m);
        QElapsedTimer t;
        t.start();
        std::vector<float> l(256), r(256);
        while (t.elapsed() < 200) {
            QTest::qWait(2);
            merger.render(l.data(), r.data(), 256);
        }
    }
    std::vector<MidiMessage> heard() const
    {
        std::vector<MidiMessage> out;
        for (const auto &e : sink.events)
            out.push_back(e.message);
        return out;
    }
};

} // namespace

class TestTrackThru : public QObject {
    Q_OBJECT
private slots:
    void aChannelPlaysItsTracksProgram()
    {
        Rig rig;
        rig.thru.setSong(twoTracks());
        rig.thru.setActive(true);
        rig.play(MidiMessage::noteOn(3, 64, 90));
        rig.play(MidiMessage::noteOff(3, 64));
        const std::vector<MidiMessage> expected{MidiMessage::programChange(3, 48), MidiMessage::noteOn(3, 64, 90),
                                                MidiMessage::noteOff(3, 64)};
        QCOMPARE(rig.heard(), expected);
        // The program is sent once, not before every note.
        rig.play(MidiMessage::noteOn(3, 65, 90));
        QCOMPARE(rig.heard().back(), MidiMessage::noteOn(3, 65, 90));
        QCOMPARE(rig.heard().size(), std::size_t(4));
    }

    void aChannelWithoutATrackPlaysTheSelectedOne()
    {
        Rig rig;
        rig.thru.setSong(twoTracks());
        rig.thru.setActive(true);
        rig.play(MidiMessage::noteOn(7, 60, 80));   // no track on channel 8, none selected: nothing
        QVERIFY(rig.heard().empty());
        rig.thru.setFallbackTrack(1);
        QCOMPARE(rig.thru.outputChannel(7), 3);
        QCOMPARE(rig.thru.outputChannel(0), 0);
        rig.play(MidiMessage::noteOn(7, 60, 80));
        const std::vector<MidiMessage> expected{MidiMessage::programChange(3, 48), MidiMessage::noteOn(3, 60, 80)};
        QCOMPARE(rig.heard(), expected);
    }

    void programChangesAndClockAreNotPlayed()
    {
        Rig rig;
        rig.thru.setSong(twoTracks());
        rig.thru.setActive(true);
        rig.play(MidiMessage::programChange(0, 30));
        rig.play(MidiMessage{0xF8, 0, 0});
        QVERIFY(rig.heard().empty());
        rig.play(MidiMessage::controlChange(0, MidiMessage::kCcSustain, 127));
        QCOMPARE(rig.heard(), std::vector<MidiMessage>{MidiMessage::controlChange(0, MidiMessage::kCcSustain, 127)});
    }

    void turningOffEndsHeldNotesAndStopsListening()
    {
        Rig rig;
        rig.thru.setSong(twoTracks());
        rig.thru.setActive(true);
        rig.play(MidiMessage::noteOn(0, 60, 100));
        rig.thru.setActive(false);
        QVERIFY(!rig.thru.isActive());
        rig.play(MidiMessage::noteOn(0, 62, 100));   // not listening any more
        const std::vector<MidiMessage> expected{
            MidiMessage::programChange(0, 0), MidiMessage::noteOn(0, 60, 100), MidiMessage::noteOff(0, 60),
            MidiMessage::controlChange(0, MidiMessage::kCcSustain, 0)};
        QCOMPARE(rig.heard(), expected);
    }

    void anotherProgramOnAHeldChannelEndsItsNotes()
    {
        Rig rig;
        rig.thru.setSong(twoTracks());
        rig.thru.setActive(true);
        rig.play(MidiMessage::noteOn(3, 60, 100));
        Song changed = twoTracks();
        changed.tracks[1].program = 73;   // the strings become a flute
        rig.thru.setSong(changed);
        QVERIFY(rig.thru.isActive());
        rig.play(MidiMessage::noteOn(3, 67, 100));
        const std::vector<MidiMessage> expected{
            MidiMessage::programChange(3, 48), MidiMessage::noteOn(3, 60, 100), MidiMessage::noteOff(3, 60),
            MidiMessage::controlChange(3, MidiMessage::kCcSustain, 0), MidiMessage::programChange(3, 73),
            MidiMessage::noteOn(3, 67, 100)};
        QCOMPARE(rig.heard(), expected);
    }
};

QTEST_GUILESS_MAIN(TestTrackThru)
#include "test_track_thru.moc"
