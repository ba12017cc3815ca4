// The LibTorch reference decoder; see SketchRnnDecoder.h.

#include "sketchrnn/SketchRnnDecoder.h"

namespace atelier::models {

namespace {

torch::Tensor tensorOf(const SketchRnnArray &a)
{
    std::vector<int64_t> sizes(a.shape.begin(), a.shape.end());
    return torch::from_blob(const_cast<float *>(a.values.data()), sizes, torch::kFloat32).clone();
}

void copyInto(SketchRnnArray &a, const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().to(torch::kFloat32).contiguous();
    a.values.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

torch::Tensor forgetOne(int hidden)
{
    torch::Tensor f = torch::zeros({4 * hidden});
    f.slice(0, hidden, 2 * hidden).fill_(1.0);  // PyTorch order i, f, g, o
    return f;
}

} // namespace

torch::Tensor swapGateBlocks(const torch::Tensor &t, int h)
{
    const int64_t last = t.dim() - 1;
    return torch::cat({t.narrow(last, 0, h), t.narrow(last, 2 * h, h), t.narrow(last, h, h), t.narrow(last, 3 * h, h)},
                      last);
}

SketchRnnDecoderImpl::SketchRnnDecoderImpl(int in, int hidden) : inputSize(in), hiddenSize(hidden)
{
    cell = register_module("cell", torch::nn::LSTMCell(torch::nn::LSTMCellOptions(in, hidden)));
    output = register_module("output", torch::nn::Linear(hidden, SketchRnnFile::kOutputSize));
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> SketchRnnDecoderImpl::forward(const torch::Tensor &x,
                                                                                      const torch::Tensor &h,
                                                                                      const torch::Tensor &c)
{
    auto [h2, c2] = cell->forward(x, std::make_tuple(h, c));
    return {output->forward(h2), h2, c2};
}

void SketchRnnDecoderImpl::loadWeights(const SketchRnnFile &file)
{
    torch::NoGradGuard noGrad;
    const int h = hiddenSize;
    cell->weight_ih.copy_(swapGateBlocks(tensorOf(file.decoder(SketchRnnFile::DecWxh)), h).t());
    cell->weight_hh.copy_(swapGateBlocks(tensorOf(file.decoder(SketchRnnFile::DecWhh)), h).t());
    cell->bias_ih.copy_(swapGateBlocks(tensorOf(file.decoder(SketchRnnFile::DecBias)), h) + forgetOne(h));
    cell->bias_hh.zero_();
    output->weight.copy_(tensorOf(file.decoder(SketchRnnFile::OutW)).t());
    output->bias.copy_(tensorOf(file.decoder(SketchRnnFile::OutB)));
}

void SketchRnnDecoderImpl::storeWeights(SketchRnnFile &file) const
{
    torch::NoGradGuard noGrad;
    const int h = hiddenSize;
    const int base = file.decoderBase();
    copyInto(file.arrays[base + SketchRnnFile::DecWxh], swapGateBlocks(cell->weight_ih.t(), h));
    copyInto(file.arrays[base + SketchRnnFile::DecWhh], swapGateBlocks(cell->weight_hh.t(), h));
    copyInto(file.arrays[base + SketchRnnFile::DecBias],
             swapGateBlocks(cell->bias_ih + cell->bias_hh - forgetOne(h), h));
    copyInto(file.arrays[base + SketchRnnFile::OutW], output->weight.t());
    copyInto(file.arrays[base + SketchRnnFile::OutB], output->bias);
}

} // namespace atelier::models
