#pragma once
// The song document's plain data: tracks of notes, a tempo map and time
// signatures. Values only (implicitly shared Qt containers), so the UI thread
// can hand a cheap immutable copy to playback, rendering or file writers.

#include "document/ChordSymbol.h"
#include "document/SoundEnvelope.h"

#include <QList>
#include <QString>
#include <cstdint>

namespace atelier::core {

using Tick = std::int64_t;

constexpr int kDefaultPpq = 480;
constexpr double kDefaultTempo_bpm = 120.0;
constexpr int kDrumChannel = 9;

struct Note {
    int pitch = 60;      // MIDI key 0..127
    Tick start = 0;      // ticks from song start
    Tick length = 0;     // ticks, > 0
    int velocity = 100;  // 1..127
    Tick end() const { return start + length; }
    bool operator==(const Note &o) const = default;
};

// A controller event of a track (sustain pedal and the like, recorded or
// imported) that playback and export keep. Not edited in the piano roll.
// Pitch bend is kept the same way, as the pseudo-controller kPitchBend with a
// 14-bit value (kPitchBendCentre = no bend).
struct ControlChange {
    static constexpr int kPitchBend = 128;
    static constexpr int kPitchBendCentre = 8192;
    Tick tick = 0;
    int controller = 0;  // 0..127, or kPitchBend
    int value = 0;       // 0..127, or 0..16383 for kPitchBend
    bool isPitchBend() const { return controller == kPitchBend; }
    int maxValue() const { return isPitchBend() ? 16383 : 127; }
    bool isValid() const
    {
        return tick >= 0 && controller >= 0 && controller <= kPitchBend && value >= 0 && value <= maxValue();
    }
    bool operator==(const ControlChange &o) const = default;
};

// A Sound-Morph timbre baked into a track: the track's notes are played by
// the timbre model at this embedding (on the track's MIDI channel, as a
// program would be) instead of the GM program. Empty z: the GM program.
struct TrackSound {
    QString name;           // shown in the track list, e.g. "Flute / Cello morph"
    QString model;          // the timbre model's file name, found on the model search path
    QList<float> z;
    SoundEnvelope envelope;
    double gain = 1.0;      // linear
    bool isEmpty() const { return z.isEmpty(); }
    bool operator==(const TrackSound &o) const = default;
};

struct Track {
    QString name;
    int program = 0;        // General MIDI program 0..127
    int channel = 0;        // MIDI channel 0..15 (9 = drums)
    bool mute = false;
    bool solo = false;
    bool armed = false;     // record-armed: takes go here (at most one track is armed)
    double volume = 0.8;    // 0..1, sent as CC7
    QString midiOutPort;    // empty: the internal synth; else an RtMidi output port name
    TrackSound sound;       // non-empty: a baked Sound-Morph timbre plays the track (internal output only)
    QList<Note> notes;
    QList<ControlChange> controls;
    bool operator==(const Track &o) const = default;
};

struct TempoChange {
    Tick tick = 0;
    double bpm = kDefaultTempo_bpm;
    bool operator==(const TempoChange &o) const = default;
};

struct TimeSignature {
    Tick tick = 0;
    int numerator = 4;
    int denominator = 4;
    bool operator==(const TimeSignature &o) const = default;
};

struct LoopRegion {
    Tick start = 0;
    Tick end = 0;
    bool enabled = false;
    bool isValid() const { return end > start; }
    bool operator==(const LoopRegion &o) const = default;
};

// The song's key: a tonic and a scale, one of NoteOps::scales() by index
// (0, chromatic, means the song has no key). Shown by the piano roll's scale
// highlight and offered to Continue as "Project key".
struct SongKey {
    int tonic = 0;   // pitch class 0..11, 0 = C
    int scale = 0;   // index into NoteOps::scales(); 0: no key
    bool isSet() const { return scale > 0; }
    bool operator==(const SongKey &o) const = default;
};

struct Song {
    int ppq = kDefaultPpq;
    QList<Track> tracks;
    QList<TempoChange> tempos;          // sorted by tick; empty means 120 bpm
    QList<TimeSignature> timeSignatures; // sorted by tick; empty means 4/4
    LoopRegion loop;
    SongKey key;
    QList<ChordChange> chords;           // the chord lane: sorted by tick, at most one per tick
    ChordPlayback chordPlayback;         // whether and how the chords sound
    bool operator==(const Song &o) const = default;
    // The chord sounding at `tick` (N.C. before the first one).
    ChordSymbol chordAt(Tick tick) const;

    // The tick just after the last note ends (0 for an empty song).
    Tick endTick() const;
};

} // namespace atelier::core
