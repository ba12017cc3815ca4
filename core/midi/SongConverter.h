#pragma once
// Converts between the raw SmfFile and the studio's Song.
//
// fromSmf: each (SMF track, MIDI channel) pair that has notes becomes one Song
// track, so type 0 files split by channel and type 1 files whose tracks share
// a channel stay apart. Note-ons pair with note-offs (or note-ons of velocity
// 0) on the same channel and pitch first in, first out; notes still open at
// the end of their track end at its last event; zero-length notes get length
// 1. Name: a track-name meta after a MIDI Channel Prefix for that channel,
// else the track's name, plus " (ch N)" (N = channel + 1) when the SMF track
// yields several Song tracks. Program: the first program change, else 0.
// Volume: the first CC7 / 127, else 0.8. Other controllers except bank
// select, and pitch bend, go to Track::controls. Aftertouch, later program
// changes, SysEx and other metas are dropped. Tempos and time signatures come
// from every track, sorted by tick; at equal ticks the later one wins;
// time signatures with numerator 0 are dropped. Marker texts that are chord
// symbols ("Am", "G7", "N.C.") become the chord lane (others are dropped).
//
// toSmf: type 1 = a tempo track (name, tempos, at least 120 bpm at tick 0,
// time signatures, the chord lane as markers), then per Song track: channel prefix, name, program
// change, CC7, then notes and controls (at equal ticks note-offs, then
// controllers, then note-ons). Type 0 = the same merged (toFormat0).
//
// Tempo (integer microseconds) and volume (7 bits) lose precision in a MIDI
// file. On import each takes the decimal with the fewest digits (at most 3
// after the point) that encodes back to the same integer, so values typed by
// a user (120.5 bpm, volume 0.8) come back exactly and a written file
// re-encodes to the same bytes. Not in MIDI files: mute, solo, midiOutPort,
// loop. Song tracks without notes, and same-pitch notes nested inside each
// other, do not survive a round trip (FIFO pairing cannot tell them apart).

#include "document/Song.h"
#include "midi/SmfFile.h"

namespace atelier::core {

class SongConverter {
public:
    // Songs end at kMaxSongSeconds (24 hours, at the file's tempos): notes
    // that start later, and later controllers, tempos, metres and chords,
    // are dropped (counted in *dropped); notes that run past it end there.
    static constexpr double kMaxSongSeconds = 24.0 * 3600.0;
    static Song fromSmf(const SmfFile &file, int *dropped = nullptr);
    // format: 0 or 1 (anything else is taken as 1).
    static SmfFile toSmf(const Song &song, int format = 1);

    // Exposed for tests and for UI code that shows what will be stored.
    static double bpmFromMicroseconds(int microsecondsPerQuarter);
    static int microsecondsFromBpm(double bpm);
    static double volumeFromCc(int value);
    static int ccFromVolume(double volume);
};

} // namespace atelier::core
