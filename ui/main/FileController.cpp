#include "main/FileController.h"
#include "main/ExportAudioDialog.h"

#include "timbre/SongTimbres.h"
#include "audio/OfflineRenderer.h"
#include "jobs/JobRunner.h"
#include "document/TempoMap.h"
#include "project/ProjectFile.h"
#include "project/SongFiles.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>

#include "common/ExportPaths.h"
#include <QStandardPaths>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <atomic>

namespace atelier::ui {

FileController::FileController(core::SongDocument *doc, core::SketchDocument *sketch,
                               core::AutosaveStore *autosave, QWidget *window)
    : QObject(window), m_doc(doc), m_sketch(sketch), m_autosave(autosave), m_window(window)
{
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(kAutosaveInterval_ms);
    connect(m_autosaveTimer, &QTimer::timeout, this, &FileController::autosaveTick);
    m_autosaveTimer->start();
    connect(doc, &core::SongDocument::changed, this, [this] { m_autosaveDirty = true; });
    connect(sketch, &core::SketchDocument::changed, this, [this] { m_autosaveDirty = true; });
}

core::Project FileController::project() const
{
    if (!m_morph)
        return {m_doc->song(), m_sketch->sketch(), {}};
    // A project's morph the panel could not take (its timbre model is not installed here) is
    // saved back as it came, until the user makes a morph of their own.
    if (m_keptMorph && m_morph->undoStack()->isClean())
        return {m_doc->song(), m_sketch->sketch(), *m_keptMorph};
    return {m_doc->song(), m_sketch->sketch(), m_morph->state()};
}

void FileController::setMorphModel(core::timbre::MorphModel *morph)
{
    m_morph = morph;
    connect(morph, &core::timbre::MorphModel::changed, this, [this] { m_autosaveDirty = true; });
    connect(morph->undoStack(), &QUndoStack::cleanChanged, this, &FileController::modifiedChanged);
}

void FileController::loadProject(const core::Project &project)
{
    m_doc->resetSong(project.song);
    m_sketch->resetSketch(project.sketch);
    if (m_morph) {
        m_morph->reset(project.morph);   // the panel restores it (or sets its defaults for none)
        m_keptMorph.reset();
        if (!project.morph.isEmpty() && m_morph->state() != project.morph)
            m_keptMorph = project.morph;
    }
}

void FileController::setClean()
{
    m_doc->undoStack()->setClean();
    m_sketch->undoStack()->setClean();
    if (m_morph)
        m_morph->undoStack()->setClean();
    emit modifiedChanged();
}

QString FileController::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    return m_importedName.isEmpty() ? tr("Untitled") : m_importedName + ".atelier";
}

bool FileController::isModified() const
{
    return !m_doc->undoStack()->isClean() || !m_sketch->undoStack()->isClean()
        || (m_morph && !m_morph->undoStack()->isClean());
}

QStringList FileController::recentFiles() const
{
    return QSettings().value("recentFiles").toStringList();
}

void FileController::addRecent(const QString &path)
{
    QStringList list = recentFiles();
    const QString abs = QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    QSettings().setValue("recentFiles", list);
    emit recentFilesChanged();
}

void FileController::setPath(const QString &path, const QString &importedName)
{
    m_path = path;
    m_importedName = importedName;
    emit pathChanged(path);
}

void FileController::showError(const QString &title, const QString &message)
{
    emit statusMessage(message);
    if (m_window && m_window->isVisible())
        QMessageBox::critical(m_window, title, message);
}

QString FileController::dialogDir() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    return QSettings().value("lastDir", QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
        .toString();
}

void FileController::showAutosaveProblemsIn(QStatusBar *bar)
{
    auto *warning = new QLabel(bar);
    warning->setObjectName("autosaveWarning");
    warning->setStyleSheet(QStringLiteral("color: #e0603a; font-weight: bold"));
    warning->hide();
    bar->addPermanentWidget(warning);
    connect(this, &FileController::autosaveProblem, warning, [warning](const QString &m) {
        warning->setText(m);
        warning->setVisible(!m.isEmpty());
    });
}

void FileController::autosaveTick()
{
    if (!m_autosaveDirty || !m_autosave)
        return;
    QString error;
    if (autosaveNow(&error)) {
        if (!m_autosaveProblem.isEmpty()) {
            m_autosaveProblem.clear();
            emit autosaveProblem(QString());
        }
        return;
    }
    // Said once per reason (it stays on show until an autosave works again).
    const QString problem = error.isEmpty() ? tr("unknown error") : error;
    if (problem != m_autosaveProblem) {
        m_autosaveProblem = problem;
        emit autosaveProblem(tr("Autosave failed: %1").arg(problem));
    }
}

bool FileController::autosaveNow(QString *error)
{
    if (!m_autosave)
        return false;
    if (!m_autosave->save(project(), m_path, error))
        return false;
    m_autosaveDirty = false;
    return true;
}

bool FileController::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("Save the changes to %1 before closing it?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool FileController::newSong()
{
    if (!maybeSave())
        return false;
    core::Song song;
    song.tempos = {{0, core::kDefaultTempo_bpm}};
    song.timeSignatures = {{0, 4, 4}};
    core::Track piano;
    piano.name = tr("Piano");
    song.tracks = {piano};
    loadProject({song, {}, {}});
    setClean();
    setPath({});
    return true;
}

bool FileController::openFile(const QString &path, QString *error)
{
    QString warning;
    const auto loaded = core::SongFiles::load(path, error, &warning);
    if (!loaded)
        return false;
    loadProject(*loaded);
    if (!warning.isEmpty())
        emit statusMessage(warning);
    setClean();
    // A MIDI file is imported: saving writes a project beside it, never over it.
    if (core::SongFiles::isMidiFile(path))
        setPath({}, QFileInfo(path).completeBaseName());
    else
        setPath(QFileInfo(path).absoluteFilePath());
    addRecent(path);
    QSettings().setValue("lastDir", QFileInfo(path).absolutePath());
    emit statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileController::openDemo()
{
    if (!maybeSave())
        return false;
    QString error;
    const auto demo = core::SongFiles::load(QStringLiteral(":/demo/first-tune.atelier"), &error);
    if (!demo) {
        showError(tr("Open Demo"), error);
        return false;
    }
    loadProject(*demo);
    setClean();
    setPath({}, tr("First Tune"));   // Save asks for a place of your own
    emit statusMessage(tr("Opened the demo tune. Continue (Ctrl+J) lets the melody model write on."));
    return true;
}

bool FileController::open(const QString &givenPath)
{
    if (!maybeSave())
        return false;
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(m_window, tr("Open"), dialogDir(),
                                            tr("Songs (*.atelier *.mid *.midi);;Atelier projects "
                                               "(*.atelier);;MIDI files (*.mid *.midi);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!openFile(path, &error)) {
        showError(tr("Cannot open"), error);
        return false;
    }
    return true;
}

bool FileController::saveFile(const QString &path, QString *error)
{
    if (!core::ProjectFile::save(project(), path, error))
        return false;
    setClean();
    setPath(QFileInfo(path).absoluteFilePath());
    addRecent(path);
    if (m_autosave)
        m_autosave->discard();
    m_autosaveDirty = false;
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileController::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString error;
    if (!saveFile(m_path, &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    return true;
}

bool FileController::saveAs()
{
    // Not into a folder Atelier cannot write (a song imported from the shared data).
    const QString dir = QFileInfo(dialogDir()).isWritable() ? dialogDir() : ExportPaths::lastFolder();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project"), dir + "/" + displayName(),
                                                tr("Atelier projects (*.atelier)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(".atelier"))
        path += ".atelier";
    QString error;
    if (!saveFile(path, &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    return true;
}

bool FileController::exportMidi()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export MIDI"), ExportPaths::suggest(QFileInfo(displayName()).completeBaseName(), "mid"),
        tr("MIDI type 1, one track per track (*.mid);;MIDI type 0, single track (*.mid)"), &selected);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(".mid", Qt::CaseInsensitive) && !path.endsWith(".midi", Qt::CaseInsensitive))
        path += ".mid";
    const int format = selected.contains("type 0") ? 0 : 1;
    QString error;
    if (!core::SongFiles::exportMidi(m_doc->song(), path, format, &error)) {
        showError(tr("Cannot export MIDI"), error);
        return false;
    }
    ExportPaths::remember(path);
    emit statusMessage(tr("Exported %1 (MIDI type %2)").arg(QFileInfo(path).fileName()).arg(format));
    return true;
}

bool FileController::exportAudio(std::pair<core::Tick, core::Tick> selection)
{
    const core::Song song = m_doc->song();
    if (song.endTick() == 0) {
        showError(tr("Export Audio"), tr("The song has no notes to render."));
        return false;
    }
    ExportAudioDialog choices(song, selection, m_window);
    if (choices.exec() != QDialog::Accepted)
        return false;
    const QString suffix = choices.suffix();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Audio"), ExportPaths::suggest(QFileInfo(displayName()).completeBaseName(), suffix),
        suffix == QLatin1String("flac") ? tr("FLAC audio (*.flac)") : tr("WAV audio (*.wav)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    ExportPaths::remember(path);
    return renderAudio(path, choices.options());
}

bool FileController::renderAudio(const QString &path, core::RenderOptions options)
{
    const core::Song song = m_doc->song();
    options.soundFont = QSettings().value("audio/soundFont").toString();
    options.tail_s = core::timbre::SongTimbres::tailSeconds(song, options.tail_s);
    QStringList problems;
    options.channelInstruments =
        core::timbre::SongTimbres::offlineTable(song, m_timbreLoader, options.sampleRate, &problems);
    if (!problems.isEmpty())
        emit statusMessage(problems.join(QStringLiteral("; ")));

    // Render on a worker thread; the dialog polls its progress and can cancel.
    QProgressDialog progress(tr("Rendering %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             1000, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto permille = std::make_shared<std::atomic<int>>(0);
    auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
    core::JobRunner &runner = core::JobRunner::instance();
    const core::JobId job = runner.start(this, [=](core::JobContext &context) {
        QString error;
        const bool ok = core::OfflineRenderer::render(song, options, path, &error, [&](double p) {
            permille->store(int(p * 1000));
            return !context.cancelled();
        });
        *result = {ok, error};   // read after the job ended
    });
    bool cancelled = false;
    while (runner.isActive(job)) {
        progress.setValue(permille->load());
        if (progress.wasCanceled() && !cancelled) {
            cancelled = true;
            runner.cancel(job);
        }
        runner.waitFor(job, 30);
    }
    const QString error = result->second;
    progress.reset();
    if (!result->first) {
        if (cancelled)
            emit statusMessage(tr("Audio export cancelled"));
        else
            showError(tr("Cannot export audio"), error);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(QFileInfo(path).fileName()));
    return true;
}

void FileController::offerRecovery()
{
    if (!m_autosave)
        return;
    for (const auto &r : m_autosave->findRecoverable()) {
        const QString what = r.documentPath.isEmpty() ? tr("an unsaved song")
                                                      : QFileInfo(r.documentPath).fileName();
        const auto answer = QMessageBox::question(
            m_window, tr("Recover work"),
            tr("Atelier did not close properly. Recover %1, autosaved %2?")
                .arg(what, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;  // keep it for next time
        if (answer == QMessageBox::Yes) {
            QString error;
            const auto recovered = core::SongFiles::load(r.autosavePath, &error);
            if (!recovered) {
                showError(tr("Cannot recover"), error);
                continue;
            }
            loadProject(*recovered);
            setPath(r.documentPath);
            // Recovered work is unsaved work: mark it modified so it is not lost again.
            m_doc->undoStack()->resetClean();
            autosaveNow(nullptr);
            m_autosave->remove(r);
            emit statusMessage(tr("Recovered %1").arg(what));
            return;
        }
        QString error;
        const QString kept = m_autosave->moveToTrash(r, &error);
        emit statusMessage(kept.isEmpty() ? error
                                          : tr("Not recovered: %1 is kept for %n day(s) in %2", nullptr,
                                               core::AutosaveStore::kTrashDays)
                                                .arg(what, kept));
    }
}

} // namespace atelier::ui
