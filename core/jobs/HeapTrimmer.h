#pragma once
// HeapTrimmer: hands the memory the C library's allocator keeps after a long
// job freed it back to the system, at most once per interval. A training job
// allocates and frees tensors step after step on its own thread; glibc keeps
// what was freed (in the thread's arena, and above its moving mmap
// threshold), so a studio that trains for an hour grows by tens of
// megabytes that nothing uses. Call maybeTrim() from the job's own thread
// between steps (never from the audio thread: it takes the allocator's
// locks), and trimNow() when the job ends. Elsewhere than glibc it does
// nothing.

#include <chrono>

namespace atelier::core {

class HeapTrimmer {
public:
    using Clock = std::chrono::steady_clock;
    explicit HeapTrimmer(std::chrono::milliseconds interval = std::chrono::seconds(10));

    // Trims when `interval` has passed since the last trim (or since this
    // trimmer was made); true when it trimmed.
    bool maybeTrim(Clock::time_point now = Clock::now());
    // Trims at once.
    static void trimNow();
    int trims() const { return m_trims; }

private:
    std::chrono::milliseconds m_interval;
    Clock::time_point m_last;
    int m_trims = 0;
};

} // namespace atelier::core
