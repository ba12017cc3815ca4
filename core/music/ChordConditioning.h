#pragma once
// How a chord-conditioned melody model sees the chords (the ImprovRNN
// family: the chord at each step is an input beside the melody label).
//
// StepChord: the chord sounding at one 16th step (root, bass, tones), or no
// chord. Its control vector (kControlSize = 37 floats, Magenta's
// "pitch chords" encoding): [0] = 1 for N.C.; [1 + root] = 1; [13 + pc] = 1
// for each chord tone; [25 + bass] = 1.
//
// Alignment: the input at position j (label j) is paired with the chord of
// step j + 1, the step whose label the model predicts; so the chord of the
// next step is known when it is chosen, as a musician reading a lead sheet
// knows the next bar's chord.

#include "document/ChordSymbol.h"
#include "document/Song.h"

#include <QList>
#include <vector>

namespace atelier::core {

struct StepChord {
    qint8 root = -1;     // pitch class, -1: no chord
    qint8 bass = -1;     // pitch class of the lowest note, -1: no chord
    quint16 tones = 0;   // bit pc set for each chord tone

    static StepChord of(const ChordSymbol &chord);
    bool isNoChord() const { return root < 0; }
    StepChord transposed(int semitones) const;
    bool operator==(const StepChord &o) const = default;
};

class IMusicModel;

namespace ChordConditioning {

constexpr int kControlSize = 37;

// The default pull toward the tones of the sounding chord (nats, added to
// their note-on logits): a model that reads the chords needs only a nudge
// (0.5: measured with `atelier eval melody --chords`, its on-beat chord
// tones then match the held-out tunes' own share or a little more), other
// models are steered by it alone.
constexpr double kChordModelPull = 0.5;
constexpr double kSteeringPull = 2.0;
// A melody model with chord inputs (controlSize() == kControlSize).
bool readsChords(const IMusicModel &model);
double defaultPull(const IMusicModel &model);

// Writes the 37 floats of one chord to out (zeros first).
void encode(const StepChord &chord, float *out);
std::vector<float> encode(const StepChord &chord);
// The chord sounding at each of `steps` 16th steps from `from` (ppq / 4
// ticks each), from a sorted chord lane (N.C. before its first chord).
std::vector<StepChord> stepChords(const QList<ChordChange> &chords, int ppq, Tick from, int steps);
// The controls of a label sequence of chords.size() steps: chords.size() - 1
// rows, row j = encode(chords[j + 1]), each transposed by `transpose`.
std::vector<float> controlRows(const std::vector<StepChord> &chords, int transpose = 0);

} // namespace ChordConditioning

} // namespace atelier::core
