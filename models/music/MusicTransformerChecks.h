#pragma once
// Checks of the music Transformer that need torch inside but not in the
// caller (tests/models links the library and includes this torch-free header).

#include "music/MusicTransformerConfig.h"

#include <cstdint>

namespace atelier::models {

struct MusicTransformerCheck {
    double maxAbsLogProbDiff = 0;   // cached step() against the full forward pass, log-softmax outputs
    double maxAbsLogit = 0;         // the scale of the logits compared
    int positions = 0;
};

// A randomly initialised network (seeded, biases and layer norms perturbed so
// every parameter matters) runs `steps` random tokens (and random controls)
// for `batch` rows through forward() at once and through
// MusicTransformerModel::step() one position at a time.
MusicTransformerCheck compareCachedWithFullPass(const MusicTransformerConfig &config, int batch, int steps,
                                                std::uint64_t seed);

} // namespace atelier::models
