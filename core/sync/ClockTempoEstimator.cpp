#include "sync/ClockTempoEstimator.h"

#include "audio/IMidiCycle.h"

#include <cmath>

namespace atelier::core {

void ClockTempoEstimator::reset()
{
    m_head = 0;
    m_count = 0;
    m_lastRaw = -1e300;
    m_period = 0;
    m_fittedLast = 0;
    m_outliers = 0;
    m_outlierSign = 0;
}

double ClockTempoEstimator::bpm() const
{
    return m_period > 0 ? 60.0 * m_rate / (m_period * midibytes::kClocksPerBeat) : 0.0;
}

double ClockTempoEstimator::clocksSinceLastTick(double frame) const
{
    return m_period > 0 ? (frame - m_fittedLast) / m_period : 0.0;
}

bool ClockTempoEstimator::addTick(double frame)
{
    const double minPeriod = 60.0 * m_rate / (kMaxBpm * midibytes::kClocksPerBeat);
    if (frame - m_lastRaw < 0.5 * minPeriod) {
        ++m_ignored;
        return false;
    }
    if (hasTempo() && frame - m_lastRaw > 4.0 * m_period)
        reset();   // the clock paused (stopped, or the cable was out): start a new line
    m_lastRaw = frame;
    if (m_count >= kMinTicksForJumps) {
        const double residual = frame - (m_fittedLast + m_period);
        const int sign = residual > 0 ? 1 : -1;
        if (std::abs(residual) > kJitterTolerance_s * m_rate) {
            m_outliers = sign == m_outlierSign ? m_outliers + 1 : 1;
            m_outlierSign = sign;
        } else {
            m_outliers = 0;
            m_outlierSign = 0;
        }
        if (m_outliers >= 2) {
            // The tempo changed: keep the tick before the change and the one after it.
            const double keep[2] = {m_times[std::size_t((m_head - 2 + kWindow) % kWindow)],
                                    m_times[std::size_t((m_head - 1 + kWindow) % kWindow)]};
            m_times[0] = keep[0];
            m_times[1] = keep[1];
            m_count = 2;
            m_head = m_count;
            m_outliers = 0;
            m_outlierSign = 0;
            ++m_jumps;
        }
    }
    m_times[std::size_t(m_head)] = frame;
    m_head = (m_head + 1) % kWindow;
    if (m_count < kWindow)
        ++m_count;
    fit();
    return true;
}

void ClockTempoEstimator::fit()
{
    if (m_count < 2) {
        m_fittedLast = m_times[std::size_t((m_head - 1 + kWindow) % kWindow)];
        return;
    }
    // x = 0..n-1 (oldest first), y = time relative to the oldest.
    const int n = m_count;
    const int first = (m_head - n + kWindow) % kWindow;
    const double origin = m_times[std::size_t(first)];
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < n; ++i) {
        const double y = m_times[std::size_t((first + i) % kWindow)] - origin;
        sx += i;
        sy += y;
        sxx += double(i) * i;
        sxy += double(i) * y;
    }
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double intercept = (sy - slope * sx) / n;
    const double minPeriod = 60.0 * m_rate / (kMaxBpm * midibytes::kClocksPerBeat);
    const double maxPeriod = 60.0 * m_rate / (kMinBpm * midibytes::kClocksPerBeat);
    m_period = std::fmin(std::fmax(slope, minPeriod), maxPeriod);
    m_fittedLast = origin + intercept + slope * (n - 1);
}

} // namespace atelier::core
