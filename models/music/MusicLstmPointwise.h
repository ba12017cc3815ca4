#pragma once
// The element-wise part of a training LSTM layer in torch's gate layout
// (blocks i, f, g, o along 4H; one bias already in the pre-activations),
// forward and backward, for MusicLstmNet's fused layer (private to the
// models library; no torch). The matrix products stay with BLAS; these
// loops replace the dozen small torch ops per step (and their temporaries)
// that autograd would run. Vectorised with VectorMath.h, built -O3 with
// target_clones (AVX2+FMA / baseline).

namespace atelier::models {

// gates: [B, 4H] pre-activations, overwritten with the activations
// σ(i), σ(f), tanh(g), σ(o). cPrev: [B, H] or null (zero state).
// Writes c, tanh(c) and h (each [B, H], contiguous rows).
void lstmPointwiseForward(int batch, int hidden, float *gates, const float *cPrev, float *c, float *tanhC, float *h);

// One step back. acts, cPrev (null = zero), tanhC as the forward step left
// them; dh: dL/dh_t from above plus the recurrent gradient (in, [B, H]);
// dc: dL/dc_t from the next step (in), replaced by dL/dc_{t-1} (out).
// Writes dGates [B, 4H], the gradient of the pre-activations.
void lstmPointwiseBackward(int batch, int hidden, const float *acts, const float *cPrev, const float *tanhC,
                           const float *dh, float *dc, float *dGates);

} // namespace atelier::models
