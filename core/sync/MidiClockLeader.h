#pragma once
// MidiClockLeader: MIDI clock from the sequencer's own timeline. After each
// Sequencer::process() it reads the block's transport spans and writes, at
// their exact frames:
//  - 24 clocks (0xF8) per beat, at the samples where the song reaches each
//    1/24 beat (the tempo map, and the rate a follower or Link drives, both
//    count), numbered from the song start so they never drift;
//  - Start (0xFA) when playback begins at the song start, otherwise a Song
//    Position Pointer (in sixteenths, rounded up to the next sixteenth) and
//    Continue (0xFB); the first clock after them is at that sixteenth;
//  - at a locate or loop wrap while playing: Stop, the new SPP and Continue;
//  - Stop (0xFC) when playback stops; SPP alone at a locate while stopped.

#include "audio/IMidiCycle.h"

#include <cstdint>

namespace atelier::core {

class Sequencer;
class PlaybackSnapshot;

class MidiClockLeader {
public:
    // Audio thread only. `offset`: where the sequencer's block began in the
    // cycle. Appends in offset order.
    void collect(const Sequencer &sequencer, int offset, RawMidiBuffer &out);
    void reset();

    // Audio thread: clocks sent since the last Start/Continue began (tests).
    std::int64_t nextClock() const { return m_nextClock; }

    // The SPP value (sixteenths) for a song position, rounded up.
    static std::int64_t sixteenthAtOrAfter(double tick, int ppq);

private:
    void position(const PlaybackSnapshot &s, int frame, double tick, bool start, RawMidiBuffer &out);

    std::int64_t m_nextClock = 0;
    bool m_running = false;
};

} // namespace atelier::core
