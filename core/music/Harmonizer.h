#pragma once
// Harmonizer: chords for a melody, from a hidden Markov model trained on
// folk tunes with their chords (HarmonizerTrainer; assets/models/
// harmonizer-hmm.harmony.json).
//
// The melody is cut into half bars (BarGrid). The hidden state of each half
// bar is its chord: one of 96 (12 roots × 8 qualities, no slash basses),
// counted relative to the tonic of the melody's key (KeyFinder; a minor key
// counts from its relative major's tonic, so modal tunes and their parent
// major share statistics). The model:
//  - initial: log P(first chord);
//  - transitions: log P(chord | chord before), one table inside a bar (first
//    half to second half) and one across the bar line;
//  - emission: each melody pitch class weighs its duration in beats (plus
//    a beat when the note sounds at the half bar's start), scored by
//    log P(interval above the root | quality), times emissionWeight
//    (chosen on held-out tunes). A prior on the position in an 8-bar
//    phrase was tried and did not help (valid root agreement 0.714 without,
//    0.707 at best with it).
// harmonize() finds the most likely chords (Viterbi). Half bars with fixed
// chords (a chord lane the user wrote, or the start of a progression to
// continue) keep them. The chords come back one per bar, or one per half
// bar where the second half differs.

#include "document/Song.h"
#include "music/MusicEncoding.h"

#include <QJsonObject>
#include <array>
#include <optional>
#include <vector>

namespace atelier::core {

class Harmonizer {
public:
    static constexpr int kQualities = 8;
    static constexpr int kStates = 12 * kQualities;

    struct Segment {
        Tick from = 0, to = 0;
        int bar = 1;     // 1-based
        int half = 0;    // 0: the bar's first half, 1: its second
        std::array<double, 12> weight{};   // the melody's pitch classes, in beats
    };
    // Two half bars for every bar that starts before `end`.
    static std::vector<Segment> segments(const Song &song, const QList<Note> &melody, Tick end);
    // The tonic the states count from: the key's, or its relative major's for a minor key.
    static int referenceTonic(const KeyScale &key);
    // -1 for N.C.; the slash bass is dropped.
    static int stateOf(const ChordSymbol &chord, int tonic);
    static ChordSymbol chordOf(int state, int tonic);

    struct Result {
        KeyScale key;
        std::vector<Segment> segments;
        std::vector<ChordSymbol> chords;   // one per segment
        QList<ChordChange> changes;        // the chord lane: a change only where the chord changes
    };
    // `fixed`: chords to keep (sorted): from the first fixed change to the
    // end of the bar of the last one, each half bar keeps the fixed chord
    // sounding at its start; the rest is chosen to fit them. `end` < 0: the
    // melody's last note end.
    Result harmonize(const Song &song, const QList<Note> &melody, const QList<ChordChange> &fixed = {},
                     Tick end = -1) const;

    // Model parameters (log probabilities).
    std::vector<double> initial = std::vector<double>(kStates, 0.0);
    std::vector<double> withinBar = std::vector<double>(kStates * kStates, 0.0);
    std::vector<double> acrossBar = std::vector<double>(kStates * kStates, 0.0);
    std::vector<double> emission = std::vector<double>(kQualities * 12, 0.0);   // [quality][interval]
    double emissionWeight = 1.0;
    QJsonObject training;   // how it was trained (data, counts, the chosen weight)

    double emissionScore(const Segment &segment, int state, int tonic) const;

    QJsonObject toJson() const;
    static std::optional<Harmonizer> fromJson(const QJsonObject &o, QString *error);
    // "<file>: problem" on failure; saves atomically.
    static std::optional<Harmonizer> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
};

} // namespace atelier::core
