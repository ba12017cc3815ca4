#pragma once
// The studio window: the track list and the piano-roll editor over one
// SongDocument, the transport, menus holding every action, the undo history,
// and a status bar that tells whether audio is available. It is given its
// document, audio engine and autosave store by the app (composition root).

#include "music/IMusicModel.h"
#include "music/TrainingJob.h"
#include "sketch/ISketchModel.h"
#include "timbre/ITimbreModel.h"

#include <QMainWindow>
#include <functional>

class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoGroup;
class QUndoView;

namespace atelier::core {
class AudioEngine;
class ClockFollowDriver;
class LinkDriver;
class LinkSession;
class AutosaveStore;
class MidiInputHub;
class IMidiInputDevice;
class NoteModel;
class SketchDocument;
class SongDocument;
class TrackListModel;
} // namespace atelier::core

namespace atelier::ui {

class ComputerKeyboard;
class ContinuePanel;
class DuetPanel;
class RecordController;
class ThruController;
class MorphPanel;
class ModelDialogs;
} // namespace atelier::ui
namespace atelier::core::timbre {
class SongTimbres;
class MorphModel;
} // namespace atelier::core::timbre
namespace atelier::ui {
class FileController;
class PianoRollEditor;
class SketchEditor;
class TrackListView;
class TransportBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(core::SongDocument *doc, core::SketchDocument *sketch, core::AudioEngine *engine,
               core::AutosaveStore *autosave, core::SketchModelLoader sketchModels,
               core::MusicModelLoader musicModels = {}, core::TrainingJobFactory training = {},
               core::timbre::TimbreModelLoader timbreModels = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    FileController *files() const { return m_files; }
    PianoRollEditor *editor() const { return m_editor; }
    SketchEditor *sketchEditor() const { return m_sketchEditor; }
    ContinuePanel *continuePanel() const { return m_continue; }
    DuetPanel *duetPanel() const { return m_duet; }
    ComputerKeyboard *computerKeyboard() const { return m_keyboard; }
    RecordController *recorder() const { return m_recorder; }
    // The studio's one MIDI input (built by the app): the hub every
    // instrument reads, and the MIDI systems it can read from (ALSA, JACK).
    // The preferred one is used when it starts, else the first that does;
    // Preferences switches. Empty: none (before the app tears them down).
    // Keeping time with other programs (made by the app): Ableton Link's
    // button and tempo in the transport bar, the driver the audio engine hands
    // the transport to, Send MIDI Clock (opens or closes the clock port) and
    // Follow MIDI Clock (`follow(on)` hands the transport to `follower`, or back).
    void setSync(core::LinkSession *session, core::LinkDriver *driver,
                 std::function<bool(bool on, QString *error)> clockOutput = {},
                 core::ClockFollowDriver *follower = nullptr, std::function<void(bool on)> follow = {});
    void setMidiInputs(core::MidiInputHub *hub, const QList<core::IMidiInputDevice *> &systems,
                       const QString &preferred);
    bool useMidiSystem(const QString &name, QString *error);
    core::IMidiInputDevice *midiDevice() const { return m_midiDevice; }
    MorphPanel *morphPanel() const { return m_morph; }
    ModelDialogs *modelDialogs() const { return m_dialogs; }   // Train a Model, Tune a Model
    void showInstrument(int index);  // 0: piano roll, 1: sketch, 2: sound morph
    void panic();                    // all notes off everywhere (Shift+Esc)
    TrackListView *trackList() const { return m_trackList; }
    TransportBar *transport() const { return m_transport; }
    core::NoteModel *noteModel() const { return m_noteModel; }

    // Sound Morph > Bake: the current morph becomes the instrument of a track
    // (index; -1 = a new track), one undo step on the song. The dialog asks.
    bool bakeSound(int track, const QString &name = {});
    void bakeSound();

    void togglePlay();
    void addTrack();
    void deleteTrack();
    void showGettingStarted();   // Help > Getting Started; the first run opens with it
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void updateTitle();
    void pollPlayhead();
    void previewOn(int pitch, int velocity);
    void previewOff();
    void applyAudioSettings();
    void setMidiInput(core::MidiInputHub *hub, core::IMidiInputDevice *device);

    core::SongDocument *m_doc;
    core::AudioEngine *m_engine;
    core::NoteModel *m_noteModel;
    core::TrackListModel *m_trackModel;
    FileController *m_files;
    PianoRollEditor *m_editor;
    SketchEditor *m_sketchEditor;
    ContinuePanel *m_continue;
    DuetPanel *m_duet;
    ComputerKeyboard *m_keyboard;
    RecordController *m_recorder;
    ThruController *m_thru;
    QTabWidget *m_sidePanels;
    MorphPanel *m_morph;
    core::timbre::MorphModel *m_morphModel;
    core::timbre::TimbreModelLoader m_timbreLoader;
    std::unique_ptr<core::timbre::SongTimbres> m_songTimbres;
    void updateSongTimbres();
    ModelDialogs *m_dialogs = nullptr;
    QTabWidget *m_tabs;
    QUndoGroup *m_undoGroup;
    TrackListView *m_trackList;
    TransportBar *m_transport;
    QUndoView *m_history;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_audioStatus;
    QTimer *m_playheadTimer;
    QTimer *m_previewOffTimer;
    int m_previewPitch = -1;
    int m_previewChannel = 0;
    std::int64_t m_audioTrouble = 0;   // dropouts and silenced blocks, as last shown
    bool m_wasPlaying = false;
    core::MidiInputHub *m_midiHub = nullptr;
    QList<core::IMidiInputDevice *> m_midiSystems;
    core::IMidiInputDevice *m_midiDevice = nullptr;
};

} // namespace atelier::ui
