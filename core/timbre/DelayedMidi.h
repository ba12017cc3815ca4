#pragma once
// DelayedMidi: MIDI messages held until a later sample time, for the voice
// engine's start delay (TimbreVoiceEngine::setStartDelay): a note-off that
// arrives at sample t takes effect at t + delay, as its note-on did. A fixed
// ring, filled and emptied on the audio thread only: no allocation, no lock.
// Times never go backwards (a message is due no earlier than the one before
// it), so the ring stays in time order. Each message keeps the engine's note
// serial at the time it came (`upTo`): when it applies it acts on the notes
// that had begun by then only, not on one struck after it (a note-off and a
// new note-on of the same key at the same sample stay apart).

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
    struct Item {
        std::int64_t due = 0;
        MidiMessage message;
        std::uint64_t upTo = 0;
    };

    bool push(std::int64_t due, const MidiMessage &message, std::uint64_t upTo)
    {
        if (m_size == kCapacity)
            return false;
        if (m_size > 0)
            due = std::max(due, m_lastDue);
        m_items[std::size_t((m_head + m_size) % kCapacity)] = {due, message, upTo};
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
    Item pop()  // requires !empty()
    {
        const Item m = m_items[std::size_t(m_head)];
        m_head = (m_head + 1) % kCapacity;
        --m_size;
        return m;
    }

private:
    std::array<Item, kCapacity> m_items{};
    int m_head = 0;
    int m_size = 0;
    std::int64_t m_lastDue = 0;
};

} // namespace atelier::core::timbre
