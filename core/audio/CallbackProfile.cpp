#include "audio/CallbackProfile.h"

#include <algorithm>
#include <chrono>
#include <sys/resource.h>
#include <ctime>
#include <sched.h>

namespace atelier::core {

namespace {

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double ms(std::int64_t ns) { return double(ns) / 1e6; }

} // namespace

int CallbackProfile::bucketFor(std::int64_t wallNs, std::int64_t periodNs)
{
    int bucket = 0;
    while (bucket < int(kBucketPercent.size()) && wallNs * 100 > periodNs * kBucketPercent[std::size_t(bucket)])
        ++bucket;
    return bucket;
}

void CallbackProfile::enable(bool on)
{
    for (auto &bucket : m_histogram)
        bucket.store(0, std::memory_order_relaxed);
    m_overlongWaiting.store(0, std::memory_order_relaxed);
    m_lateCount = 0;
    m_originNs = steadyNs();
    m_enabled.store(on, std::memory_order_release);
}

CallbackProfile::Stamp CallbackProfile::now()
{
    Stamp s;
    s.wallNs = steadyNs();
    timespec cpu{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0)   // the scheduler's exact count, in ns
        s.cpuNs = std::int64_t(cpu.tv_sec) * 1000000000 + cpu.tv_nsec;
    s.cpu = sched_getcpu();
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) == 0) {   // no allocation, no sleep; its times are tick-sampled, its counts exact
        s.minflt = usage.ru_minflt;
        s.majflt = usage.ru_majflt;
        s.nvcsw = usage.ru_nvcsw;
        s.nivcsw = usage.ru_nivcsw;
    }
    return s;
}

void CallbackProfile::beginOn()
{
    m_begin = now();
}

void CallbackProfile::songDoneOn()
{
    m_song = now();
}

void CallbackProfile::endOn(int frames, unsigned sampleRate)
{
    if (frames <= 0 || sampleRate == 0)
        return;
    const std::int64_t periodNs = std::int64_t(frames) * 1000000000 / std::int64_t(sampleRate);
    const Stamp e = now();
    const std::int64_t wall = e.wallNs - m_begin.wallNs, cpu = e.cpuNs - m_begin.cpuNs;
    auto &bucket = m_histogram[std::size_t(bucketFor(wall, periodNs))];
    bucket.store(bucket.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);   // the only writer
    if (wall > periodNs && cpu * 2 < wall)
        m_overlongWaiting.store(m_overlongWaiting.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    if (wall * 2 <= periodNs)
        return;
    Late late;
    late.atSeconds = double(m_begin.wallNs - m_originNs) / 1e9;
    late.wallMs = ms(wall);
    late.cpuMs = ms(cpu);
    late.songMs = ms(m_song.wallNs - m_begin.wallNs);
    late.songCpuMs = ms(m_song.cpuNs - m_begin.cpuNs);
    late.liveMs = ms(e.wallNs - m_song.wallNs);
    late.cpu = e.cpu;
    late.migrated = e.cpu != m_begin.cpu;
    late.minorFaults = e.minflt - m_begin.minflt;
    late.majorFaults = e.majflt - m_begin.majflt;
    late.voluntarySwitches = e.nvcsw - m_begin.nvcsw;
    late.involuntarySwitches = e.nivcsw - m_begin.nivcsw;
    // Keep the worst kLate: replace the mildest when full.
    if (m_lateCount < kLate) {
        m_late[std::size_t(m_lateCount++)] = late;
        return;
    }
    auto mildest = std::min_element(m_late.begin(), m_late.end(), [](const Late &a, const Late &b) { return a.wallMs < b.wallMs; });
    if (mildest->wallMs < late.wallMs)
        *mildest = late;
}

std::array<std::int64_t, CallbackProfile::kBuckets> CallbackProfile::histogram() const
{
    std::array<std::int64_t, kBuckets> counts{};
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] = m_histogram[i].load(std::memory_order_relaxed);
    return counts;
}

std::vector<CallbackProfile::Late> CallbackProfile::late() const
{
    std::vector<Late> worst(m_late.begin(), m_late.begin() + m_lateCount);
    std::sort(worst.begin(), worst.end(), [](const Late &a, const Late &b) { return a.wallMs > b.wallMs; });
    return worst;
}

} // namespace atelier::core
