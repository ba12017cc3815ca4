#include "reward/MusicEpisode.h"

#include "music/KeyFinder.h"
#include "reward/RewardSample.h"
#include "reward/RewardScoring.h"

#include <QObject>

namespace atelier::core {

QJsonObject MusicEpisode::sample(const std::vector<int> &row) const
{
    return RewardSample::music(plan.decode(row), plan.at, context, contextStart, plan.song.ppq, key,
                               RewardScoring::kCommandLineBpm);
}

std::vector<MusicEpisode> MusicEpisode::build(const IMusicModel &model,
                                              const std::vector<ContinuationEvaluation::Piece> &pieces, int count,
                                              QString *error)
{
    std::vector<MusicEpisode> out;
    const int p = int(pieces.size());
    for (int i = 0; i < count && p > 0; ++i) {
        const ContinuationEvaluation::Piece &piece = pieces[std::size_t(i % p)];
        MusicEpisode e;
        const int quarter = 1 + (i / p) % 3;
        const auto request = ContinuationEvaluation::excerpt(piece, quarter / 4.0, 4, &e.context);
        if (!request)
            continue;
        QString why;
        auto plan = ContinuationPlan::make(model, *request, &why);
        if (!plan) {
            if (error && error->isEmpty())
                *error = why;
            continue;
        }
        e.index = i;
        e.name = QStringLiteral("%1@%2/4").arg(piece.name).arg(quarter);
        e.plan = std::move(*plan);
        e.contextStart = request->contextStart;
        if (!e.context.isEmpty())
            e.key = KeyFinder::estimate(e.context).key;
        out.push_back(std::move(e));
    }
    if (out.empty() && error && error->isEmpty())
        *error = QObject::tr("no held-out piece could be continued");
    return out;
}

} // namespace atelier::core
