#pragma once
// Eight-float vectors (GCC vector extensions) and the few vector functions
// the fast Sketch-RNN kernels need: exp, sigmoid and tanh. Private to the
// models library. Everything is always_inline, so each target_clones
// variant of a kernel gets its own AVX2 or baseline code.
//
// exp follows Cephes' expf: range reduction by n = floor(x·log2 e + ½) with
// ln 2 split in two, a degree-5 polynomial, and 2^n built in the exponent
// bits; relative error about 2e-7 on [-87, 88] (inputs are clamped there).
// sigmoid(x) = 1/(1+e^-x); tanh(x) = 2·sigmoid(2x) - 1 (absolute error
// about 1e-7, which is what the LSTM state needs).

#include <cstring>

#define ATELIER_INLINE inline __attribute__((always_inline))

namespace atelier::models::vec {

typedef float V8 __attribute__((vector_size(32)));
typedef int I8 __attribute__((vector_size(32)));

ATELIER_INLINE V8 load(const float *p)
{
    V8 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

ATELIER_INLINE void store(float *p, V8 v) { std::memcpy(p, &v, sizeof v); }

ATELIER_INLINE V8 splat(float x) { return V8{x, x, x, x, x, x, x, x}; }

ATELIER_INLINE V8 exp(V8 x)
{
    x = x < -87.3f ? splat(-87.3f) : x;
    x = x > 88.3f ? splat(88.3f) : x;
    const V8 fx = x * 1.44269504088896341f + 0.5f;
    I8 n = __builtin_convertvector(fx, I8);                 // truncates toward zero
    n += (__builtin_convertvector(n, V8) > fx);             // true is -1: floor
    const V8 nf = __builtin_convertvector(n, V8);
    V8 r = x - nf * 0.693359375f;
    r = r - nf * -2.12194440e-4f;
    V8 p = splat(1.9875691500e-4f);
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * (r * r) + r + 1.0f;
    const I8 bits = (n + 127) << 23;
    V8 scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

ATELIER_INLINE V8 sigmoid(V8 x) { return 1.0f / (1.0f + exp(-x)); }

ATELIER_INLINE V8 tanh(V8 x) { return 2.0f / (1.0f + exp(-2.0f * x)) - 1.0f; }

} // namespace atelier::models::vec
