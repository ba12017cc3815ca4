#pragma once
// NullAudioDevice: a silent output that behaves like a sound card. open()
// always succeeds and starts a thread that calls the render callback with
// bufferFrames frames every bufferFrames / sampleRate seconds (paced against
// a steady clock, so the playhead moves in real time) and throws the audio
// away. Used by tests and by --no-audio; its description says it is silent.

#include "audio/IAudioDevice.h"

#include <atomic>
#include <thread>
#include <vector>

namespace atelier::core {

class NullAudioDevice final : public IAudioDevice {
public:
    NullAudioDevice() = default;
    ~NullAudioDevice() override;  // closes

    // UI thread only.
    bool open(const AudioSettings &settings, RenderCallback callback, QString *error) override;
    void close() override;
    bool isOpen() const override { return m_thread.joinable(); }
    unsigned sampleRate() const override { return m_sampleRate; }
    unsigned bufferFrames() const override { return m_bufferFrames; }
    double latencySeconds() const override;
    QString description() const override;
    bool isSilent() const override { return true; }

private:
    void run();  // the device's audio thread

    RenderCallback m_callback;
    unsigned m_sampleRate = 48000;
    unsigned m_bufferFrames = 256;
    std::vector<float> m_left, m_right;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace atelier::core
