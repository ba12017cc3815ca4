#pragma once
// RewardScoring: what `atelier score` (and later tuning and the studio)
// does with a reward script: draw samples from a model on fixed ground and
// score them.
//  - musicSamples(): sample i continues held-out piece i mod P for 4 bars,
//    from the bar line at (1 + (i / P) mod 3) / 4 of its notes' span, with
//    the 8 bars before it as the primer; sampling seed `seed + i`
//    (temperature 1, top-p 0.95). The key is the primer's (KeyFinder), null
//    for an empty primer; bpm is 120 (the command line's, as documented).
//  - sketchSamples(): sample i is a drawing from scratch with seed `seed + i`
//    (temperature 0.65).
// The same seed gives the same primers and sampling seeds for every model,
// so two models are compared on the same ground.
//  - score(): the mean reward and its standard error over the samples
//    scored, the mean of each part, and the errors (samples skipped).

#include "music/ContinuationEvaluation.h"
#include "music/IMusicModel.h"
#include "reward/IReward.h"
#include "sketch/ISketchModel.h"

#include <QJsonObject>
#include <QMap>
#include <vector>

namespace atelier::core::RewardScoring {

constexpr double kCommandLineBpm = 120.0;

std::vector<QJsonObject> musicSamples(const IMusicModel &model, const std::vector<ContinuationEvaluation::Piece> &pieces,
                                      int count, std::uint64_t seed, QString *error);
std::vector<QJsonObject> sketchSamples(const ISketchModel &model, int count, std::uint64_t seed, QString *error);

struct Summary {
    int samples = 0;
    int scored = 0;
    int errors = 0;
    double mean = 0;
    double stderror = 0;            // standard error of the mean (0 for fewer than two)
    QMap<QString, double> parts;    // means over the samples scored
    QString firstError;             // the first failed sample's message
    bool tooManyErrors() const { return errors * 2 > samples; }
};
Summary score(IReward &reward, const std::vector<QJsonObject> &samples);

} // namespace atelier::core::RewardScoring
