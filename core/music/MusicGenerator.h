#pragma once
// Sampling policy on top of any IMusicModel (the model only gives next-token
// logits; everything a user can choose lives here).
//
// generate(): `count` (1..8) variations computed as ONE batch of the model.
// The primer is fed to every row (an empty primer is replaced by one neutral
// start token: melody NO_EVENT, performance TIME_SHIFT(10 ms); it is not
// part of the output). Then, per row and step, the logits are
//  - masked: with options.key, onsets of out-of-scale pitches get -inf
//    (melody: the label's pitch minus options.melodyTranspose, i.e. the
//    pitch the caller will decode; performance: NOTE_ON pitches); melody
//    NOTE_OFF gets -inf while nothing sounds;
//  - divided by the temperature (<= 0: greedy argmax, lowest index on ties),
//  - cut to the nucleus (top-p: the most probable tokens whose mass reaches
//    topP, at least one; ties by lower index), and one token is drawn.
// Row i draws from its own std::mt19937_64 seeded with seed + i (one draw
// per sampled token), so a seed reproduces exactly, and a row comes out the
// same whether it is generated alone or in a batch. Performance models get
// the density control (options.densityBin, or -1: densityBin(tokenDensity(
// primer)), or bin 4 (8-16 notes/s, the corpus average) with no primer) at
// every step; chord-conditioned melody models get the chords (see
// MusicSampleOptions::chords); other control sizes get zeros.
//
// Length: melody: length.steps labels (or length.maxEvents when steps is 0).
// Performance: until the row's summed time shifts reach length.seconds, or
// it has length.maxEvents tokens; maxEvents 0 means a generous cap of
// 300 events per second + 256 (so a model that never moves time still
// stops); with no seconds, length.maxEvents (or length.steps) tokens.
// progress(step, total): melody and fixed-count runs count tokens;
// seconds-driven runs count 10 ms steps reached by the slowest unfinished
// row. Returning false cancels (nullopt).

#include "music/ChordConditioning.h"
#include "music/IMusicModel.h"
#include "music/MusicEncoding.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <vector>

namespace atelier::core {

struct MusicSampleOptions {
    double temperature = 1.0;
    double topP = 1.0;
    std::uint64_t seed = 0;
    std::optional<KeyScale> key;       // notes outside it are never played (the hard mask)
    std::optional<KeyScale> biasKey;   // notes in it get keyBias nats more (a soft pull)
    double keyBias = 0;
    // Chords to follow: the chord sounding at each step of the generated
    // part (melody: 16th steps; performance: 10 ms time-shift steps), from
    // the first generated step on; N.C. or past the end: no chord. Note-ons
    // of its tones get chordBias nats more. A chord-conditioned melody model
    // (controlSize() == ChordConditioning::kControlSize) also reads them as
    // its input, with primerChords (one per primer label) before them: the
    // input fed at step s carries the chord of step s + 1 (N.C. where none
    // is given; past the end the last chord holds).
    std::vector<StepChord> chords;
    std::vector<StepChord> primerChords;
    double chordBias = 0;
    int densityBin = -1;        // performance: -1 = from the primer
    int melodyTranspose = 0;    // melody: the transpose the primer was encoded with (for the key mask)
};

struct MusicLength {
    int steps = 0;          // melody: 16th steps
    double seconds = 0;     // performance: summed time shifts
    int maxEvents = 0;      // performance: a cap on tokens (0: 300 per second + 256)
};

using MusicProgress = std::function<bool(int step, int total)>;

std::optional<std::vector<std::vector<int>>> generate(const IMusicModel &model, const std::vector<int> &primer,
                                                      int count, const MusicLength &length,
                                                      const MusicSampleOptions &options,
                                                      const MusicProgress &progress = {});

// One token drawn from logits whose masked entries are already -inf:
// temperature (<= 0: greedy), then top-p, one draw from rng (as generate()
// does for each row and step). Used by the live duet, which samples from a
// state it primed itself.
int sampleToken(std::vector<double> &logits, double temperature, double topP, std::mt19937_64 &rng);

// The token fed in place of an empty primer.
int neutralStartToken(MusicModelKind kind);
// The control vector (model.controlSize() floats) used at every step for a
// primer and a density bin (-1: from the primer).
std::vector<float> musicControls(const IMusicModel &model, const std::vector<int> &primer, int densityBin);

// log p(tokensAfter | tokensBefore + candidate) in nats (0 for no tokensAfter),
// with the density control of before + candidate (or densityBin when >= 0).
double scoreContinuation(const IMusicModel &model, const std::vector<int> &tokensBefore,
                         const std::vector<int> &candidate, const std::vector<int> &tokensAfter,
                         int densityBin = -1);

} // namespace atelier::core
