#pragma once
// IBlockObserver: told about every block the sequencer has just played in
// the audio callback, with where it began on the engine's audio clock, so
// that it can follow the transport to the sample (MidiClockSender places
// MIDI clock ticks on the song's timeline this way). Audio thread: never
// lock or allocate.

#include "audio/TimedMidiEvent.h"

namespace atelier::core {

class Sequencer;

class IBlockObserver {
public:
    virtual ~IBlockObserver() = default;
    // Audio thread, after sequencer.process() of a block whose first frame
    // is `frame` on the engine's clock (LiveEventMerger's frame count).
    virtual void blockPlayed(const Sequencer &sequencer, Frame frame) = 0;
};

} // namespace atelier::core
