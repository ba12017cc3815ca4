#pragma once
// Turning one decoder output (the 123 raw mixture-density values of spec
// §2.1) into a stroke-5 row: seeded sampling with temperature (§4), greedy
// choice, the probabilities themselves, and a row's negative
// log-likelihood. Private to the models library; no torch.
//
// Design: reproducible everywhere, so no std::*_distribution (their
// algorithms differ between standard libraries): std::mt19937_64, uniform
// u = (bits >> 11) / 2^53 in [0, 1), normals by Box–Muller from two
// uniforms (z1 = r·cos 2πu₂, z2 = r·sin 2πu₂, r = √(-2 ln(1-u₁))). One
// sampling step draws, in this order: u for the component, u for the pen
// state, then the two uniforms of the normal pair. Probabilities are
// computed in double from the float outputs.

#include "sketch/Sketch.h"
#include "sketchrnn/SketchRnnModel.h"

#include <cstdint>
#include <random>
#include <utility>

namespace atelier::models {

class SketchRnnSampler {
public:
    static constexpr int kMixtures = SketchRnnMixture::kMixtures;
    // Offsets of the parts of the 123 outputs.
    static constexpr int kPen = 0, kPi = 3, kMuX = 23, kMuY = 43, kSigmaX = 63, kSigmaY = 83, kRho = 103;

    explicit SketchRnnSampler(std::uint64_t seed) : m_rng(seed) {}

    double uniform();                        // [0, 1)
    std::pair<double, double> normalPair();  // two independent N(0, 1)

    // One sampling step with offset temperature τ (choices at 0.5 + 0.5τ).
    core::Stroke5 sample(const float *y, double temperature);

    // argmax component (lowest index on ties), its mean, argmax pen state.
    static core::Stroke5 greedy(const float *y);
    static SketchRnnMixture mixture(const float *y);
    // -log(Σ π_k N2(dx, dy)) - log q_pen; only -log q_end for an End row.
    // With `cell` h > 0: the offset's probability of falling in its h × h
    // cell, each component widened by the cell's own spread (variance h²/12
    // on each axis, a uniform over the cell) and its density times h².
    static double nll(const float *y, const core::Stroke5 &row, double cell = 0.0);

private:
    std::mt19937_64 m_rng;
};

} // namespace atelier::models
