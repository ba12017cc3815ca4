#include "SketchMixtureLoss.h"

#include <cmath>

namespace atelier::models {

torch::Tensor sketchDecoderInput(const torch::Tensor &rows)
{
    torch::Tensor start = torch::zeros({1, rows.size(1), 5});
    start.select(2, 2).fill_(1.0);
    return torch::cat({start, rows.narrow(0, 0, rows.size(0) - 1)}, 0);
}

SketchLossParts sketchMixtureLoss(const torch::Tensor &y, const torch::Tensor &rows, bool maskPen, int mixtures)
{
    const int M = mixtures;
    const torch::Tensor penLogits = y.narrow(2, 0, 3);
    const torch::Tensor logPi = torch::log_softmax(y.narrow(2, 3, M), 2);
    const torch::Tensor mux = y.narrow(2, 3 + M, M), muy = y.narrow(2, 3 + 2 * M, M);
    const torch::Tensor lsx = y.narrow(2, 3 + 3 * M, M), lsy = y.narrow(2, 3 + 4 * M, M);
    const torch::Tensor rho = torch::tanh(y.narrow(2, 3 + 5 * M, M));
    const torch::Tensor dx = rows.narrow(2, 0, 1), dy = rows.narrow(2, 1, 1);
    const torch::Tensor nx = (dx - mux) * torch::exp(-lsx), ny = (dy - muy) * torch::exp(-lsy);
    const torch::Tensor oneMinusRho2 = 1 - rho * rho;
    const torch::Tensor zz = nx * nx + ny * ny - 2 * rho * nx * ny;
    const torch::Tensor logN = -zz / (2 * oneMinusRho2) - std::log(2 * M_PI) - lsx - lsy - 0.5 * torch::log(oneMinusRho2);
    // model.py: -log(Σ π N + 1e-6), computed stably.
    const torch::Tensor logMix = torch::logsumexp(logPi + logN, 2);
    const torch::Tensor offsetNll = -torch::logaddexp(logMix, torch::full_like(logMix, std::log(1e-6)));
    const torch::Tensor realRow = 1 - rows.select(2, 4);  // [T, B]
    torch::Tensor penCe = -(rows.narrow(2, 2, 3) * torch::log_softmax(penLogits, 2)).sum(2);
    if (maskPen)
        penCe = penCe * realRow;
    SketchLossParts parts;
    parts.offsetSum = (offsetNll * realRow).sum();
    parts.penSum = penCe.sum();
    parts.denominator = double(rows.size(0)) * double(rows.size(1));
    return parts;
}

} // namespace atelier::models
