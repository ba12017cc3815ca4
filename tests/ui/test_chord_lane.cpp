// The chord lane over the piano roll, driven like a user would: double-click
// a beat and type a chord (Enter keeps it, one undo step; a bad symbol is
// named and nothing changes; empty removes), select and delete with the
// keyboard, chords from the track's accompaniment, clear; the lane follows
// undo.

#include "pianoroll/ChordLane.h"
#include "pianoroll/PianoRollEditor.h"
#include "pianoroll/PianoRollView.h"

#include "document/NoteModel.h"
#include "document/SongDocument.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace atelier;
using core::Note;
using core::Tick;

class TestChordLane : public QObject {
    Q_OBJECT
    core::SongDocument *m_doc = nullptr;
    core::NoteModel *m_model = nullptr;
    ui::PianoRollEditor *m_editor = nullptr;

    ui::ChordLane *lane() const { return m_editor->chordLane(); }
    // A point in the lane over `tick`.
    QPoint over(Tick tick) const
    {
        const int offset = m_editor->view()->viewport()->mapToGlobal(QPoint()).x() - lane()->mapToGlobal(QPoint()).x();
        return {m_editor->view()->xForTick(tick) + offset + 3, lane()->height() / 2};
    }
    void type(const QString &text)
    {
        QLineEdit *e = lane()->editor();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);   // the selection goes
        QTest::keyClicks(e, text);
        QTest::keyClick(e, Qt::Key_Return);
    }

private slots:
    void init()
    {
        m_doc = new core::SongDocument;
        core::Song s;
        s.timeSignatures = {{0, 4, 4}};
        core::Track acc;
        acc.name = "Chords";
        for (int p : {45, 52, 57, 60, 64})   // Am, bar 1
            acc.notes.append(Note{p, 0, 1920, 80});
        for (int p : {41, 48, 53, 57, 60})   // F, bar 2
            acc.notes.append(Note{p, 1920, 1920, 80});
        s.tracks = {acc};
        m_doc->resetSong(s);
        m_model = new core::NoteModel(m_doc);
        m_model->setTrack(0);
        m_editor = new ui::PianoRollEditor(m_model);
        m_editor->resize(1000, 600);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
        m_editor->view()->setZoom(0.1, 12);
    }
    void cleanup()
    {
        delete m_editor;
        delete m_model;
        delete m_doc;
    }

    void typeAChordOnABeat()
    {
        // Double-click a little after beat 2 of bar 2: the chord goes on the beat.
        QTest::mouseDClick(lane(), Qt::LeftButton, {}, over(1920 + 480 + 100));
        QVERIFY(lane()->editor()->isVisible());
        type("G7/B");
        QVERIFY2(!lane()->editor()->isVisible(), qPrintable(lane()->editor()->text()));
        QCOMPARE(m_doc->song().chords.size(), 1);
        QCOMPARE(m_doc->song().chords.first().tick, Tick(1920 + 480));
        QCOMPARE(m_doc->song().chords.first().chord.toString(), QStringLiteral("G7/B"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(lane()->selectedChord(), 0);
        // A bad symbol: named, nothing changes, the editor stays.
        QSignalSpy status(lane(), &ui::ChordLane::statusMessage);
        QTest::mouseDClick(lane(), Qt::LeftButton, {}, over(0));
        type("Hm");
        QVERIFY(lane()->editor()->isVisible());
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().contains("\"Hm\""), qPrintable(status.first().first().toString()));
        QCOMPARE(m_doc->song().chords.size(), 1);
        type("Am");
        QCOMPARE(m_doc->song().chords.size(), 2);
        QCOMPARE(m_doc->song().chords.first().chord.toString(), QStringLiteral("Am"));
        // Editing an existing chord: double-click its chip; empty text removes it.
        QTest::mouseDClick(lane(), Qt::LeftButton, {}, over(1920 + 480));
        QCOMPARE(lane()->editor()->text(), QStringLiteral("G7/B"));
        type("");
        QCOMPARE(m_doc->song().chords.size(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->song().chords.size(), 2);
    }

    void keysSelectAndDelete()
    {
        QVERIFY(m_doc->requestSetChord(0, *core::ChordSymbol::parse("C")));
        QVERIFY(m_doc->requestSetChord(1920, *core::ChordSymbol::parse("G")));
        QTest::mouseClick(lane(), Qt::LeftButton, {}, over(0));
        QCOMPARE(lane()->selectedChord(), 0);
        QTest::keyClick(lane(), Qt::Key_Right);
        QCOMPARE(lane()->selectedChord(), 1);
        QTest::keyClick(lane(), Qt::Key_Delete);
        QCOMPARE(m_doc->song().chords.size(), 1);
        QCOMPARE(m_doc->song().chords.first().chord.toString(), QStringLiteral("C"));
        QTest::keyClick(lane(), Qt::Key_Escape);
        QCOMPARE(lane()->selectedChord(), -1);
        QTest::mouseClick(lane(), Qt::LeftButton, {}, over(5000));   // nothing there
        QCOMPARE(lane()->selectedChord(), -1);
    }

    void chordsFromTheTrackThenClear()
    {
        lane()->chordsFromTrack();
        QStringList got;
        for (const core::ChordChange &c : m_doc->song().chords)
            got << QStringLiteral("%1@%2").arg(c.chord.toString()).arg(c.tick);
        QCOMPARE(got, (QStringList{"Am@0", "F@1920"}));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        lane()->clearChords();
        QVERIFY(m_doc->song().chords.isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->song().chords.size(), 2);
        // The lane draws them (a chip's pixels differ from the empty lane's).
        const QImage shot = lane()->grab().toImage();
        const QColor empty = shot.pixelColor(over(960).x(), 3);
        QVERIFY(shot.pixelColor(over(0).x() + 2, lane()->height() / 2) != empty);
        // The voiced chords as a track of their own: one undo step.
        lane()->addAccompanimentTrack();
        QCOMPARE(m_doc->trackCount(), 2);
        QCOMPARE(m_doc->track(1).name, QStringLiteral("Chords"));
        QCOMPARE(m_doc->track(1).notes.size(), 8);   // Am and F, four notes each
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->trackCount(), 1);
    }

    void chordsForAMelodyAndTheirContinuation()
    {
        // Twinkle in C over four bars (the shipped harmonizer): C first and last, G before the end.
        core::Song s;
        s.timeSignatures = {{0, 4, 4}};
        core::Track melody;
        melody.name = "Melody";
        const int tune[] = {60, 60, 67, 67, 69, 69, 67, -1, 65, 65, 64, 64, 62, 62, 60, -1};
        for (int i = 0; i < 16; ++i)
            if (tune[i] >= 0)
                melody.notes.append(Note{tune[i], Tick(i) * 480, (i + 1 < 16 && tune[i + 1] < 0) ? 960 : 480, 90});
        s.tracks = {melody};
        m_doc->resetSong(s);
        QSignalSpy said(lane(), &ui::ChordLane::statusMessage);
        lane()->harmonizeTrack(false);
        const QList<core::ChordChange> proposed = m_doc->song().chords;
        QVERIFY2(proposed.size() >= 3, qPrintable(said.value(0).value(0).toString()));
        QCOMPARE(proposed.first().tick, Tick(0));
        QCOMPARE(proposed.first().chord.root, 0);
        QCOMPARE(m_doc->song().chordAt(3 * 1920).root, 7);   // bar 4 starts on a dominant
        QCOMPARE(proposed.last().chord.root, 0);
        QVERIFY2(said.last().value(0).toString().contains("in C Major"), qPrintable(said.last().value(0).toString()));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->song().chords.isEmpty());

        // Continue the chords: the user's two bars stay as written (a slash chord
        // too); the harmonizer proposes bars 3 and 4.
        m_doc->requestSetChords({{0, *core::ChordSymbol::parse("C/E")}, {1920, *core::ChordSymbol::parse("Am")}}, "mine");
        lane()->harmonizeTrack(true);
        const QList<core::ChordChange> lane2 = m_doc->song().chords;
        QVERIFY(lane2.size() >= 3);
        QCOMPARE(lane2[0].chord.toString(), QStringLiteral("C/E"));
        QCOMPARE(lane2[1].chord.toString(), QStringLiteral("Am"));
        QVERIFY(lane2[2].tick >= 2 * 1920);
        QCOMPARE(lane2.last().chord.root, 0);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->song().chords.size(), 2);
    }
};

QTEST_MAIN(TestChordLane)
#include "test_chord_lane.moc"
