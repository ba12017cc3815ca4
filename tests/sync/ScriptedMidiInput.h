#pragma once
// A clock (or any MIDI) input for tests of what reads one: the events a
// test appends come out in order, with the frames the test gave them.

#include "audio/IMidiInput.h"

#include <deque>

namespace atelier::core::test {

struct ScriptedMidiInput : IMidiInput {
    std::deque<TimedMidiEvent> events;
    bool readInput(TimedMidiEvent &e) override
    {
        if (events.empty())
            return false;
        e = events.front();
        events.pop_front();
        return true;
    }
    QString takeStatus() override { return {}; }
};

} // namespace atelier::core::test
