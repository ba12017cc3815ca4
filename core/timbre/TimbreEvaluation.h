#pragma once
// Evaluation of a timbre model on the dataset's held-out pitches (45, 60, 75),
// the figures `atelier eval timbre --json` prints, against two baselines that
// use only the training notes:
//  - nn_sampler: the neighbouring training note of the same instrument and
//    velocity (3 semitones below, else above), repitched to the held-out pitch
//    by resampling, as a sampler plays a note it has no recording of;
//  - crossfade: both neighbouring notes repitched and mixed half and half.
// The model renders the held-out note (note-on at 0, note-off where the data
// has it) through the offline voice engine at 16 kHz with z = the instrument's
// embedding in the model file, and an envelope that leaves the model's own
// attack and release alone. Each candidate is compared with the real note on
// its whole length: multiScaleSpectralDistance (mss) and
// logSpectralDistance_dB (lsd_db), averaged over the notes.
//
// Morph smoothness: for `morphPairs` random pairs of the model's instruments
// (seeded), middle C (velocity 80, 1 s held) is rendered at z = (1-t) zA + t zB
// for t = 0, 1/(morphSteps-1), ..., 1; a pair is monotone when the mss to the
// t=0 rendering never decreases and the mss to the t=1 rendering never
// increases along t. morph_monotone_fraction is the share of monotone pairs.

#include "timbre/ITimbreModel.h"
#include "timbre/TimbreDataset.h"

#include <atomic>
#include <functional>
#include <memory>

namespace atelier::core::timbre {

struct TimbreEvalOptions {
    int maxNotes = 0;  // 0: every held-out note with the standard note-off; else an even spread of this many
    int morphPairs = 20;
    int morphSteps = 6;
    std::uint64_t seed = 1;
    double cropSeconds = 0;  // > 0: compare only the first cropSeconds of each note (from the onset)
};

struct TimbreEvalScores {
    double model = 0, nnSampler = 0, crossfade = 0;
};

struct TimbreEvalResult {
    int notes = 0;  // held-out notes compared
    TimbreEvalScores mss, lsdDb;
    double morphMonotoneFraction = 0;
    int morphPairs = 0;
};

// False and *error when the model knows none of the dataset's instruments.
// progress(done, total) may return false to cancel (then false, "cancelled").
bool evaluateTimbre(std::shared_ptr<const ITimbreModel> model, const TimbreDataset &data,
                    const TimbreEvalOptions &options, TimbreEvalResult *result, QString *error,
                    const std::function<bool(int, int)> &progress = {});

// A note repitched by resampling (pitch up = shorter), padded or cut to `length` samples.
std::vector<float> repitch(const std::vector<float> &x, double semitones, std::size_t length);

} // namespace atelier::core::timbre
