#pragma once
// The raw structure of a Standard MIDI File: header values and tracks of
// events in file order. No interpretation beyond what the byte format needs
// (running status is resolved, ticks are absolute), so it sits between the
// byte codec (SmfReader / SmfWriter) and everything that gives meaning to the
// events (SmfInfo, SongConverter). Plain values, cheap to copy.

#include "midi/SmfEvent.h"

#include <QList>

namespace atelier::core {

struct SmfTrack {
    QList<SmfEvent> events;  // file order, ticks never decreasing
    bool operator==(const SmfTrack &o) const { return events == o.events; }
    bool operator!=(const SmfTrack &o) const { return !(*this == o); }
};

struct SmfFile {
    int format = 1;   // 0, 1 or 2
    int ppq = 480;    // ticks per quarter note, 1..32767
    QList<SmfTrack> tracks;

    bool operator==(const SmfFile &o) const
    {
        return format == o.format && ppq == o.ppq && tracks == o.tracks;
    }
    bool operator!=(const SmfFile &o) const { return !(*this == o); }
};

// Merges every track into one, in tick order; events at the same tick keep
// track order, then file order. The tracks' End of Track events become one,
// at the latest tick of the file.
SmfFile toFormat0(const SmfFile &file);

// Splits a type 0 file into a meta track (meta and SysEx events) followed by
// one track per channel used, in channel order. Meta events that follow a
// MIDI Channel Prefix (0x20) go with that channel, as the standard says.
// Every new track ends at the original End of Track. A type 1 file comes back
// unchanged; a type 2 file is relabelled type 1.
SmfFile toFormat1(const SmfFile &file);

} // namespace atelier::core
