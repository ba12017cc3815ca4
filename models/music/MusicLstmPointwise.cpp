// The fused LSTM element-wise loops; see MusicLstmPointwise.h.

#include "music/MusicLstmPointwise.h"
#include "sketchrnn/VectorMath.h"

#include <algorithm>
#include <cstddef>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ATELIER_KERNEL_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define ATELIER_KERNEL_CLONES
#endif

namespace atelier::models {

namespace {

using vec::V8;

ATELIER_INLINE void forwardEight(float *ai, float *af, float *ag, float *ao, const float *cp, float *c, float *tc,
                                 float *h)
{
    const V8 i = vec::sigmoid(vec::load(ai));
    const V8 f = vec::sigmoid(vec::load(af));
    const V8 g = vec::tanh(vec::load(ag));
    const V8 o = vec::sigmoid(vec::load(ao));
    const V8 cNew = (cp ? f * vec::load(cp) : vec::splat(0.0f)) + i * g;
    const V8 t = vec::tanh(cNew);
    vec::store(ai, i);
    vec::store(af, f);
    vec::store(ag, g);
    vec::store(ao, o);
    vec::store(c, cNew);
    vec::store(tc, t);
    vec::store(h, o * t);
}

ATELIER_INLINE void backwardEight(const float *ai, const float *af, const float *ag, const float *ao,
                                  const float *cp, const float *tcp, const float *dhp, float *dcp, float *di,
                                  float *df, float *dg, float *dout)
{
    const V8 i = vec::load(ai), f = vec::load(af), g = vec::load(ag), o = vec::load(ao);
    const V8 tc = vec::load(tcp), dh = vec::load(dhp);
    const V8 one = vec::splat(1.0f);
    const V8 dc = vec::load(dcp) + dh * o * (one - tc * tc);
    const V8 c0 = cp ? vec::load(cp) : vec::splat(0.0f);
    vec::store(di, dc * g * i * (one - i));
    vec::store(df, dc * c0 * f * (one - f));
    vec::store(dg, dc * i * (one - g * g));
    vec::store(dout, dh * tc * o * (one - o));
    vec::store(dcp, dc * f);
}

ATELIER_KERNEL_CLONES
void forwardImpl(int batch, int hidden, float *gates, const float *cPrev, float *c, float *tanhC, float *h)
{
    const int H = hidden;
    for (int r = 0; r < batch; ++r) {
        float *a = gates + std::size_t(r) * 4 * H;
        const float *cp = cPrev ? cPrev + std::size_t(r) * H : nullptr;
        float *cr = c + std::size_t(r) * H, *tr = tanhC + std::size_t(r) * H, *hr = h + std::size_t(r) * H;
        int j = 0;
        for (; j + 8 <= H; j += 8)
            forwardEight(a + j, a + H + j, a + 2 * H + j, a + 3 * H + j, cp ? cp + j : nullptr, cr + j, tr + j, hr + j);
        if (j < H) {  // tail on zero-padded copies
            const int n = H - j;
            float ai[8] = {}, af[8] = {}, ag[8] = {}, ao[8] = {}, cpt[8] = {}, ct[8], tt[8], ht[8];
            std::copy_n(a + j, n, ai);
            std::copy_n(a + H + j, n, af);
            std::copy_n(a + 2 * H + j, n, ag);
            std::copy_n(a + 3 * H + j, n, ao);
            if (cp)
                std::copy_n(cp + j, n, cpt);
            forwardEight(ai, af, ag, ao, cp ? cpt : nullptr, ct, tt, ht);
            std::copy_n(ai, n, a + j);
            std::copy_n(af, n, a + H + j);
            std::copy_n(ag, n, a + 2 * H + j);
            std::copy_n(ao, n, a + 3 * H + j);
            std::copy_n(ct, n, cr + j);
            std::copy_n(tt, n, tr + j);
            std::copy_n(ht, n, hr + j);
        }
    }
}

ATELIER_KERNEL_CLONES
void backwardImpl(int batch, int hidden, const float *acts, const float *cPrev, const float *tanhC, const float *dh,
                  float *dc, float *dGates)
{
    const int H = hidden;
    for (int r = 0; r < batch; ++r) {
        const float *a = acts + std::size_t(r) * 4 * H;
        float *d = dGates + std::size_t(r) * 4 * H;
        const float *cp = cPrev ? cPrev + std::size_t(r) * H : nullptr;
        const float *tr = tanhC + std::size_t(r) * H, *dhr = dh + std::size_t(r) * H;
        float *dcr = dc + std::size_t(r) * H;
        int j = 0;
        for (; j + 8 <= H; j += 8)
            backwardEight(a + j, a + H + j, a + 2 * H + j, a + 3 * H + j, cp ? cp + j : nullptr, tr + j, dhr + j,
                          dcr + j, d + j, d + H + j, d + 2 * H + j, d + 3 * H + j);
        if (j < H) {
            const int n = H - j;
            float ai[8] = {}, af[8] = {}, ag[8] = {}, ao[8] = {}, cpt[8] = {}, tt[8] = {}, dht[8] = {}, dct[8] = {};
            float di[8], df[8], dg[8], dout[8];
            std::copy_n(a + j, n, ai);
            std::copy_n(a + H + j, n, af);
            std::copy_n(a + 2 * H + j, n, ag);
            std::copy_n(a + 3 * H + j, n, ao);
            if (cp)
                std::copy_n(cp + j, n, cpt);
            std::copy_n(tr + j, n, tt);
            std::copy_n(dhr + j, n, dht);
            std::copy_n(dcr + j, n, dct);
            backwardEight(ai, af, ag, ao, cp ? cpt : nullptr, tt, dht, dct, di, df, dg, dout);
            std::copy_n(dct, n, dcr + j);
            std::copy_n(di, n, d + j);
            std::copy_n(df, n, d + H + j);
            std::copy_n(dg, n, d + 2 * H + j);
            std::copy_n(dout, n, d + 3 * H + j);
        }
    }
}

} // namespace

void lstmPointwiseForward(int batch, int hidden, float *gates, const float *cPrev, float *c, float *tanhC, float *h)
{
    forwardImpl(batch, hidden, gates, cPrev, c, tanhC, h);
}

void lstmPointwiseBackward(int batch, int hidden, const float *acts, const float *cPrev, const float *tanhC,
                           const float *dh, float *dc, float *dGates)
{
    backwardImpl(batch, hidden, acts, cPrev, tanhC, dh, dc, dGates);
}

} // namespace atelier::models
