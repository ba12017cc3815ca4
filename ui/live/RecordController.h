#pragma once
// RecordController: Record (R) in the transport. While the transport plays,
// what comes in through the studio's MidiInputHub (a MIDI keyboard or the
// computer keyboard) is recorded into the record-armed track (the selected
// one when none is armed; a new track when there is none) at the time it was
// played: notes with their velocity, and the sustain pedal and pitch bend as
// controller events of the track. One take is one undo step.
//
// Options (the menu beside Record): a count-in of 0, 1 or 2 bars (clicks,
// then the transport starts), a metronome click with its own volume (also
// during playback), in a loop each pass adds to the take (overdub) or
// replaces it, and quantize-on-record (off by default) to the piano roll's
// grid. You hear what you play through the track's instrument.
//
// The timing: every event keeps its stamp on the audio clock; the take is
// anchored where the engine reports the transport started on that clock
// (AudioEngine::transportPoint), and TakeRecorder turns frames into ticks.

#include "audio/MidiInputHub.h"
#include "live/TakeRecorder.h"

#include <QObject>
#include <memory>

class QAction;
class QMenu;
class QTimer;

namespace atelier::core {
class AudioEngine;
class NoteModel;
class SongDocument;
} // namespace atelier::core

namespace atelier::ui {

class RecordController : public QObject {
    Q_OBJECT
public:
    RecordController(core::SongDocument *doc, core::AudioEngine *engine, core::NoteModel *notes,
                     QObject *parent = nullptr);
    ~RecordController() override;

    void setMidiInput(core::MidiInputHub *hub);
    QAction *recordAction() const { return m_record; }
    QMenu *optionsMenu() const { return m_menu; }

    bool isRecording() const { return m_recorder != nullptr || m_countingIn; }
    bool start(QString *error = nullptr);
    // Ends the take (the transport stops too); returns the notes added.
    int stop();

    void setCountInBars(int bars);
    int countInBars() const { return m_countInBars; }
    void setMetronome(bool on, double volume);   // volume 0..1
    bool metronome() const;
    void setReplacePasses(bool replace) { m_options.replacePasses = replace; }
    void setQuantize(bool on, core::Tick grid);
    // Something else (the duet) owns the live output: no count-in clicks then.
    void setLiveOutputBusy(bool busy) { m_liveBusy = busy; }

signals:
    void statusMessage(const QString &message);
    void recordingChanged(bool recording);

private:
    void poll();
    void monitor(const core::MidiMessage &message);
    void beginTake();
    void scheduleCountIn(int bars);
    int targetTrack();

    core::SongDocument *m_doc;
    core::AudioEngine *m_engine;
    core::NoteModel *m_notes;
    core::MidiInputHub *m_hub = nullptr;
    std::shared_ptr<core::MidiInputHub::Tap> m_tap;
    std::vector<core::TimedMidiEvent> m_early;   // heard before the take was anchored
    QList<int> m_monitored;                      // pitches sounding on the track's instrument
    bool m_monitorPedal = false, m_monitorBent = false;
    QAction *m_record;
    QMenu *m_menu;
    QTimer *m_timer;
    core::RecordOptions m_options;
    int m_countInBars = 0;
    double m_metronomeVolume = 0.7;
    bool m_metronomeOn = false;
    bool m_liveBusy = false;
    bool m_countingIn = false;
    std::unique_ptr<core::TakeRecorder> m_recorder;
    int m_track = -1;
    int m_channel = 0;
    bool m_sawPlaying = false;
};

} // namespace atelier::ui
