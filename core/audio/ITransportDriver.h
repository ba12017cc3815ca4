#pragma once
// ITransportDriver: something outside the song that drives its transport in
// the audio callback: an Ableton Link session (LinkDriver), later a MIDI
// clock. While it drives, AudioEngine hands play and stop to it (Link starts
// on the session's next bar) and, every callback, lets it split the block
// and set the sequencer's rate so that the song lands where it should.

#include "audio/TimedMidiEvent.h"

#include <cstdint>

namespace atelier::core {

class Sequencer;

class ITransportDriver {
public:
    virtual ~ITransportDriver() = default;

    // Any thread.
    virtual bool isDriving() const = 0;
    virtual void requestPlay() = 0;
    virtual void requestStop() = 0;

    // Audio thread: at the start of a callback whose first frame is
    // `cycleStart` on the device's frame count, heard `outputLatency_us` later.
    virtual void beginCycle(Frame cycleStart, double sampleRate, std::int64_t outputLatency_us,
                            const Sequencer &sequencer) = 0;
    // Audio thread: before the sequencer renders from `offset` for up to
    // `frames` frames; returns how many frames to render now (>= 1).
    virtual int drive(Sequencer &sequencer, int offset, int frames) = 0;
};

} // namespace atelier::core
