#include "sync/ClockFollowDriver.h"

#include <algorithm>

namespace atelier::core {

namespace {
constexpr int kMaxDrain = 1 << 16;
}

void ClockFollowDriver::setFollowing(bool on)
{
    m_reset.store(true, std::memory_order_relaxed);
    m_following.store(on, std::memory_order_release);
}

void ClockFollowDriver::beginCycle(Frame cycleStart, double sampleRate, std::int64_t, const Sequencer &)
{
    m_cycleStart = cycleStart;
    if (m_reset.exchange(false, std::memory_order_acq_rel) || sampleRate != m_rate) {
        TimedMidiEvent stale;
        for (int i = 0; i < kMaxDrain && m_input.readInput(stale); ++i) {
        }
        m_hasPending = false;
        m_rate = sampleRate;
        m_follower.reset(sampleRate);
    }
}

void ClockFollowDriver::handle(const TimedMidiEvent &event, Frame at, Sequencer &sequencer)
{
    const MidiMessage &m = event.message;
    RawMidiEvent raw = RawMidiEvent::make(0, m.status, m.size(), m.data1, m.data2);
    m_follower.receive(raw, at, sequencer);
}

int ClockFollowDriver::drive(Sequencer &sequencer, int offset, int frames)
{
    if (offset == 0)
        m_delay = frames;
    const Frame from = m_cycleStart + offset;
    // A stamp more than a second ahead is not to be waited for (a clock that jumped).
    const Frame farAhead = from + Frame(m_rate > 0 ? m_rate : 48000.0);
    for (int i = 0; i < kMaxDrain; ++i) {
        if (!m_hasPending && !(m_hasPending = m_input.readInput(m_pending)))
            break;
        const Frame due = m_pending.frame + m_delay;
        if (due > from && due <= farAhead)
            break;
        handle(m_pending, std::min(due, from), sequencer);
        m_hasPending = false;
    }
    int n = frames;
    if (m_hasPending)
        n = int(std::clamp<Frame>(m_pending.frame + m_delay - from, 1, frames));
    m_follower.drive(sequencer, from, n);
    return n;
}

} // namespace atelier::core
