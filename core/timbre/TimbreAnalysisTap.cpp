#include "timbre/TimbreAnalysisTap.h"

#include <algorithm>

namespace atelier::core::timbre {

TimbreAnalysisTap::TimbreAnalysisTap() : m_block(std::size_t(kCapacity), 0.0f) {}

void TimbreAnalysisTap::publish(const float *out, int frames, const TimbreFrame *latest, double f0Hz)
{
    std::unique_lock<std::mutex> lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return;  // a reader is copying: skip this block
    const int n = std::min(frames, kCapacity);
    std::copy(out + (frames - n), out + frames, m_block.begin());
    m_blockSize = n;
    if (latest) {
        m_frame = *latest;
        m_f0 = f0Hz;
        m_haveFrame = true;
    }
}

std::vector<float> TimbreAnalysisTap::lastBlock() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return {m_block.begin(), m_block.begin() + m_blockSize};
}

bool TimbreAnalysisTap::lastFrame(TimbreFrame *frame, double *f0Hz) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_haveFrame)
        return false;
    if (frame)
        *frame = m_frame;
    if (f0Hz)
        *f0Hz = m_f0;
    return true;
}

} // namespace atelier::core::timbre
