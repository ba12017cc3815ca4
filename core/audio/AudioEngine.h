#pragma once
// AudioEngine: the UI-facing facade of playback. Lives on the UI thread;
// every public function is "UI thread only" unless it says otherwise.
//
// start() opens the device (RtAudioDevice for a sound card, NullAudioDevice
// for silence), then creates the Synth at the device's actual sample rate,
// the MIDI-out worker and the Sequencer, and only then lets the device
// callback reach the sequencer (an atomic pointer: until it is set the
// callback writes silence). setSong() builds a PlaybackSnapshot from a copy of
// the document and publishes it; call it on every document change. Transport
// calls become messages in the sequencer's lock-free FIFO; playhead() and
// isPlaying() are atomic reads of what the audio thread last reported (so
// isPlaying() turns true one audio block after play()).
//
// If start() failed, or was never called, every call is safe and silent:
// the document workflow never depends on audio. locate() still moves the
// value playhead() returns so the UI behaves consistently.
//
// Snapshots retired by the audio thread are freed by collectGarbage(),
// called by an internal QTimer and on each setSong().
//
// A missing SoundFont does not fail start(): MIDI-port tracks still play and
// statusText() says that the internal synth is silent.

#include "audio/AudioSettings.h"
#include "audio/IAudioDevice.h"
#include "document/Song.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QTimer;

namespace atelier::core {

class MidiOutput;
class Sequencer;
class Synth;

class AudioEngine : public QObject {
    Q_OBJECT
public:
    static constexpr int kGarbageInterval_ms = 250;

    // `device` may be null (then start() always fails).
    explicit AudioEngine(std::unique_ptr<IAudioDevice> device, QObject *parent = nullptr);
    ~AudioEngine() override;  // shuts down

    bool start(const AudioSettings &settings, QString *error);
    void shutdown();
    bool isRunning() const;
    AudioSettings settings() const { return m_settings; }
    IAudioDevice *device() const { return m_device.get(); }

    void setSong(const Song &song);
    void play();  // from the playhead; from the start if the playhead is at/after the end
    void stop();
    void locate(Tick tick);
    bool isPlaying() const;  // any thread
    Tick playhead() const;   // any thread when running

    // Internal synth, for the piano roll / keyboard.
    void previewNoteOn(int channel, int program, int pitch, int velocity);
    void previewNoteOff(int channel, int pitch);
    void allNotesOff();  // panic

    // Buffer duration plus the stream latency the driver reports (0 when off).
    double outputLatencySeconds() const;
    // e.g. "Audio: ALSA default, 48000 Hz, 256 frames (5.3 ms)" or
    // "No audio device: playback is off (no audio output device found)".
    QString statusText() const;
    QString lastError() const { return m_error; }

    int collectGarbage();

private:
    void audioCallback(float *left, float *right, int frames);  // audio thread only
    void publishSong();

    std::unique_ptr<IAudioDevice> m_device;
    std::unique_ptr<Synth> m_synth;
    std::unique_ptr<MidiOutput> m_midiOut;
    std::unique_ptr<Sequencer> m_sequencer;
    std::atomic<Sequencer *> m_active{nullptr};  // read by the audio callback
    QTimer *m_garbageTimer;
    AudioSettings m_settings;
    Song m_song;
    QStringList m_knownPorts;
    QString m_error;
    QString m_synthWarning;
    QString m_midiWarning;
    Tick m_idlePlayhead = 0;
};

} // namespace atelier::core
