#include "ClockProbe.h"

#include <algorithm>

namespace atelier::app {

std::vector<ClockProbe::Timed> ClockProbe::heard() const
{
    const std::size_t n = m_heardCount.load(std::memory_order_acquire);
    return std::vector<Timed>(m_heard.begin(), m_heard.begin() + std::ptrdiff_t(n));
}

void ClockProbe::processCycle(core::Frame cycleStart, int frames, const core::RawMidiEvent *in, int inCount,
                              float *left, float *right, core::RawMidiBuffer &out)
{
    if (left && right) {
        std::fill(left, left + frames, 0.0f);
        std::fill(right, right + frames, 0.0f);
    }
    std::size_t k = m_heardCount.load(std::memory_order_relaxed);
    for (int i = 0; i < inCount && k < m_heard.size(); ++i)
        m_heard[k++] = {cycleStart + in[i].offset, in[i]};
    m_heardCount.store(k, std::memory_order_release);
    for (; m_sent < m_send.size() && m_send[m_sent].frame < cycleStart + frames; ++m_sent) {
        core::RawMidiEvent e = m_send[m_sent].event;
        e.offset = int(std::max<core::Frame>(0, m_send[m_sent].frame - cycleStart));
        out.push(e);
    }
    m_lastCycle.store(cycleStart, std::memory_order_release);
}

} // namespace atelier::app
