// TakeRecorder: played MIDI on the audio clock becomes notes and controller
// events at the song ticks where they were heard: the anchor, tempo, loop
// passes (overdub and replace), notes across a loop wrap, quantize, the
// sustain pedal. Expected ticks are worked out by hand: at 120 bpm and 480
// ppq one second is 960 ticks; at 48 kHz one second is 48,000 frames.

#include "live/TakeRecorder.h"

#include <QtTest>

using namespace atelier::core;

namespace {
constexpr double kRate = 48000;
TimedMidiEvent on(Frame f, int pitch, int velocity = 100) { return {f, MidiMessage::noteOn(0, pitch, velocity)}; }
TimedMidiEvent off(Frame f, int pitch) { return {f, MidiMessage::noteOff(0, pitch)}; }
Frame sec(double s) { return Frame(std::llround(s * kRate)); }
} // namespace

class TestTakeRecorder : public QObject {
    Q_OBJECT
private slots:
    void notesLandAtTheTicksTheyWerePlayed()
    {
        Song song;
        TakeRecorder r(song, kRate, {});
        r.hear(on(10, 50));   // before the anchor (a count-in): ignored
        r.anchor(1000, 0);    // the transport at the song start at frame 1000
        r.hear(on(1000 + sec(0.5), 60, 90));
        r.hear(off(1000 + sec(1.0), 60));
        r.hear(off(1000 + sec(1.1), 61));   // never struck: ignored
        r.finish(1000 + sec(2));
        const QList<Note> notes = r.notes();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0], (Note{60, 480, 480, 90}));
    }

    void anchorMidSongAndTempo()
    {
        Song song;
        song.tempos = {{0, 60.0}};   // 1 s = 480 ticks
        TakeRecorder r(song, kRate, {});
        r.anchor(5000, sec(1.0));    // started from one second in
        r.hear(on(5000 + sec(0.5), 64));
        r.finish(5000 + sec(1.0));   // held to the end
        const QList<Note> notes = r.notes();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].start, Tick(720));
        QCOMPARE(notes[0].length, Tick(240));
    }

    void loopPassesOverdubOrReplace()
    {
        Song song;
        song.loop = {0, 1920, true};   // two seconds
        for (bool replace : {false, true}) {
            RecordOptions o;
            o.replacePasses = replace;
            TakeRecorder r(song, kRate, o);
            r.anchor(0, 0);
            r.hear(on(sec(0.5), 60));
            r.hear(off(sec(1.0), 60));
            r.hear(on(sec(2.5), 62));   // second pass: 0.5 s into the loop again
            r.hear(off(sec(3.0), 62));
            r.finish(sec(3.5));
            QCOMPARE(r.passes(), 2);
            const QList<Note> notes = r.notes();
            if (replace) {
                QCOMPARE(notes.size(), 1);
                QCOMPARE(notes[0], (Note{62, 480, 480, 100}));
            } else {
                QCOMPARE(notes.size(), 2);
                QCOMPARE(notes[0].start, Tick(480));
                QCOMPARE(notes[1].start, Tick(480));
            }
        }
    }

    void aNoteAcrossTheLoopWrapEndsAtTheLoopEnd()
    {
        Song song;
        song.loop = {0, 1920, true};
        TakeRecorder r(song, kRate, {});
        r.anchor(0, 0);
        r.hear(on(sec(1.5), 67));
        r.hear(off(sec(2.25), 67));
        r.finish(sec(3));
        QCOMPARE(r.notes().size(), 1);
        QCOMPARE(r.notes()[0].start, Tick(1440));
        QCOMPARE(r.notes()[0].end(), Tick(1920));
        QCOMPARE(r.tickAt(sec(2.25)), Tick(240));
    }

    void startedAfterTheLoopEndDoesNotWrap()
    {
        Song song;
        song.loop = {0, 960, true};
        TakeRecorder r(song, kRate, {});
        r.anchor(0, sec(2.0));   // the sequencer only loops when it starts before the loop end
        QCOMPARE(r.tickAt(sec(1.0)), Tick(2880));
    }

    void quantizeSnapsStarts()
    {
        Song song;
        RecordOptions o;
        o.quantize = true;
        o.grid = 120;   // 16ths
        TakeRecorder r(song, kRate, o);
        r.anchor(0, 0);
        r.hear(on(sec(130.0 / 960), 60));   // tick 130 -> 120
        r.hear(off(sec(300.0 / 960), 60));
        r.hear(on(sec(190.0 / 960), 62));   // tick 190 -> 240
        r.finish(sec(1));
        const QList<Note> notes = r.notes();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].start, Tick(120));
        QCOMPARE(notes[0].length, Tick(170));   // the length is kept as played
        QCOMPARE(notes[1].start, Tick(240));
    }

    void sustainPedalIsKeptAndReleasedAtTheEnd()
    {
        Song song;
        TakeRecorder r(song, kRate, {});
        r.anchor(0, 0);
        r.hear({sec(0.25), MidiMessage::controlChange(0, 64, 127)});
        r.hear({sec(0.30), MidiMessage::controlChange(0, 1, 80)});   // other controllers are not kept
        r.finish(sec(1.0));
        const QList<ControlChange> cc = r.controls();
        QCOMPARE(cc.size(), 2);
        QCOMPARE(cc[0], (ControlChange{240, 64, 127}));
        QCOMPARE(cc[1], (ControlChange{960, 64, 0}));
        QVERIFY(r.notes().isEmpty());
    }

    void pitchBendIsKeptAndCentredAtTheEnd()
    {
        Song song;
        TakeRecorder r(song, kRate, {});
        r.anchor(0, 0);
        r.hear({sec(0.125), MidiMessage::pitchBend(0, 10000)});   // 120 bpm, 960 ticks/s: tick 120
        r.hear({sec(0.5), MidiMessage::pitchBend(0, 0)});
        r.finish(sec(1.0));
        QCOMPARE(r.controls(), (QList<ControlChange>{{120, ControlChange::kPitchBend, 10000},
                                                     {480, ControlChange::kPitchBend, 0},
                                                     {960, ControlChange::kPitchBend, 8192}}));
        TakeRecorder centred(song, kRate, {});
        centred.anchor(0, 0);
        centred.hear({sec(0.125), MidiMessage::pitchBend(0, 10000)});
        centred.hear({sec(0.25), MidiMessage::pitchBend(0, 8192)});
        centred.finish(sec(1.0));
        QCOMPARE(centred.controls().size(), 2);   // already centred: nothing added
    }
};

QTEST_GUILESS_MAIN(TestTakeRecorder)
#include "test_take_recorder.moc"
