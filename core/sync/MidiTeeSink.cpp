#include "sync/MidiTeeSink.h"

#include <algorithm>

namespace atelier::core {

void MidiTeeSink::beginCycle()
{
    m_out.clear();
    m_frame = 0;
}

void MidiTeeSink::sendMidi(const MidiMessage &message)
{
    if (m_synth)
        m_synth->sendMidi(message);
    if (m_midiEnabled
        && !m_out.push(RawMidiEvent::make(m_frame, message.status, message.size(), message.data1, message.data2)))
        ++m_dropped;
}

void MidiTeeSink::render(float *left, float *right, int frames)
{
    if (m_synth) {
        m_synth->render(left, right, frames);
    } else {
        std::fill(left, left + frames, 0.0f);
        std::fill(right, right + frames, 0.0f);
    }
    m_frame += frames;
}

} // namespace atelier::core
