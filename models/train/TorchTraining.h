#pragma once
// Helpers shared by the LibTorch trainers (Sketch-RNN VAE, music LSTMs).
// Includes torch: for models/*.cpp files only.

#include <torch/torch.h>

#include "HalfTensors.h"

#include <QByteArray>

namespace atelier::models {

// Bytes in and out of a uint8 tensor (JSON configs and RNG states inside checkpoints).
torch::Tensor bytesTensor(const QByteArray &bytes);
QByteArray tensorBytes(const torch::Tensor &t);

// Every parameter of a module by its name, as float32 values (what the model files store).
Tensors moduleTensors(const torch::nn::Module &module);

// Threads for torch and OpenBLAS, no denormals (gradients through hundreds of
// LSTM steps underflow into them, ~100× slower on x86), and a heap that keeps
// its pages: the per-step tensors (tens of MB) are freed and reallocated every
// step, and returning them to the kernel made page faults a main cost.
// OpenBLAS's kernels follow OPENBLAS_CORETYPE: on AVX-512 CPUs the
// "Cooperlake"/"SkylakeX" kernels train about 1.6× faster than "Haswell".
void configureTrainingCpu(int threads);

// One update: zero the gradients, backpropagate `loss`, clip the global
// gradient norm of `parameters` to clipNorm, step.
void optimizerStep(torch::optim::Optimizer &optimizer, const std::vector<torch::Tensor> &parameters,
                   const torch::Tensor &loss, double clipNorm);

// An L2 pull toward a model's starting weights (personalising: stay near
// the base model): `weight` · Σ ‖θ − θ₀‖². Empty (adds nothing) while the
// weight is 0.
class AnchorPull {
public:
    AnchorPull() = default;
    AnchorPull(const std::vector<torch::Tensor> &start, double weight);
    bool active() const { return !m_start.empty(); }
    // `loss` plus the pull of `parameters` (the same tensors, in the same order, as at the start).
    torch::Tensor add(const torch::Tensor &loss, const std::vector<torch::Tensor> &parameters) const;

private:
    std::vector<torch::Tensor> m_start;
    double m_weight = 0;
};

// Seconds left until a run's step target or time target (whichever comes
// first; targets of 0 are unset), at the current rate; -1 when unknown.
double trainingEtaSeconds(int step, int targetSteps, double stepsPerSecond, double elapsedSeconds,
                          double targetMinutes);

} // namespace atelier::models
