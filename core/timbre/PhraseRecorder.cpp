#include "timbre/PhraseRecorder.h"

#include <algorithm>

namespace atelier::core::timbre {

PhraseRecorder::Result PhraseRecorder::record(const MidiMessage &message, Clock::time_point at)
{
    if (!(message.isNoteOn() || message.isNoteOff() || message.type() == MidiMessage::kControlChange))
        return Result::Ignored;
    if (m_events.empty()) {
        if (!message.isNoteOn())
            return Result::Ignored;  // the phrase starts at its first note-on
        m_start = at;
        m_full = false;
    }
    const double t = std::max(0.0, std::chrono::duration<double>(at - m_start).count());
    if (t > m_maxSeconds) {
        if (m_full)
            return Result::Full;
        m_full = true;
        return Result::BecameFull;
    }
    m_events.push_back({t, message});
    return Result::Recorded;
}

int PhraseRecorder::noteCount() const
{
    return int(std::count_if(m_events.begin(), m_events.end(), [](const TimedMidi &e) { return e.message.isNoteOn(); }));
}

void PhraseRecorder::clear()
{
    m_events.clear();
    m_full = false;
}

} // namespace atelier::core::timbre
