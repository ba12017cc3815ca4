// The piano roll driven like a user would: QTest mouse and key events on the
// real widgets. Each gesture must make exactly one undo step, and undoing
// everything must give back the original song exactly.

#include "pianoroll/NoteEditActions.h"
#include "pianoroll/PianoKeyboard.h"
#include "pianoroll/PianoRollEditor.h"
#include "pianoroll/PianoRollView.h"
#include "pianoroll/TimeRuler.h"
#include "pianoroll/VelocityLane.h"

#include "document/NoteModel.h"
#include "document/SongDocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace atelier;
using core::Note;
using core::Tick;
using ui::PianoRollView;

class TestPianoRoll : public QObject {
    Q_OBJECT

    core::SongDocument *m_doc = nullptr;
    core::NoteModel *m_model = nullptr;
    ui::PianoRollEditor *m_editor = nullptr;
    core::Song m_initial;

    PianoRollView *view() const { return m_editor->view(); }
    QWidget *vp() const { return view()->viewport(); }
    // Centre of the cell for (pitch, tick) in viewport coordinates.
    QPoint at(int pitch, Tick tick) const
    {
        return {view()->xForTick(tick) + 2, view()->yForPitch(pitch) + view()->rowHeight() / 2};
    }
    const QList<Note> &notes() const { return m_doc->track(0).notes; }
    int steps() const { return m_doc->undoStack()->count(); }
    void drag(QWidget *w, QPoint from, QPoint to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(w, Qt::LeftButton, mods, from);
        // QTest::mouseMove sends no button state; send real move events.
        for (int i = 1; i <= 4; ++i) {
            const QPoint p = from + (to - from) * i / 4;
            QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, mods);
            QApplication::sendEvent(w, &move);
        }
        QTest::mouseRelease(w, Qt::LeftButton, mods, to);
    }
    void key(QKeySequence seq)
    {
        QTest::keySequence(view(), seq);
        QApplication::processEvents();
    }

private slots:
    void init()
    {
        m_doc = new core::SongDocument;
        core::Song s;
        s.tempos = {{0, 120}};
        s.timeSignatures = {{0, 4, 4}};
        core::Track t;
        t.name = "Lead";
        t.notes = {{64, 1920, 480, 90}};  // one note in bar 2
        s.tracks = {t};
        m_doc->resetSong(s);
        m_initial = m_doc->song();
        m_model = new core::NoteModel(m_doc);
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model);
        m_editor = new ui::PianoRollEditor(m_model);
        m_editor->resize(1000, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
        view()->setZoom(0.1, 12);
        view()->centerOnPitch(64);
        m_editor->setGridDivision(16);  // 120 ticks at 480 ppq
        view()->setFocus();
    }

    void cleanup()
    {
        delete m_editor;
        delete m_model;
        delete m_doc;
    }

    void theKeyIsTheProjectsAndMarksOutOfKeyNotes()
    {
        auto *scale = m_editor->findChild<QComboBox *>("scaleCombo");
        auto *tonic = m_editor->findChild<QComboBox *>("scaleRootCombo");
        QVERIFY(scale && tonic);
        // A tonic without a scale is no key yet: no undo step, and the combo keeps it.
        tonic->setCurrentIndex(tonic->findData(2));   // D
        QCOMPARE(steps(), 0);
        QCOMPARE(tonic->currentData().toInt(), 2);
        scale->setCurrentIndex(1);   // D Major: one undo step
        QCOMPARE(m_doc->song().key, (core::SongKey{2, 1}));
        QCOMPARE(steps(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(tonic->currentData().toInt(), 2);
        tonic->setCurrentIndex(tonic->findData(0));
        QCOMPARE(steps(), 1);   // only the redo that is left
        // Choosing a scale sets the project key: one undo step.
        scale->setCurrentIndex(1);   // C Major
        QCOMPARE(m_doc->song().key, (core::SongKey{0, 1}));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        // E (64) is in C major: no mark. Move it to Eb (63): marked.
        const QColor mark(200, 30, 30);   // the light theme's out-of-key colour (tests run with the light theme)
        auto cornerOf = [this](const Note &n) {
            const QRect r = view()->noteRect(n).adjusted(0, 1, -1, -1);
            return r.topRight() + QPoint(-1, 1);
        };
        QImage shot = vp()->grab().toImage();
        QVERIFY(shot.pixelColor(cornerOf(notes().first())) != mark);
        QVERIFY(m_doc->requestChangeNotes(0, {{0, Note{63, 1920, 480, 90}}}, "flat"));
        shot = vp()->grab().toImage();
        QCOMPARE(shot.pixelColor(cornerOf(notes().first())), mark);
        // Undo gives the key back to none; the view follows the document.
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(scale->currentIndex(), 0);
        // Detect: the song is one E, so... add a clear A minor line first.
        QList<Note> aMinor;
        const int line[] = {57, 60, 64, 69, 64, 60, 57, 59, 60, 62, 64, 57};
        for (int i = 0; i < 12; ++i)
            aMinor.append(Note{line[i], core::Tick(i) * 240, 240, 90});
        aMinor.append(Note{57, 12 * 240, 960, 90});
        QVERIFY(m_doc->requestAddNotes(0, aMinor, "line"));
        m_editor->findChild<QToolButton *>("detectKey")->click();
        QCOMPARE(m_doc->song().key, (core::SongKey{9, 2}));   // A natural minor
        QCOMPARE(scale->currentIndex(), 2);
    }

    void drawToolDrawsOneNotePerGesture()
    {
        view()->setTool(PianoRollView::ToolKind::Draw);
        QTest::mouseClick(vp(), Qt::LeftButton, {}, at(60, 5));
        QCOMPARE(notes().size(), 2);
        QCOMPARE(notes().last(), (Note{60, 0, 120, 100}));
        // Drag to draw a longer note, snapped to the grid.
        drag(vp(), at(62, 480), at(62, 480 + 470));
        QCOMPARE(notes().size(), 3);
        QCOMPARE(notes().last().pitch, 62);
        QCOMPARE(notes().last().start, Tick(480));
        QCOMPARE(notes().last().length, Tick(480));
        QCOMPARE(steps(), 2);
        QCOMPARE(view()->selectedRows(), QList<int>{2});
        // Right button erases in the draw tool.
        QTest::mouseClick(vp(), Qt::RightButton, {}, at(60, 30));
        QCOMPARE(notes().size(), 2);
    }

    void selectToolMovesAndResizesAsOneStep()
    {
        const QPoint grab = at(64, 1920 + 200);
        drag(vp(), grab, grab + QPoint(int(480 * view()->pixelsPerTick()), -2 * view()->rowHeight()));
        QCOMPARE(steps(), 1);
        QCOMPARE(notes().first(), (Note{66, 2400, 480, 90}));
        // Resize by the right edge.
        const QRect r = view()->noteRect(notes().first());
        drag(vp(), QPoint(r.right() - 1, r.center().y()), QPoint(r.right() - 1 + 24, r.center().y()));
        QCOMPARE(steps(), 2);
        QCOMPARE(notes().first().length, Tick(720));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->song(), m_initial);
    }

    void rubberBandSelectsAndEditKeysWork()
    {
        QVERIFY(m_doc->requestAddNotes(0, {{60, 0, 240, 80}, {67, 240, 240, 70}, {72, 3840, 240, 60}}, "add"));
        const int base = steps();
        // A band over the first two notes only.
        drag(vp(), at(70, 0) - QPoint(1, 0), at(58, 470));
        QCOMPARE(view()->selectedRows(), (QList<int>{1, 2}));
        key(QKeySequence(Qt::Key_Up));
        QCOMPARE(notes()[1].pitch, 61);
        QCOMPARE(notes()[2].pitch, 68);
        key(QKeySequence(Qt::SHIFT | Qt::Key_Down));
        QCOMPARE(notes()[1].pitch, 49);
        key(QKeySequence(Qt::Key_Right));
        QCOMPARE(notes()[1].start, Tick(120));
        key(QKeySequence(Qt::CTRL | Qt::Key_D));  // duplicate right after the selection
        QCOMPARE(notes().size(), 6);
        QCOMPARE(notes()[4].start, Tick(120 + 480));
        QCOMPARE(view()->selectedRows(), (QList<int>{4, 5}));
        key(QKeySequence::Delete);
        QCOMPARE(notes().size(), 4);
        key(QKeySequence::SelectAll);
        QCOMPARE(view()->selectedRows().size(), 4);
        key(QKeySequence::Copy);
        view()->setPlayhead(7680, false);
        key(QKeySequence::Paste);  // pasted at the playhead
        QCOMPARE(notes().size(), 8);
        Tick earliest = notes()[4].start;
        for (int i = 5; i < 8; ++i)
            earliest = std::min(earliest, notes()[i].start);
        QCOMPARE(earliest, Tick(7680));  // the earliest pasted note lands on the playhead
        QCOMPARE(notes()[4].start - notes()[5].start, notes()[0].start - notes()[1].start);
        QCOMPARE(steps(), base + 6);  // up, octave down, right, duplicate, delete, paste
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(m_doc->song(), m_initial);
    }

    void quantizeAndEraseTool()
    {
        QVERIFY(m_doc->requestAddNotes(0, {{60, 130, 100, 80}}, "add"));
        view()->selectRows({1});
        key(QKeySequence(Qt::Key_Q));
        QCOMPARE(notes()[1].start, Tick(120));
        view()->setTool(PianoRollView::ToolKind::Erase);
        drag(vp(), at(64, 1920 + 100), at(60, 130));  // sweep over both notes
        QCOMPARE(notes().size(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(notes().size(), 2);
    }

    void velocityLaneDragSetsVelocity()
    {
        ui::VelocityLane *lane = m_editor->velocityLane();
        const int x = view()->viewport()->mapTo(m_editor, QPoint(view()->xForTick(1920), 0)).x()
            - lane->mapTo(m_editor, QPoint()).x();
        drag(lane, QPoint(x + 1, lane->height() / 2), QPoint(x + 1, 4));
        QVERIFY(notes().first().velocity > 115);
        QCOMPARE(steps(), 1);
    }

    void keyboardSoundsKeysAndRulerSetsLoop()
    {
        QSignalSpy pressed(m_editor->keyboard(), &ui::PianoKeyboard::keyPressed);
        const int y = view()->viewport()->mapTo(m_editor, QPoint(0, view()->yForPitch(60) + 3)).y()
            - m_editor->keyboard()->mapTo(m_editor, QPoint()).y();
        QTest::mouseClick(m_editor->keyboard(), Qt::LeftButton, {}, QPoint(50, y));
        QCOMPARE(pressed.size(), 1);
        QCOMPARE(pressed.first().first().toInt(), 60);

        ui::TimeRuler *ruler = m_editor->ruler();
        const int dx = view()->viewport()->mapTo(m_editor, QPoint()).x() - ruler->mapTo(m_editor, QPoint()).x();
        drag(ruler, QPoint(view()->xForTick(1920) + dx + 1, 28), QPoint(view()->xForTick(3840) + dx + 1, 28));
        QCOMPARE(m_doc->song().loop, (core::LoopRegion{1920, 3840, true}));
        QSignalSpy locate(ruler, &ui::TimeRuler::locateRequested);
        QTest::mouseClick(ruler, Qt::LeftButton, {}, QPoint(view()->xForTick(960) + dx + 1, 5));
        QCOMPARE(locate.size(), 1);
        QCOMPARE(locate.first().first().value<Tick>(), Tick(960));
    }

    void zoomKeepsMapping()
    {
        const double before = view()->pixelsPerTick();
        m_editor->zoomInAction()->trigger();
        QVERIFY(view()->pixelsPerTick() > before);
        const QRect r = view()->noteRect(notes().first());
        QCOMPARE(view()->noteAt(r.center()), 0);
        QCOMPARE(view()->indexAt(r.center()).row(), 0);
        QCOMPARE(view()->visualRect(m_model->index(0, 0)), r);
    }

    void farNotesStayFarInsteadOfWrapping()
    {
        // A tick whose pixel does not fit an int (2^40 ticks at 0.1 px/tick is
        // about 1.1e11 px): drawn off the right edge, not at a wrapped-around x.
        const core::Tick far = core::Tick(1) << 40;
        const QRect r = view()->noteRect(Note{60, far, 480, 100});
        QVERIFY2(r.left() > view()->viewport()->width(), qPrintable(QString::number(r.left())));
        QVERIFY(r.width() >= 0);
        QVERIFY(view()->xForTick(-far) < 0);
        // Viewport x back to ticks past what an int of pixels holds: no overflow.
        view()->setZoom(2.0, 12);
        const core::Tick t = view()->tickForX(std::numeric_limits<int>::max());
        QVERIFY2(t > 0 && t >= core::Tick(std::numeric_limits<int>::max() / 2), qPrintable(QString::number(t)));
        QCOMPARE(view()->tickForX(view()->xForTick(96000)), core::Tick(96000));
    }
};

QTEST_MAIN(TestPianoRoll)
#include "test_pianoroll.moc"
