#include "sync/MidiClockSender.h"

#include "audio/IMidiOutput.h"

namespace atelier::core {

void MidiClockSender::blockPlayed(const Sequencer &sequencer, Frame frame)
{
    m_buffer.clear();
    m_leader.collect(sequencer, 0, m_buffer);
    const Frame latency = m_latency.load(std::memory_order_relaxed);
    for (int i = 0; i < m_buffer.size(); ++i) {
        const RawMidiEvent &e = m_buffer[i];
        const TimedMidiEvent event{frame + e.offset + latency, MidiMessage{e.bytes[0], e.bytes[1], e.bytes[2]}};
        if (!m_output.schedule(event))
            m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
}

} // namespace atelier::core
