#pragma once
// Synth: the internal General MIDI synthesizer, a thin wrapper of libfluidsynth.
//
// Threading: constructed and given its SoundFont on the UI thread before any
// audio thread sees it; from then on exactly one thread (the audio callback,
// or the offline renderer's loop) calls it, so fluidsynth's own locking is
// switched off (synth.threadsafe-api = 0). It is destroyed on the UI thread
// after that thread has stopped. Reverb and chorus are on at fluidsynth's
// default levels; gain is 0.5. Channel 9 is the GM drum channel (fluidsynth's
// default), so a program change there picks a drum kit.
//
// fluidsynth's warning/info/debug logging is turned off process-wide (it
// would otherwise print from the audio thread, e.g. for a missing preset);
// errors still go to stderr and loadSoundFont() reports its own failure.
//
// Timing: fluidsynth applies a message at its next internal 64-frame block,
// so the sequencer's sample-accurate dispatch is heard to within 64 frames.

#include "audio/IEventSink.h"

#include <QString>

typedef struct _fluid_hashtable_t fluid_settings_t;
typedef struct _fluid_synth_t fluid_synth_t;

namespace atelier::core {

class Synth final : public IEventSink {
public:
    static constexpr double kGain = 0.5;

    // UI thread only.
    explicit Synth(double sampleRate);
    ~Synth() override;
    Synth(const Synth &) = delete;
    Synth &operator=(const Synth &) = delete;

    // UI thread only, before the synth is handed to the audio thread.
    // Replaces any loaded SoundFont. False with *error set on failure.
    bool loadSoundFont(const QString &path, QString *error);
    bool hasSoundFont() const { return m_soundFontId >= 0; }
    QString soundFontPath() const { return m_soundFontPath; }
    double sampleRate() const { return m_sampleRate; }

    // Any thread: the first existing of the usual Debian GM SoundFonts, or
    // an empty string when none is installed.
    static QString defaultSoundFontPath();

    // Audio thread only (the one thread that drives the synth).
    void noteOn(int channel, int pitch, int velocity);
    void noteOff(int channel, int pitch);
    void programChange(int channel, int program);
    void controlChange(int channel, int controller, int value);
    void pitchBend(int channel, int value);   // 0..16383, 8192 = centre
    void allNotesOff(int channel);  // release (with tails)
    void allSoundOff();             // cut every voice on every channel
    void sendMidi(const MidiMessage &message) override;
    void render(float *left, float *right, int frames) override;

private:
    double m_sampleRate;
    fluid_settings_t *m_settings = nullptr;
    fluid_synth_t *m_synth = nullptr;
    int m_soundFontId = -1;
    QString m_soundFontPath;
};

} // namespace atelier::core
