// ChordVoicer: block chords (bass from E2, tones from G3, struck again each
// bar), arpeggios in eighths, comping (bass on 1 and 3, chords on 2 and 4),
// slash basses, N.C. as silence; the accompaniment track's spans and channel;
// and the chord playback settings as one undo step.

#include "document/ChordVoicer.h"
#include "document/SongDocument.h"

#include <QtTest>

using namespace atelier::core;
using Style = ChordPlayback::Style;

namespace {

QList<int> pitchesAt(const QList<Note> &notes, Tick tick)
{
    QList<int> out;
    for (const Note &n : notes)
        if (n.start == tick)
            out.append(n.pitch);
    std::sort(out.begin(), out.end());
    return out;
}

Song fourFour()
{
    Song s;   // 480 ppq, 4/4: a bar is 1920 ticks
    s.timeSignatures = {{0, 4, 4}};
    return s;
}

} // namespace

class TestChordVoicer : public QObject {
    Q_OBJECT
private slots:
    void blockChordsAreStruckEachBar()
    {
        const Song s = fourFour();
        const QList<Note> am = ChordVoicer::voice(*ChordSymbol::parse("Am"), 0, 3840, Style::Block, s);
        QCOMPARE(am.size(), 8);
        QCOMPARE(pitchesAt(am, 0), (QList<int>{45, 57, 60, 64}));      // A2 | A3 C4 E4
        QCOMPARE(pitchesAt(am, 1920), (QList<int>{45, 57, 60, 64}));
        for (const Note &n : am)
            QCOMPARE(n.length, Tick(1920));
        const QList<Note> ce = ChordVoicer::voice(*ChordSymbol::parse("C/E"), 0, 960, Style::Block, s);
        QCOMPARE(pitchesAt(ce, 0), (QList<int>{40, 55, 60, 64}));      // E2 | G3 C4 E4
        QVERIFY(ChordVoicer::voice(ChordSymbol::noChord(), 0, 1920, Style::Block, s).isEmpty());
        QVERIFY(ChordVoicer::voice(*ChordSymbol::parse("C"), 100, 100, Style::Block, s).isEmpty());
    }

    void arpeggiosRunInEighths()
    {
        const QList<Note> c = ChordVoicer::voice(*ChordSymbol::parse("C"), 0, 1920, Style::Arpeggio, fourFour());
        QCOMPARE(c.size(), 8);
        QList<int> pitches;
        for (const Note &n : c) {
            QCOMPARE(n.length, Tick(240));
            pitches.append(n.pitch);
        }
        QCOMPARE(pitches, (QList<int>{48, 55, 60, 64, 60, 55, 48, 55}));   // C3 G3 C4 E4, down, again
    }

    void compingOnTheBeats()
    {
        const QList<Note> g = ChordVoicer::voice(*ChordSymbol::parse("G7"), 0, 1920, Style::Comp, fourFour());
        QCOMPARE(pitchesAt(g, 0), (QList<int>{43}));               // bass on 1
        QCOMPARE(pitchesAt(g, 480), (QList<int>{55, 59, 62, 65}));  // G3 B3 D4 F4 on 2
        QCOMPARE(pitchesAt(g, 960), (QList<int>{43}));              // bass on 3
        QCOMPARE(pitchesAt(g, 1440).size(), 4);                     // chord on 4
        // A chord that starts off the beat sounds at once.
        const QList<Note> late = ChordVoicer::voice(*ChordSymbol::parse("G"), 600, 1920, Style::Comp, fourFour());
        QCOMPARE(pitchesAt(late, 600), (QList<int>{43}));
    }

    void theAccompanimentTrack()
    {
        Song s = fourFour();
        Track lead;
        lead.channel = 0;
        lead.notes = {{72, 0, 480, 90}, {74, 7000, 480, 90}};
        Track bass;
        bass.channel = 1;
        s.tracks = {lead, bass};
        s.chords = {{0, *ChordSymbol::parse("C")}, {1920, ChordSymbol::noChord()}, {3840, *ChordSymbol::parse("F")}};
        s.chordPlayback.program = 24;
        s.chordPlayback.volume = 0.5;
        const Track t = ChordVoicer::track(s);
        QCOMPARE(t.channel, 2);   // the first channel nobody uses
        QCOMPARE(t.program, 24);
        QCOMPARE(t.volume, 0.5);
        QCOMPARE(pitchesAt(t.notes, 0).size(), 4);
        QVERIFY(pitchesAt(t.notes, 1920).isEmpty());   // N.C.
        // The last chord: to the end of the song (7480), struck again on bars 3 and 4.
        Tick end = 0;
        for (const Note &n : t.notes)
            end = std::max(end, n.end());
        QCOMPARE(end, Tick(7480));
        QCOMPARE(pitchesAt(t.notes, 5760).size(), 4);
        Song full;
        for (int ch = 0; ch < 16; ++ch) {
            Track x;
            x.channel = ch;
            full.tracks.append(x);
        }
        QCOMPARE(ChordVoicer::freeChannel(full), 15);
    }

    void playbackSettingsAreUndoable()
    {
        SongDocument doc;
        ChordPlayback p;
        p.enabled = true;
        QVERIFY(doc.requestSetChordPlayback(p));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Play chords"));
        p.style = Style::Comp;
        QVERIFY(doc.requestSetChordPlayback(p));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change chord sound"));
        QVERIFY(!doc.requestSetChordPlayback(p));   // no change
        p.program = 200;
        QVERIFY(!doc.requestSetChordPlayback(p));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.song().chordPlayback, ChordPlayback{});
        QCOMPARE(ChordPlayback::styleFromName("arpeggio"), std::optional<Style>(Style::Arpeggio));
        QVERIFY(!ChordPlayback::styleFromName("polka"));
    }
};

QTEST_GUILESS_MAIN(TestChordVoicer)
#include "test_chord_voicer.moc"
