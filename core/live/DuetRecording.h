#pragma once
// DuetRecording: a duet's record as a Song: the player's phrases and the
// model's replies as two tracks (times from the duet's origin frame, at
// 120 bpm), to write as a type-1 MIDI file or to add to the piano roll.

#include "document/Song.h"
#include "live/DuetTypes.h"

#include <vector>

namespace atelier::core {

class DuetRecording {
public:
    static Song toSong(const std::vector<DuetNote> &player, const std::vector<DuetReply> &replies, Frame origin,
                       double sampleRate, int replyProgram = 0);
    // Frames from origin -> ticks at 120 bpm and the default ppq.
    static Tick tickOf(Frame frame, Frame origin, double sampleRate);
};

} // namespace atelier::core
