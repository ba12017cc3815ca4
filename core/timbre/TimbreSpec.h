#pragma once
// The fixed shape of Atelier's neural timbre model (DDSP style), shared by the
// dataset builder, the trainer (models/timbre), the real-time voice engine and
// the offline renderer, so that all of them synthesize exactly the same way.
//
// A note is described at kFrameRate frames per second (one frame every
// kDataHop samples of the 16 kHz training data). Each frame holds the
// amplitudes of kHarmonics harmonics of the note's fundamental and the gains
// of kNoiseBands bands of filtered noise (NoiseBank). Harmonics at or above
// kMaxFrequency are silent: the training data (16 kHz) has nothing above it,
// so at 44.1/48 kHz the model adds nothing there either.
//
// The decoder sees per frame [z (zSize values), conditioning (kConditioningSize)],
// where conditioning = frameConditioning(pitch, velocity, time since note-on,
// time since note-off): the decoder is stateless, so everything it knows about
// the note's history is in these features.

#include <cmath>

namespace atelier::core::timbre {

constexpr int kDataSampleRate = 16000;
constexpr int kDataHop = 64;                    // samples per frame at 16 kHz
constexpr double kFrameRate = double(kDataSampleRate) / kDataHop;  // 250 frames/s
constexpr int kHarmonics = 64;
constexpr int kNoiseBands = 32;                 // equal width, 0 .. kNoiseTop Hz
constexpr double kNoiseTop = 8000.0;
constexpr double kMaxFrequency = 7800.0;
constexpr int kConditioningSize = 16;
constexpr int kFrameSize = kHarmonics + kNoiseBands;

inline double pitchHz(double pitch) { return 440.0 * std::pow(2.0, (pitch - 69.0) / 12.0); }

// Harmonics 1..n with n * f0 < kMaxFrequency (0..kHarmonics).
inline int audibleHarmonics(double f0Hz)
{
    if (!(f0Hz > 0)) return 0;
    const int n = int(std::ceil(kMaxFrequency / f0Hz)) - 1;
    return n < 0 ? 0 : (n > kHarmonics ? kHarmonics : n);
}

// Writes kConditioningSize features. sinceOff_s < 0 while the key is held.
void frameConditioning(double pitch, double velocity, double sinceOn_s, double sinceOff_s, float *out);

// One synthesis frame: final (linear) amplitudes, not logits.
struct TimbreFrame {
    float harmonics[kHarmonics];
    float noise[kNoiseBands];
};

} // namespace atelier::core::timbre
