// The panel-packed x · W + b kernel; see PanelMatrix.h for the layout and
// why each output is summed in k order, the same way for every batch size.
//
// Micro-kernel: R batch rows × P panels of 16 columns; the accumulators
// (R·P·16 floats) are summed over blocks of 32 k and added to y block by
// block, for accuracy. Two builds of it:
//  * 256-bit vectors, compiled by target_clones for AVX2+FMA and for the
//    x86-64 baseline (at most 8 accumulator registers of AVX2's 16): batch 1
//    uses R=1, P=4 (eight independent FMA chains hide the FMA latency),
//    larger batches R=4, P=1 (one weight load feeds four rows);
//  * 512-bit vectors for AVX-512 CPUs (32 registers; picked at run time
//    with __builtin_cpu_supports; ATELIER_NO_AVX512=1 in the environment
//    turns it off, for comparisons): batch 1 R=1, P=8; batches R=8, P=1.
// Every variant does the same float operations in the same order per
// output, so results do not depend on the batch size or the blocking.

#include "sketchrnn/PanelMatrix.h"
#include "sketchrnn/VectorMath.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ATELIER_KERNEL_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#define ATELIER_HAVE_AVX512_PATH 1
#else
#define ATELIER_KERNEL_CLONES
#define ATELIER_HAVE_AVX512_PATH 0
#endif

namespace atelier::models {

namespace {

constexpr int kW = PanelMatrix::kPanelWidth;
// Partial sums over blocks of k, added to the output block by block: the
// rounding error grows with kBlock + K/kBlock instead of K.
constexpr int kBlock = 32;

// Row count for a remainder of n rows (cases n >= rb are never reached).
constexpr int rest(int n, int rb) { return n < rb ? n : 1; }

typedef float V16 __attribute__((vector_size(64)));

template <typename V>
ATELIER_INLINE V loadV(const float *p)
{
    V v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <typename V>
ATELIER_INLINE void storeV(float *p, V v)
{
    std::memcpy(p, &v, sizeof v);
}

template <typename V, int R, int P>
ATELIER_INLINE void microKernel(const float *panel, int K, const float *x, int ldx, const float *bias, float *y,
                                int ldy)
{
    constexpr int L = int(sizeof(V) / sizeof(float));
    constexpr int S = kW / L;  // vectors per panel row
    const std::size_t panelStride = std::size_t(K) * kW;
    for (int r = 0; r < R; ++r)
        std::copy_n(bias, P * kW, y + std::size_t(r) * ldy);
    for (int k0 = 0; k0 < K; k0 += kBlock) {
        const int k1 = std::min(K, k0 + kBlock);
        V acc[R][P][S];
        for (int r = 0; r < R; ++r)
            for (int p = 0; p < P; ++p)
                for (int s = 0; s < S; ++s)
                    acc[r][p][s] = V{} + 0.0f;
        for (int k = k0; k < k1; ++k) {
            V w[P][S];
            for (int p = 0; p < P; ++p)
                for (int s = 0; s < S; ++s)
                    w[p][s] = loadV<V>(panel + p * panelStride + std::size_t(k) * kW + s * L);
            for (int r = 0; r < R; ++r) {
                const float xv = x[std::size_t(r) * ldx + k];
                for (int p = 0; p < P; ++p)
                    for (int s = 0; s < S; ++s)
                        acc[r][p][s] += xv * w[p][s];
            }
        }
        for (int r = 0; r < R; ++r)
            for (int p = 0; p < P; ++p)
                for (int s = 0; s < S; ++s) {
                    float *out = y + std::size_t(r) * ldy + p * kW + s * L;
                    storeV<V>(out, loadV<V>(out) + acc[r][p][s]);
                }
    }
}

// Batch 1 over panel groups of PB; otherwise rows in blocks of RB per panel.
template <typename V, int PB, int RB>
ATELIER_INLINE void multiplyWith(const float *panels, int K, int nPanels, const float *bias, int batch,
                                 const float *x, int ldx, float *y, int ldy)
{
    const std::size_t panelStride = std::size_t(K) * kW;
    if (batch == 1) {
        int p = 0;
        for (; p + PB <= nPanels; p += PB)
            microKernel<V, 1, PB>(panels + p * panelStride, K, x, ldx, bias + p * kW, y + p * kW, ldy);
        for (; p < nPanels; ++p)
            microKernel<V, 1, 1>(panels + p * panelStride, K, x, ldx, bias + p * kW, y + p * kW, ldy);
        return;
    }
    for (int p = 0; p < nPanels; ++p) {
        const float *panel = panels + p * panelStride;
        const float *b = bias + p * kW;
        int r = 0;
        for (; r + RB <= batch; r += RB)
            microKernel<V, RB, 1>(panel, K, x + std::size_t(r) * ldx, ldx, b, y + std::size_t(r) * ldy + p * kW, ldy);
        const float *xr = x + std::size_t(r) * ldx;
        float *yr = y + std::size_t(r) * ldy + p * kW;
        switch (batch - r) {  // the rest, fewer than RB rows
        case 7: microKernel<V, rest(7, RB), 1>(panel, K, xr, ldx, b, yr, ldy); break;
        case 6: microKernel<V, rest(6, RB), 1>(panel, K, xr, ldx, b, yr, ldy); break;
        case 5: microKernel<V, rest(5, RB), 1>(panel, K, xr, ldx, b, yr, ldy); break;
        case 4: microKernel<V, rest(4, RB), 1>(panel, K, xr, ldx, b, yr, ldy); break;
        case 3: microKernel<V, 3, 1>(panel, K, xr, ldx, b, yr, ldy); break;
        case 2: microKernel<V, 2, 1>(panel, K, xr, ldx, b, yr, ldy); break;
        case 1: microKernel<V, 1, 1>(panel, K, xr, ldx, b, yr, ldy); break;
        default: break;
        }
    }
}

ATELIER_KERNEL_CLONES
void multiply256(const float *panels, int K, int nPanels, const float *bias, int batch, const float *x, int ldx,
                 float *y, int ldy)
{
    multiplyWith<vec::V8, 4, 4>(panels, K, nPanels, bias, batch, x, ldx, y, ldy);
}

#if ATELIER_HAVE_AVX512_PATH
__attribute__((target("avx512f,avx512vl,avx2,fma")))
void multiply512(const float *panels, int K, int nPanels, const float *bias, int batch, const float *x, int ldx,
                 float *y, int ldy)
{
    multiplyWith<V16, 8, 8>(panels, K, nPanels, bias, batch, x, ldx, y, ldy);
}

const bool kHasAvx512 = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") && !std::getenv("ATELIER_NO_AVX512");
}();
#endif

void panelMultiply(const float *panels, int K, int nPanels, const float *bias, int batch, const float *x, int ldx,
                   float *y, int ldy)
{
#if ATELIER_HAVE_AVX512_PATH
    if (kHasAvx512)
        return multiply512(panels, K, nPanels, bias, batch, x, ldx, y, ldy);
#endif
    multiply256(panels, K, nPanels, bias, batch, x, ldx, y, ldy);
}

} // namespace

void PanelMatrix::FreeDeleter::operator()(float *p) const { std::free(p); }

PanelMatrix::Buffer PanelMatrix::allocate(std::size_t count)
{
    const std::size_t bytes = (count * sizeof(float) + 63) / 64 * 64;
    auto *p = static_cast<float *>(std::aligned_alloc(64, std::max<std::size_t>(bytes, 64)));
    std::memset(p, 0, std::max<std::size_t>(bytes, 64));
    return Buffer(p);
}

PanelMatrix::PanelMatrix(int rows, int cols)
    : m_rows(rows), m_cols(cols), m_panels((cols + kW - 1) / kW),
      m_panelData(allocate(std::size_t(m_panels) * rows * kW)), m_bias(allocate(std::size_t(m_panels) * kW))
{
}

void PanelMatrix::setRows(int firstRow, const float *w, int count)
{
    for (int r = 0; r < count; ++r) {
        const int k = firstRow + r;
        for (int c = 0; c < m_cols; ++c)
            m_panelData[(std::size_t(c / kW) * m_rows + k) * kW + c % kW] = w[std::size_t(r) * m_cols + c];
    }
}

void PanelMatrix::setBias(const float *b) { std::copy(b, b + m_cols, m_bias.get()); }

void PanelMatrix::multiply(int batch, const float *x, int ldx, float *y, int ldy) const
{
    if (batch <= 0 || m_panels == 0)
        return;
    panelMultiply(m_panelData.get(), m_rows, m_panels, m_bias.get(), batch, x, ldx, y, ldy);
}

} // namespace atelier::models
