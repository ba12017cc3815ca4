// ChordRecognizer: block chords of every quality and root, inversions as
// slash chords, arpeggios, a triad rather than a seventh that is not played;
// a song's accompaniment to one chord per bar (two where the halves differ,
// none repeated); and the Nottingham accompaniments, which were voiced from
// chord symbols: the chords found cover their notes.

#include "midi/SmfReader.h"
#include "midi/SongConverter.h"
#include "music/ChordRecognizer.h"

#include <QDir>
#include <QtTest>

using namespace atelier::core;
using Q = ChordSymbol::Quality;

namespace {

QList<Note> block(const QList<int> &pitches, Tick start, Tick length)
{
    QList<Note> out;
    for (int p : pitches)
        out.append(Note{p, start, length, 80});
    return out;
}

// Root position from `bass`: the chord's pitch classes stacked upwards.
QList<int> voiced(const ChordSymbol &c, int bass)
{
    QList<int> pitches{bass};
    for (int pc : c.pitchClasses().mid(1)) {
        int p = pitches.last() + 1;
        while (((p % 12) + 12) % 12 != pc)
            ++p;
        pitches.append(p);
    }
    return pitches;
}

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}

} // namespace

class TestChordRecognizer : public QObject {
    Q_OBJECT
private slots:
    void everyQualityAndRoot()
    {
        for (Q q : ChordSymbol::qualities())
            for (int root = 0; root < 12; ++root) {
                const ChordSymbol c{root, q, -1};
                const ChordSymbol got = ChordRecognizer::recognize(block(voiced(c, 48 + root), 0, 960));
                // Sus2 and sus4 share their notes (Csus2 = Gsus4): either reading is right.
                if (q == Q::Sus2 && got == ChordSymbol{(root + 7) % 12, Q::Sus4, -1})
                    continue;
                QVERIFY2(got == c, qPrintable(QStringLiteral("%1 heard as %2").arg(c.toString(), got.toString())));
            }
    }

    void inversionsArpeggiosAndSevenths()
    {
        // C major, E in the bass: C/E.
        QCOMPARE(ChordRecognizer::recognize(block({52, 55, 60}, 0, 960)).toString(), QStringLiteral("C/E"));
        // An arpeggio over a bar.
        QList<Note> arpeggio;
        const int notes[] = {45, 52, 57, 60, 64, 60, 57, 52};
        for (int i = 0; i < 8; ++i)
            arpeggio.append(Note{notes[i], Tick(i) * 240, 240, 80});
        QCOMPARE(ChordRecognizer::recognize(arpeggio).toString(), QStringLiteral("Am"));
        // G without F: a triad, not G7; with F: G7.
        QCOMPARE(ChordRecognizer::recognize(block({43, 47, 50, 55}, 0, 960)).toString(), QStringLiteral("G"));
        QCOMPARE(ChordRecognizer::recognize(block({43, 47, 50, 53}, 0, 960)).toString(), QStringLiteral("G7"));
        QVERIFY(ChordRecognizer::recognize({}).isNoChord());
        QCOMPARE(ChordRecognizer::coverage(block({43, 47, 50, 53}, 0, 960), *ChordSymbol::parse("G")), 0.75);
    }

    void oneChordPerBarOrHalfBar()
    {
        Song song;   // 4/4, 480 ppq: a bar is 1920 ticks
        Track acc{"Chords"};
        acc.notes += block(voiced(*ChordSymbol::parse("Am"), 45), 0, 1920);
        acc.notes += block(voiced(*ChordSymbol::parse("F"), 41), 1920, 1920);
        acc.notes += block(voiced(*ChordSymbol::parse("C"), 48), 3840, 960);
        acc.notes += block(voiced(*ChordSymbol::parse("G"), 43), 4800, 960);
        acc.notes += block(voiced(*ChordSymbol::parse("G"), 43), 5760, 1920);   // held: not repeated
        song.tracks = {acc};
        const QList<ChordChange> chords = ChordRecognizer::fromTrack(song, 0);
        QStringList got;
        for (const ChordChange &c : chords)
            got << QStringLiteral("%1@%2").arg(c.chord.toString()).arg(c.tick);
        QCOMPARE(got, (QStringList{"Am@0", "F@1920", "C@3840", "G@4800"}));
        QVERIFY(ChordRecognizer::fromTrack(song, 3).isEmpty());
    }

    void nottinghamAccompanimentsAreCovered()
    {
        const QDir dir(dataDir() + QStringLiteral("/data/midi/nottingham/melody_chords"));
        if (!dir.exists()) {
            if (qEnvironmentVariableIsSet("ATELIER_REQUIRE_DATA"))
                QFAIL(qPrintable(dir.path() + QStringLiteral(" is missing")));
            QSKIP("the Nottingham tunes with chords are not in the data path");
        }
        const QStringList files = dir.entryList({QStringLiteral("*.mid")}, QDir::Files, QDir::Name);
        int bars = 0, covered = 0, tunes = 0;
        for (qsizetype i = 0; i < files.size(); i += 10) {
            SmfError error;
            const auto smf = SmfReader::readFile(dir.filePath(files[i]), &error);
            QVERIFY2(smf, qPrintable(error.message()));
            const Song song = SongConverter::fromSmf(*smf);
            if (song.tracks.size() < 2)
                continue;
            ++tunes;
            const QList<ChordChange> chords = ChordRecognizer::fromTrack(song, 1);
            QVERIFY(!chords.isEmpty());
            // Every chord change: the accompaniment until the next one is its chord's notes.
            for (int c = 0; c < chords.size(); ++c) {
                const Tick from = chords[c].tick, to = c + 1 < chords.size() ? chords[c + 1].tick : song.endTick();
                QList<Note> inside;
                for (const Note &n : song.tracks[1].notes)
                    if (n.start >= from && n.start < to)
                        inside.append(n);
                if (inside.isEmpty())
                    continue;
                ++bars;
                covered += ChordRecognizer::coverage(inside, chords[c].chord) >= 0.99 ? 1 : 0;
            }
        }
        qInfo("Nottingham: %d tunes, %d chord spans, %d covered by their chord", tunes, bars, covered);
        QVERIFY(tunes >= 100);
        QVERIFY2(covered >= 0.9 * bars, qPrintable(QStringLiteral("%1 of %2").arg(covered).arg(bars)));
    }
};

QTEST_GUILESS_MAIN(TestChordRecognizer)
#include "test_chord_recognizer.moc"
