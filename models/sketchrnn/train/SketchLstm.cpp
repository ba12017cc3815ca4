#include "SketchLstm.h"

#include <cmath>

namespace atelier::models {

namespace {

// Orthogonal initialisation of each H×H block, as rnn.py's lstm_ortho_initializer.
torch::Tensor orthoBlocks(int h, int blocks)
{
    std::vector<torch::Tensor> parts;
    for (int b = 0; b < blocks; ++b)
        parts.push_back(std::get<0>(torch::linalg::qr(torch::randn({h, h}))));
    return torch::cat(parts, 1);
}

} // namespace

SketchLstmImpl::SketchLstmImpl(int inputSize, int hiddenSize)
    : m_inputSize(inputSize), m_hiddenSize(hiddenSize)
{
    torch::NoGradGuard noGrad;
    // rnn.py: W_xh Glorot-uniform, W_hh orthogonal per gate block, bias 0.
    const double limit = std::sqrt(6.0 / (inputSize + 4.0 * hiddenSize));
    W_xh = register_parameter("W_xh", torch::rand({inputSize, 4 * hiddenSize}) * (2 * limit) - limit);
    W_hh = register_parameter("W_hh", orthoBlocks(hiddenSize, 4));
    bias = register_parameter("bias", torch::zeros({4 * hiddenSize}));
}

torch::Tensor SketchLstmImpl::inputProjection(const torch::Tensor &x) const
{
    return torch::matmul(x, W_xh) + bias;
}

void SketchLstmImpl::step(const torch::Tensor &xp, torch::Tensor &h, torch::Tensor &c, double dropoutKeep) const
{
    const torch::Tensor a = torch::addmm(xp, h, W_hh);
    const auto gates = a.chunk(4, 1);
    const torch::Tensor i = torch::sigmoid(gates[0]);
    torch::Tensor g = torch::tanh(gates[1]);
    const torch::Tensor f = torch::sigmoid(gates[2] + 1.0);
    const torch::Tensor o = torch::sigmoid(gates[3]);
    if (dropoutKeep < 1.0 && is_training())
        g = torch::dropout(g, 1.0 - dropoutKeep, true);
    c = f * c + i * g;
    h = o * torch::tanh(c);
}

} // namespace atelier::models
