#pragma once
// Builds tuning runs for `atelier tune` and the studio's Tune a Model
// dialog from the same pieces: the reward the user picked (RewardChoice),
// the contexts (music: excerpts of the training split of the kind's corpus,
// spread evenly over it; drawings: none, they draw from scratch) and the
// models library's tuners (MusicTuner, SketchTuner).

#include "reward/TuningJob.h"

namespace atelier::app {

core::TuningJobFactory tuningJobFactory();

} // namespace atelier::app
