#pragma once
// ChordRecognizer: the chord symbols of an accompaniment, from its notes.
//
// recognize(): the notes' duration-weighted pitch classes are scored against
// every root and quality: the weight of the chord's tones, minus the weight
// of the other notes, minus a little for each chord tone that is missing
// (so a triad wins over a seventh chord whose seventh is not played), plus a
// little when the lowest note is the root. A lowest note that is another
// chord tone makes a slash chord (C/E). No notes: N.C.
//
// fromTrack(): one chord per bar of the song (BarGrid), or one per half bar
// where the two halves clearly differ; a bar without notes holds the chord
// before it; a chord that does not change is not repeated.

#include "document/Song.h"

namespace atelier::core::ChordRecognizer {

ChordSymbol recognize(const QList<Note> &notes);
// How much of the notes' duration-weighted pitch classes the chord's tones
// cover, 0..1 (1: every note is a chord tone; 0 for no notes or N.C.).
double coverage(const QList<Note> &notes, const ChordSymbol &chord);
QList<ChordChange> fromTrack(const Song &song, int track);

} // namespace atelier::core::ChordRecognizer
