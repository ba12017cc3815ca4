#include "FixedLoad.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>

namespace atelier::app {

namespace {

// The thread's CPU time, or the wall time where that clock is missing.
double nowMs()
{
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

FixedLoad::FixedLoad(double milliseconds)
{
    for (std::size_t i = 0; i < m_table.size(); ++i)
        m_table[i] = 0.25f + float(i % 97) / 194.0f;   // 0.25 to 0.75
    constexpr std::int64_t kTrial = 200000;
    std::array<double, 7> tries{};
    for (double &t : tries) {
        const double began = nowMs();
        m_sink += work(kTrial);
        t = nowMs() - began;
    }
    std::sort(tries.begin(), tries.end());
    const double median = std::max(tries[tries.size() / 2], 1e-3);
    m_steps = std::max<std::int64_t>(1, std::llround(double(kTrial) * std::clamp(milliseconds, 0.0, 1000.0) / median));
}

// Multiply-adds over the table in a scattered order, one long chain: the
// same steps every call, and their time does not depend on the values
// (they stay between 0.25 and 0.75: no denormals, no slow paths).
float FixedLoad::work(std::int64_t steps)
{
    float acc = 0.5f;
    for (std::int64_t i = 0; i < steps; ++i) {
        const std::size_t k = std::size_t((i * 7919) & std::int64_t(m_table.size() - 1));
        acc = acc * 0.75f + m_table[k] * 0.25f;
        m_table[k] = m_table[k] * 0.5f + acc * 0.5f;
    }
    return acc;
}

void FixedLoad::render(float *left, float *right, int frames)
{
    m_sink = work(m_steps);
    std::fill(left, left + frames, 0.0f);
    std::fill(right, right + frames, 0.0f);
}

} // namespace atelier::app
