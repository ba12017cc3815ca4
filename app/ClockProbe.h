#pragma once
// ClockProbe: the other side of `atelier bench clock`, as an IMidiCycle on
// its own JACK client: it sends a prepared list of raw MIDI messages at
// exact frames (a DAW's clock, jittered on purpose) and keeps everything it
// receives with its frame (Atelier's clock and notes). Lock-free between the
// JACK thread and the bench: the lists are sized before the run.

#include "audio/IMidiCycle.h"

#include <atomic>
#include <vector>

namespace atelier::app {

class ClockProbe final : public core::IMidiCycle {
public:
    struct Timed {
        core::Frame frame = 0;
        core::RawMidiEvent event;
    };

    explicit ClockProbe(std::size_t capacity = 200000) { m_heard.resize(capacity); }

    // Before the probe runs: what to send (frames in order).
    void setToSend(std::vector<Timed> events) { m_send = std::move(events); }
    // Any thread: what arrived so far.
    std::vector<Timed> heard() const;
    // Any thread: the frame of the latest cycle's start (0 before the first).
    core::Frame lastCycle() const { return m_lastCycle.load(std::memory_order_acquire); }

    void processCycle(core::Frame cycleStart, int frames, const core::RawMidiEvent *in, int inCount, float *left,
                      float *right, core::RawMidiBuffer &out) override;

private:
    std::vector<Timed> m_send;
    std::size_t m_sent = 0;
    std::vector<Timed> m_heard;
    std::atomic<std::size_t> m_heardCount{0};
    std::atomic<core::Frame> m_lastCycle{0};
};

} // namespace atelier::app
