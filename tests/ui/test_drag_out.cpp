// Music and drawings leave Atelier by a drag and come in by a drop: the
// piano roll's Drag MIDI handle writes the selection (or the whole track) as
// a type-1 MIDI file that starts on the bar of its first note, with the
// track's channel and the song's tempo, and drags it as a file URL (a real
// QDrag, ended by a mouse release); a MIDI file dropped on the roll comes in
// at the drop position as one undo step, and a file that is not MIDI changes
// nothing; the sketch canvas drags an SVG. Expected ticks are worked out by
// hand (480 ticks a beat, 1920 a bar).

#include "common/DragOutButton.h"
#include "pianoroll/MidiDropHandler.h"
#include "pianoroll/PianoRollEditor.h"
#include "pianoroll/PianoRollView.h"
#include "sketch/SketchEditor.h"

#include "document/NoteModel.h"
#include "document/SongDocument.h"
#include "midi/SmfReader.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "sketch/SketchDocument.h"

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace atelier;
using core::Note;

namespace {

core::Song readSong(const QString &path, int *format = nullptr)
{
    core::SmfError error;
    const std::optional<core::SmfFile> smf = core::SmfReader::readFile(path, &error);
    if (!smf) {
        qWarning("%s", qPrintable(error.message()));
        return {};
    }
    if (format)
        *format = smf->format;
    return core::SongConverter::fromSmf(*smf);
}

QList<Note> allNotes(const core::Song &song)
{
    QList<Note> notes;
    for (const core::Track &t : song.tracks)
        notes += t.notes;
    std::sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.start < b.start; });
    return notes;
}

} // namespace

class TestDragOut : public QObject {
    Q_OBJECT

    core::SongDocument *m_doc = nullptr;
    core::NoteModel *m_model = nullptr;
    ui::PianoRollEditor *m_editor = nullptr;

private slots:
    void init()
    {
        m_doc = new core::SongDocument;
        core::Song s;
        s.tempos = {{0, 96.0}};
        s.timeSignatures = {{0, 4, 4}};
        core::Track t;
        t.name = "Lead";
        t.channel = 4;
        t.program = 73;
        // Bar 1: C; bar 2: E on beat 2 and G on beat 3; bar 3: C.
        t.notes = {Note{60, 0, 480, 90}, Note{64, 1920 + 480, 480, 80}, Note{67, 1920 + 960, 240, 70},
                   Note{72, 3840, 960, 100}};
        s.tracks = {t};
        m_doc->resetSong(s);
        m_model = new core::NoteModel(m_doc);
        m_editor = new ui::PianoRollEditor(m_model);
        m_model->setTrack(0);
        m_editor->resize(1200, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    }

    void cleanup()
    {
        delete m_editor;
        delete m_model;
        delete m_doc;
    }

    void selectionDragsAsAClipFromItsBar()
    {
        m_editor->view()->selectRows({1, 2});   // E and G in bar 2
        QString error;
        std::unique_ptr<QMimeData> data(m_editor->dragOutButton()->makeMimeData(&error));
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->urls().size(), 1);
        const QString path = data->urls().first().toLocalFile();
        QVERIFY(path.endsWith(".mid"));
        QVERIFY(data->hasFormat("audio/midi"));
        int format = -1;
        const core::Song clip = readSong(path, &format);
        QCOMPARE(format, 1);
        // Bar 2 becomes bar 1: E at beat 2 (480), G at beat 3 (960).
        QCOMPARE(allNotes(clip), (QList<Note>{Note{64, 480, 480, 80}, Note{67, 960, 240, 70}}));
        const core::Track *withNotes = nullptr;
        for (const core::Track &t : clip.tracks)
            if (!t.notes.isEmpty())
                withNotes = &t;
        QVERIFY(withNotes);
        QCOMPARE(withNotes->channel, 4);
        QCOMPARE(withNotes->program, 73);
        QVERIFY(!clip.tempos.isEmpty());
        QVERIFY(std::abs(clip.tempos.first().bpm - 96.0) < 0.01);
    }

    void withoutSelectionTheWholeTrackDragsAndARealDragRuns()
    {
        ui::DragOutButton *button = m_editor->dragOutButton();
        QSignalSpy started(button, &ui::DragOutButton::dragStarted);
        // A real QDrag: press, move past the drag distance, and a release ends it.
        const QPoint at = button->rect().center();
        QTest::mousePress(button, Qt::LeftButton, {}, at);
        QTimer::singleShot(200, [button, at] { QTest::mouseRelease(button, Qt::LeftButton, {}, at + QPoint(40, 0)); });
        QMouseEvent move(QEvent::MouseMove, QPointF(at + QPoint(40, 0)), button->mapToGlobal(QPointF(at + QPoint(40, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(button, &move);
        QCOMPARE(started.count(), 1);
        const QString path = started.first().first().toString();
        QVERIFY(QFile::exists(path));
        QCOMPARE(allNotes(readSong(path)).size(), 4);
        QCOMPARE(allNotes(readSong(path)).first(), (Note{60, 0, 480, 90}));
    }

    void droppedMidiComesInAtTheDropAsOneStep()
    {
        // A file of two notes in its bar 2, written as another program would.
        core::Song other;
        other.ppq = 96;   // another resolution: 96 ticks a beat
        core::Track t;
        t.notes = {Note{50, 384 + 96, 96, 100}, Note{52, 384 + 192, 48, 100}};
        other.tracks = {t};
        QTemporaryDir dir;
        const QString path = dir.filePath("from-daw.mid");
        QVERIFY(core::SmfWriter::writeFile(core::SongConverter::toSmf(other, 1), path));
        ui::PianoRollView *view = m_editor->view();
        const int x = view->xForTick(5760 + 100);   // just past bar 4, snapped to the grid
        const int undo = m_doc->undoStack()->count();
        // Through a drop event on the viewport, as a file manager would send it.
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(x, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(x, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(m_doc->undoStack()->count(), undo + 1);
        const core::Tick at = view->snapTick(view->tickForX(x));
        QCOMPARE(at, core::Tick(5760));
        // Its bar 1 starts at the drop: beat 2 of it is 5760 + 480; 96 ticks became 480.
        const QList<Note> notes = m_doc->song().tracks.first().notes;
        QVERIFY(notes.contains(Note{50, 5760 + 480, 480, 100}));
        QVERIFY(notes.contains(Note{52, 5760 + 960, 240, 100}));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->song().tracks.first().notes.size(), 4);
    }

    void aFileThatIsNotMidiChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("lies.mid");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("MThd\x00\x00\x00\x06\x00\x01\x7F\xFF", 12);   // a header that lies about its tracks
        f.close();
        ui::MidiDropHandler handler(m_editor->view());
        QSignalSpy said(&handler, &ui::MidiDropHandler::statusMessage);
        const int undo = m_doc->undoStack()->count();
        QVERIFY(!handler.dropFile(path, 100));
        QCOMPARE(m_doc->undoStack()->count(), undo);
        QCOMPARE(said.count(), 1);
        QVERIFY2(said.first().first().toString().contains("lies.mid"), qPrintable(said.first().first().toString()));
    }

    void sketchDragsAsSvg()
    {
        core::SketchDocument doc;
        ui::SketchEditor editor(&doc, [](const QString &, QString *) { return nullptr; });
        QString error;
        QVERIFY(!editor.dragOutButton()->makeMimeData(&error));   // an empty canvas drags nothing
        QVERIFY(!error.isEmpty());
        core::Sketch sketch;
        core::Stroke stroke;
        stroke.points = {{10, 10}, {100, 40}, {60, 120}};
        sketch.strokes = {stroke};
        doc.requestReplaceAll(sketch, "draw");
        std::unique_ptr<QMimeData> data(editor.dragOutButton()->makeMimeData(&error));
        QVERIFY2(data, qPrintable(error));
        const QString path = data->urls().value(0).toLocalFile();
        QVERIFY(path.endsWith(".svg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("<svg") && svg.contains("path"));
    }
};

QTEST_MAIN(TestDragOut)
#include "test_drag_out.moc"
