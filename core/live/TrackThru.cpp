#include "live/TrackThru.h"

#include <algorithm>

namespace atelier::core {

void TrackThru::setSong(const Song &song)
{
    m_tracks.clear();
    for (const Track &t : song.tracks)
        m_tracks.append({std::clamp(t.channel, 0, 15), std::clamp(t.program, 0, 127)});
    publish();
}

void TrackThru::setFallbackTrack(int track)
{
    m_fallbackTrack = track;
    publish();
}

void TrackThru::publish()
{
    std::array<int, 16> program;
    program.fill(-1);
    for (const auto &[c, p] : m_tracks)
        if (program[std::size_t(c)] < 0)
            program[std::size_t(c)] = p;
    const int fallback = m_fallbackTrack >= 0 && m_fallbackTrack < m_tracks.size() ? m_tracks[m_fallbackTrack].first : -1;
    bool changed = false;
    for (int c = 0; c < 16; ++c) {
        const int route = program[std::size_t(c)] >= 0 ? c : fallback;
        m_route[std::size_t(c)].store(std::int8_t(route + 1), std::memory_order_relaxed);
        const int p = program[std::size_t(c)];
        if (m_program[std::size_t(c)].exchange(std::int16_t(p), std::memory_order_relaxed) != p)
            changed = true;
    }
    if (changed && isActive()) {   // notes held on a channel whose program changed would hang
        setActive(false);
        setActive(true);
    }
}

int TrackThru::outputChannel(int channel) const
{
    return channel < 0 || channel > 15 ? -1 : m_route[std::size_t(channel)].load(std::memory_order_relaxed) - 1;
}

int TrackThru::program(int outputChannel) const
{
    return outputChannel < 0 || outputChannel > 15 ? -1 : m_program[std::size_t(outputChannel)].load(std::memory_order_relaxed);
}

void TrackThru::setActive(bool on)
{
    if (on == isActive())
        return;
    if (on) {
        m_sentProgram.fill(-1);
        m_listener = m_hub.addListener([this](const TimedMidiEvent &e) { hear(e); });
        return;
    }
    m_hub.removeListener(m_listener);   // returns once the hub no longer calls hear()
    m_listener = 0;
    releaseHeld();
}

void TrackThru::hear(const TimedMidiEvent &event)
{
    MidiMessage m = event.message;
    const int out = outputChannel(m.channel());
    if (out < 0 || m.status < 0x80 || m.status >= 0xF0)
        return;
    m.status = std::uint8_t(m.type() | out);
    const Frame at = m_clock.earliestOutputFrame();
    if (m.isNoteOn()) {
        const int p = program(out);
        if (p >= 0 && m_sentProgram[std::size_t(out)] != p) {
            m_out.schedule({at, MidiMessage::programChange(out, p)});
            m_sentProgram[std::size_t(out)] = std::int16_t(p);
        }
    }
    if (m.type() == MidiMessage::kProgramChange)
        return;   // the track's program plays, not the keyboard's
    if (m.isNoteOn() || m.isNoteOff())
        m_held[std::size_t(out) * 128 + m.data1].store(m.isNoteOn() ? 1 : 0, std::memory_order_relaxed);
    m_out.schedule({at, m});
}

void TrackThru::releaseHeld()
{
    // Only while not listening: this thread is then the only one touching m_held.
    const Frame at = m_clock.earliestOutputFrame();
    for (int c = 0; c < 16; ++c) {
        bool any = false;
        for (int p = 0; p < 128; ++p)
            if (m_held[std::size_t(c) * 128 + std::size_t(p)].exchange(0)) {
                m_out.schedule({at, MidiMessage::noteOff(c, p)});
                any = true;
            }
        if (any)
            m_out.schedule({at, MidiMessage::controlChange(c, MidiMessage::kCcSustain, 0)});
    }
}

} // namespace atelier::core
