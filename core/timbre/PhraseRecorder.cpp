#include "timbre/PhraseRecorder.h"

#include <algorithm>
#include <map>

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

std::vector<TimedMidi> PhraseRecorder::closedEvents(double heldTail_s, double *end) const
{
    std::vector<TimedMidi> events = m_events;
    const double last = lengthSeconds();
    std::map<int, int> down;   // channel * 128 + pitch -> keys down
    bool pedal = false;
    for (const TimedMidi &e : events) {
        const MidiMessage &m = e.message;
        const int key = m.channel() * 128 + m.data1;
        if (m.isNoteOn())
            down[key] += 1;
        else if (m.isNoteOff())
            down[key] = std::max(0, down[key] - 1);
        else if (m.isController(MidiMessage::kCcSustain))
            pedal = m.data2 >= 64;
        else if (m.isController(MidiMessage::kCcAllNotesOff) || m.isController(MidiMessage::kCcAllSoundOff))
            down.clear();
    }
    double close = last;
    for (const auto &[key, count] : down)
        for (int k = 0; k < count; ++k) {
            events.push_back({last + heldTail_s, MidiMessage::noteOff(key / 128, key % 128)});
            close = last + heldTail_s;
        }
    if (pedal) {
        events.push_back({last + heldTail_s, MidiMessage::controlChange(0, MidiMessage::kCcSustain, 0)});
        close = last + heldTail_s;
    }
    if (end)
        *end = close;
    return events;
}

void PhraseRecorder::clear()
{
    m_events.clear();
    m_full = false;
}

} // namespace atelier::core::timbre
