#pragma once
// Everything the studio does with files, with its dialogs: new, open (project
// or MIDI), save / save as (atomic), MIDI and audio export (audio renders on a
// worker thread with progress and cancel), recent files, autosave every
// kAutosaveInterval_ms while there are unsaved changes, and the offer to
// recover autosaves of a session that crashed. Errors are shown, never lost:
// a failed open or save leaves the current song untouched.

#include "timbre/ITimbreModel.h"
#include "document/SongDocument.h"
#include "project/AutosaveStore.h"
#include "sketch/SketchDocument.h"
#include "timbre/MorphModel.h"
#include "audio/OfflineRenderer.h"

#include <QObject>
#include <optional>
#include <QStringList>

class QTimer;
class QStatusBar;
class QWidget;

namespace atelier::ui {

class FileController : public QObject {
    Q_OBJECT
public:
    static constexpr int kAutosaveInterval_ms = 20000;
    static constexpr int kMaxRecentFiles = 10;

    FileController(core::SongDocument *doc, core::SketchDocument *sketch, core::AutosaveStore *autosave,
                   QWidget *window);
    core::Project project() const;
    // The Sound-Morph instrument saved with the project (not owned; null: none).
    void setMorphModel(core::timbre::MorphModel *morph);
    // Export Audio renders tracks with a baked Sound-Morph timbre with this loader.
    void setTimbreLoader(core::timbre::TimbreModelLoader loader) { m_timbreLoader = std::move(loader); }

    QString currentPath() const { return m_path; }
    QString displayName() const;
    bool isModified() const;
    QStringList recentFiles() const;

    // Interactive (dialogs); each returns false when cancelled or failed.
    bool newSong();
    bool open(const QString &path = {});
    bool save();
    bool saveAs();
    bool exportMidi();
    // selection: the selected notes' ticks, offered as a range to render.
    bool exportAudio(std::pair<core::Tick, core::Tick> selection = {});
    bool maybeSave();  // before closing the song: save, discard or cancel
    void offerRecovery();
    // Our demo tune (compiled in), as an untitled song "First Tune".
    bool openDemo();

    // Non-interactive cores of the above, for tests and the command line.
    bool openFile(const QString &path, QString *error);
    bool saveFile(const QString &path, QString *error);
    bool autosaveNow(QString *error);
    // What the autosave timer does: autosaves unsaved changes, and says when
    // that fails (autosaveProblem) or works again after failing.
    void autosaveTick();
    // A warning in the status bar ("autosaveWarning") while autosave fails.
    void showAutosaveProblemsIn(QStatusBar *bar);
    // Renders the song with these options (range, rate, bits, container) on a
    // worker thread, with a progress dialog that can cancel.
    bool renderAudio(const QString &path, core::RenderOptions options);

signals:
    void pathChanged(const QString &path);
    void recentFilesChanged();
    void statusMessage(const QString &message);
    void modifiedChanged();
    // "Autosave failed: <reason>" while autosaving fails (once per reason);
    // empty when it works again.
    void autosaveProblem(const QString &message);

private:
    core::timbre::TimbreModelLoader m_timbreLoader;
    QString m_autosaveProblem;   // the last autosave failure's reason; empty while it works
    void setPath(const QString &path, const QString &importedName = {});
    void addRecent(const QString &path);
    void showError(const QString &title, const QString &message);
    void loadProject(const core::Project &project);
    void setClean();
    QString dialogDir() const;

    core::SongDocument *m_doc;
    core::SketchDocument *m_sketch;
    core::timbre::MorphModel *m_morph = nullptr;
    std::optional<core::MorphState> m_keptMorph;   // the opened project's, when the panel could not restore it
    core::AutosaveStore *m_autosave;
    QWidget *m_window;
    QString m_path;
    QString m_importedName;  // base name of an imported MIDI file, until saved
    QTimer *m_autosaveTimer;
    bool m_autosaveDirty = false;
};

} // namespace atelier::ui
