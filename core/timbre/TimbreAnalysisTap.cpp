#include "timbre/TimbreAnalysisTap.h"

#include <algorithm>

namespace atelier::core::timbre {

TimbreAnalysisTap::TimbreAnalysisTap()
{
    for (Slot &s : m_slots)
        s.block.assign(std::size_t(kCapacity), 0.0f);
}

void TimbreAnalysisTap::publish(const float *out, int frames, const TimbreFrame *latest, double f0Hz)
{
    if (latest) {
        m_frame = *latest;
        m_f0 = f0Hz;
        m_haveFrame = true;
    }
    Slot &s = m_slots[std::size_t(m_back)];
    const int n = std::clamp(frames, 0, kCapacity);
    std::copy(out + (frames - n), out + frames, s.block.begin());
    s.blockSize = n;
    s.haveFrame = m_haveFrame;
    s.frame = m_frame;
    s.f0 = m_f0;
    m_back = m_middle.exchange(m_back | kFresh, std::memory_order_acq_rel) & 3;
}

const TimbreAnalysisTap::Slot &TimbreAnalysisTap::readerSlot() const
{
    if (m_middle.load(std::memory_order_acquire) & kFresh)
        m_front = m_middle.exchange(m_front, std::memory_order_acq_rel) & 3;
    return m_slots[std::size_t(m_front)];
}

std::vector<float> TimbreAnalysisTap::lastBlock() const
{
    std::lock_guard<std::mutex> lock(m_readers);
    const Slot &s = readerSlot();
    return {s.block.begin(), s.block.begin() + s.blockSize};
}

bool TimbreAnalysisTap::lastFrame(TimbreFrame *frame, double *f0Hz) const
{
    std::lock_guard<std::mutex> lock(m_readers);
    const Slot &s = readerSlot();
    if (!s.haveFrame)
        return false;
    if (frame)
        *frame = s.frame;
    if (f0Hz)
        *f0Hz = s.f0;
    return true;
}

} // namespace atelier::core::timbre
