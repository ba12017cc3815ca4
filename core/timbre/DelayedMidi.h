#pragma once
// DelayedMidi: MIDI messages held until a later sample time, for the voice
// engine's start delay (TimbreVoiceEngine::setStartDelay): a note-off that
// arrives at sample t takes effect at t + delay, as its note-on did. A fixed
// ring, filled and emptied on the audio thread only: no allocation, no lock.
// Times never go backwards (a message is due no earlier than the one before
// it), so the ring stays in time order.

#include "audio/MidiMessage.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace atelier::core::timbre {

class DelayedMidi {
public:
    static constexpr int kCapacity = 512;

    // False when full (the caller applies the message at once).
    bool push(std::int64_t due, const MidiMessage &message)
    {
        if (m_size == kCapacity)
            return false;
        if (m_size > 0)
            due = std::max(due, m_lastDue);
        m_items[std::size_t((m_head + m_size) % kCapacity)] = {due, message};
        ++m_size;
        m_lastDue = due;
        return true;
    }
    bool empty() const { return m_size == 0; }
    // The sample time of the first message; the largest int64 when empty.
    std::int64_t nextDue() const
    {
        return m_size ? m_items[std::size_t(m_head)].due : std::numeric_limits<std::int64_t>::max();
    }
    MidiMessage pop()  // requires !empty()
    {
        const MidiMessage m = m_items[std::size_t(m_head)].message;
        m_head = (m_head + 1) % kCapacity;
        --m_size;
        return m;
    }
    void clear() { m_head = m_size = 0; }

private:
    struct Item {
        std::int64_t due = 0;
        MidiMessage message;
    };
    std::array<Item, kCapacity> m_items{};
    int m_head = 0;
    int m_size = 0;
    std::int64_t m_lastDue = 0;
};

} // namespace atelier::core::timbre
