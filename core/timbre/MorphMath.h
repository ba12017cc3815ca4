#pragma once
// The arithmetic of the Sound-Morph panel, kept apart from the widgets so
// that it can be read (and tested) on its own.
//
// Morph: the XY pad's point (x, y) in [0, 1]^2 weighs the four corners
// (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right) bilinearly,
//     w = [(1-x)(1-y), x(1-y), (1-x)y, xy],
// and the timbre embedding is z = sum_i w_i z_i. The weights are >= 0 and
// add up to 1, so z stays in the convex hull of the corners.
//
// Map: a 2-D principal-component projection of the model's instrument
// embeddings (mean-centred; the two leading eigenvectors of the covariance,
// by power iteration with deflation; sign fixed so that the largest
// component of each axis is positive, for a stable picture). Recordings and
// the morph point are projected onto the same axes.

#include <array>
#include <vector>

namespace atelier::core::timbre::morph {

std::array<double, 4> cornerWeights(double x, double y);
std::vector<float> mixZ(const std::array<std::vector<float>, 4> &corners, const std::array<double, 4> &weights);

struct Pca2 {
    std::vector<double> mean;
    std::vector<double> axis[2];  // unit vectors (zero when the data has fewer dimensions)
    bool isValid() const { return !mean.empty(); }
    std::array<double, 2> project(const std::vector<float> &z) const;
};

Pca2 computePca2(const std::vector<std::vector<float>> &points);

} // namespace atelier::core::timbre::morph
