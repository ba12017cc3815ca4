#pragma once
// LiveTimbreInstrument: a timbre model played live. It owns the real-time
// TimbreVoiceEngine of the current model, hosts it in the AudioEngine as a
// live instrument (mixed into the audio callback), and keeps count of who
// holds each pitch.
//
// Notes from the UI's sources (on-screen keyboard, computer keys) come in on
// the UI thread through noteOn/noteOff: one voice per pitch; a second source
// holding the same pitch retriggers it, and the last one to let go releases
// it. A MIDI input calls postFromInput() on its own thread: the message goes
// straight to the voices (no UI thread in the way of latency), and the
// counting and played() follow on the UI thread. Everything the voices get
// is reported by played() with the time it was played, for a phrase
// recorder. Without a running audio engine the voices still exist (for the
// plots), at 48 kHz.

#include "audio/MidiMessage.h"
#include "timbre/ITimbreModel.h"
#include "timbre/TimbreVoiceEngine.h"

#include <QHash>
#include <QObject>
#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

namespace atelier::core {
class AudioEngine;
}

namespace atelier::core::timbre {

class LiveTimbreInstrument : public QObject {
    Q_OBJECT
public:
    using Clock = std::chrono::steady_clock;
    static constexpr int kFallbackSampleRate = 48000;

    explicit LiveTimbreInstrument(AudioEngine *engine, QObject *parent = nullptr);
    ~LiveTimbreInstrument() override;   // leaves the audio engine

    // UI thread. New voices for model (null: none) with this sound, at the
    // audio engine's rate; held notes are forgotten.
    void rebuild(std::shared_ptr<const ITimbreModel> model, const std::vector<float> &z, const Envelope &envelope,
                 double gain);
    void drop();
    void setZ(const std::vector<float> &z);   // ignored when its size is not the model's
    void setSound(const Envelope &envelope, double gain);
    std::shared_ptr<TimbreVoiceEngine> voices() const { return m_voices; }
    int audioSampleRate() const;   // the audio engine's, or kFallbackSampleRate

    // UI thread.
    void noteOn(int pitch, int velocity);
    void noteOff(int pitch);
    void allNotesOff();   // pedal up and every voice released, from every source
    int heldNoteCount() const;
    bool isHeld(int pitch) const { return m_heldCount.value(pitch) > 0; }

    // Any thread.
    void postFromInput(const MidiMessage &message);

signals:
    void played(const atelier::core::MidiMessage &message, std::chrono::steady_clock::time_point at);
    void heldChanged(int pitch, bool held);
    void allReleased();   // every hold was forgotten (all notes off, new voices)

private:
    void changeHeld(int pitch, int delta);
    void fromInput(const MidiMessage &message, Clock::time_point at);
    void post(const MidiMessage &message, Clock::time_point at);

    AudioEngine *m_engine;
    std::shared_ptr<TimbreVoiceEngine> m_voices;
    mutable std::mutex m_voicesMutex;   // m_voices as the input thread sees it
    QHash<int, int> m_heldCount;        // pitch -> sources holding it
};

} // namespace atelier::core::timbre
