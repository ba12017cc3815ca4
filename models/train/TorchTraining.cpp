#include "train/TorchTraining.h"

#include <algorithm>
#include <dlfcn.h>
#include <malloc.h>

namespace atelier::models {

torch::Tensor bytesTensor(const QByteArray &bytes)
{
    return torch::from_blob(const_cast<char *>(bytes.data()), {bytes.size()}, torch::kUInt8).clone();
}

QByteArray tensorBytes(const torch::Tensor &t)
{
    const torch::Tensor c = t.contiguous();
    return QByteArray(reinterpret_cast<const char *>(c.data_ptr<uint8_t>()), c.numel());
}

void configureTrainingCpu(int threads)
{
    threads = std::max(1, threads);
    torch::set_num_threads(threads);
    at::globalContext().setFlushDenormal(true);
    using SetThreads = void (*)(int);
    if (auto f = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        f(threads);
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
}

double trainingEtaSeconds(int step, int targetSteps, double stepsPerSecond, double elapsedSeconds,
                          double targetMinutes)
{
    double eta = -1;
    if (targetSteps > 0 && stepsPerSecond > 0)
        eta = (targetSteps - step) / stepsPerSecond;
    if (targetMinutes > 0) {
        const double left = std::max(0.0, targetMinutes * 60 - elapsedSeconds);
        eta = eta < 0 ? left : std::min(eta, left);
    }
    return eta;
}

Tensors moduleTensors(const torch::nn::Module &module)
{
    Tensors out;
    for (const auto &item : module.named_parameters()) {
        const torch::Tensor v = item.value().detach().contiguous().to(torch::kFloat);
        MusicTensor t;
        for (int64_t d : v.sizes())
            t.shape << int(d);
        t.values.assign(v.data_ptr<float>(), v.data_ptr<float>() + v.numel());
        out[QString::fromStdString(item.key())] = std::move(t);
    }
    return out;
}

void optimizerStep(torch::optim::Optimizer &optimizer, const std::vector<torch::Tensor> &parameters,
                   const torch::Tensor &loss, double clipNorm)
{
    optimizer.zero_grad();
    loss.backward();
    torch::nn::utils::clip_grad_norm_(parameters, clipNorm);
    optimizer.step();
}

AnchorPull::AnchorPull(const std::vector<torch::Tensor> &start, double weight) : m_weight(weight)
{
    if (weight > 0)
        for (const torch::Tensor &p : start)
            m_start.push_back(p.detach().clone());
}

torch::Tensor AnchorPull::add(const torch::Tensor &loss, const std::vector<torch::Tensor> &parameters) const
{
    if (m_start.empty())
        return loss;
    torch::Tensor pull = torch::zeros({});
    for (std::size_t i = 0; i < parameters.size() && i < m_start.size(); ++i)
        pull = pull + (parameters[i] - m_start[i]).pow(2).sum();
    return loss + m_weight * pull;
}

} // namespace atelier::models
