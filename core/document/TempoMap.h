#pragma once
// Converts between ticks and seconds for a song's tempo changes.

#include "document/Song.h"
#include <QList>

namespace atelier::core {

class TempoMap {
public:
    TempoMap(int ppq, const QList<TempoChange> &tempos);
    explicit TempoMap(const Song &song) : TempoMap(song.ppq, song.tempos) {}

    double tickToSeconds(Tick tick) const;
    Tick secondsToTick(double seconds) const;
    double bpmAt(Tick tick) const;

private:
    struct Segment { Tick tick; double seconds; double secondsPerTick; };
    int m_ppq;
    QList<Segment> m_segments;  // never empty, first at tick 0
};

} // namespace atelier::core
