#include "sync/MidiClockLeader.h"

#include "audio/PlaybackSnapshot.h"
#include "audio/Sequencer.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

using namespace midibytes;

void MidiClockLeader::reset()
{
    m_nextClock = 0;
    m_running = false;
}

std::int64_t MidiClockLeader::sixteenthAtOrAfter(double tick, int ppq)
{
    const double perSixteenth = double(ppq) / 4.0;
    return std::max<std::int64_t>(0, std::int64_t(std::ceil(tick / perSixteenth - 1e-6)));
}

void MidiClockLeader::position(const PlaybackSnapshot &s, int frame, double tick, bool start, RawMidiBuffer &out)
{
    if (start) {
        out.push(RawMidiEvent::make(frame, kStart));
        m_nextClock = 0;
        return;
    }
    const std::int64_t sixteenth = std::min<std::int64_t>(sixteenthAtOrAfter(tick, s.ppq()), 16383);
    out.push(RawMidiEvent::make(frame, kSongPosition, 3, std::uint8_t(sixteenth & 0x7F),
                                std::uint8_t((sixteenth >> 7) & 0x7F)));
    m_nextClock = sixteenth * kClocksPerSixteenth;
}

void MidiClockLeader::collect(const Sequencer &sequencer, int offset, RawMidiBuffer &out)
{
    const PlaybackSnapshot *s = sequencer.snapshot();
    if (!s)
        return;
    const double ticksPerClock = double(s->ppq()) / kClocksPerBeat;
    for (int i = 0; i < sequencer.spanCount(); ++i) {
        const TransportSpan &span = sequencer.span(i);
        const int frame = offset + span.frame;
        const double tick = s->sampleToTick(span.sample);
        using Cause = TransportSpan::Cause;
        if (span.playing && (span.cause == Cause::Play || span.cause == Cause::Locate || span.cause == Cause::Wrap)) {
            if (m_running)
                out.push(RawMidiEvent::make(frame, kStop));
            const bool fromStart = span.cause == Cause::Play && span.sample < 0.5;
            position(*s, frame, tick, fromStart, out);
            if (!fromStart)
                out.push(RawMidiEvent::make(frame, kContinue));
            m_running = true;
        } else if (!span.playing && span.cause == Cause::Stop) {
            if (m_running)
                out.push(RawMidiEvent::make(frame, kStop));
            m_running = false;
        } else if (!span.playing && span.cause == Cause::Locate) {
            position(*s, frame, tick, false, out);
        }
        if (!span.playing || !m_running || span.rate <= 0)
            continue;
        const double end = span.sample + span.rate * span.frames;
        for (;;) {
            const double at = double(std::llround(s->tickToSample(double(m_nextClock) * ticksPerClock)));
            if (at >= end)
                break;
            const double delay = std::ceil((at - span.sample) / span.rate - 1e-9);
            const int f = frame + int(std::clamp(delay, 0.0, double(span.frames)));
            if (!out.push(RawMidiEvent::make(f, kClock)))
                break;
            ++m_nextClock;
        }
    }
}

} // namespace atelier::core
