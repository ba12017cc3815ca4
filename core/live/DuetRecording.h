#pragma once
// DuetRecording: a duet's record as song tracks: the player's phrases and
// the model's replies, frames counted from the duet's origin frame. The
// studio places them on its song's tempo map from a tick (the Duet panel);
// the command line writes them as a new 120-bpm song (--record).

#include "document/Song.h"
#include "live/DuetTypes.h"

#include <vector>

namespace atelier::core {

class DuetRecording {
public:
    // Two tracks, "Duet: you" and "Duet: Atelier" (either may have no notes),
    // placed on `song`'s tempo map from `startTick`.
    static QList<Track> tracks(const std::vector<DuetNote> &player, const std::vector<DuetReply> &replies,
                               Frame origin, double sampleRate, const Song &song, Tick startTick,
                               int playerChannel = 0, int replyChannel = 1, int replyProgram = 0);
    // A new song (120 bpm) holding both tracks from its start.
    static Song toSong(const std::vector<DuetNote> &player, const std::vector<DuetReply> &replies, Frame origin,
                       double sampleRate, int replyProgram = 0);
};

} // namespace atelier::core
