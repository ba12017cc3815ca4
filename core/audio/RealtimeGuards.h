#pragma once
// What every audio callback does around its work:
//  - ScopedFlushDenormals: denormal floats are flushed to zero while it runs
//    (FTZ and DAZ on x86's SSE unit): a decaying filter or reverb tail that
//    reaches denormals otherwise costs up to a hundred times the CPU, and the
//    callback comes late;
//  - silenceIfNotFinite: a block holding a NaN or an infinity becomes silence,
//    so one broken voice can neither blast the speakers nor poison what is
//    mixed after it; the caller counts such blocks.
// Both are cheap, never lock, never allocate.

#include <cmath>
#include <cstring>

#if defined(__SSE__) || defined(__x86_64__)
#include <xmmintrin.h>
#define ATELIER_HAVE_MXCSR 1
#endif

namespace atelier::core {

class ScopedFlushDenormals {
public:
    ScopedFlushDenormals()
    {
#ifdef ATELIER_HAVE_MXCSR
        m_saved = _mm_getcsr();
        _mm_setcsr(m_saved | kFlushToZero | kDenormalsAreZero);
#endif
    }
    ~ScopedFlushDenormals()
    {
#ifdef ATELIER_HAVE_MXCSR
        _mm_setcsr(m_saved);
#endif
    }
    ScopedFlushDenormals(const ScopedFlushDenormals &) = delete;
    ScopedFlushDenormals &operator=(const ScopedFlushDenormals &) = delete;

private:
#ifdef ATELIER_HAVE_MXCSR
    static constexpr unsigned kFlushToZero = 0x8000;      // MXCSR.FZ
    static constexpr unsigned kDenormalsAreZero = 0x0040; // MXCSR.DAZ
    unsigned m_saved = 0;
#endif
};

// True (and the block silent) when a sample of either channel was NaN or infinite.
inline bool silenceIfNotFinite(float *left, float *right, int frames)
{
    bool bad = false;
    for (int i = 0; i < frames && !bad; ++i)
        bad = !std::isfinite(left[i]) || !std::isfinite(right[i]);
    if (bad) {
        std::memset(left, 0, sizeof(float) * std::size_t(frames));
        std::memset(right, 0, sizeof(float) * std::size_t(frames));
    }
    return bad;
}

} // namespace atelier::core
