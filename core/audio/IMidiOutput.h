#pragma once
// IMidiOutput: a live MIDI output that sends each message at its frame on
// the output's clock (sample-accurate where the backend allows). ONE
// producer thread schedules; events may come in any order of frames.
//
// Adapters: JackMidiClient (libjack, written at the exact frame offset of the
// cycle), LiveEventMerger (the studio's internal synth, at the exact sample);
// fakes in tests. Both keep their queue in a ScheduledMidiQueue.

#include "audio/TimedMidiEvent.h"

#include <cstdint>

namespace atelier::core {

class IMidiOutput {
public:
    virtual ~IMidiOutput() = default;

    // Producer thread only. Sends the message at event.frame (at once when
    // that frame has passed). False when the queue is full (dropped).
    virtual bool schedule(const TimedMidiEvent &event) = 0;
    // Producer thread only. Drops everything scheduled and not yet sent and
    // ends every note this output has started (note-offs at once): on one
    // MIDI channel 0..15, or on all of them (-1).
    virtual void cancelScheduled(int channel = -1) = 0;

    // Any thread. Events that left more than 1 ms after their frame.
    virtual std::int64_t lateEvents() const = 0;
};

} // namespace atelier::core
