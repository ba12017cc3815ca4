// The studio as a whole, offscreen: it starts, opens a real MIDI file, saves
// a project, plays through a (silent) audio device, refuses a corrupt file
// without losing the song, and recovers a crashed session's autosave.

#include "../TestData.h"
#include "common/Theme.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "main/ShortcutsDialog.h"
#include "main/TransportBar.h"
#include "pianoroll/PianoRollEditor.h"
#include "timbre/MorphPanel.h"

#include "audio/AudioEngine.h"
#include "audio/IMidiInputDevice.h"
#include "audio/MidiInputHub.h"
#include "live/ThruController.h"
#include "live/TrackThru.h"
#include "live/DuetPanel.h"
#include "audio/NullAudioDevice.h"
#include "document/SongDocument.h"
#include "midi/SmfInfo.h"
#include "midi/SmfReader.h"
#include "project/AutosaveStore.h"
#include "project/ProjectFile.h"
#include "sketch/SketchDocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QSignalSpy>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QSplitter>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QStatusBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sys/wait.h>
#include <unistd.h>

using namespace atelier;

namespace {

// A MIDI input system whose start can fail, with one port.
struct FakeMidiSystem : core::IMidiInputDevice {
    QString name;
    bool canStart = true;
    int starts = 0, stops = 0;
    QString port;
    core::TimedMidiQueue queue;
    explicit FakeMidiSystem(QString n) : name(std::move(n)) {}
    QString systemName() const override { return name; }
    bool start(QString *error) override
    {
        ++starts;
        if (!canStart)
            *error = name + " is not running";
        return canStart;
    }
    void stop() override { ++stops; port.clear(); }
    QStringList portNames(QString *) override { return {name + ":keys"}; }
    bool open(const QString &p, QString *) override { port = p; return true; }
    void close() override { port.clear(); }
    bool isOpen() const override { return !port.isEmpty(); }
    QString portName() const override { return port; }
    bool checkPort() override { return true; }
    bool readInput(core::TimedMidiEvent &e) override { return queue.pop(e); }
    QString takeStatus() override { return {}; }
};

// Whether a menu hangs (directly or through submenus) in a menu bar.
bool inMenuBar(const QMenu *menu)
{
    for (QObject *o : menu->menuAction()->associatedObjects()) {
        if (qobject_cast<QMenuBar *>(o))
            return true;
        if (const auto *parent = qobject_cast<QMenu *>(o); parent && parent != menu && inMenuBar(parent))
            return true;
    }
    return false;
}

// Keys that more than one live shortcut answers to while `focus` has the
// focus: Qt's rule (window-wide shortcuts of the window's menus and visible
// widgets, plus widget-with-children shortcuts of the focus widget and its
// ancestors), counting a key an action lists twice.
QStringList ambiguousKeys(QMainWindow *window, QWidget *focus)
{
    QHash<QString, QStringList> owners;
    const auto add = [&](const QList<QKeySequence> &keys, const QString &name) {
        for (const QKeySequence &k : keys)
            owners[k.toString()].append(name);
    };
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || !a->isEnabled())
            continue;
        bool live = false;
        for (QObject *o : a->associatedObjects()) {
            const auto *w = qobject_cast<QWidget *>(o);
            const bool windowWide = a->shortcutContext() == Qt::WindowShortcut
                                    || a->shortcutContext() == Qt::ApplicationShortcut;
            if (const auto *menu = qobject_cast<QMenu *>(o))
                live = live || (windowWide && inMenuBar(menu));   // (a menu passes on window-wide keys only)
            else if (w && w->isVisible() && a->shortcutContext() == Qt::WindowShortcut)
                live = true;
            else if (w && w->isVisible() && a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                live = live || (focus && (w == focus || w->isAncestorOf(focus)));
            else if (w && a->shortcutContext() == Qt::WidgetShortcut)
                live = live || w == focus;
            else if (a->shortcutContext() == Qt::ApplicationShortcut)
                live = true;
        }
        if (live)
            add(a->shortcuts(), a->text());
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        const auto *w = qobject_cast<QWidget *>(s->parent());
        if (!s->isEnabled() || !w || !w->isVisible())
            continue;
        if (s->context() == Qt::WindowShortcut || (focus && (w == focus || w->isAncestorOf(focus))))
            add(s->keys(), s->objectName());
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(it.key() + ": " + it.value().join(" / "));
    return clashes;
}

} // namespace

class TestStudio : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SongDocument> m_doc;
    std::unique_ptr<core::SketchDocument> m_sketch;
    std::unique_ptr<core::AudioEngine> m_engine;
    std::unique_ptr<core::AutosaveStore> m_autosave;
    std::unique_ptr<ui::MainWindow> m_window;

    static QString dataFile(const QString &rel)
    {
        return qEnvironmentVariable("ATELIER_DATA") + "/data/midi/" + rel;
    }

    void startStudio()
    {
        m_doc = std::make_unique<core::SongDocument>();
        m_sketch = std::make_unique<core::SketchDocument>();
        m_engine = std::make_unique<core::AudioEngine>(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        m_autosave = std::make_unique<core::AutosaveStore>(m_dir.filePath("autosave"));
        QVERIFY(m_autosave->begin(&error));
        m_window = std::make_unique<ui::MainWindow>(m_doc.get(), m_sketch.get(), m_engine.get(), m_autosave.get(),
                                                    core::SketchModelLoader{});
        m_window->files()->newSong();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void stopStudio()
    {
        m_window.reset();
        if (m_autosave)
            m_autosave->end();
        m_autosave.reset();
        m_engine.reset();
        m_doc.reset();
        m_sketch.reset();
    }

    // Another studio autosaves this song (and a doodle) and dies without a clean exit.
    bool crashWith(const core::Song &lost)
    {
        const pid_t child = fork();
        if (child == 0) {
            core::AutosaveStore crashed(m_dir.filePath("autosave"));
            QString e;
            core::Sketch doodle;
            doodle.strokes = {core::Stroke{{{1, 2}, {3, 4}}}};
            _exit(crashed.begin(&e) && crashed.save({lost, doodle}, QString(), &e) ? 0 : 1);
        }
        int status = 0;
        waitpid(child, &status, 0);
        return WEXITSTATUS(status) == 0;
    }

    // Answers the recovery question as the user would; whether it was asked.
    bool answerRecovery(QMessageBox::StandardButton answer)
    {
        bool asked = false;
        QTimer::singleShot(100, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                asked = box->text().contains("Recover");
                box->button(answer)->click();
            }
        });
        m_window->files()->offerRecovery();
        return asked;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::Theme::apply(ui::Theme::Dark);   // the studio's look: Fusion, Breeze icons
    }
    void init() { startStudio(); }
    void cleanup() { stopStudio(); }

    void opensRealMidiAndSavesProject()
    {
        if (!QFile::exists(dataFile("nottingham/melody_chords/jigs10.mid")))
            ATELIER_SKIP_OR_FAIL("shared data not found (set ATELIER_DATA)");
        const QString mid = dataFile("nottingham/melody_chords/jigs10.mid");
        QString error;
        QVERIFY2(m_window->files()->openFile(mid, &error), qPrintable(error));
        QCOMPARE(m_doc->trackCount(), 2);
        int notes = 0;
        for (const auto &t : m_doc->song().tracks)
            notes += int(t.notes.size());
        QCOMPARE(notes, core::SmfInfo::fromSmf(*core::SmfReader::readFile(mid)).notes);
        QCOMPARE(m_doc->track(0).name, QString("Track 1"));
        QVERIFY(m_window->files()->currentPath().isEmpty());  // imported, not to be overwritten
        QCOMPARE(m_window->files()->displayName(), QString("jigs10.atelier"));

        const QString project = m_dir.filePath("jig.atelier");
        QVERIFY2(m_window->files()->saveFile(project, &error), qPrintable(error));
        QCOMPARE(core::ProjectFile::load(project, nullptr)->song, m_doc->song());
        QVERIFY(m_window->windowTitle().startsWith("jig.atelier"));
        QVERIFY(!m_window->windowTitle().contains('*'));
        QVERIFY(m_window->files()->recentFiles().contains(QFileInfo(project).absoluteFilePath()));
    }

    void composesAndPlays()
    {
        ui::PianoRollView *view = m_window->editor()->view();
        view->setTool(ui::PianoRollView::ToolKind::Draw);
        for (int i = 0; i < 4; ++i) {
            const QPoint p(view->xForTick(i * 480) + 2, view->yForPitch(60 + 2 * i) + 3);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, p);
        }
        QCOMPARE(m_doc->track(0).notes.size(), 4);
        QVERIFY(m_window->windowTitle().contains('*'));
        m_window->transport()->playAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->isPlaying(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->playhead() > 100, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(view->playhead() > 100, 3000);  // the view follows
        m_window->transport()->playAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isPlaying(), 2000);
    }

    void everyShortcutIsUnambiguous()
    {
        // Each instrument in front, with the focus in each of its widgets that
        // carries shortcuts of its own.
        for (int tab = 0; tab < 3; ++tab) {
            m_window->showInstrument(tab);
            QApplication::processEvents();
            QList<QWidget *> focuses = {nullptr};
            for (QAction *a : m_window->findChildren<QAction *>())
                for (QObject *o : a->associatedObjects())
                    if (auto *w = qobject_cast<QWidget *>(o); w && w->isVisible() && !qobject_cast<QMenu *>(w)
                                                               && !focuses.contains(w))
                        focuses.append(w);
            for (QWidget *focus : focuses) {
                const QStringList clashes = ambiguousKeys(m_window.get(), focus);
                QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("tab %1, focus %2: %3")
                                                           .arg(tab)
                                                           .arg(focus ? focus->metaObject()->className() : "none")
                                                           .arg(clashes.join("; "))));
            }
        }
        // The keys users expect: redo, save as, zoom in with = .
        QStringList keys;
        for (QAction *a : m_window->findChildren<QAction *>())
            for (const QKeySequence &k : a->shortcuts())
                keys.append(k.toString());
        for (const char *k : {"Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Shift+S", "Ctrl+="})
            QVERIFY2(keys.contains(k), k);
    }

    void windowAndPanelWidthsComeBack()
    {
        m_window->showNormal();
        m_window->resize(1500, 820);
        auto *split = m_window->findChild<QSplitter *>("studioSplit");
        QVERIFY(split);
        split->setSizes({250, 500, 330});
        QTest::qWait(50);
        const QList<int> sizes = split->sizes();
        QVERIFY(m_window->close());
        m_window.reset();
        m_window = std::make_unique<ui::MainWindow>(m_doc.get(), m_sketch.get(), m_engine.get(), m_autosave.get(),
                                                    core::SketchModelLoader{});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1500, 820));
        QCOMPARE(m_window->findChild<QSplitter *>("studioSplit")->sizes(), sizes);
    }

    void onePanicAndOneExportMenu()
    {
        auto *panic = m_window->findChild<QAction *>("panicAction");
        QVERIFY(panic);
        QCOMPARE(panic->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Escape));
        m_engine->previewNoteOn(0, 0, 60, 100);
        panic->trigger();
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("All notes off."));
        int panics = 0;
        for (QAction *a : m_window->findChildren<QAction *>())
            panics += a->text().contains("Notes Off", Qt::CaseInsensitive);
        QCOMPARE(panics, 1);
        auto *exports = m_window->findChild<QMenu *>("exportMenu");
        QVERIFY(exports);
        QStringList items;
        for (QAction *a : exports->actions())
            items.append(a->text().remove('&'));
        QCOMPARE(items, (QStringList{"MIDI…", "Audio (WAV, FLAC)…", "Sketch Image (SVG, PNG)…", "Sound Note (WAV)…",
                                     "Sound Phrase (WAV)…"}));
    }

    void theMorphPanelFitsALaptopScreen()
    {
        // 1280×800: the whole Sound Morph panel without scrolling; Bake and All Notes Off in view.
        m_window->showNormal();
        m_window->resize(1280, 800);
        m_window->showInstrument(2);
        QTRY_COMPARE(m_window->size(), QSize(1280, 800));
        QApplication::processEvents();
        auto *panel = m_window->morphPanel();
        auto *scroll = panel->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->isVisible());
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        QList<QPushButton *> buttons{panel->findChild<QPushButton *>("morphBake")};
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("All Notes Off"))
                buttons.append(b);
        QCOMPARE(buttons.size(), 2);
        for (QPushButton *button : buttons) {
            QVERIFY(button && button->isVisible());
            const QRect inViewport(button->mapTo(scroll->viewport(), QPoint()), button->size());
            QVERIFY2(scroll->viewport()->rect().contains(inViewport), qPrintable(button->text()));
        }
    }

    void menusFollowTheInstrument()
    {
        QMenu *sketch = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text().remove('&') == QLatin1String("Sketch"))
                sketch = a->menu();
        QVERIFY(sketch);
        QStringList keys;
        for (QAction *a : sketch->actions())
            if (!a->shortcut().isEmpty())
                keys.append(a->text().remove('&') + '=' + a->shortcut().toString());
        for (const char *expected : {"Finish My Drawing=Ctrl+Return", "Alternatives=Ctrl+Shift+Return",
                                     "Draw From Scratch=Ctrl+Alt+Return", "Surprise Map=Ctrl+Shift+U",
                                     "Interpolate…=Ctrl+Shift+I"})
            QVERIFY2(keys.contains(QString::fromUtf8(expected)), qPrintable(keys.join(", ")));
        // Tools: the instrument in front.
        auto *tools = m_window->findChild<QMenu *>("toolsMenu");
        QVERIFY(tools);
        auto toolNames = [tools] {
            emit tools->aboutToShow();
            QStringList names;
            for (QAction *a : tools->actions())
                names.append(a->text().remove('&'));
            return names;
        };
        m_window->showInstrument(0);
        QCOMPARE(toolNames(), (QStringList{"Select Tool", "Draw Tool", "Erase Tool"}));
        m_window->showInstrument(1);
        QCOMPARE(toolNames(), (QStringList{"Pen", "Eraser", "Select"}));
        m_window->showInstrument(0);
    }

    void shortcutListComesFromTheActions()
    {
        ui::ShortcutsDialog dialog(m_window.get());
        QVERIFY(dialog.table()->rowCount() >= 30);
        dialog.searchField()->setText("redo");
        QCOMPARE(dialog.visibleRows(), 1);
        int row = -1;
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            if (!dialog.table()->isRowHidden(r))
                row = r;
        QVERIFY2(dialog.table()->item(row, 1)->text().startsWith("Ctrl+Shift+Z, Ctrl+Y"),   // (and the platform's own)
                 qPrintable(dialog.table()->item(row, 1)->text()));
        QCOMPARE(dialog.table()->item(row, 2)->text(), QStringLiteral("Edit"));
        dialog.searchField()->setText("Shift+Esc");   // by key
        QCOMPARE(dialog.visibleRows(), 1);
        dialog.searchField()->clear();
        QCOMPARE(dialog.visibleRows(), dialog.table()->rowCount());
    }

    void redoWorksFromBothKeys()
    {
        m_window->showInstrument(0);
        m_doc->requestSetTempo(100.0);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->undoStack()->canRedo(), true);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_doc->undoStack()->canRedo());
        m_doc->undoStack()->undo();
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(!m_doc->undoStack()->canRedo());
    }

    void midiInputSystemFallsBackAndSwitches()
    {
        FakeMidiSystem alsa("ALSA"), jack("JACK");
        jack.canStart = false;
        core::MidiInputHub hub(m_engine->clock());
        m_window->setMidiInputs(&hub, {&alsa, &jack}, "JACK");   // JACK is not running: ALSA, and a message
        QCOMPARE(m_window->midiDevice(), &alsa);
        QVERIFY2(m_window->statusBar()->currentMessage().contains("JACK is not running"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        auto *input = m_window->duetPanel()->findChild<QComboBox *>("duetInput");
        m_window->duetPanel()->refreshPorts();
        QVERIFY(input->findData("ALSA:keys") > 0);

        jack.canStart = true;
        QString error;
        QVERIFY2(m_window->useMidiSystem("JACK", &error), qPrintable(error));
        QCOMPARE(m_window->midiDevice(), &jack);
        QCOMPARE(alsa.stops, 1);
        m_window->duetPanel()->refreshPorts();
        QVERIFY(input->findData("JACK:keys") > 0);
        QCOMPARE(input->findData("ALSA:keys"), -1);
        // The hub now reads the JACK system.
        const auto tap = hub.openTap();
        QVERIFY(jack.queue.push({m_engine->clock().nowFrame(), core::MidiMessage::noteOn(0, 60, 90)}));
        core::TimedMidiEvent e;
        bool got = false;
        for (int i = 0; i < 200 && !got; ++i) {
            QTest::qWait(10);
            got = tap->readInput(e);
        }
        QVERIFY(got);
        QCOMPARE(int(e.message.data1), 60);
        hub.closeTap(tap);
        QVERIFY(!m_window->useMidiSystem("CoreMIDI", &error));
        QVERIFY(error.contains("CoreMIDI"));
        m_window->setMidiInputs(nullptr, {}, {});
        QCOMPARE(jack.stops, 1);
        QCOMPARE(m_window->midiDevice(), nullptr);
    }

    void theMidiInputPlaysTracksUnlessAnotherInstrumentHasIt()
    {
        FakeMidiSystem alsa("ALSA");
        core::MidiInputHub hub(m_engine->clock());
        m_window->setMidiInputs(&hub, {&alsa}, "ALSA");
        auto *thru = m_window->findChild<ui::ThruController *>();
        QVERIFY(thru);
        auto *action = m_window->findChild<QAction *>("thruAction");
        QVERIFY(action && action->isChecked());
        action->setChecked(true);
        m_window->showInstrument(0);
        QVERIFY(thru->isListening());
        // The song's tracks by channel; a channel without a track plays the selected one.
        const core::Song &song = m_doc->song();
        QVERIFY(!song.tracks.isEmpty());
        QCOMPARE(thru->thru()->outputChannel(song.tracks[0].channel), song.tracks[0].channel);
        QCOMPARE(thru->thru()->program(song.tracks[0].channel), song.tracks[0].program);
        m_window->showInstrument(2);   // Sound Morph plays the input itself
        QVERIFY(!thru->isListening());
        m_window->showInstrument(0);
        QVERIFY(thru->isListening());
        action->setChecked(false);
        QVERIFY(!thru->isListening());
        action->setChecked(true);
        QVERIFY(thru->isListening());
        m_window->setMidiInputs(nullptr, {}, {});
        QVERIFY(!thru->isListening());
    }

    void corruptFileCostsNoWork()
    {
        QVERIFY(m_doc->requestAddNotes(0, {{60, 0, 480, 100}}, "add"));
        const core::Song before = m_doc->song();
        const QString bad = m_dir.filePath("bad.mid");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("MThd\0\0\0\6\0\1\0\1\1\0MTrk\x7f\xff\xff\xff", 22));
        f.close();
        QString error;
        QVERIFY(!m_window->files()->openFile(bad, &error));
        QVERIFY2(error.contains("bad.mid") && error.contains("byte"), qPrintable(error));
        QCOMPARE(m_doc->song(), before);
        QVERIFY(m_doc->undoStack()->canUndo());
    }

    void aFailingAutosaveIsShownUntilItWorksAgain()
    {
        auto *files = m_window->files();
        auto *warning = m_window->statusBar()->findChild<QLabel *>("autosaveWarning");
        QVERIFY(warning);
        QVERIFY(warning->isHidden());
        core::Track t;
        t.name = "Idea";
        m_doc->requestAddTrack(t);
        files->autosaveTick();   // the first autosave works: its file is there
        const QDir dir(m_dir.filePath("autosave"));
        const QStringList saved = dir.entryList({"*.atelier"}, QDir::Files);
        QCOMPARE(saved.size(), 1);
        // A folder where the autosave goes: it cannot be written.
        QVERIFY(QFile::remove(dir.filePath(saved.first())));
        QVERIFY(dir.mkdir(saved.first()));
        QSignalSpy said(files, &ui::FileController::autosaveProblem);
        m_doc->requestAddTrack(t);
        files->autosaveTick();
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().startsWith("Autosave failed: ") && warning->text().contains(saved.first()),
                 qPrintable(warning->text()));
        files->autosaveTick();   // the same reason again is not said again
        m_doc->requestAddTrack(t);
        files->autosaveTick();
        QCOMPARE(said.count(), 1);
        QVERIFY(dir.rmdir(saved.first()));
        files->autosaveTick();
        QVERIFY(warning->isHidden());
        QCOMPARE(said.count(), 2);
        QVERIFY(said.last().first().toString().isEmpty());
    }

    void aDeclinedRecoveryIsKeptInTheTrash()
    {
        core::Song lost;
        core::Track t;
        t.name = "Not wanted now";
        t.notes = {{60, 0, 240, 100}};
        lost.tracks = {t};
        const core::Song before = m_doc->song();
        QVERIFY(crashWith(lost));
        QSignalSpy said(m_window->files(), &ui::FileController::statusMessage);
        QVERIFY(answerRecovery(QMessageBox::No));
        QCOMPARE(m_doc->song(), before);   // nothing loaded
        QVERIFY(m_autosave->findRecoverable().isEmpty());
        const QStringList trash = QDir(m_dir.filePath("autosave/trash")).entryList({"*.atelier"}, QDir::Files);
        QCOMPARE(trash.size(), 1);
        QVERIFY(!said.isEmpty());
        const QString message = said.last().first().toString();
        QVERIFY2(message.contains("kept for 7 day") && message.contains(trash.first()), qPrintable(message));
    }

    void recoversAfterCrash()
    {
        core::Song lost;
        lost.tempos = {{0, 90}};
        lost.timeSignatures = {{0, 3, 4}};
        core::Track t;
        t.name = "Unsaved idea";
        t.notes = {{67, 0, 240, 100}, {69, 240, 240, 100}};
        lost.tracks = {t};
        QVERIFY(crashWith(lost));
        QVERIFY(answerRecovery(QMessageBox::Yes));
        QCOMPARE(m_doc->song(), lost);
        QCOMPARE(m_sketch->strokeCount(), 1);  // the sketch comes back too
        QVERIFY(m_window->files()->isModified());  // recovered work still needs saving
        QVERIFY(m_autosave->findRecoverable().isEmpty());
    }
};

QTEST_MAIN(TestStudio)
#include "test_studio.moc"
