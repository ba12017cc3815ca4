#pragma once
// The piano roll's "Continue" panel: the music models grow the user's notes.
//
// Continue: from the selected notes (or, with none selected, the notes of the
// current track before the playhead) the chosen model generates N variations
// of the chosen length on a worker thread (progress, cancel). Each variation
// is shown over the piano roll as candidate notes, can be auditioned through
// the audio engine with its context, and one is kept as a single undoable
// command. Regenerate replaces the selected time range, choosing among
// several samples the one that best leads into what follows the range.
//
// Controls: model, variations (1–8), length in bars, temperature, top-p,
// key constraint (off, from the input, or a chosen key), note density
// (performance model), seed.

#include "common/ModelCache.h"
#include "document/Song.h"
#include "music/IMusicModel.h"
#include "music/MusicContinuation.h"
#include "music/MusicGenerator.h"

#include <QWidget>

class QComboBox;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace atelier::core {
class AudioEngine;
class NoteModel;
class SongDocument;
} // namespace atelier::core

namespace atelier::ui {

class AuditionPlayer;
class MusicGeneration;
class PianoRollView;
class DragOutButton;
class RatingRecorder;
class ResultBrowser;

class ContinuePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr QSize kThumbSize{132, 56};   // a variation's small piano roll

    ContinuePanel(core::SongDocument *doc, core::NoteModel *notes, PianoRollView *view, core::AudioEngine *engine,
                  core::MusicModelLoader loader, QWidget *parent = nullptr);
    ~ContinuePanel() override;

    static QStringList findModelFiles();
    // From the model search path; the user's choice stays, and `select` (a
    // model just trained) is chosen when it is one of these.
    void refreshModels(const QString &select = {});
    void setModelFiles(const QStringList &files);  // e.g. tests
    std::shared_ptr<const core::IMusicModel> currentModel();

    // Actions (also in the menus).
    void continueMusic();
    void regenerateSelection();
    void cancel();
    void audition(int variation);
    void stopAudition();
    void keep(int variation);
    void discard();

    // For tests and scripting.
    QComboBox *modelCombo() const { return m_models; }
    QSpinBox *variationsSpin() const { return m_variations; }
    QSpinBox *barsSpin() const { return m_bars; }
    QComboBox *keyCombo() const { return m_key; }
    QSlider *keyPullSlider() const { return m_keyPull; }
    QCheckBox *strictKeyBox() const { return m_strictKey; }
    QCheckBox *followChordsBox() const { return m_followChords; }
    QSpinBox *seedSpin() const { return m_seed; }
    QListWidget *variationList() const;
    ResultBrowser *results() const { return m_browser; }
    DragOutButton *dragOutButton() const { return m_dragOut; }
    QLabel *statusLabel() const { return m_status; }
    int variationCount() const { return int(m_results.size()); }
    const QList<core::Note> &variation(int i) const { return m_results.at(i); }
    bool isBusy() const;
    // What the controls ask of the model: temperature, top-p, seed, the key
    // (a pull of the slider's nats toward it, or "Only" its notes), density.
    core::MusicSampleOptions options() const;
    // What Continue would continue now: the selected notes, or the current
    // track's last bars before the playhead (its end when the playhead is at
    // the start), with the panel's length, variations and options; none
    // without a track. Also the ground of a blind comparison.
    std::optional<core::ContinueRequest> contextRequest() const;

signals:
    void statusMessage(const QString &message);
    void resultsReady();  // a generation finished (tests wait for it)

private:
    void setBusy(bool busy, const QString &what = {});
    void showResults(const QList<QList<core::Note>> &variations, const QString &key);
    void syncProjectKey();
    void showCandidate(int row);
    void updateControls();
    void pickModelForChords();

    core::SongDocument *m_doc;
    core::NoteModel *m_notes;
    PianoRollView *m_view;
    core::AudioEngine *m_engine;
    ModelCache<core::IMusicModel> m_cache;
    MusicGeneration *m_generation;

    QComboBox *m_models;
    QSpinBox *m_variations;
    QSpinBox *m_bars;
    QSlider *m_temperature;
    QLabel *m_temperatureLabel;
    QDoubleSpinBox *m_topP;
    QComboBox *m_key;
    QSlider *m_keyPull;        // half nats of bonus for the key's notes
    QLabel *m_keyPullLabel;
    QCheckBox *m_strictKey;    // the hard mask instead
    QCheckBox *m_followChords;
    QComboBox *m_density;
    QSpinBox *m_seed;
    QPushButton *m_continue, *m_regenerate, *m_cancel;
    ResultBrowser *m_browser;
    RatingRecorder *m_ratings;
    DragOutButton *m_dragOut = nullptr;
    QProgressBar *m_progress;
    QLabel *m_status;
    AuditionPlayer *m_player;

    // The pending result: where it goes and what it replaces.
    QList<QList<core::Note>> m_results;
    int m_track = -1;
    core::Tick m_contextStart = 0, m_at = 0, m_end = 0;
    bool m_replacing = false;  // a Regenerate result replaces [m_at, m_end)
    bool m_busy = false;
    bool m_modelChosen = false;   // the user picked a model: no more automatic choices
};

} // namespace atelier::ui
