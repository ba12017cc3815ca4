#pragma once
// ComparisonPair: the two outputs of one trial of a blind comparison
// (BlindTest): both models continue the same context with the same
// sampling seed, so that the only difference the listener or viewer meets
// is the models'. The Compare Models dialog and `atelier compare` use it.
//  - music: each model continues `request` (one variation; the options'
//    seed set to `seed`), through continueMusic(), so each model encodes
//    the context as its own kind does;
//  - drawings: each model continues the sketch's strokes (from scratch
//    when there are none) in its own units; the strokes come back in the
//    sketch's pixels, marked as generated.
// Runs on a worker thread; *cancel stops it (nullopt, no error).

#include "document/Song.h"
#include "music/IMusicModel.h"
#include "music/MusicContinuation.h"
#include "sketch/ISketchModel.h"
#include "sketch/Sketch.h"

#include <QString>
#include <array>
#include <atomic>
#include <cstdint>
#include <optional>

namespace atelier::core::ComparisonPair {

std::optional<std::array<QList<Note>, 2>> music(const IMusicModel &first, const IMusicModel &second,
                                                ContinueRequest request, std::uint64_t seed,
                                                const std::atomic<bool> *cancel, QString *error);

std::optional<std::array<QList<Stroke>, 2>> sketch(const ISketchModel &first, const ISketchModel &second,
                                                   const Sketch &canvas, SketchSampleOptions options,
                                                   std::uint64_t seed, const std::atomic<bool> *cancel,
                                                   QString *error);

} // namespace atelier::core::ComparisonPair
