#pragma once
// RewardSample: what a reward script's score(sample) receives, built
// exactly as documented (README, "Reward scripts"):
//  - music: `notes` (the generated part) and `context` (the primer), each an
//    array of {pitch, velocity, start, duration} sorted by start, in beats,
//    `start` counted from the beginning of that part; `key` {tonic 0-11,
//    mode "major"|"minor"} or null; `bpm`.
//  - sketches: `strokes` and `context`, each an array of strokes, a stroke
//    an array of {x, y} points in the model's units, absolute (accumulated
//    from the stroke-5 offsets, the generated part going on from where the
//    context ended).

#include "document/Song.h"
#include "music/MusicEncoding.h"
#include "sketch/Sketch.h"

#include <QJsonObject>
#include <optional>

namespace atelier::core::RewardSample {

// `partStart` / `contextStart`: the ticks where each part begins.
QJsonObject music(const QList<Note> &notes, Tick partStart, const QList<Note> &context, Tick contextStart, int ppq,
                  const std::optional<KeyScale> &key, double bpm);
QJsonObject sketch(const QList<Stroke5> &rows, const QList<Stroke5> &context);

} // namespace atelier::core::RewardSample
