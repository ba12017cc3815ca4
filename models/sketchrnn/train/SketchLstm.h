#pragma once
// The LSTM cell of sketch-rnn (magenta rnn.py LSTMCell), written by hand so
// that its parameters are exactly the arrays of the .gen.json format
// (shared/specs/sketch-rnn-format.md §2):
//
//   a = x·W_xh + h·W_hh + b,  blocks i, g, f, o along the 4H axis
//   c' = σ(f + 1)⊙c + σ(i)⊙tanh(g),  h' = σ(o)⊙tanh(c')
//
// The forget bias 1.0 is added at run time, never stored. Optional recurrent
// dropout (Semeniuta et al., as in rnn.py) drops the candidate tanh(g).
//
// For speed the input projection of a whole sequence is one matmul
// (inputProjection), so each time step costs one [B,H]×[H,4H] matmul.
// Internal: includes torch, so only models/ sources may include it.

#include <torch/torch.h>

namespace atelier::models {

class SketchLstmImpl : public torch::nn::Module {
public:
    SketchLstmImpl(int inputSize, int hiddenSize);

    // x: [T, B, in] → [T, B, 4H] (x·W_xh + b), to feed step() one slice at a time.
    torch::Tensor inputProjection(const torch::Tensor &x) const;
    // One step from a precomputed projection xp [B, 4H]; updates h and c.
    void step(const torch::Tensor &xp, torch::Tensor &h, torch::Tensor &c, double dropoutKeep = 1.0) const;

    int inputSize() const { return m_inputSize; }
    int hiddenSize() const { return m_hiddenSize; }

    torch::Tensor W_xh;  // [in, 4H]
    torch::Tensor W_hh;  // [H, 4H]
    torch::Tensor bias;  // [4H]

private:
    int m_inputSize;
    int m_hiddenSize;
};
TORCH_MODULE(SketchLstm);

} // namespace atelier::models
