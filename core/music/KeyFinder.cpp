#include "music/KeyFinder.h"

#include <algorithm>
#include <cmath>

namespace atelier::core::KeyFinder {

namespace {

// Albrecht, J. & Shanahan, D. (2013), "The Use of Large Corpora to Train a
// New Type of Key-Finding Algorithm", Music Perception 31(1): 59-67.
constexpr double kAsMajor[12] = {0.238, 0.006, 0.111, 0.006, 0.137, 0.094, 0.016, 0.214, 0.009, 0.080, 0.008, 0.081};
constexpr double kAsMinor[12] = {0.220, 0.006, 0.104, 0.123, 0.019, 0.103, 0.012, 0.214, 0.062, 0.022, 0.061, 0.052};
// Krumhansl, C. L. & Kessler, E. J. (1982), probe-tone ratings.
constexpr double kKkMajor[12] = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
constexpr double kKkMinor[12] = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

constexpr double kTemperature = 0.02;

double correlation(const std::array<double, 12> &hist, const double *profile, int tonic)
{
    double mx = 0, my = 0;
    for (int i = 0; i < 12; ++i) {
        mx += hist[std::size_t(i)];
        my += profile[i];
    }
    mx /= 12;
    my /= 12;
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < 12; ++i) {
        const double x = hist[std::size_t((i + tonic) % 12)] - mx;
        const double y = profile[i] - my;
        sxy += x * y;
        sxx += x * x;
        syy += y * y;
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : -1.0;
}

} // namespace

std::array<double, 12> histogram(const QList<Note> &notes)
{
    std::array<double, 12> hist{};
    for (const Note &n : notes)
        hist[std::size_t(((n.pitch % 12) + 12) % 12)] += double(std::max<Tick>(n.length, 1));
    return hist;
}

Estimate estimate(const std::array<double, 12> &hist, Profile profile)
{
    const bool as = profile == Profile::AlbrechtShanahan;
    std::array<double, 24> r{};
    for (int minor = 0; minor < 2; ++minor)
        for (int tonic = 0; tonic < 12; ++tonic)
            r[std::size_t(minor * 12 + tonic)] =
                correlation(hist, minor ? (as ? kAsMinor : kKkMinor) : (as ? kAsMajor : kKkMajor), tonic);
    double total = 0;
    for (double v : hist)
        total += v;
    Estimate e;
    if (total <= 0)
        return e;
    const auto best = std::size_t(std::max_element(r.begin(), r.end()) - r.begin());
    e.key = KeyScale{int(best % 12), best >= 12};
    e.correlation = r[best];
    double sum = 0;
    for (double v : r)
        sum += std::exp((v - r[best]) / kTemperature);
    e.confidence = 1.0 / sum;
    return e;
}

Estimate estimate(const QList<Note> &notes, Profile profile) { return estimate(histogram(notes), profile); }

Estimate estimate(const Song &song, int track, Tick from, Tick to)
{
    QList<Note> pitched;
    for (int i = 0; i < song.tracks.size(); ++i) {
        const Track &t = song.tracks.at(i);
        if ((track >= 0 && i != track) || t.channel == kDrumChannel)
            continue;
        for (const Note &n : t.notes)
            if (n.start >= from && (to < 0 || n.start < to))
                pitched.append(n);
    }
    return estimate(pitched);
}

} // namespace atelier::core::KeyFinder
