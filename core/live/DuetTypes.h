#pragma once
// The plain data of a live duet: its settings, a played or answered note,
// and one reply. Times are frames on the duet's audio clock.

#include "audio/TimedMidiEvent.h"
#include "music/MusicEncoding.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace atelier::core {

struct DuetSettings {
    double silence_s = 0.5;        // a phrase ends this long after the last key (and the pedal) went up
    double maxPhrase_s = 8.0;      // ... or this long after it began
    // Tempo-synced: while the transport plays, a phrase ends at the first bar
    // line after the keys have been up for barGap_beats (DuetEngine::setBarLines);
    // when it stands still, after the silence.
    bool barSync = false;
    double barGap_beats = 0.5;
    double temperature = 1.0;
    double topP = 1.0;
    enum class KeyMode { Auto, Any, Fixed };
    KeyMode keyMode = KeyMode::Auto;   // Auto: the key estimated from the phrase
    KeyScale fixedKey;
    int replyBars = 0;             // 0: as long as the phrase, clamped to [minReply_s, maxReply_s]
    double minReply_s = 1.0;
    double maxReply_s = 8.0;
    double tempo_bpm = 120.0;      // the melody model's 16th steps, and bars
    int beatsPerBar = 4;
    int replyChannel = 0;
    std::uint64_t seed = 1;
};

struct DuetNote {
    Frame start = 0;
    Frame end = -1;     // -1 while it sounds
    int pitch = 60;
    int velocity = 100;
};

struct DuetReply {
    int index = 0;
    Frame phraseStart = 0;
    Frame phraseEnd = 0;     // when the phrase was over: last key up + silence, or the maximum length
    Frame start = 0;         // the reply's first note-on
    std::vector<DuetNote> notes;
    std::optional<KeyScale> key;   // the key it kept to, if any
    bool complete = false;         // every note generated
    bool interrupted = false;      // the player (or a stop) cut it short
};

} // namespace atelier::core
