#include "FixedLoad.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace atelier::app {

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

FixedLoad::FixedLoad(double milliseconds)
{
    for (std::size_t i = 0; i < m_table.size(); ++i)
        m_table[i] = float(i % 97) / 97.0f;
    constexpr std::int64_t kTrial = 200000;
    double quickest = 1e9;
    for (int attempt = 0; attempt < 7; ++attempt) {
        const double began = threadCpuMs();
        m_sink += work(kTrial);
        quickest = std::min(quickest, threadCpuMs() - began);
    }
    m_steps = std::max<std::int64_t>(1, std::llround(double(kTrial) * std::max(milliseconds, 0.0) / std::max(quickest, 1e-6)));
}

// A filter over the table in a scattered order: arithmetic and memory, as a
// synth's inner loop has, with nothing the compiler can drop or fold.
float FixedLoad::work(std::int64_t steps)
{
    float acc = m_sink;
    for (std::int64_t i = 0; i < steps; ++i) {
        const std::size_t k = std::size_t((i * 7919) & std::int64_t(m_table.size() - 1));
        m_table[k] = m_table[k] * 0.999f + std::sin(acc + float(i) * 0.001f) * 0.001f;
        acc += m_table[k];
    }
    return std::isfinite(acc) ? acc * 1e-9f : 0.0f;
}

void FixedLoad::render(float *left, float *right, int frames)
{
    m_sink = work(m_steps);
    std::fill(left, left + frames, 0.0f);
    std::fill(right, right + frames, 0.0f);
}

} // namespace atelier::app
