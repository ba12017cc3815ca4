#pragma once
// IEventSink: where the Sequencer sends what it plays. The Synth implements it
// for playback and offline rendering; tests implement it with a recorder that
// notes at which frame each message arrived. The sequencer interleaves the two
// calls: render(n frames) up to an event's offset, sendMidi(event), render the
// rest, so a sink that counts rendered frames knows each event's exact sample.

#include "audio/MidiMessage.h"

namespace atelier::core {

class IEventSink {
public:
    virtual ~IEventSink() = default;

    // Audio thread only. Applies the message before the next rendered frame.
    virtual void sendMidi(const MidiMessage &message) = 0;

    // Audio thread only. Writes (overwrites) `frames` frames into both buffers.
    virtual void render(float *left, float *right, int frames) = 0;
};

} // namespace atelier::core
