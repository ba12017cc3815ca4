// Sampling, greedy choice and likelihood of one Sketch-RNN output; see
// SketchRnnSampler.h and shared/specs/sketch-rnn-format.md §2.1 and §4.

#include "sketchrnn/SketchRnnSampler.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atelier::models {

namespace {

// softmax(logits / temperature) in double, numerically stable.
template <int N>
std::array<double, N> softmax(const float *logits, double temperature)
{
    std::array<double, N> p{};
    double top = -INFINITY;
    for (int i = 0; i < N; ++i)
        top = std::max(top, double(logits[i]) / temperature);
    double sum = 0;
    for (int i = 0; i < N; ++i)
        sum += p[i] = std::exp(double(logits[i]) / temperature - top);
    for (double &v : p)
        v /= sum;
    return p;
}

// The smallest index whose cumulative probability reaches u.
template <int N>
int pick(const std::array<double, N> &p, double u)
{
    double cumulative = 0;
    for (int i = 0; i < N; ++i) {
        cumulative += p[i];
        if (cumulative >= u)
            return i;
    }
    for (int i = N - 1; i > 0; --i)  // rounding left the total below u
        if (p[i] > 0)
            return i;
    return 0;
}

template <int N>
int argmax(const float *v)
{
    int best = 0;
    for (int i = 1; i < N; ++i)
        if (v[i] > v[best])
            best = i;
    return best;
}

} // namespace

double SketchRnnSampler::uniform() { return double(m_rng() >> 11) * 0x1.0p-53; }

std::pair<double, double> SketchRnnSampler::normalPair()
{
    const double u1 = uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(1.0 - u1));
    const double a = 2.0 * std::numbers::pi * u2;
    return {r * std::cos(a), r * std::sin(a)};
}

core::Stroke5 SketchRnnSampler::sample(const float *y, double temperature)
{
    const double tau = std::max(temperature, 0.0);
    const double tauS = 0.5 + 0.5 * tau;
    const int k = pick<kMixtures>(softmax<kMixtures>(y + kPi, tauS), uniform());
    const int pen = pick<3>(softmax<3>(y + kPen, tauS), uniform());
    const auto [z1, z2] = normalPair();
    const double sx = std::exp(double(y[kSigmaX + k])) * std::sqrt(tau);
    const double sy = std::exp(double(y[kSigmaY + k])) * std::sqrt(tau);
    const double rho = std::tanh(double(y[kRho + k]));
    const double dx = y[kMuX + k] + sx * (std::sqrt(1.0 - rho * rho) * z1 + rho * z2);
    const double dy = y[kMuY + k] + sy * z2;
    return {float(dx), float(dy), pen};
}

core::Stroke5 SketchRnnSampler::greedy(const float *y)
{
    const int k = argmax<kMixtures>(y + kPi);
    return {y[kMuX + k], y[kMuY + k], argmax<3>(y + kPen)};
}

SketchRnnMixture SketchRnnSampler::mixture(const float *y)
{
    SketchRnnMixture m;
    const auto pen = softmax<3>(y + kPen, 1.0);
    const auto pi = softmax<kMixtures>(y + kPi, 1.0);
    for (int j = 0; j < 3; ++j)
        m.pen[j] = float(pen[j]);
    for (int k = 0; k < kMixtures; ++k) {
        m.pi[k] = float(pi[k]);
        m.muX[k] = y[kMuX + k];
        m.muY[k] = y[kMuY + k];
        m.sigmaX[k] = float(std::exp(double(y[kSigmaX + k])));
        m.sigmaY[k] = float(std::exp(double(y[kSigmaY + k])));
        m.rho[k] = float(std::tanh(double(y[kRho + k])));
    }
    return m;
}

double SketchRnnSampler::nll(const float *y, const core::Stroke5 &row, double cell)
{
    // log q_pen by log-softmax.
    double penTop = std::max({double(y[0]), double(y[1]), double(y[2])});
    double penSum = 0;
    for (int j = 0; j < 3; ++j)
        penSum += std::exp(double(y[kPen + j]) - penTop);
    const int pen = std::clamp(row.pen, 0, 2);
    const double logQ = double(y[kPen + pen]) - penTop - std::log(penSum);
    if (row.pen == core::Stroke5::End)
        return -logQ;

    // log Σ π_k N2 by log-sum-exp over log π_k + log N2_k.
    double piTop = -INFINITY;
    for (int k = 0; k < kMixtures; ++k)
        piTop = std::max(piTop, double(y[kPi + k]));
    double piSum = 0;
    for (int k = 0; k < kMixtures; ++k)
        piSum += std::exp(double(y[kPi + k]) - piTop);
    std::array<double, kMixtures> terms{};
    double top = -INFINITY;
    const double spread = cell > 0 ? cell * cell / 12.0 : 0.0;
    const double logCell = cell > 0 ? 2.0 * std::log(cell) : 0.0;
    for (int k = 0; k < kMixtures; ++k) {
        const double logPi = double(y[kPi + k]) - piTop - std::log(piSum);
        double logSx = y[kSigmaX + k], logSy = y[kSigmaY + k];
        double rho = std::tanh(double(y[kRho + k]));
        if (cell > 0) {   // Σ + (h²/12) I: the same covariance, the variances widened
            const double sx = std::exp(logSx), sy = std::exp(logSy);
            const double wx = std::sqrt(sx * sx + spread), wy = std::sqrt(sy * sy + spread);
            rho = rho * sx * sy / (wx * wy);
            logSx = std::log(wx);
            logSy = std::log(wy);
        }
        const double oneMinus = std::max(1.0 - rho * rho, 1e-12);
        const double zx = (row.dx - double(y[kMuX + k])) / std::exp(logSx);
        const double zy = (row.dy - double(y[kMuY + k])) / std::exp(logSy);
        const double zz = zx * zx + zy * zy - 2.0 * rho * zx * zy;
        terms[k] = logPi - std::log(2.0 * std::numbers::pi) - logSx - logSy - 0.5 * std::log(oneMinus)
                   - zz / (2.0 * oneMinus) + logCell;
        top = std::max(top, terms[k]);
    }
    double sum = 0;
    for (double t : terms)
        sum += std::exp(t - top);
    return -(top + std::log(sum)) - logQ;
}

} // namespace atelier::models
