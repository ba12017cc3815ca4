#pragma once
// MusicEpisode: one piece of fixed ground for scoring and tuning a music
// model with a reward: a held-out (or training) excerpt's continuation plan,
// its primer's notes, and how a generated row becomes the sample a reward
// script receives (RewardSample::music: the part and the primer in beats,
// the primer's key, 120 bpm).
//
// build(): episode i continues piece i mod P for 4 bars, from the bar line
// at (1 + (i / P) mod 3) / 4 of its notes' span, with the 8 bars before it
// as the primer (ContinuationEvaluation::excerpt). The key is the primer's
// (KeyFinder), null for an empty primer.

#include "music/ContinuationEvaluation.h"
#include "music/ContinuationPlan.h"
#include "music/IMusicModel.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace atelier::core {

struct MusicEpisode {
    QString name;                    // "piece@1/4"
    int index = 0;                   // i in build() (a sampling seed is seed + index)
    ContinuationPlan plan;
    QList<Note> context;             // the primer's notes
    Tick contextStart = 0;
    std::optional<KeyScale> key;     // the primer's; none for an empty primer

    // The reward sample of one generated row (RewardSample::music).
    QJsonObject sample(const std::vector<int> &row) const;

    // `count` episodes over `pieces` for this model's kind (pieces that
    // cannot be continued are left out); empty and *error when none can be.
    static std::vector<MusicEpisode> build(const IMusicModel &model,
                                           const std::vector<ContinuationEvaluation::Piece> &pieces, int count,
                                           QString *error);
};

} // namespace atelier::core
