#pragma once
// The Sound-Morph instrument (NSynth Super style): a neural timbre model
// plays notes whose timbre is a blend of four corner instruments.
//
// Model (MorphModelSource): chosen among the *.timbre.json files of the model
// search path (loaded once each through the loader the app passes in, and
// checked before use); setModel() sets
// one directly (tests). With no model everything but the chooser is disabled
// and the status line says where models go. A model change rebuilds the
// voice engine, picks default corners and clears the panel's undo history.
//
// Corners: each corner is one of the model's instruments or a user's
// recording: a WAV (any file libsndfile reads) is mixed to mono, resampled
// to 16 kHz, trimmed of leading silence, cut to at most 3 s, and its MFCC
// statistics are encoded to z by the model. Errors (unreadable file,
// silence, a model that cannot encode) are shown and the corner keeps its
// instrument. Defaults: Flute, Trumpet, Cello, Piano (GM 73, 56, 42, 0) of
// the first soundfont that has them, else the first unused instruments.
//
// Morph: the instrument's state lives in a core MorphModel (corners, point,
// two-corner mode, envelope, gain; saved in the project); the panel binds its
// pad, combos and sliders to it. The XY pad's point weighs the corners
// bilinearly (MorphMath), and z = sum w_i z_i goes to the voice engine (setZ)
// at once, so held notes follow. "Two corners" mode morphs from corner A to B
// with a slider (the point on the pad's top edge). Point moves and corner
// changes are undo steps on the MorphModel's QUndoStack (the main window adds
// it to its undo group); one drag is one step. A project's morph is restored
// when it is opened: its timbre model is chosen by file name and its corners,
// point and sound come back (a model that is not installed is named in the
// status line, and the panel keeps its own).
//
// Playing: the on-screen keyboard (mouse), the computer keyboard (A W S E D
// F T G Y H U J K = one octave from C, Z / X octave down / up; auto-repeat
// ignored) and the studio's MIDI input (a listener on the MidiInputHub,
// only while the panel is shown; it goes straight to the voice engine's
// postMidi() on the hub's thread; the port chosen here is the studio's one
// device input, shared with the Duet panel) all play one
// LiveTimbreInstrument: a polyphonic TimbreVoiceEngine (Mode::RealTime, at
// the audio engine's sample rate) that the audio engine mixes in. Every note
// played is also recorded with its time since the first note-on (the
// "phrase", a PhraseRecorder).
// Without a running audio engine the panel still works: it says audio is
// off, and the plots show offline previews.
//
// Plots (TimbrePlots): a 30 Hz timer shows the voice engine's last block and
// frame while notes sound; otherwise an offline preview of middle C for the
// current morph (rendered on a worker thread, debounced). The map shows the
// instruments' embeddings by PCA with the morph point moving over it.
//
// Export (MorphExporter): one note (pitch, velocity, held seconds, plus the
// release tail) or the recorded phrase, rendered offline at 48 kHz with the
// current morph, envelope and gain, written as 16-bit WAV (atomically). The
// render runs on the studio's JobRunner while the UI keeps running.

#include "audio/MidiMessage.h"
#include "document/Song.h"
#include "timbre/ITimbreModel.h"
#include "timbre/LiveTimbreInstrument.h"
#include "timbre/MorphExporter.h"
#include "timbre/MorphModel.h"
#include "timbre/PhraseRecorder.h"
#include "timbre/MorphModelSource.h"
#include "timbre/MorphMath.h"
#include "timbre/TimbreRender.h"
#include "timbre/TimbreVoiceEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointF>
#include <QWidget>
#include <array>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;
class QUndoStack;

namespace atelier::core {
class AudioEngine;
class MidiInputHub;
class IMidiInputDevice;
} // namespace atelier::core

namespace atelier::ui {

class DragOutButton;
class OnScreenKeyboard;
class TimbrePlots;
class XYPad;
using MorphCorner = core::MorphCorner;

class MorphPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCorners = 4;
    static constexpr int kExportSampleRate = MorphExporter::kSampleRate;
    static constexpr double kMaxPhraseSeconds = 300.0;
    static constexpr int kPreviewPitch = 60;
    static constexpr int kPreviewVelocity = 100;
    static constexpr int kPlotInterval_ms = 33;

    // morph: the instrument's model (the project's; not owned); null: the panel keeps one of its own.
    MorphPanel(core::AudioEngine *engine, core::timbre::TimbreModelLoader loader, QWidget *parent = nullptr,
               core::timbre::MorphModel *morph = nullptr);
    ~MorphPanel() override;

    // Models.
    static QStringList findModelFiles();        // MorphModelSource::findFiles()
    void refreshModels();
    void setModelFiles(const QStringList &files);
    void setModel(std::shared_ptr<const core::timbre::ITimbreModel> model);  // tests; null: none
    std::shared_ptr<const core::timbre::ITimbreModel> model() const { return m_model; }
    bool hasModel() const { return bool(m_model); }
    // The default corner instruments of a model (indices into instruments()).
    static std::array<int, kCorners> defaultCorners(const core::timbre::ITimbreModel &model);
    static QString cornerTitle(int corner);  // "A" .. "D"

    // Morph.
    core::timbre::MorphModel *morphModel() const { return m_morph; }
    QPointF morphPoint() const { return m_morph->point(); }
    void setMorphPoint(double x, double y);  // one undo step
    std::array<double, kCorners> weights() const;
    std::vector<float> currentZ() const { return m_z; }
    const MorphCorner &corner(int corner) const { return m_morph->corner(corner); }
    bool setCornerInstrument(int corner, int instrument);  // one undo step
    bool setCornerFromWav(int corner, const QString &path, QString *error);  // one undo step
    bool chooseCornerRecording(int corner);  // asks for a file
    void setTwoCornerMode(bool on);
    bool twoCornerMode() const;

    // Sound.
    core::timbre::Envelope envelope() const;
    void setEnvelope(const core::timbre::Envelope &envelope);
    double gain() const;            // linear
    void setGain(double linear);

    // Playing (UI thread). Every source ends up here, except the MIDI
    // input, which reaches the voice engine directly and is recorded here.
    void noteOn(int pitch, int velocity);
    void noteOff(int pitch);
    void allNotesOff();             // releases everything, from every source
    int keyboardOctave() const { return m_octave; }  // computer keyboard: C of this octave (4: C4 = 60)
    void setKeyboardOctave(int octave);
    int heldNoteCount() const;

    // The studio's MIDI input (not owned; null: none).
    void setMidiInput(core::MidiInputHub *hub, core::IMidiInputDevice *device);
    // The studio's device port ("" or "None" closes it).
    QStringList midiInputPorts(QString *error) const;
    void refreshMidiPorts();
    bool openMidiInput(const QString &port, QString *error);
    // What the input delivers, on the hub's thread (any thread): the
    // message goes straight to the voice engine, then to the UI thread for
    // the on-screen keyboard and the phrase.
    void midiFromPort(const core::MidiMessage &message);

    // The recorded phrase: times since its first note-on.
    std::vector<core::timbre::TimedMidi> phrase() const { return m_phrase.events(); }
    int phraseNoteCount() const;
    void clearPhrase();

    // Export (synchronous for the caller; long renders keep the UI running).
    bool exportNote(const QString &path, int pitch, int velocity, double seconds, QString *error);
    bool exportPhrase(const QString &path, QString *error);
    void exportNoteDialog();    // asks for pitch, velocity, length and a file
    void exportPhraseDialog();  // asks for a file
    bool isExporting() const { return m_exporter->busy(); }
    DragOutButton *dragNoteButton() const { return m_dragNote; }   // drags a rendered note as WAV

    // The current morph as a track instrument (empty without a model): model
    // file name, z, envelope, gain, and a name from the corners that count.
    core::TrackSound bakedSound() const;

    // Call after the audio engine was restarted (its sample rate may differ).
    void audioRestarted();

    // For the main window and tests.
    QUndoStack *undoStack() const { return m_morph->undoStack(); }
    QComboBox *modelCombo() const { return m_models; }
    QComboBox *cornerCombo(int corner) const { return m_cornerCombos.at(std::size_t(corner)); }
    QComboBox *midiInputCombo() const { return m_midiPorts; }
    XYPad *pad() const { return m_pad; }
    QSlider *morphSlider() const { return m_slider; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    TimbrePlots *plots() const { return m_plots; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *audioLabel() const { return m_audioLabel; }
    std::shared_ptr<core::timbre::TimbreVoiceEngine> voiceEngine() const { return m_instrument->voices(); }
    core::timbre::LiveTimbreInstrument *instrument() const { return m_instrument; }
    bool previewPending() const { return m_previewBusy || m_previewDirty; }

signals:
    void statusMessage(const QString &message);
    void modelChanged();
    void bakeRequested();    // "Bake into a Track…": the main window asks where
    void morphChanged();     // z changed (point or corners)
    void previewUpdated();   // an offline preview reached the plots

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Clock = std::chrono::steady_clock;

    void buildUi();
    // The model's signals.
    void morphReset();
    void pointChanged();
    void cornerChanged(int corner);
    void twoCornersChanged();
    void soundChanged();
    QString modelFileName() const;   // as TrackSound::model: the file name when the search path finds it
    core::MorphState defaultState() const;   // the current model's default corners, the rest kept
    bool fits(const core::MorphState &state) const;   // made with the current model: z sizes, instruments
    void registerRecording(const MorphCorner &corner);   // a recording corner joins the combos
    void syncAll();   // every control from the model
    void updatePadLabels();
    void loadSelectedModel();
    void fillModelCombo(const QStringList &files, const QString &keep);
    void applyModel(std::shared_ptr<const core::timbre::ITimbreModel> model, const QString &message = {});
    void rebuildVoices();
    void dropVoices();
    void updateEnabled();
    void updateAudioLabel();
    void fillCornerCombo(int corner);
    void syncCornerCombo(int corner);
    void cornerActivated(int corner, int index);
    void requestMove(QPointF to, qint64 mergeKey);
    void updateZ();
    void updateWeightsLabel();
    void updateMap();
    void updateMapCursor();
    void schedulePreview();
    void startPreview();
    void showPreview();
    void pollPlots();
    void envelopeControlsChanged();
    void setStatus(const QString &text, bool error = false);
    bool failWith(const QString &message, QString *error);  // shows it as an error, copies it to *error; false
    QString exportBlocker() const;  // why no export can start now ("" when one can)
    void record(const core::MidiMessage &message, Clock::time_point at);
    void updatePhraseLabel();
    void forgetHeldKeys();   // the computer keys, the mouse note and the keyboard's marks
    void releaseComputerKeys();
    void releaseMouseNote();
    bool isPlayingKey(const QKeyEvent *event) const;
    MorphSound sound() const;   // what an export renders now
    int audioSampleRate() const;

    core::AudioEngine *m_engine;
    MorphModelSource m_source;   // the model files and the model from setModel()
    std::shared_ptr<const core::timbre::ITimbreModel> m_model;
    core::timbre::MorphModel *m_morph;
    bool m_ownMorph = false;   // m_morph is our child (none was given)
    core::timbre::LiveTimbreInstrument *m_instrument;   // the voices, hosted in the audio engine
    MorphExporter *m_exporter;
    std::optional<core::MorphState> m_restoring;   // a project's morph, applied once its model is loaded
    bool m_resetting = false;                      // the panel itself resets the model
    bool m_syncingSound = false;                   // the sliders follow the model

    QStringList m_instrumentNames;   // as shown: the source only where two would read the same
    QHash<QString, std::vector<float>> m_recordings;  // encoded WAVs of this model
    std::vector<float> m_z;
    QStringList m_recordingPaths;                     // in the order they were loaded
    core::timbre::morph::Pca2 m_pca;
    qint64 m_sliderGesture = 0;
    qint64 m_soundGesture = 0;   // counts the sound sliders' drags

    // Playing.
    int m_octave = 4;
    QHash<int, int> m_computerKeys;  // Qt key -> pitch it plays
    int m_mouseNote = -1;
    core::MidiInputHub *m_hub = nullptr;
    core::IMidiInputDevice *m_device = nullptr;
    int m_hubListener = 0;
    void listen(bool on);

    // Phrase.
    core::timbre::PhraseRecorder m_phrase{kMaxPhraseSeconds};

    // Plots.
    QTimer *m_plotTimer;
    QTimer *m_previewTimer;
    bool m_live = false;
    bool m_previewBusy = false;
    bool m_previewDirty = false;
    std::vector<float> m_liveRing;
    std::vector<float> m_previewSamples;
    int m_previewRate = 0;
    core::timbre::TimbreFrame m_previewFrame{};
    bool m_havePreview = false;
    std::shared_ptr<std::atomic<int>> m_previewJob;

    // Widgets.
    QComboBox *m_models;
    QToolButton *m_rescanModels;
    QLabel *m_audioLabel;
    XYPad *m_pad;
    QCheckBox *m_twoCorners;
    QSlider *m_slider;
    QLabel *m_weightsLabel;
    std::array<QLabel *, kCorners> m_cornerLabels{};
    std::array<QComboBox *, kCorners> m_cornerCombos{};
    QSlider *m_attack, *m_decay, *m_sustain, *m_release, *m_erase, *m_gain;
    QComboBox *m_midiPorts;
    QToolButton *m_rescanMidi;
    QSpinBox *m_velocity;
    QLabel *m_octaveLabel;
    QPushButton *m_bake = nullptr;
    QPushButton *m_exportNote, *m_exportPhrase, *m_clearPhrase, *m_allOff;
    DragOutButton *m_dragNote = nullptr;
    QLabel *m_phraseLabel;
    OnScreenKeyboard *m_keyboard;
    TimbrePlots *m_plots;
    QLabel *m_status;
    QList<QWidget *> m_modelWidgets;  // enabled only with a model
};

} // namespace atelier::ui
