#pragma once
// Does a continuation sound like the music it continues? The figures a
// listener checks, as numbers (`atelier continue --json` prints them for the
// input and each variation; `atelier eval continuations` over held-out
// pieces):
//  - the share of notes in the key (`continue --json`: the key of the part
//    before the continuation, as continueMusic reports it; keeping(): the
//    key of the context itself, KeyFinder over its notes, so a piece that
//    has modulated is measured in the key it is in),
//  - notes per beat (the density),
//  - the share of onsets on a quarter-note beat,
//  - the mean velocity.
//
// keeping(): each piece is continued `cuts` times, from the first bar line
// at or after k / (cuts + 1) of its notes' span (k = 1..cuts), from the 8
// bars before it (what Continue and `atelier continue` use), for `bars`
// bars; `variations` rows with the given options. The context's figures and
// the variations' are averaged per excerpt, then over excerpts (each weighs
// the same).

#include "document/Song.h"
#include "music/IMusicModel.h"
#include "music/MusicContinuation.h"
#include "music/MusicGenerator.h"

#include <QString>
#include <functional>
#include <vector>

namespace atelier::core::ContinuationEvaluation {

struct PartStats {
    int notes = 0;
    double inKey = 0;          // 0..1
    double notesPerBeat = 0;
    double onBeat = 0;         // 0..1
    double meanVelocity = 0;
};
// Zeros (notes 0) for no notes or an empty span.
PartStats stats(const QList<Note> &notes, const KeyScale &key, int ppq, Tick span);

struct Piece {
    QString name;
    Song song;
    int track = 0;
};

struct PieceResult {
    QString name;           // "piece@1/3": the piece and where it was cut
    QString key;
    PartStats context;
    PartStats variations;   // the mean over variations
};

struct Keeping {
    std::vector<PieceResult> pieces;   // one per excerpt
    PartStats context, variations;   // means over excerpts
    double inKeyRatio = 0;           // variations' in-key share / context's
    double densityRatio = 0;         // variations' notes per beat / context's
    double velocityDifference = 0;   // variations' mean velocity - context's
};

// The request that continues `piece` for `bars` bars from the first bar
// line at or after `fraction` of its notes' span, with the 8 bars before it
// as the primer (one variation, default options); the primer's notes go to
// *context. Nothing for a piece without notes.
std::optional<ContinueRequest> excerpt(const Piece &piece, double fraction, int bars, QList<Note> *context);

Keeping keeping(const IMusicModel &model, const std::vector<Piece> &pieces, const MusicSampleOptions &options,
                int variations = 4, int bars = 4, int cuts = 2,
                const std::function<bool(int done, int total)> &progress = {});

} // namespace atelier::core::ContinuationEvaluation
