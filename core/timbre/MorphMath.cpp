#include "timbre/MorphMath.h"

#include <algorithm>
#include <cmath>

namespace atelier::core::timbre::morph {

std::array<double, 4> cornerWeights(double x, double y)
{
    x = std::clamp(x, 0.0, 1.0);
    y = std::clamp(y, 0.0, 1.0);
    return {(1 - x) * (1 - y), x * (1 - y), (1 - x) * y, x * y};
}

std::vector<float> mixZ(const std::array<std::vector<float>, 4> &corners, const std::array<double, 4> &weights)
{
    std::size_t n = 0;
    for (const auto &c : corners)
        n = std::max(n, c.size());
    std::vector<double> acc(n, 0.0);
    for (int i = 0; i < 4; ++i)
        for (std::size_t k = 0; k < corners[i].size(); ++k)
            acc[k] += weights[i] * corners[i][k];
    return std::vector<float>(acc.begin(), acc.end());
}

std::array<double, 2> Pca2::project(const std::vector<float> &z) const
{
    std::array<double, 2> out{0, 0};
    if (!isValid())
        return out;
    for (int a = 0; a < 2; ++a)
        for (std::size_t k = 0; k < mean.size() && k < z.size() && k < axis[a].size(); ++k)
            out[a] += (z[k] - mean[k]) * axis[a][k];
    return out;
}

Pca2 computePca2(const std::vector<std::vector<float>> &points)
{
    Pca2 pca;
    if (points.empty())
        return pca;
    const std::size_t d = points.front().size();
    if (d == 0)
        return pca;
    pca.mean.assign(d, 0.0);
    int used = 0;
    for (const auto &p : points) {
        if (p.size() != d)
            continue;
        for (std::size_t k = 0; k < d; ++k)
            pca.mean[k] += p[k];
        ++used;
    }
    for (double &m : pca.mean)
        m /= std::max(used, 1);
    std::vector<double> cov(d * d, 0.0);
    for (const auto &p : points) {
        if (p.size() != d)
            continue;
        for (std::size_t i = 0; i < d; ++i)
            for (std::size_t j = 0; j < d; ++j)
                cov[i * d + j] += (p[i] - pca.mean[i]) * (p[j] - pca.mean[j]);
    }
    double trace = 0;
    for (std::size_t i = 0; i < d; ++i)
        trace += cov[i * d + i];
    for (int a = 0; a < 2; ++a) {
        pca.axis[a].assign(d, 0.0);
        if (!(trace > 0) || std::size_t(a) >= d)
            continue;
        // Power iteration from a start vector that is not orthogonal to
        // the leading eigenvector in general.
        std::vector<double> v(d), w(d);
        for (std::size_t k = 0; k < d; ++k)
            v[k] = 1.0 + 0.1 * double(k) + (a == 1 && k % 2 ? -1.3 : 0.0);
        double lambda = 0;
        for (int it = 0; it < 500; ++it) {
            for (std::size_t i = 0; i < d; ++i) {
                double s = 0;
                for (std::size_t j = 0; j < d; ++j)
                    s += cov[i * d + j] * v[j];
                w[i] = s;
            }
            if (a == 1) {  // stay orthogonal to the first axis
                double dot = 0;
                for (std::size_t k = 0; k < d; ++k)
                    dot += w[k] * pca.axis[0][k];
                for (std::size_t k = 0; k < d; ++k)
                    w[k] -= dot * pca.axis[0][k];
            }
            double norm = 0;
            for (double x : w)
                norm += x * x;
            norm = std::sqrt(norm);
            if (!(norm > 1e-12 * trace))
                break;
            double change = 0;
            for (std::size_t k = 0; k < d; ++k) {
                const double next = w[k] / norm;
                change += std::abs(next - v[k]);
                v[k] = next;
            }
            lambda = norm;
            if (change < 1e-10)
                break;
        }
        if (!(lambda > 0))
            continue;
        // Deflate, then fix the sign.
        for (std::size_t i = 0; i < d; ++i)
            for (std::size_t j = 0; j < d; ++j)
                cov[i * d + j] -= lambda * v[i] * v[j];
        std::size_t big = 0;
        for (std::size_t k = 1; k < d; ++k)
            if (std::abs(v[k]) > std::abs(v[big]))
                big = k;
        if (v[big] < 0)
            for (double &x : v)
                x = -x;
        pca.axis[a] = v;
    }
    return pca;
}

} // namespace atelier::core::timbre::morph
