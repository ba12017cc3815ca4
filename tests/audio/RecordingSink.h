#pragma once
// Test helpers for driving a Sequencer without a synth: RecordingSink is an
// IEventSink that notes at which frame (samples rendered so far) each MIDI
// message arrives, so tests can check sample-exact timing; run() calls
// Sequencer::process in blocks like an audio callback would.

#include "audio/IEventSink.h"
#include "audio/Sequencer.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace atelier::core::test {

struct Recorded {
    std::int64_t frame;
    MidiMessage message;
};

class RecordingSink final : public IEventSink {
public:
    void sendMidi(const MidiMessage &m) override { events.push_back({frames, m}); }
    void render(float *left, float *right, int n) override
    {
        std::fill(left, left + n, 0.0f);
        std::fill(right, right + n, 0.0f);
        frames += n;
    }
    std::vector<Recorded> matching(bool (MidiMessage::*pred)() const, int pitch = -1) const
    {
        std::vector<Recorded> out;
        for (const Recorded &r : events)
            if ((r.message.*pred)() && (pitch < 0 || r.message.data1 == pitch))
                out.push_back(r);
        return out;
    }
    std::vector<Recorded> ons(int pitch = -1) const { return matching(&MidiMessage::isNoteOn, pitch); }
    std::vector<Recorded> offs(int pitch = -1) const { return matching(&MidiMessage::isNoteOff, pitch); }
    std::int64_t frames = 0;
    std::vector<Recorded> events;
};

inline void run(Sequencer &seq, std::int64_t frames, int block = 256)
{
    std::vector<float> l(static_cast<std::size_t>(block)), r(static_cast<std::size_t>(block));
    while (frames > 0) {
        const int n = int(std::min<std::int64_t>(block, frames));
        seq.process(l.data(), r.data(), n);
        frames -= n;
    }
}

} // namespace atelier::core::test
