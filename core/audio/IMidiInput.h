#pragma once
// IMidiInput: a live MIDI input as instruments see it: channel messages,
// each stamped with its frame on the input's clock, read by ONE consumer
// thread. System messages (sysex, clock, active sensing) never come out;
// running-status data bytes and stray bytes are dropped by the adapter.
//
// Adapters: JackMidiClient (libjack, sample-accurate stamps), RtMidiLiveInput
// (ALSA sequencer through RtMidi, stamped on arrival), the taps of
// MidiInputHub; fakes in tests. Choosing and connecting ports is the
// adapter's business. Errors never throw; a port that disappears is
// reported through takeStatus().

#include "audio/TimedMidiEvent.h"

#include <QString>

namespace atelier::core {

class IMidiInput {
public:
    virtual ~IMidiInput() = default;

    // Consumer thread only. The next received event, in arrival order.
    virtual bool readInput(TimedMidiEvent &event) = 0;

    // Any thread. A message about the input that the user should see (a port
    // that vanished, events dropped in a flood); empty when nothing happened
    // since the last call.
    virtual QString takeStatus() = 0;
};

} // namespace atelier::core
