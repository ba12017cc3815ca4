// The LSTM cell step on PanelMatrix; see LstmKernel.h. The element-wise
// gate update is vectorised eight units at a time with the exp of
// VectorMath.h (the library's scalar tanh/exp would cost more than the
// matrix product's memory time at H = 512).

#include "sketchrnn/LstmKernel.h"
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

ATELIER_INLINE void updateEight(const float *ai, const float *ag, const float *af, const float *ao, float *c, float *h)
{
    using namespace vec;
    const V8 i = sigmoid(load(ai));
    const V8 g = vec::tanh(load(ag));
    const V8 f = sigmoid(load(af) + 1.0f);   // forget bias, at run time
    const V8 o = sigmoid(load(ao));
    const V8 cNew = f * load(c) + i * g;
    store(c, cNew);
    store(h, o * vec::tanh(cNew));
}

ATELIER_KERNEL_CLONES
void lstmUpdate(int batch, int hidden, const float *gates, int gateStride, float *c, float *h, int hStride)
{
    for (int r = 0; r < batch; ++r) {
        const float *a = gates + std::size_t(r) * gateStride;
        float *cr = c + std::size_t(r) * hidden;
        float *hr = h + std::size_t(r) * hStride;
        int j = 0;
        for (; j + 8 <= hidden; j += 8)
            updateEight(a + j, a + hidden + j, a + 2 * hidden + j, a + 3 * hidden + j, cr + j, hr + j);
        if (j < hidden) {  // tail: the same arithmetic on a zero-padded copy
            float ai[8] = {}, ag[8] = {}, af[8] = {}, ao[8] = {}, ct[8] = {}, ht[8] = {};
            const int n = hidden - j;
            std::copy_n(a + j, n, ai);
            std::copy_n(a + hidden + j, n, ag);
            std::copy_n(a + 2 * hidden + j, n, af);
            std::copy_n(a + 3 * hidden + j, n, ao);
            std::copy_n(cr + j, n, ct);
            updateEight(ai, ag, af, ao, ct, ht);
            std::copy_n(ct, n, cr + j);
            std::copy_n(ht, n, hr + j);
        }
    }
}

} // namespace

LstmKernel::LstmKernel(int inputSize, int hiddenSize, const float *wxh, const float *whh, const float *bias)
    : m_input(inputSize), m_hidden(hiddenSize), m_weights(inputSize + hiddenSize, 4 * hiddenSize)
{
    m_weights.setRows(0, wxh, inputSize);
    m_weights.setRows(inputSize, whh, hiddenSize);
    m_weights.setBias(bias);
}

void LstmKernel::step(int batch, float *xh, float *c, float *gates) const
{
    const int gs = gateScratchSize();
    m_weights.multiply(batch, xh, stride(), gates, gs);
    lstmUpdate(batch, m_hidden, gates, gs, c, xh + m_input, stride());
}

} // namespace atelier::models
