#pragma once
// RtAudioDevice: the real sound card output, an RtAudio 5 stream of
// non-interleaved float32 stereo.
//
// RtAudio 5 reports failures by throwing RtAudioError; every call into it is
// wrapped so that open() returns false with a readable error instead (for
// example "no audio output device found" on a machine without a sound card).
// Errors that happen later inside RtAudio's own callback thread go to an
// error callback (so nothing is thrown there) and are counted; warnings are
// not printed (they would come from the audio thread).
//
// outputDevices() lists every compiled API's output devices with their
// sample rates, for the preferences dialog.

#include "audio/IAudioDevice.h"

#include <QList>
#include <atomic>
#include <memory>

class RtAudio;

namespace atelier::core {

class RtAudioDevice final : public IAudioDevice {
public:
    RtAudioDevice();
    ~RtAudioDevice() override;  // closes

    // UI thread only.
    bool open(const AudioSettings &settings, RenderCallback callback, QString *error) override;
    void close() override;
    bool isOpen() const override { return m_open; }
    unsigned sampleRate() const override { return m_sampleRate; }
    unsigned bufferFrames() const override { return m_bufferFrames; }
    double latencySeconds() const override;
    QString description() const override { return m_description; }
    std::int64_t underruns() const override { return m_underruns.load(std::memory_order_relaxed); }

    // UI thread only. Never throws; empty when nothing can be probed.
    static QList<AudioDeviceInfo> outputDevices();
    // Any thread: stream errors reported by RtAudio since the program started.
    static int streamErrorCount();

private:
    static int rtCallback(void *output, void *input, unsigned int frames, double streamTime,
                          unsigned int status, void *userData);

    std::unique_ptr<RtAudio> m_rtAudio;
    RenderCallback m_callback;
    bool m_open = false;
    unsigned m_sampleRate = 0;
    unsigned m_bufferFrames = 0;
    long m_streamLatency_frames = 0;
    QString m_description;
    std::atomic<std::int64_t> m_underruns{0};   // RtAudio's output-underflow flags
};

} // namespace atelier::core
