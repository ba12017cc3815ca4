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

    // Any thread. Samples by which this sink's sound follows the messages it
    // is sent, when it keeps that delay exactly (a baked timbre's voice
    // engine, see TimbreVoiceEngine::setStartDelay); ChannelRouter delays its
    // fallback as much, so that both sound together. 0 for most sinks.
    virtual int latencyFrames() const { return 0; }
};

} // namespace atelier::core
