#pragma once
// Trains a Harmonizer by counting: on the train tunes of a HarmonyCorpus,
// each half bar is labelled with the tune's own chord at its start (N.C.
// half bars are left out), relative to the melody's reference tonic.
//  - initial: the first labelled half bar of each tune;
//  - transitions: consecutive labelled half bars, inside a bar and across
//    bar lines separately, smoothed toward the chords' overall frequencies:
//    P(j | i) = (c(i, j) + kBackoff · u(j)) / (c(i) + kBackoff), with
//    u(j) = (c(j) + 0.1) / (N + 9.6);
//  - emission: per quality, the melody's weight at each interval above the
//    root, add-half smoothed.
// The emission weight is then chosen on the valid tunes: the one of
// kEmissionWeights with the highest per-bar root agreement.

#include "music/HarmonyCorpus.h"
#include "music/Harmonizer.h"

namespace atelier::core::HarmonizerTrainer {

constexpr double kBackoff = 2.0;
constexpr double kEmissionWeights[] = {0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0};

Harmonizer train(const HarmonyCorpus &corpus);

} // namespace atelier::core::HarmonizerTrainer
