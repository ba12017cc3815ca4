#pragma once
// RtMidiPortSender: an open RtMidi output port as an IMidiPortSender. RtMidi
// sends at once, so the worker hands each message over when it is due
// (lookahead 0). Used for JACK ports (RtMidi's JACK backend writes at the
// start of the next cycle; frame-exact JACK MIDI is JackMidiClient's).

#include "audio/IMidiPortSender.h"

#include <memory>

class RtMidiOut;

namespace atelier::core {

class RtMidiPortSender final : public IMidiPortSender {
public:
    RtMidiPortSender(std::unique_ptr<RtMidiOut> out, const QString &name);
    ~RtMidiPortSender() override;   // closes the port

    double lookaheadSeconds() const override { return 0.0; }
    bool send(const MidiMessage &message, double delaySeconds) override;
    QString portName() const override { return m_name; }

private:
    std::unique_ptr<RtMidiOut> m_out;
    QString m_name;
};

} // namespace atelier::core
