#pragma once
// IMidiInput: a live MIDI input as instruments see it: channel messages,
// each stamped with its frame on the input's clock, read by ONE consumer
// thread. System messages (sysex, clock, active sensing) never come out;
// running-status data bytes and stray bytes are dropped by the adapter.
//
// Adapters: JackMidiClient (libjack, sample-accurate stamps); fakes in tests.
// Errors never throw: open() reports a sentence naming the port, and a port
// that disappears later is reported through takeStatus().

#include "live/TimedMidiEvent.h"

#include <QString>
#include <QStringList>

namespace atelier::core {

class IMidiInput {
public:
    virtual ~IMidiInput() = default;

    // Ports that can be connected to this input (other programs' outputs).
    virtual QStringList inputPortNames() const = 0;
    // Connects the input to `port` (exact name, else the first that starts
    // with it); "virtual" leaves Atelier's own port open for others to
    // connect to. False with *error naming the port.
    virtual bool connectInput(const QString &port, QString *error) = 0;

    // Consumer thread only. The next received event, in arrival order.
    virtual bool readInput(TimedMidiEvent &event) = 0;

    // Any thread. A message about the input that the user should see (a port
    // that vanished, events dropped in a flood); empty when nothing happened
    // since the last call.
    virtual QString takeStatus() = 0;
};

} // namespace atelier::core
