#include "reward/RewardScoring.h"

#include "music/KeyFinder.h"
#include "music/MusicContinuation.h"
#include "reward/RewardSample.h"

#include <QObject>
#include <cmath>

namespace atelier::core::RewardScoring {

std::vector<QJsonObject> musicSamples(const IMusicModel &model, const std::vector<ContinuationEvaluation::Piece> &pieces,
                                      int count, std::uint64_t seed, QString *error)
{
    std::vector<QJsonObject> out;
    const int p = int(pieces.size());
    for (int i = 0; i < count && p > 0; ++i) {
        const ContinuationEvaluation::Piece &piece = pieces[std::size_t(i % p)];
        QList<Note> context;
        auto request = ContinuationEvaluation::excerpt(piece, (1 + (i / p) % 3) / 4.0, 4, &context);
        if (!request)
            continue;
        request->options.temperature = 1.0;
        request->options.topP = 0.95;
        request->options.seed = seed + std::uint64_t(i);
        QString why;
        const auto result = continueMusic(model, *request, {}, &why);
        if (!result || result->variations.isEmpty()) {
            if (error && error->isEmpty())
                *error = why;
            continue;
        }
        const std::optional<KeyScale> key = context.isEmpty() ? std::nullopt
                                                              : std::optional<KeyScale>(KeyFinder::estimate(context).key);
        out.push_back(RewardSample::music(result->variations.first(), request->at, context, request->contextStart,
                                          piece.song.ppq, key, kCommandLineBpm));
    }
    if (out.empty() && error && error->isEmpty())
        *error = QObject::tr("no samples: no held-out piece could be continued");
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
