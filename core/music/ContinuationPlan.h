#pragma once
// ContinuationPlan: what continueMusic() does before and after sampling,
// as a value one can sample from with any IMusicModel of the same kind (the
// tuner samples from the model it is changing): the primer tokens, the
// length, the sampling options with what the primer fixes (the melody
// transpose, the chord lanes) filled in, and decode(), which turns one
// generated row back into notes of the song (clipped to [at, at + length)).
// See MusicContinuation.h for the encoding rules and the errors.

#include "document/Song.h"
#include "music/IMusicModel.h"
#include "music/MusicEncoding.h"
#include "music/MusicGenerator.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace atelier::core {

struct ContinueRequest;

struct ContinuationPlan {
    MusicModelKind kind = MusicModelKind::Melody;
    std::vector<int> primer;       // tokens (may be empty: generate() starts from the neutral token)
    MusicLength length;
    MusicSampleOptions options;    // the request's, with melodyTranspose and the chords filled in
    int count = 1;                 // variations, 1..8
    KeyScale key;                  // the mask's, else the bias's, else the part's estimated key
    Song song;
    int track = 0;
    Tick at = 0, end = 0;          // the continuation spans [at, end)
    Tick primerFrom = 0;           // melody: the tick of the primer's first step
    int transpose = 0;             // melody: the octave shift the primer was encoded with
    int velocity = 90;             // melody: the primer's mean velocity
    double primerSeconds = 0;      // performance: the primer's summed time shifts

    // nullopt and *error ("<model name>: problem") as continueMusic() reports them.
    static std::optional<ContinuationPlan> make(const IMusicModel &model, const ContinueRequest &request,
                                                QString *error);
    // Whether the model's vocabulary is its kind's encoding's (else *error as above).
    static bool checkModel(const IMusicModel &model, QString *error);
    // One generated row (without the primer) as notes of the song.
    QList<Note> decode(const std::vector<int> &row) const;
};

// Notes of the track starting in [from, to); none when to <= from or the track does not exist.
QList<Note> notesIn(const Song &song, int track, Tick from, Tick to);

} // namespace atelier::core
