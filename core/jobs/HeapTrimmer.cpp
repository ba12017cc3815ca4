#include "jobs/HeapTrimmer.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace atelier::core {

HeapTrimmer::HeapTrimmer(std::chrono::milliseconds interval)
    : m_interval(interval), m_last(Clock::now())
{
}

bool HeapTrimmer::maybeTrim(Clock::time_point now)
{
    if (now - m_last < m_interval)
        return false;
    trimNow();
    m_last = now;
    ++m_trims;
    return true;
}

void HeapTrimmer::trimNow()
{
#if defined(__GLIBC__)
    // Free memory the allocator holds in every arena: the free chunks inside
    // a heap (given back page by page) as well as at its top.
    malloc_trim(0);
#endif
}

} // namespace atelier::core
