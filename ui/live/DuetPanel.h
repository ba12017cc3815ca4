#pragma once
// DuetPanel: call and response in the studio. You play a phrase (a MIDI
// keyboard through the studio's MidiInputHub, or the computer keyboard);
// when you stop, the chosen music model answers at once through the
// internal synth; play again to cut the answer short and start a new
// phrase. Stop keeps everything: your phrases and the model's replies become
// two tracks of the song (one undo step), starting at the playhead.
//
// The panel binds to core (DuetEngine on a LiveDuet worker, the engine's
// live output and clock); it only shows settings and status. Settings:
// model, the instrument that answers (a GM program, a Sound Morph timbre
// baked into a track, or a MIDI output port), temperature (and a
// controller learned for it), key (from the phrase, any notes, a fixed
// key), the silence that ends a phrase, its longest length, and the reply
// length (as long as the phrase, or N bars at the song's tempo). Mutate
// re-samples the last reply; Panic silences everything.

#include "audio/MidiInputHub.h"
#include "common/ModelCache.h"
#include "live/DuetTypes.h"
#include "document/Song.h"
#include "music/IMusicModel.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace atelier::core {
class AudioEngine;
class DuetEngine;
class LiveDuet;
class IMidiInputDevice;
class RtMidiScheduledOutput;
class SongDocument;
} // namespace atelier::core

namespace atelier::ui {

class DuetPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMonitorChannel = 13;   // the player, on the internal synth
    static constexpr int kReplyChannel = 14;     // the model

    DuetPanel(core::SongDocument *doc, core::AudioEngine *engine, core::MusicModelLoader loader,
              QWidget *parent = nullptr);
    ~DuetPanel() override;

    // The studio's input (not owned); the device input's port can be chosen here.
    void setMidiInput(core::MidiInputHub *hub, core::IMidiInputDevice *device);

    bool isRunning() const;
    bool start(QString *error = nullptr);
    // Ends the duet; both parts become tracks (one undo step). Returns the
    // number of tracks added (0 when nothing was played).
    int stop();
    void mutate();
    void panic();
    core::DuetSettings settings() const;
    void refreshModels();
    void refreshPorts();     // MIDI inputs, and refreshVoices()
    void refreshVoices();    // the instruments that can answer
    const core::DuetEngine *duetEngine() const { return m_duetEngine.get(); }

signals:
    void statusMessage(const QString &message);
    // Stop added the duet's tracks; `track` is the model's (or the player's) track.
    void duetKept(int track);
    void runningChanged(bool running);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onReply(int index, double reaction_ms, int notes, bool interrupted);
    void setStatus(const QString &text);
    void chooseInputPort(int row);
    void updateControls();

    core::SongDocument *m_doc;
    core::AudioEngine *m_audio;
    ModelCache<core::IMusicModel> m_models;
    core::MidiInputHub *m_hub = nullptr;
    core::IMidiInputDevice *m_device = nullptr;

    QComboBox *m_input, *m_model, *m_program, *m_key, *m_replyLength;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_silence, *m_maxPhrase;
    QComboBox *m_phraseEnd = nullptr;
    QPushButton *m_startStop, *m_mutate, *m_panic, *m_rescan, *m_learn;
    QLabel *m_status;
    int m_learnedCc = -1;
    bool m_learning = false;
    int m_learnListener = 0;

    std::unique_ptr<core::DuetEngine> m_duetEngine;
    std::shared_ptr<core::MidiInputHub::Tap> m_tap;
    std::unique_ptr<core::LiveDuet> m_duet;
    std::unique_ptr<core::RtMidiScheduledOutput> m_portOutput;   // replies to a MIDI port
    core::Track m_replyTrack;   // how the reply sounds: program, baked sound or port
    core::Tick m_startTick = 0;
};

} // namespace atelier::ui
