#pragma once
// How far one music model has moved from another: the mean KL divergence
// KL(p ‖ q) per event, in nats, over the next-token distributions of both
// models at the positions j >= firstTargets[row] of each row (the
// distribution that predicts tokens[j]), teacher-forced through both from a
// zero state. Usually the rows are p's own samples after their primers, so
// this is what tuning pays for its reward (MusicTuner reports the same
// quantity while it tunes). Controls as in sequenceLogLikelihoods (one
// vector for every position, or none). Both models must have the same
// vocabulary and control size. nullopt when they differ or nothing is scored.

#include "music/IMusicModel.h"
#include "music/MusicTrainingData.h"

#include <optional>
#include <vector>

namespace atelier::core {

std::optional<double> meanKlPerEvent(const IMusicModel &p, const IMusicModel &q, const std::vector<MusicWindow> &rows,
                                     const std::vector<int> &firstTargets, int batchSize = 16);

} // namespace atelier::core
