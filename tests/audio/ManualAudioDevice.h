#pragma once
// An audio device the test drives: open() keeps the callback, run() calls it
// for a block and returns what it wrote; underruns are whatever the test says.

#include "audio/IAudioDevice.h"

#include <vector>

namespace atelier::core::test {

struct ManualAudioDevice : IAudioDevice {
    RenderCallback callback;
    bool opened = false;
    std::int64_t reportedUnderruns = 0;
    std::vector<float> left, right;   // the last block

    bool open(const AudioSettings &, RenderCallback cb, QString *) override
    {
        callback = std::move(cb);
        opened = true;
        return true;
    }
    void close() override { opened = false; }
    bool isOpen() const override { return opened; }
    unsigned sampleRate() const override { return 48000; }
    unsigned bufferFrames() const override { return 256; }
    double latencySeconds() const override { return 512.0 / 48000.0; }
    QString description() const override { return QStringLiteral("manual"); }
    std::int64_t underruns() const override { return reportedUnderruns; }
    void run(int frames)
    {
        left.assign(static_cast<std::size_t>(frames), 0.5f);   // garbage the callback must overwrite
        right.assign(static_cast<std::size_t>(frames), 0.5f);
        callback(left.data(), right.data(), frames);
    }
};

} // namespace atelier::core::test
