#pragma once
// IMidiCycle: work done inside one cycle of a device that carries audio and
// MIDI on the same clock (a JACK client): it reads the cycle's MIDI input
// with frame offsets and writes the cycle's audio and its MIDI output at
// frame offsets, so that MIDI leaves aligned with the audio, to the sample.
// SyncedPlayback implements it (the song, a MIDI clock leader or follower);
// JackMidiClient calls it. Device thread only: never lock or allocate.

#include "audio/TimedMidiEvent.h"

#include <cstdint>

namespace atelier::core {

// One raw MIDI message of up to three bytes (channel, system common or
// real-time) at a frame offset in the cycle.
struct RawMidiEvent {
    int offset = 0;
    std::uint8_t size = 0;
    std::uint8_t bytes[3] = {};

    static RawMidiEvent make(int offset, std::uint8_t b0, int size = 1, std::uint8_t b1 = 0, std::uint8_t b2 = 0)
    {
        RawMidiEvent e;
        e.offset = offset;
        e.size = std::uint8_t(size);
        e.bytes[0] = b0;
        e.bytes[1] = b1;
        e.bytes[2] = b2;
        return e;
    }
};

// MIDI's system real-time and song-position bytes.
namespace midibytes {
constexpr std::uint8_t kClock = 0xF8, kStart = 0xFA, kContinue = 0xFB, kStop = 0xFC, kSongPosition = 0xF2;
constexpr int kClocksPerBeat = 24;
constexpr int kClocksPerSixteenth = 6;
}

// A fixed-capacity list of RawMidiEvents (no allocation after construction).
class RawMidiBuffer {
public:
    explicit RawMidiBuffer(int capacity = 4096) : m_events(new RawMidiEvent[std::size_t(capacity)]), m_capacity(capacity) {}
    ~RawMidiBuffer() { delete[] m_events; }
    RawMidiBuffer(const RawMidiBuffer &) = delete;
    RawMidiBuffer &operator=(const RawMidiBuffer &) = delete;

    void clear() { m_count = 0; }
    // False (dropped) when full.
    bool push(const RawMidiEvent &event)
    {
        if (m_count == m_capacity)
            return false;
        m_events[m_count++] = event;
        return true;
    }
    int size() const { return m_count; }
    const RawMidiEvent &operator[](int i) const { return m_events[i]; }
    const RawMidiEvent *data() const { return m_events; }

private:
    RawMidiEvent *m_events;
    int m_capacity;
    int m_count = 0;
};

class IMidiCycle {
public:
    virtual ~IMidiCycle() = default;

    // Device thread, once per cycle of `frames` frames that begins at frame
    // `cycleStart` of the device's clock. `in`: this cycle's input, in offset
    // order. Writes (overwrites) left/right (null: no audio) and appends the
    // cycle's MIDI output to `out` in offset order.
    virtual void processCycle(Frame cycleStart, int frames, const RawMidiEvent *in, int inCount, float *left,
                              float *right, RawMidiBuffer &out) = 0;
};

} // namespace atelier::core
