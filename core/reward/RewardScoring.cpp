#include "reward/RewardScoring.h"

#include "music/MusicGenerator.h"
#include "reward/MusicEpisode.h"
#include "reward/RewardSample.h"

#include <QObject>
#include <cmath>

namespace atelier::core::RewardScoring {

std::vector<QJsonObject> musicSamples(const IMusicModel &model, const std::vector<ContinuationEvaluation::Piece> &pieces,
                                      int count, std::uint64_t seed, QString *error)
{
    std::vector<QJsonObject> out;
    QString why;
    const std::vector<MusicEpisode> episodes = MusicEpisode::build(model, pieces, count, &why);
    for (const MusicEpisode &e : episodes) {
        MusicSampleOptions options = e.plan.options;
        options.temperature = 1.0;
        options.topP = 0.95;
        options.seed = seed + std::uint64_t(e.index);
        const auto rows = generate(model, e.plan.primer, 1, e.plan.length, options);
        if (rows && !rows->empty())
            out.push_back(e.sample(rows->front()));
    }
    if (out.empty() && error)
        *error = QObject::tr("no samples: %1").arg(why.isEmpty() ? QObject::tr("nothing was generated") : why);
    return out;
}

std::vector<QJsonObject> sketchSamples(const ISketchModel &model, int count, std::uint64_t seed, QString *error)
{
    std::vector<QJsonObject> out;
    for (int i = 0; i < count; ++i) {
        SketchSampleOptions options;
        options.seed = seed + std::uint64_t(i);
        const auto drawn = model.continueSketch({}, 1, options);
        if (!drawn || drawn->isEmpty())
            continue;
        out.push_back(RewardSample::sketch(drawn->first(), {}));
    }
    if (out.empty() && error)
        *error = QObject::tr("no samples: the model drew nothing");
    return out;
}

Summary score(IReward &script, const std::vector<QJsonObject> &samples)
{
    Summary s;
    s.samples = int(samples.size());
    double sum = 0, sumSq = 0;
    QMap<QString, double> partSums;
    for (const QJsonObject &sample : samples) {
        const RewardResult r = script.score(sample);
        if (!r.ok()) {
            if (s.firstError.isEmpty())
                s.firstError = r.message(script.name());
            ++s.errors;
            continue;
        }
        ++s.scored;
        sum += r.reward;
        sumSq += r.reward * r.reward;
        for (auto it = r.parts.begin(); it != r.parts.end(); ++it)
            partSums[it.key()] += it.value();
    }
    if (s.scored > 0) {
        s.mean = sum / s.scored;
        if (s.scored > 1) {
            const double var = std::max(0.0, (sumSq - s.scored * s.mean * s.mean) / (s.scored - 1));
            s.stderror = std::sqrt(var / s.scored);
        }
        for (auto it = partSums.begin(); it != partSums.end(); ++it)
            s.parts.insert(it.key(), it.value() / s.scored);
    }
    return s;
}

} // namespace atelier::core::RewardScoring
