#pragma once
// One step of Sketch-RNN's plain LSTM cell for a small batch, on the fast
// panel kernel (private to the models library; no torch). Equations of
// shared/specs/sketch-rnn-format.md §2:
//   a = [x, h] · [W_xh ; W_hh] + b,   gate blocks in the order i, g, f, o
//   c' = σ(a_f + 1) ⊙ c + σ(a_i) ⊙ tanh(a_g),   h' = σ(a_o) ⊙ tanh(c')
//
// Design: the caller keeps each row's input and hidden state side by side
// in one buffer [x, h] (stride inputSize() + hiddenSize()), so the whole
// pre-activation is a single product with the stacked matrix; the step
// then overwrites the h part in place. The forget bias 1.0 is added at run
// time, as the spec says, not folded into b.

#include "sketchrnn/PanelMatrix.h"

namespace atelier::models {

class LstmKernel {
public:
    LstmKernel() = default;
    // wxh: [input, 4H], whh: [H, 4H], bias: [4H], all row-major.
    LstmKernel(int inputSize, int hiddenSize, const float *wxh, const float *whh, const float *bias);

    int inputSize() const { return m_input; }
    int hiddenSize() const { return m_hidden; }
    int stride() const { return m_input + m_hidden; }      // of the [x, h] rows
    int gateScratchSize() const { return m_weights.paddedCols(); }  // floats per row

    // xh: batch rows of [x, h]; c: batch rows of H; gates: batch × gateScratchSize().
    // Updates c and the h part of xh.
    void step(int batch, float *xh, float *c, float *gates) const;

private:
    int m_input = 0;
    int m_hidden = 0;
    PanelMatrix m_weights;  // [(input + H), 4H] and b
};

} // namespace atelier::models
