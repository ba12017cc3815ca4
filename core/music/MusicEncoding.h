#pragma once
// The two event encodings of Atelier's music models (see
// shared/specs/magenta_music_rnn.md §2 and §3), the conversions between a
// Song's notes (ticks) and timed notes (seconds), and musical keys.
//
// MelodyEncoding (Magenta MelodyRNN "basic_rnn", 38 labels): one label per
// 16th-note step (kStepsPerQuarter = 4 steps per quarter note, so a step is
// ppq / 4 ticks; steps are counted from a `from` tick and rounded to whole
// ticks). 0 = NO_EVENT (hold the sounding note, or stay silent), 1 = NOTE_OFF,
// 2 + (pitch - 48) = onset of pitch 48..83.
//  - encode: note starts and ends are quantised to the nearest step. A note
//    whose quantised start lies before step 0 (one sounding across `from`) is
//    not an onset and leaves no NOTE_OFF either. Several onsets on one step:
//    the highest pitch is kept (Magenta's ignore-polyphony rule). An onset
//    ends the sounding note, so NOTE_OFF is written at a note's end step only
//    when no later onset comes at or before it; a zero-step note lasts one
//    step. Encoded pitch = pitch + transpose, then folded by octaves into
//    [48, 83] if it is still outside.
//  - decode: an onset ends the sounding note and starts one; NOTE_OFF ends
//    it; NO_EVENT does nothing; a note still sounding at the end closes at
//    the end. Pitch = label pitch - transpose, so decode(encode(x, t), t)
//    gives back x's pitches. Labels outside the vocabulary count as NO_EVENT.
//
// PerformanceEncoding (Magenta Performance RNN with dynamics, 388 tokens):
// NOTE_ON(p) = p, NOTE_OFF(p) = 128 + p, TIME_SHIFT(k) = 256 + k - 1 for
// k = 1..100 steps of 10 ms, VELOCITY(b) = 356 + b - 1 for bins b = 1..32.
//  - encode: times are quantised to the 10 ms grid on the absolute clock (so
//    rounding never drifts), zero-length notes last one step. Events are
//    sorted by time; at one time note-offs come before note-ons, each group
//    by pitch. A velocity token precedes a note-on only when its bin differs
//    from the current one (the first note-on always gets one). Gaps become
//    time shifts of at most 100 steps (2.5 s = 100, 100, 50). A pitch struck
//    again while it still sounds first ends the sounding note (the stream
//    cannot hold two notes of one pitch). Time 0 is the origin: the stream
//    starts with a shift up to the first event; notes before 0 are clipped
//    to 0 (dropped if they end by 0).
//  - decode: a note-off with no sounding note of its pitch is ignored; a
//    note-on of a sounding pitch ends that note first; a note sounding longer
//    than maxNoteSeconds ends after maxNoteSeconds (Magenta's 5 s rule); a
//    note still sounding at the end of the stream ends there (at least one
//    step after its start). Velocity before any VELOCITY token: 64.
//  - applySustain (Magenta's sustain extension, applied by Atelier BEFORE
//    performance encoding of corpora and primers): the pedal is down while
//    the last CC64 value is >= 64. A note whose key is released while the
//    pedal is down (release time in [pedal down, pedal up), so a release at
//    the very moment the pedal goes down is held, one at the moment it goes
//    up is not) keeps sounding until the pedal goes up, or until the same
//    pitch is struck again, whichever comes first. A pedal never released
//    holds until the end of the material (the latest note end or CC time).
//
// Song <-> timed notes use the song's TempoMap: seconds are measured from
// the `from` / `origin` tick.

#include "document/Song.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>
#include <vector>

namespace atelier::core {

struct MelodyEncoding {
    static constexpr int kMinPitch = 48;
    static constexpr int kMaxPitch = 83;
    static constexpr int kNoEvent = 0;
    static constexpr int kNoteOff = 1;
    static constexpr int kFirstNoteOn = 2;
    static constexpr int kVocab = 38;
    static constexpr int kStepsPerQuarter = 4;

    // The onset label of `pitch` (which must be in [kMinPitch, kMaxPitch]; -1 otherwise).
    static int noteOn(int pitch);
    static bool isNoteOn(int label) { return label >= kFirstNoteOn && label < kVocab; }
    // The (encoded) pitch of an onset label; -1 for other labels.
    static int pitchOf(int label) { return isNoteOn(label) ? label - kFirstNoteOn + kMinPitch : -1; }

    // Tick of step `step` counted from `from` (rounded to the nearest tick).
    static Tick stepTick(int ppq, Tick from, qint64 step);
    // The nearest step of `tick` counted from `from` (may be negative).
    static qint64 nearestStep(int ppq, Tick from, Tick tick);

    static std::vector<int> encode(const QList<Note> &notes, int ppq, Tick from, int steps, int transpose);
    static QList<Note> decode(const std::vector<int> &labels, int ppq, Tick from, int velocity, int transpose);

    // The octave shift (a multiple of 12, the smallest in magnitude among the
    // best; upward first on a tie) that puts the most pitches into
    // [kMinPitch, kMaxPitch]. 0 for no notes.
    static int transposeIntoRange(const QList<Note> &notes);
};

struct TimedNote {
    double start = 0;   // seconds
    double end = 0;     // seconds, > start
    int pitch = 60;
    int velocity = 100;
    bool operator==(const TimedNote &o) const = default;
};

struct PerformanceEncoding {
    static constexpr int kNoteOnBase = 0;
    static constexpr int kNoteOffBase = 128;
    static constexpr int kTimeShiftBase = 256;
    static constexpr int kVelocityBase = 356;
    static constexpr int kVocab = 388;
    static constexpr int kMaxShiftSteps = 100;
    static constexpr int kVelocityBins = 32;
    static constexpr int kDensityBins = 8;
    static constexpr double kStepSeconds = 0.01;
    static constexpr int kDefaultVelocity = 64;   // before any VELOCITY token

    static int noteOn(int pitch) { return kNoteOnBase + pitch; }
    static int noteOff(int pitch) { return kNoteOffBase + pitch; }
    static int timeShift(int steps) { return kTimeShiftBase + steps - 1; }   // steps 1..100
    static int velocity(int bin) { return kVelocityBase + bin - 1; }         // bin 1..32
    static bool isNoteOn(int t) { return t >= kNoteOnBase && t < kNoteOffBase; }
    static bool isNoteOff(int t) { return t >= kNoteOffBase && t < kTimeShiftBase; }
    static bool isTimeShift(int t) { return t >= kTimeShiftBase && t < kVelocityBase; }
    static bool isVelocity(int t) { return t >= kVelocityBase && t < kVocab; }
    static int pitchOf(int t) { return isNoteOn(t) ? t : isNoteOff(t) ? t - kNoteOffBase : -1; }
    static int shiftStepsOf(int t) { return isTimeShift(t) ? t - kTimeShiftBase + 1 : 0; }
    static int velocityBinOf(int t) { return isVelocity(t) ? t - kVelocityBase + 1 : 0; }

    // MIDI velocity v -> bin clamp((v - 1) / 4 + 1, 1, 32); bin b -> clamp(b * 4 - 2, 1, 127).
    static int velocityToBin(int velocity);
    static int binToVelocity(int bin);

    // Note-density bins with edges 1, 2, 4, 8, 16, 32, 64 note-ons per
    // second: below 1 -> 0, [1, 2) -> 1, ..., 64 and more -> 7.
    static int densityBin(double notesPerSecond);
    static std::vector<float> densityControl(int bin);   // one-hot, kDensityBins floats
    // Note-ons per second of a token stream: note-ons / max(summed time shifts, 1 s)
    // (the floor keeps a short primer from counting as very dense).
    static double tokenDensity(const std::vector<int> &tokens);
    // Summed time shifts, in seconds.
    static double durationOf(const std::vector<int> &tokens);

    static std::vector<int> encode(const QList<TimedNote> &notes);
    // For a primer that ends at a given time: events after `untilSeconds` are
    // dropped (note-offs at exactly `until` are kept, note-ons there are not)
    // and the stream is padded with time shifts so that it ends at `until`.
    static std::vector<int> encode(const QList<TimedNote> &notes, double untilSeconds);
    // The whole stream, with the time line broken at `splitSeconds`:
    // tokens[0 .. *splitIndex) equals encode(notes, splitSeconds) and the rest
    // is what follows (for scoring what comes after an edited range).
    static std::vector<int> encodeSplit(const QList<TimedNote> &notes, double splitSeconds, qsizetype *splitIndex);

    static QList<TimedNote> decode(const std::vector<int> &tokens, double maxNoteSeconds = 5.0);

    // cc64: (time in seconds, value), any order (a stable sort by time is applied).
    static QList<TimedNote> applySustain(const QList<TimedNote> &notes, const QList<QPair<double, int>> &cc64);
};

// Notes of track `trackIndex` that start in [from, to) (to <= from: up to the
// end of the track), in seconds from `from`, sorted by start then pitch. With
// `withSustain` the track's CC64 events extend them (applySustain). An index
// out of range gives no notes.
QList<TimedNote> songNotesToTimed(const Song &song, int trackIndex, Tick from, Tick to, bool withSustain);
// Timed notes (seconds from `origin`) back to ticks on the song's tempo map;
// lengths at least one tick, velocities clamped to 1..127, pitches to 0..127.
QList<Note> timedToSongNotes(const QList<TimedNote> &notes, const Song &song, Tick origin);

// A major or minor key (minor: the natural minor with its raised sixth and
// seventh, as melodic and harmonic minor use them).
struct KeyScale {
    int tonic = 0;        // pitch class 0..11 (0 = C)
    bool minor = false;
    // Scale degrees above the tonic (bit d for d semitones) when the key is
    // another scale than major or minor (Dorian, a pentatonic, the blues);
    // 0: the major or minor scale.
    quint16 degrees = 0;

    // "C:major", "A:minor", "F#:minor", "Bb:major" (also a space instead of
    // the colon, "maj"/"min", any letter case); nullopt when unparsable.
    static std::optional<KeyScale> parse(const QString &text);
    // The key a MIDI key signature names: sharps (negative: flats), major or minor.
    static KeyScale fromKeySignature(int sharps, bool minor);
    // Major: 0 2 4 5 7 9 11 above the tonic; minor: 0 2 3 5 7 8 9 10 11
    // (natural minor, and the raised 6th and 7th).
    bool contains(int pitch) const;
    // "C:major", "F#:minor", "Bb:major" (flats for Eb, Ab, Bb; sharps for C#, F#).
    QString toString() const;
    // KeyFinder::estimate(notes).key: the key of these notes (C major for none).
    static KeyScale estimate(const QList<Note> &notes);

    bool operator==(const KeyScale &o) const = default;
};

} // namespace atelier::core
