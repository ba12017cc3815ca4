#pragma once
// TimedMidiEvent: one MIDI channel message stamped with its time on the
// audio clock (a frame count of the audio device, e.g. JACK's frame time).
// Input ports stamp what they receive; output ports send at the stamped
// frame. Trivially copyable so it travels through the lock-free queues.

#include "audio/MidiMessage.h"
#include "audio/SpscQueue.h"

#include <cstdint>

namespace atelier::core {

using Frame = std::int64_t;

struct TimedMidiEvent {
    Frame frame = 0;
    MidiMessage message;
};

// Input port (its thread) -> the one consumer (a duet, a recorder). Large
// enough for a flood of 10,000 notes per second drained every few ms.
using TimedMidiQueue = SpscQueue<TimedMidiEvent, 16384>;

} // namespace atelier::core
