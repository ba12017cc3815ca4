#pragma once
// IAudioDevice: the small interface between AudioEngine and whatever pulls
// audio out of it. RtAudioDevice is the real sound card stream; NullAudioDevice
// is a silent stand-in that calls the callback in real time from its own
// thread (tests, --no-audio). The callback receives non-interleaved stereo
// float buffers and runs on the device's audio thread; it must fill them.

#include "audio/AudioSettings.h"

#include <QString>
#include <cstdint>
#include <functional>

namespace atelier::core {

class IAudioDevice {
public:
    // Called on the audio thread; must write `frames` frames to left and right.
    using RenderCallback = std::function<void(float *left, float *right, int frames)>;

    virtual ~IAudioDevice() = default;

    // UI thread only. Opens and starts the stream. Returns false with *error
    // set (never throws) when no stream could be opened.
    virtual bool open(const AudioSettings &settings, RenderCallback callback, QString *error) = 0;
    // UI thread only. Stops the stream; once it returns the callback is never
    // called again. Safe to call when not open.
    virtual void close() = 0;

    // UI thread only (values are fixed while open).
    virtual bool isOpen() const = 0;
    virtual unsigned sampleRate() const = 0;
    virtual unsigned bufferFrames() const = 0;
    // Buffer plus whatever the driver reports as stream latency.
    virtual double latencySeconds() const = 0;
    // Human-readable, e.g. "ALSA default" or "silent null device".
    virtual QString description() const = 0;
    // True for a stand-in that plays nothing (the null device), so no view
    // says "audio on" while nothing can be heard.
    virtual bool isSilent() const { return false; }
    // Any thread: how often the device ran dry since open() because a
    // callback came late (underruns, as the driver reports them).
    virtual std::int64_t underruns() const { return 0; }
};

} // namespace atelier::core
