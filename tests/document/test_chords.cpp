// Chord symbols (parse, print, pitch classes, bad symbols named) and the
// chord lane on the document: set, replace, remove, import, each one undo
// step; the chord sounding at a tick.

#include "document/ChordSymbol.h"
#include "document/SongDocument.h"

#include <QSignalSpy>
#include <QtTest>

using namespace atelier::core;
using Q = ChordSymbol::Quality;

class TestChords : public QObject {
    Q_OBJECT
private slots:
    void symbolsParseAndPrint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QList<int>>("pitchClasses");
        QTest::newRow("major") << "C" << "C" << QList<int>{0, 4, 7};
        QTest::newRow("minor") << "Am" << "Am" << QList<int>{9, 0, 4};
        QTest::newRow("min") << "Amin" << "Am" << QList<int>{9, 0, 4};
        QTest::newRow("seventh") << "G7" << "G7" << QList<int>{7, 11, 2, 5};
        QTest::newRow("maj7") << "Fmaj7" << "Fmaj7" << QList<int>{5, 9, 0, 4};
        QTest::newRow("M7") << "FM7" << "Fmaj7" << QList<int>{5, 9, 0, 4};
        QTest::newRow("m7") << "Bbm7" << "Bbm7" << QList<int>{10, 1, 5, 8};
        QTest::newRow("dim") << "B dim" << "" << QList<int>{};   // no spaces inside a symbol
        QTest::newRow("dim2") << "Bdim" << "Bdim" << QList<int>{11, 2, 5};
        QTest::newRow("sus2") << "Dsus2" << "Dsus2" << QList<int>{2, 4, 9};
        QTest::newRow("sus") << "Dsus" << "Dsus4" << QList<int>{2, 7, 9};
        QTest::newRow("sharp") << "F#m" << "F#m" << QList<int>{6, 9, 1};
        QTest::newRow("flat spelled sharp") << "A#" << "Bb" << QList<int>{10, 2, 5};
        QTest::newRow("slash") << "C/E" << "C/E" << QList<int>{0, 4, 7};
        QTest::newRow("slash on root") << "G/G" << "G" << QList<int>{7, 11, 2};
        QTest::newRow("no chord") << "N.C." << "N.C." << QList<int>{};
        QTest::newRow("H") << "H7" << "" << QList<int>{};
        QTest::newRow("quality") << "Cmaj9" << "" << QList<int>{};
        QTest::newRow("empty") << "" << "" << QList<int>{};
    }
    void symbolsParseAndPrint()
    {
        QFETCH(QString, text);
        QFETCH(QString, printed);
        QFETCH(QList<int>, pitchClasses);
        QString error;
        const auto c = ChordSymbol::parse(text, &error);
        if (printed.isEmpty()) {
            QVERIFY(!c);
            QVERIFY2(error.contains(QLatin1Char('"') + text.trimmed() + QLatin1Char('"')), qPrintable(error));
            return;
        }
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->toString(), printed);
        QCOMPARE(c->pitchClasses(), pitchClasses);
        QCOMPARE(ChordSymbol::parse(c->toString()), c);   // printing round-trips
    }

    void slashBassAndProgressions()
    {
        const auto ce = ChordSymbol::parse("C/E");
        QCOMPARE(ce->bassPitchClass(), 4);
        QCOMPARE(ChordSymbol::parse("Am")->bassPitchClass(), 9);
        QCOMPARE(ChordSymbol::noChord().bassPitchClass(), -1);
        QString error;
        const auto p = ChordSymbol::parseProgression("| Am F | C G7 |", &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->size(), 4);
        QCOMPARE(p->at(3), (ChordSymbol{7, Q::Dominant7, -1}));
        QVERIFY(!ChordSymbol::parseProgression("Am F Xm G", &error));
        QVERIFY2(error.contains("\"Xm\""), qPrintable(error));
        QVERIFY(!ChordSymbol::parseProgression("  | ", &error));
    }

    void theChordLaneIsUndoable()
    {
        SongDocument doc;
        QSignalSpy changed(&doc, &SongDocument::chordsChanged);
        QVERIFY(doc.requestSetChord(1920, *ChordSymbol::parse("F")));
        QVERIFY(doc.requestSetChord(0, *ChordSymbol::parse("Am")));
        QVERIFY(!doc.requestSetChord(0, *ChordSymbol::parse("Am")));   // no change
        QVERIFY(!doc.requestSetChord(-5, *ChordSymbol::parse("C")));
        QCOMPARE(doc.song().chords.size(), 2);
        QCOMPARE(doc.song().chords.first().tick, Tick(0));   // sorted
        QVERIFY(doc.requestSetChord(1920, *ChordSymbol::parse("Fmaj7")));   // replaces
        QCOMPARE(doc.song().chords.size(), 2);
        QCOMPARE(doc.song().chordAt(100).toString(), QStringLiteral("Am"));
        QCOMPARE(doc.song().chordAt(5000).toString(), QStringLiteral("Fmaj7"));
        Song empty;
        QVERIFY(empty.chordAt(0).isNoChord());
        QCOMPARE(doc.undoStack()->count(), 3);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set chord Fmaj7"));
        doc.undoStack()->undo();
        QCOMPARE(doc.song().chordAt(5000).toString(), QStringLiteral("F"));
        QVERIFY(doc.requestRemoveChord(0));
        QVERIFY(!doc.requestRemoveChord(77));
        QCOMPARE(doc.song().chords.size(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.song().chords.size(), 2);
        // An import: sorted, one per tick (the last wins), one step.
        QVERIFY(doc.requestSetChords({{960, *ChordSymbol::parse("G")}, {0, *ChordSymbol::parse("C")},
                                      {960, *ChordSymbol::parse("G7")}},
                                     "Import chords"));
        QCOMPARE(doc.song().chords.size(), 2);
        QCOMPARE(doc.song().chords.last().chord.toString(), QStringLiteral("G7"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Import chords"));
        QVERIFY(changed.count() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestChords)
#include "test_chords.moc"
