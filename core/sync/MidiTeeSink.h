#pragma once
// MidiTeeSink: an IEventSink between the sequencer and the synth that also
// keeps every message with the frame it was sent at (counting the frames
// rendered since beginCycle()), so the same events can leave through a MIDI
// port at their exact frame. The sequencer's render-then-send order makes
// that frame the sample the synth hears the message at.

#include "audio/IEventSink.h"
#include "audio/IMidiCycle.h"

namespace atelier::core {

class MidiTeeSink final : public IEventSink {
public:
    // `synth` may be null (then only MIDI leaves; render writes silence).
    MidiTeeSink(IEventSink *synth, int capacity = 4096) : m_synth(synth), m_out(capacity) {}

    // Audio thread only.
    void beginCycle();
    void setMidiEnabled(bool enabled) { m_midiEnabled = enabled; }
    const RawMidiBuffer &midi() const { return m_out; }
    int dropped() const { return m_dropped; }

    void sendMidi(const MidiMessage &message) override;
    void render(float *left, float *right, int frames) override;

private:
    IEventSink *m_synth;
    RawMidiBuffer m_out;
    int m_frame = 0;
    int m_dropped = 0;
    bool m_midiEnabled = true;
};

} // namespace atelier::core
