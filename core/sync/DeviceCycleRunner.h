#pragma once
// DeviceCycleRunner: runs an IMidiCycle (the song with its sync, as
// SyncedPlayback does it) on an audio device that carries no MIDI of its
// own (a sound card through RtAudio), with the MIDI on ports of a MIDI
// system (the ALSA sequencer), all on one clock: this runner counts the
// frames it renders (IMidiClock), and both ports are stamped on it.
//  - What the cycle writes at an offset leaves through the IMidiOutput
//    stamped with its frame plus the device's output latency, so it leaves
//    when its audio is heard (RtMidiScheduledOutput hands it to the ALSA
//    sequencer's queue for that moment).
//  - What arrives on the IMidiInput (stamped on arrival with nowFrame()) is
//    handed to the cycle one buffer later, at its offset: a constant delay,
//    so a steady incoming clock stays steady.
//
// Threads: start/stop from one thread; the device's audio thread runs the
// cycle, is the input's one consumer and the output's one producer.

#include "audio/IAudioDevice.h"
#include "audio/IMidiClock.h"
#include "audio/IMidiCycle.h"
#include "audio/IMidiInput.h"
#include "audio/IMidiOutput.h"
#include "audio/LiveEventMerger.h"

#include <atomic>
#include <memory>
#include <vector>

namespace atelier::core {

class DeviceCycleRunner final : public IMidiClock {
public:
    static constexpr int kMaxCycleFrames = 4096;   // a longer device buffer runs as several cycles
    static constexpr int kMaxInputPerCycle = 1024;

    explicit DeviceCycleRunner(std::unique_ptr<IAudioDevice> device);
    ~DeviceCycleRunner() override;   // stops

    // Before start(); not owned, may be null.
    void setMidiOutput(IMidiOutput *output) { m_output = output; }
    void setMidiInput(IMidiInput *input) { m_input = input; }

    // Opens the device and runs `cycle` (not owned) in its callback.
    bool start(const AudioSettings &settings, IMidiCycle *cycle, QString *error);
    // Once it returns, the cycle is never called again.
    void stop();
    bool isRunning() const { return m_device->isOpen(); }

    double outputLatencySeconds() const { return m_device->latencySeconds(); }
    QString deviceDescription() const { return m_device->description(); }
    // Any thread: MIDI messages that found no room (the output's queue, a cycle's input).
    std::int64_t droppedMidi() const { return m_dropped.load(std::memory_order_relaxed); }

    // IMidiClock (any thread)
    Frame nowFrame() const override { return m_clock.nowFrame(); }
    Frame earliestOutputFrame() const override { return m_clock.earliestOutputFrame(); }
    double sampleRate() const override { return m_clock.sampleRate(); }

private:
    void render(float *left, float *right, int frames);   // audio thread
    void runCycle(float *left, float *right, int frames);  // audio thread
    int takeInput(Frame cycleStart, int frames);           // audio thread

    std::unique_ptr<IAudioDevice> m_device;
    IMidiCycle *m_cycle = nullptr;
    IMidiOutput *m_output = nullptr;
    IMidiInput *m_input = nullptr;
    LiveEventMerger m_clock;   // only its clock: frames rendered
    std::atomic<bool> m_ready{false};
    Frame m_latencyFrames = 0;
    Frame m_bufferFrames = 256;
    std::vector<RawMidiEvent> m_in;
    RawMidiBuffer m_out{4096};
    TimedMidiEvent m_carry;   // an input event for a later cycle
    bool m_hasCarry = false;
    std::atomic<std::int64_t> m_dropped{0};
};

} // namespace atelier::core
