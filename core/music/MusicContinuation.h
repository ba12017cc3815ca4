#pragma once
// Music continuation at the level of the piano roll and the command line:
// notes of a Song in, notes out (in ticks), on any IMusicModel.
//
// continueMusic(): the primer is the notes of request.track that start in
// [contextStart, min(contextEnd, at)); the continuation starts at `at` and
// spans lengthTicks.
//  - Melody: the primer is MelodyEncoding of [contextStart, at) in 16th
//    steps from contextStart (octave-transposed with transposeIntoRange, at
//    most the last kMaxPrimerSteps steps); round(lengthTicks / (ppq / 4))
//    steps are generated and decoded at `at` with the transpose undone, with
//    the primer's mean velocity (90 with no primer).
//  - Performance: the primer notes in seconds with the track's sustain pedal,
//    encoded up to the time of `at` exactly (time shifts pad the end; notes
//    still held at `at` keep sounding, their note-offs are left to the model;
//    at most about the last kMaxPrimerEvents events). Sampling runs until
//    the time shifts reach the seconds that [at, at + lengthTicks) spans on
//    the tempo map; the notes are decoded (with the primer's velocity state)
//    and put back on ticks from `at`.
// Both: notes starting at or after at + lengthTicks are dropped and note ends
// are clipped to it. An empty primer is allowed (the model starts from its
// neutral token). result.key is options.key when given (then also a mask),
// else KeyScale::estimate of the primer notes.
//
// regenerateRange(): `candidates` continuations of the 8 bars before
// rangeStart spanning [rangeStart, rangeEnd), each rescored by how well the
// model then predicts what follows rangeEnd (the track's notes up to 2 bars
// after it, at most 256 events), the original notes of the range replaced by
// the candidate; the best candidate's notes are returned (the first one when
// nothing follows).
//
// Errors (nullopt and *error "<model name>: problem"): a vocabulary that does
// not match the model kind, a track out of range, an empty length, `at`
// before contextStart, cancellation ("cancelled").

#include "document/Song.h"
#include "music/IMusicModel.h"
#include "music/MusicEncoding.h"
#include "music/MusicGenerator.h"

#include <QList>
#include <QString>
#include <optional>

namespace atelier::core {

constexpr int kMaxPrimerSteps = 1024;
constexpr int kMaxPrimerEvents = 2048;

struct ContinueRequest {
    Song song;
    int track = 0;
    Tick contextStart = 0, contextEnd = 0;   // primer = notes of `track` starting in [contextStart, contextEnd)
    Tick at = 0;                             // where the continuation starts (usually contextEnd)
    Tick lengthTicks = 0;
    int variations = 1;                      // 1..8
    MusicSampleOptions options;
};

struct ContinueResult {
    QList<QList<Note>> variations;
    KeyScale key;   // the mask's, else the bias's, else the part's estimated key
};

std::optional<ContinueResult> continueMusic(const IMusicModel &model, const ContinueRequest &request,
                                            const MusicProgress &progress, QString *error);

std::optional<QList<Note>> regenerateRange(const IMusicModel &model, const Song &song, int track, Tick rangeStart,
                                           Tick rangeEnd, int candidates, const MusicSampleOptions &options,
                                           const MusicProgress &progress, QString *error);

} // namespace atelier::core
