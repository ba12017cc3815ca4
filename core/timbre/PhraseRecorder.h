#pragma once
// The Sound-Morph instrument's phrase: every note-on, note-off and controller
// played, with its time since the phrase's first note-on (messages before it
// are not part of the phrase), up to a length limit, for "Phrase as WAV".
// A plain value object of the UI thread.

#include "timbre/TimbreRender.h"

#include <chrono>
#include <vector>

namespace atelier::core::timbre {

class PhraseRecorder {
public:
    using Clock = std::chrono::steady_clock;
    enum class Result { Ignored, Recorded, BecameFull, Full };

    explicit PhraseRecorder(double maxSeconds = 300.0) : m_maxSeconds(maxSeconds) {}

    // BecameFull: the first message past the limit (not recorded; say so once); Full: later ones.
    Result record(const MidiMessage &message, Clock::time_point at);
    const std::vector<TimedMidi> &events() const { return m_events; }
    int noteCount() const;
    double lengthSeconds() const { return m_events.empty() ? 0.0 : m_events.back().time_s; }
    double maxSeconds() const { return m_maxSeconds; }
    bool isFull() const { return m_full; }
    // The phrase ready to render: notes (and the pedal) still down at its end
    // are let go heldTail_s after its last event. *end: the time of the last event then.
    std::vector<TimedMidi> closedEvents(double heldTail_s, double *end) const;
    void clear();

private:
    double m_maxSeconds;
    std::vector<TimedMidi> m_events;
    Clock::time_point m_start;
    bool m_full = false;
};

} // namespace atelier::core::timbre
