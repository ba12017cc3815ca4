#pragma once
// Self-checks of the music network that tests can run without torch headers.

#include "music/MusicLstmConfig.h"

#include <cstdint>

namespace atelier::models {

struct MusicLstmCheck {
    double maxLogitDiff = 0;         // fused forward vs torch::nn::LSTM
    double lossDiff = 0;
    double maxRelativeGradDiff = 0;  // per parameter: max |Δgrad| / max |grad|
};

// A randomly initialised MusicLstmNet (seeded), one cross-entropy pass
// through the fused layers and one through torch::nn::LSTM, compared.
MusicLstmCheck compareFusedWithTorchLstm(const MusicLstmConfig &config, int batch, int steps, std::uint64_t seed);

} // namespace atelier::models
