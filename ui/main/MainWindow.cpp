#include "main/MainWindow.h"
#include "common/Theme.h"
#include "common/Shortcuts.h"
#include "main/FileController.h"
#include "main/GettingStartedDialog.h"
#include "main/PreferencesDialog.h"
#include "main/ShortcutsDialog.h"
#include "main/TransportBar.h"
#include "main/LinkControl.h"
#include "sync/LinkDriver.h"
#include "pianoroll/NoteEditActions.h"
#include "pianoroll/PianoKeyboard.h"
#include "music/ContinuePanel.h"
#include "live/ComputerKeyboard.h"
#include "live/DuetPanel.h"
#include "live/RecordController.h"
#include "live/ThruController.h"
#include "main/PersonaliseActions.h"
#include "main/RatingsActions.h"
#include "pianoroll/PianoRollEditor.h"
#include "main/ModelDialogs.h"
#include "pianoroll/TimeRuler.h"
#include "sketch/SketchEditor.h"
#include "sketch/SketchModelPanel.h"
#include "timbre/MorphPanel.h"
#include "tracks/TrackListView.h"

#include "audio/AudioEngine.h"
#include "audio/MidiOutput.h"
#include "audio/IMidiInputDevice.h"
#include "audio/MidiInputHub.h"
#include "document/NoteModel.h"
#include "document/NoteOps.h"
#include "document/SongDocument.h"
#include "document/TrackListModel.h"
#include "sketch/SketchDocument.h"
#include "timbre/SongTimbres.h"

#include <QApplication>
#include <QToolBar>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QUndoStack>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QSettings>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoView>

namespace atelier::ui {

namespace {
constexpr int kPlayheadPoll_ms = 33;
constexpr int kPreviewNote_ms = 400;
}

MainWindow::MainWindow(core::SongDocument *doc, core::SketchDocument *sketch, core::AudioEngine *engine,
                       core::AutosaveStore *autosave, core::SketchModelLoader sketchModels,
                       core::MusicModelLoader musicModels, core::TrainingJobFactory training,
                       core::timbre::TimbreModelLoader timbreModels, QWidget *parent)
    : QMainWindow(parent), m_doc(doc), m_engine(engine), m_timbreLoader(timbreModels)
{
    setObjectName("mainWindow");
    m_noteModel = new core::NoteModel(doc, this);
    m_trackModel = new core::TrackListModel(doc, this);
    m_files = new FileController(doc, sketch, autosave, this);
    m_morphModel = new core::timbre::MorphModel(this);   // the Sound-Morph instrument, saved with the project
    m_dialogs = new ModelDialogs(this, std::move(training), [this](const QString &path) {
        m_continue->refreshModels(path);
        m_morph->refreshModels();
        m_sketchEditor->modelPanel()->refreshModels(path);
        statusBar()->showMessage(tr("New model: %1").arg(path), 8000);
    });
    m_files->setTimbreLoader(timbreModels);
    m_editor = new PianoRollEditor(m_noteModel, this);
    m_trackList = new TrackListView(m_trackModel, this);
    m_trackList->setOutputPorts([engine] { return core::MidiOutput::portNames(engine->midiOutputSystem()); });
    m_transport = new TransportBar(doc, this);
    addToolBar(m_transport);
    m_keyboard = new ComputerKeyboard(this);
    m_recorder = new RecordController(doc, engine, m_noteModel, this);
    connect(m_recorder, &RecordController::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    m_thru = new ThruController(doc, engine, m_noteModel, this);
    connect(m_recorder, &RecordController::recordingChanged, m_thru, [this](bool on) { m_thru->setBusy("record", on); });
    m_transport->addSeparator();
    m_transport->addAction(m_recorder->recordAction());
    auto *recordOptions = new QToolButton(this);
    recordOptions->setObjectName("recordOptions");
    recordOptions->setText(tr("Options"));
    recordOptions->setToolTip(tr("Count-in, metronome, loop passes, quantize"));
    recordOptions->setMenu(m_recorder->optionsMenu());
    recordOptions->setPopupMode(QToolButton::InstantPopup);
    m_transport->addWidget(recordOptions);
    m_transport->addSeparator();
    m_transport->addAction(m_keyboard->toggleAction());

    auto *trackPanel = new QWidget(this);
    auto *trackLayout = new QVBoxLayout(trackPanel);
    trackLayout->setContentsMargins(0, 0, 0, 0);
    auto *trackButtons = new QHBoxLayout;
    auto *addButton = new QPushButton(Theme::icon("list-add"), tr("Add Track"), trackPanel);
    auto *removeButton = new QPushButton(Theme::icon("list-remove"), tr("Delete Track"), trackPanel);
    connect(addButton, &QPushButton::clicked, this, &MainWindow::addTrack);
    connect(removeButton, &QPushButton::clicked, this, &MainWindow::deleteTrack);
    trackButtons->addWidget(addButton);
    trackButtons->addWidget(removeButton);
    trackButtons->addStretch(1);
    trackLayout->addLayout(trackButtons);
    trackLayout->addWidget(m_trackList);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName("studioSplit");
    split->addWidget(trackPanel);
    split->addWidget(m_editor);
    const core::MusicModelLoader musicModelsCopy = musicModels;
    m_continue = new ContinuePanel(doc, m_noteModel, m_editor->view(), engine, std::move(musicModels), this);
    connect(m_continue, &ContinuePanel::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    m_duet = new DuetPanel(doc, engine, musicModelsCopy, this);
    connect(m_editor, &PianoRollEditor::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_duet, &DuetPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_duet, &DuetPanel::runningChanged, m_recorder, &RecordController::setLiveOutputBusy);
    connect(m_duet, &DuetPanel::runningChanged, m_thru, [this](bool on) { m_thru->setBusy("duet", on); });
    connect(m_duet, &DuetPanel::duetKept, this, [this](int track) {
        m_noteModel->setTrack(track);   // show the answer, scrolled to its first note
        if (m_noteModel->rowCount() > 0)
            m_editor->view()->scrollTo(m_noteModel->index(0, 0));
    });
    m_sidePanels = new QTabWidget(this);
    m_sidePanels->setObjectName("pianoRollPanels");
    m_sidePanels->addTab(m_continue, tr("Continue"));
    m_sidePanels->addTab(m_duet, tr("Duet"));
    split->addWidget(m_sidePanels);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 760, 300});
    m_sketchEditor = new SketchEditor(sketch, sketchModels, this);
    m_dialogs->setCompareSources({musicModelsCopy, sketchModels, [this] { return m_continue->contextRequest(); },
                                  [sketch] { return sketch->sketch(); }, doc, engine});
    connect(m_sketchEditor, &SketchEditor::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName("instrumentTabs");
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(split, tr("Piano Roll"));
    m_tabs->addTab(m_sketchEditor, tr("Sketch"));
    m_morph = new MorphPanel(engine, timbreModels, this, m_morphModel);
    m_files->setMorphModel(m_morphModel);   // after the panel set its defaults: a fresh studio is unmodified
    connect(m_morph, &MorphPanel::bakeRequested, this, [this] { bakeSound(); });
    connect(m_morph, &MorphPanel::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    m_tabs->addTab(m_morph, tr("Sound Morph"));
    setCentralWidget(m_tabs);

    // Edit > Undo works on the instrument in front.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(doc->undoStack());
    m_undoGroup->addStack(sketch->undoStack());
    m_undoGroup->addStack(m_morph->undoStack());
    m_undoGroup->setActiveStack(doc->undoStack());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, doc, sketch](int i) {
        m_undoGroup->setActiveStack(i == 1 ? sketch->undoStack() : i == 2 ? m_morph->undoStack() : doc->undoStack());
        (i == 1 ? static_cast<QWidget *>(m_sketchEditor) : i == 2 ? static_cast<QWidget *>(m_morph) : m_editor->view())->setFocus();
        // The piano roll's zoom keys are the View menu's only while it is in
        // front (the sketch canvas zooms with the same keys).
        m_editor->zoomInAction()->setEnabled(i == 0);
        m_editor->zoomOutAction()->setEnabled(i == 0);
        m_thru->setBusy("morph", i == 2);   // Sound Morph plays the input itself
    });

    m_history = new QUndoView(m_undoGroup, this);
    m_history->setEmptyLabel(tr("<original>"));
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName("historyDock");
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();

    m_audioStatus = new QLabel(this);
    m_audioStatus->setObjectName("audioStatus");
    statusBar()->addPermanentWidget(m_audioStatus);
    m_audioStatus->setText(engine->statusText());
    m_files->showAutosaveProblemsIn(statusBar());
    connect(m_files, &FileController::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });

    // Track selection drives the piano roll and the other way round.
    connect(m_trackList, &TrackListView::currentTrackChanged, m_noteModel, &core::NoteModel::setTrack);
    connect(m_noteModel, &core::NoteModel::trackSwitched, m_trackList, &TrackListView::setCurrentTrack);
    m_trackList->setCurrentTrack(m_noteModel->track());

    // Playback follows every document change through an immutable snapshot.
    // Tracks with a baked Sound-Morph timbre play through voice engines on
    // their channels (rebuilt only when a model or the sample rate changes).
    m_songTimbres = std::make_unique<core::timbre::SongTimbres>(m_timbreLoader,
                                                                core::timbre::TimbreVoiceEngine::Mode::RealTime);
    connect(doc, &core::SongDocument::changed, this, [this] {
        updateSongTimbres();
        m_engine->setSong(m_doc->song());
    });
    updateSongTimbres();
    m_engine->setSong(doc->song());

    connect(m_transport, &TransportBar::playToggled, this, &MainWindow::togglePlay);
    connect(m_transport, &TransportBar::rewindRequested, this, [this] { m_engine->locate(0); });
    connect(m_editor->ruler(), &TimeRuler::locateRequested, this,
            [this](core::Tick t) { m_engine->locate(t); });
    connect(m_editor->view(), &PianoRollView::previewNote, this, &MainWindow::previewOn);
    connect(m_editor->keyboard(), &PianoKeyboard::keyPressed, this,
            [this](int pitch) { previewOn(pitch, 100); m_previewOffTimer->stop(); });
    connect(m_editor->keyboard(), &PianoKeyboard::keyReleased, this, &MainWindow::previewOff);

    m_previewOffTimer = new QTimer(this);
    m_previewOffTimer->setSingleShot(true);
    m_previewOffTimer->setInterval(kPreviewNote_ms);
    connect(m_previewOffTimer, &QTimer::timeout, this, &MainWindow::previewOff);
    m_playheadTimer = new QTimer(this);
    m_playheadTimer->setInterval(kPlayheadPoll_ms);
    connect(m_playheadTimer, &QTimer::timeout, this, &MainWindow::pollPlayhead);
    m_playheadTimer->start();

    connect(doc->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(sketch->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_files, &FileController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_files, &FileController::pathChanged, this, &MainWindow::updateTitle);
    buildMenus();
    updateTitle();
    // The last session's window, docks and panel widths; the first run fills the screen.
    const QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1280, 800);
        resize(std::min(screen.width(), 1600), std::min(screen.height(), 1000));
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value("window/state").toByteArray());
    split->restoreState(settings.value("window/split").toByteArray());
    m_editor->view()->setFocus();  // editing shortcuts work from the start
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(Theme::icon("document-new"), tr("&New"), QKeySequence::New, m_files,
                                         &FileController::newSong);
    QAction *openAction = file->addAction(Theme::icon("document-open"), tr("&Open…"), QKeySequence::Open, m_files,
                                          [this] { m_files->open(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(Theme::icon("document-save"), tr("&Save"), QKeySequence::Save, m_files,
                                          &FileController::save);
    file->addAction(Theme::icon("document-save-as"), tr("Save &As…"), m_files, &FileController::saveAs)
        ->setShortcuts(keysFor(QKeySequence::SaveAs, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}));
    file->addSeparator();
    file->addAction(Theme::icon("document-import"), tr("&Import MIDI…"), QKeySequence(Qt::CTRL | Qt::Key_I), m_files,
                    [this] { m_files->open(); });
    QMenu *exports = file->addMenu(tr("&Export"));
    exports->setObjectName("exportMenu");
    exports->setIcon(Theme::icon("document-export"));
    exports->addAction(tr("&MIDI…"), QKeySequence(Qt::CTRL | Qt::Key_E), m_files, &FileController::exportMidi);
    exports->addAction(tr("&Audio (WAV, FLAC)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] {
        QList<core::Note> selected;   // offered as the range "Selected notes"
        for (int row : m_editor->view()->selectedRows())
            if (row < m_noteModel->rowCount())
                selected.append(m_noteModel->note(row));
        m_files->exportAudio(selected.isEmpty() ? std::pair<core::Tick, core::Tick>{}
                                                : std::pair{core::NoteOps::earliestStart(selected),
                                                            core::NoteOps::latestEnd(selected)});
    });
    exports->addAction(tr("Sketch &Image (SVG, PNG)…"), this, [this] {
        showInstrument(1);
        m_sketchEditor->exportImage();
    });
    // The Sound menu offers the same two exports.
    const auto exportSoundNote = [this] {
        showInstrument(2);
        m_morph->exportNoteDialog();
    };
    const auto exportSoundPhrase = [this] {
        showInstrument(2);
        m_morph->exportPhraseDialog();
    };
    exports->addAction(tr("Sound &Note (WAV)…"), this, exportSoundNote);
    exports->addAction(tr("Sound &Phrase (WAV)…"), this, exportSoundPhrase);
    file->addSeparator();
    file->addAction(Theme::icon("application-exit"), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Theme::icon("edit-undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(keysFor(QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                                    QKeySequence(Qt::CTRL | Qt::Key_Y)}));
    redo->setIcon(Theme::icon("edit-redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    // Icons for the things done most, left of the transport.
    auto *fileBar = new QToolBar(tr("File"), this);
    fileBar->setObjectName("fileBar");
    fileBar->addActions({newAction, openAction, saveAction});
    fileBar->addSeparator();
    fileBar->addActions({undo, redo});
    insertToolBar(m_transport, fileBar);
    edit->addSeparator();
    NoteEditActions *a = m_editor->editActions();
    for (QAction *act : {a->cut, a->copy, a->paste, a->duplicate, a->deleteNotes})
        edit->addAction(act);
    edit->addSeparator();
    edit->addAction(a->selectAll);
    edit->addAction(a->selectNone);
    edit->addSeparator();
    for (QAction *act : {a->transposeUp, a->transposeDown, a->octaveUp, a->octaveDown, a->nudgeLeft,
                         a->nudgeRight, a->quantize})
        edit->addAction(act);
    edit->addSeparator();
    edit->addAction(Theme::icon("configure"), tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_editor->zoomInAction());
    view->addAction(m_editor->zoomOutAction());
    view->addSeparator();
    view->addAction(findChild<QDockWidget *>("historyDock")->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("Show &Piano Roll"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { showInstrument(0); });
    view->addAction(tr("Show &Sketch Canvas"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { showInstrument(1); });
    view->addAction(tr("Show Sound &Morph"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] { showInstrument(2); });

    // Tools: the tools of the instrument in front.
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName("toolsMenu");
    connect(tools, &QMenu::aboutToShow, this, [this, tools] {
        tools->clear();
        const int instrument = m_tabs->currentIndex();
        if (instrument == 0)
            tools->addActions(m_editor->toolActions());
        else if (instrument == 1)
            tools->addActions(m_sketchEditor->toolActions());
        else
            tools->addAction(tr("Sound Morph has no tools: drag the point, play the keys"))->setEnabled(false);
    });
    tools->addActions(m_editor->toolActions());   // the piano roll is in front at the start

    QMenu *sketchMenu = menuBar()->addMenu(tr("&Sketch"));
    sketchMenu->addActions(m_sketchEditor->modelPanel()->modelActions());
    sketchMenu->addSeparator();
    sketchMenu->addActions(m_sketchEditor->actions());
    sketchMenu->addAction(tr("Tu&ne a Drawing Model…"), this, [this] { m_dialogs->showTuning(QStringLiteral("sketch")); });
    sketchMenu->addAction(tr("Com&pare Drawing Models…"), this, [this] { m_dialogs->showComparison(QStringLiteral("sketch")); });

    QMenu *music = menuBar()->addMenu(tr("&Music"));
    music->addAction(tr("D&uet"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this, [this] {
        showInstrument(0);
        m_sidePanels->setCurrentWidget(m_duet);
    });
    music->addAction(tr("&Continue"), QKeySequence(Qt::CTRL | Qt::Key_J), this, [this] {
        showInstrument(0);
        m_sidePanels->setCurrentWidget(m_continue);
        m_continue->continueMusic();
    });
    music->addAction(tr("&Regenerate Selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), this, [this] {
        showInstrument(0);
        m_continue->regenerateSelection();
    });
    music->addAction(tr("Detect &Key"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), m_editor,
                     &PianoRollEditor::detectKey);
    music->addAction(tr("C&ancel Generation"), m_continue, &ContinuePanel::cancel);
    music->addAction(tr("&Discard Variations"), m_continue, &ContinuePanel::discard);
    music->addSeparator();
    new RatingsActions(music, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    music->addAction(tr("&Train a Music Model…"), this, [this] { m_dialogs->showTraining(); });
    music->addAction(tr("Tu&ne a Model…"), this, [this] { m_dialogs->showTuning(QStringLiteral("melody")); });
    music->addAction(tr("Com&pare Models…"), this, [this] { m_dialogs->showComparison(QStringLiteral("music")); });
    new PersonaliseActions(sketchMenu, music, m_dialogs, PersonaliseActions::sourcesOf(m_sketchEditor, m_doc, m_continue),
                           [this](const QString &m) { statusBar()->showMessage(m, 8000); }, this);

    QMenu *sound = menuBar()->addMenu(tr("S&ound"));
    sound->addAction(tr("Export &Note as WAV…"), this, exportSoundNote);
    sound->addAction(tr("Export &Phrase as WAV…"), this, exportSoundPhrase);
    sound->addAction(tr("&Bake into a Track…"), QKeySequence(Qt::CTRL | Qt::Key_B), this, [this] {
        showInstrument(2);
        bakeSound();
    });
    sound->addAction(tr("&Remove the Baked Sound from the Track"), this, [this] {
        const int index = m_noteModel->track();
        if (!m_doc->isValidTrack(index) || m_doc->song().tracks[index].sound.isEmpty())
            return;
        core::Track t = m_doc->song().tracks[index];
        t.sound = {};
        m_doc->requestChangeTrack(index, t, tr("Remove baked sound"), false);
    });
    sound->addSeparator();
    sound->addAction(tr("&Train a Timbre Model…"), this, [this] { m_dialogs->showTraining(QStringLiteral("timbre")); });

    QMenu *track = menuBar()->addMenu(tr("T&rack"));
    track->addAction(Theme::icon("list-add"), tr("&Add Track"), QKeySequence(Qt::CTRL | Qt::Key_T), this, &MainWindow::addTrack);
    track->addAction(Theme::icon("list-remove"), tr("&Delete Track"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this,
                     &MainWindow::deleteTrack);

    QMenu *transport = menuBar()->addMenu(tr("Tra&nsport"));
    transport->setObjectName("transportMenu");
    transport->addAction(m_transport->playAction());
    transport->addAction(m_transport->rewindAction());
    transport->addAction(m_transport->loopAction());
    transport->addAction(m_thru->action());
    QAction *panicAction = transport->addAction(Theme::icon("process-stop"), tr("&Panic: All Notes Off"), QKeySequence(Qt::SHIFT | Qt::Key_Escape),
                                                this, &MainWindow::panic);
    panicAction->setObjectName("panicAction");
    panicAction->setToolTip(tr("Silences everything: the song, the duet, Sound Morph and MIDI outputs"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(Theme::icon("help-contents"), tr("&Getting Started"), QKeySequence::HelpContents, this,
                    &MainWindow::showGettingStarted);
    help->addAction(Theme::icon("input-keyboard"), tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    help->addAction(Theme::icon("help-about"), tr("&About Atelier"), this, [this] {
        QMessageBox::about(this, tr("About Atelier"),
                           tr("<h3>Atelier %1</h3><p>A creative studio for music, drawing and sound "
                              "with machine-learning models.</p><p>Licence: GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showInstrument(int index) { m_tabs->setCurrentIndex(index); }

void MainWindow::panic()
{
    m_duet->panic();          // a running duet cuts its reply (and its notes) on its worker
    m_morph->allNotesOff();   // the timbre voices, from every source
    m_engine->allNotesOff();  // the synth and the MIDI output ports
    statusBar()->showMessage(tr("All notes off."), 3000);
}

void MainWindow::setSync(core::LinkSession *session, core::LinkDriver *driver,
                         std::function<bool(bool, QString *)> clockOutput, core::ClockFollowDriver *follower,
                         std::function<void(bool)> follow)
{
    m_engine->setTransportDriver(driver);
    auto *control = new LinkControl(session, driver, m_transport, std::move(clockOutput));
    if (follower && follow)
        control->addClockFollow(follower, std::move(follow));
    connect(control, &LinkControl::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    if (auto *menu = findChild<QMenu *>("transportMenu")) {
        menu->addSeparator();
        menu->addAction(control->linkAction());
        menu->addAction(control->startStopAction());
        for (QAction *a : {control->clockOutAction(), control->followAction()})
            if (a)
                menu->addAction(a);
    }
}

void MainWindow::setMidiInputs(core::MidiInputHub *hub, const QList<core::IMidiInputDevice *> &systems,
                               const QString &preferred)
{
    if (systems.isEmpty() || !hub) {
        setMidiInput(nullptr, nullptr);
        if (m_midiHub)
            m_midiHub->setSource(nullptr);
        if (m_midiDevice)
            m_midiDevice->stop();
        m_midiHub = nullptr;
        m_midiSystems.clear();
        m_midiDevice = nullptr;
        return;
    }
    m_midiHub = hub;
    m_midiSystems = systems;
    QString error;
    if (useMidiSystem(preferred, &error))
        return;
    const QString why = error;
    for (core::IMidiInputDevice *d : systems)
        if (useMidiSystem(d->systemName(), &error)) {
            statusBar()->showMessage(tr("MIDI input: %1; using %2").arg(why, d->systemName()), 10000);
            return;
        }
    setMidiInput(hub, nullptr);
    statusBar()->showMessage(tr("No MIDI input system: %1").arg(why), 10000);
}

bool MainWindow::useMidiSystem(const QString &name, QString *error)
{
    core::IMidiInputDevice *device = nullptr;
    for (core::IMidiInputDevice *d : m_midiSystems)
        if (d->systemName() == name)
            device = d;
    if (!device) {
        *error = tr("there is no MIDI system \"%1\"").arg(name);
        return false;
    }
    if (device == m_midiDevice)
        return true;
    if (!device->start(error))
        return false;
    core::IMidiInputDevice *old = m_midiDevice;
    m_midiHub->setSource(device);   // the hub no longer reads the old one
    setMidiInput(m_midiHub, device);
    m_midiDevice = device;
    if (old)
        old->stop();
    return true;
}

void MainWindow::setMidiInput(core::MidiInputHub *hub, core::IMidiInputDevice *device)
{
    m_keyboard->setHub(hub);
    m_thru->setHub(hub);
    m_recorder->setMidiInput(hub);
    m_duet->setMidiInput(hub, device);
    m_morph->setMidiInput(hub, device);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_files->recentFiles();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { m_files->open(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1%2 — Atelier").arg(m_files->displayName(),
                                                        m_files->isModified() ? "*" : ""));
}

void MainWindow::togglePlay()
{
    if (m_engine->isPlaying())
        m_engine->stop();
    else
        m_engine->play();
    if (!m_engine->isRunning())
        statusBar()->showMessage(tr("No audio output: %1").arg(m_engine->statusText()), 5000);
}

void MainWindow::pollPlayhead()
{
    const bool playing = m_engine->isPlaying();
    const core::Tick t = m_engine->playhead();
    m_editor->view()->setPlayhead(t, playing);
    m_editor->ruler()->update();
    m_transport->setPosition(t);
    const std::int64_t trouble = m_engine->underruns() + m_engine->silencedBlocks();
    if (trouble != std::exchange(m_audioTrouble, trouble))
        m_audioStatus->setText(m_engine->statusText());   // dropouts and silenced blocks, as they come
    if (playing != m_wasPlaying)
        m_transport->setPlaying(playing);
    m_wasPlaying = playing;
}

void MainWindow::previewOn(int pitch, int velocity)
{
    const int track = m_noteModel->track();
    if (!m_doc->isValidTrack(track))
        return;
    previewOff();
    const core::Track &t = m_doc->track(track);
    m_previewChannel = t.channel;
    m_previewPitch = pitch;
    m_engine->previewNoteOn(t.channel, t.program, pitch, velocity);
    m_previewOffTimer->start();
}

void MainWindow::previewOff()
{
    if (m_previewPitch >= 0)
        m_engine->previewNoteOff(m_previewChannel, m_previewPitch);
    m_previewPitch = -1;
}

void MainWindow::addTrack()
{
    core::Track t;
    t.name = tr("Track %1").arg(m_doc->trackCount() + 1);
    // Give each new track its own channel (skipping drums) so instruments differ.
    t.channel = m_doc->trackCount() % 15;
    if (t.channel >= core::kDrumChannel)
        ++t.channel;
    const int index = m_doc->trackCount();
    m_doc->requestAddTrack(t, index);
    m_noteModel->setTrack(index);
}

void MainWindow::updateSongTimbres()
{
    if (m_songTimbres->update(m_doc->song(), int(m_engine->sampleRate()), int(m_engine->bufferFrames()))) {
        m_engine->setChannelInstruments(m_songTimbres->table());
        const QStringList problems = m_songTimbres->problems();
        if (!problems.isEmpty())
            statusBar()->showMessage(problems.join(QStringLiteral("; ")), 10000);
    }
}

bool MainWindow::bakeSound(int track, const QString &name)
{
    core::TrackSound sound = m_morph->bakedSound();
    if (sound.isEmpty()) {
        statusBar()->showMessage(tr("Choose a timbre model in Sound Morph first."), 5000);
        return false;
    }
    if (!name.trimmed().isEmpty())
        sound.name = name.trimmed();
    // The sound plays the track's MIDI channel: it needs a channel of its own,
    // or it would play the other tracks on that channel too.
    const QList<core::Track> &tracks = m_doc->song().tracks;
    auto sharedWithOthers = [&](int channel, int self) {
        for (int i = 0; i < tracks.size(); ++i)
            if (i != self && tracks[i].channel == channel)
                return true;
        return false;
    };
    auto freeChannel = [&](int self) {
        for (int c = 0; c < 16; ++c)
            if (c != core::kDrumChannel && !sharedWithOthers(c, self))
                return c;
        return -1;
    };
    QUndoStack *undo = m_doc->undoStack();
    if (m_doc->isValidTrack(track)) {
        core::Track t = tracks[track];
        if (t.channel == core::kDrumChannel || sharedWithOthers(t.channel, track)) {
            const int c = freeChannel(track);
            if (c < 0) {
                statusBar()->showMessage(tr("Every MIDI channel is in use by other tracks: free one to bake a sound "
                                            "into \"%1\".").arg(t.name), 8000);
                return false;
            }
            t.channel = c;
        }
        t.sound = sound;
        t.midiOutPort.clear();
        m_doc->requestChangeTrack(track, t, tr("Bake sound \"%1\" into %2").arg(sound.name, t.name), false);
        m_noteModel->setTrack(track);
    } else {
        const int c = freeChannel(-1);
        if (c < 0) {
            statusBar()->showMessage(tr("Every MIDI channel is in use: free one to bake a sound into a new track."), 8000);
            return false;
        }
        core::Track t;
        t.name = sound.name;
        t.channel = c;
        t.sound = sound;
        undo->beginMacro(tr("New track with the sound \"%1\"").arg(sound.name));
        const int index = m_doc->trackCount();
        m_doc->requestAddTrack(t, index);
        undo->endMacro();
        m_noteModel->setTrack(index);
        track = index;
    }
    statusBar()->showMessage(tr("Track \"%1\" now plays with the sound \"%2\" (Edit > Undo takes it back).")
                                 .arg(m_doc->song().tracks[track].name, sound.name),
                             8000);
    return true;
}

void MainWindow::bakeSound()
{
    if (!m_morph->hasModel()) {
        statusBar()->showMessage(tr("Choose a timbre model in Sound Morph first."), 5000);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Bake the Sound into a Track"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(m_morph->bakedSound().name, &dialog);
    name->setObjectName("bakeName");
    auto *target = new QComboBox(&dialog);
    target->setObjectName("bakeTrack");
    target->addItem(tr("A new track"), -1);
    for (int i = 0; i < m_doc->trackCount(); ++i)
        target->addItem(m_doc->song().tracks[i].name, i);
    if (m_doc->isValidTrack(m_noteModel->track()))
        target->setCurrentIndex(m_noteModel->track() + 1);
    form->addRow(tr("Sound name"), name);
    form->addRow(tr("Play it on"), target);
    form->addRow(new QLabel(tr("The track's notes will be played by the timbre model with this morph, its "
                               "envelope and gain, in playback and in Export Audio. Choosing a GM instrument "
                               "in the track list goes back to the synth."),
                            &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (bakeSound(target->currentData().toInt(), name->text()))
        showInstrument(0);
}

void MainWindow::deleteTrack()
{
    const int track = m_noteModel->track();
    if (m_doc->isValidTrack(track))
        m_doc->requestRemoveTrack(track);
}

void MainWindow::showPreferences()
{
    QStringList systems;
    for (const core::IMidiInputDevice *d : m_midiSystems)
        systems.append(d->systemName());
    PreferencesDialog dlg(AudioPreferences::load(), m_engine->statusText(), systems,
                          m_midiDevice ? m_midiDevice->systemName() : QString(), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (dlg.theme() != Theme::current()) {
        Theme::apply(dlg.theme());
        Theme::save(dlg.theme());
    }
    AudioPreferences::save(dlg.settings());
    QSettings().setValue("paths/dataDir", dlg.dataDir());
    applyAudioSettings();
    const QString midi = dlg.midiSystem();
    if (!midi.isEmpty() && (!m_midiDevice || midi != m_midiDevice->systemName())) {
        QString error;
        if (useMidiSystem(midi, &error)) {
            QSettings().setValue("midi/system", midi);
            statusBar()->showMessage(tr("MIDI input now comes through %1.").arg(midi), 8000);
        } else {
            statusBar()->showMessage(tr("MIDI input cannot use %1: %2").arg(midi, error), 10000);
        }
    }
}

void MainWindow::applyAudioSettings()
{
    m_engine->shutdown();
    QString error;
    if (!m_engine->start(AudioPreferences::load(), &error))
        statusBar()->showMessage(tr("Audio could not start: %1").arg(error), 8000);
    updateSongTimbres();
    m_engine->setSong(m_doc->song());
    m_morph->audioRestarted();
    m_audioStatus->setText(m_engine->statusText());
}

void MainWindow::showGettingStarted()
{
    auto *dialog = new GettingStartedDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GettingStartedDialog::continueTuneChosen, this, [this] {
        if (!m_files->openDemo())
            return;
        showInstrument(0);
        m_sidePanels->setCurrentWidget(m_continue);
        m_continue->continueMusic();   // no notes selected: the melody's last bars
    });
    connect(dialog, &GettingStartedDialog::drawChosen, this, [this] {
        showInstrument(1);
        statusBar()->showMessage(tr("Draw the start of something on the canvas, then Finish My Drawing "
                                    "(Ctrl+Return)."), 15000);
    });
    connect(dialog, &GettingStartedDialog::morphChosen, this, [this] {
        showInstrument(2);
        statusBar()->showMessage(tr("Drag the point between the corners and play the keys A to K."), 15000);
    });
    dialog->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_engine->stop();
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    if (const auto *split = findChild<QSplitter *>("studioSplit"))
        settings.setValue("window/split", split->saveState());
    event->accept();
}

} // namespace atelier::ui
