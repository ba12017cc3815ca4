#pragma once
// MidiClockSender: the studio leads other programs with MIDI clock. As the
// audio engine's block observer it runs a MidiClockLeader over every block
// the sequencer plays and schedules what the leader writes (clocks, Start,
// Stop, Continue, Song Position Pointers) on a MIDI output at the frames of
// the engine's clock where the song reaches them, plus the output latency,
// so the clock leaves when the audio is heard. With RtMidiScheduledOutput
// (an ALSA or JACK port) that is within about half a millisecond.

#include "audio/IBlockObserver.h"
#include "audio/IMidiCycle.h"
#include "sync/MidiClockLeader.h"

#include <atomic>

namespace atelier::core {

class IMidiOutput;

class MidiClockSender final : public IBlockObserver {
public:
    explicit MidiClockSender(IMidiOutput &output) : m_output(output), m_buffer(1024) {}

    // Any thread: how many frames after it is rendered the audio is heard.
    void setLatencyFrames(Frame frames) { m_latency.store(frames, std::memory_order_relaxed); }
    // Any thread: messages the output had no room for.
    std::int64_t dropped() const { return m_dropped.load(std::memory_order_relaxed); }

    void blockPlayed(const Sequencer &sequencer, Frame frame) override;

private:
    IMidiOutput &m_output;
    MidiClockLeader m_leader;
    RawMidiBuffer m_buffer;
    std::atomic<Frame> m_latency{0};
    std::atomic<std::int64_t> m_dropped{0};
};

} // namespace atelier::core
