#pragma once
// ChordVoicer: the notes that play a song's chord lane, as a track.
//
// Each chord lasts until the next one (the last one to the end of its bar,
// or of the song when that is later); N.C. is silence. Voicing: the bass
// (the slash bass, else the root) in the octave from E2 (40) up, and the
// chord's tones in close position from G3 (55) up. Styles:
//  - Block: bass and chord held for the chord's span, struck again on
//    every bar line it crosses;
//  - Arpeggio: eighth notes up through bass and chord tones and down again;
//  - Comp: the bass on beats 1 and 3, short chords on beats 2 and 4 (on
//    every beat but the first in other meters).
// Velocities: bass 80, chord 70, scaled by nothing (the track's volume does
// the rest). The track plays on the first channel no track uses (not 9, the
// drums), else 15.

#include "document/Song.h"

namespace atelier::core::ChordVoicer {

// The voiced notes of one chord over [from, to).
QList<Note> voice(const ChordSymbol &chord, Tick from, Tick to, ChordPlayback::Style style, const Song &song);
// The accompaniment track of the whole chord lane (named "Chords").
Track track(const Song &song);
int freeChannel(const Song &song);
// Where the song stops sounding: its last note's end, or the chords' when they play and ring longer.
Tick soundingEnd(const Song &song);

} // namespace atelier::core::ChordVoicer
