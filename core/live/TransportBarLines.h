#pragma once
// TransportBarLines: where the song's bar lines fall on the audio clock while
// the transport plays, for a duet whose phrases end on a bar line. A copy of
// the song's tempo map and time signatures is taken at construction; the
// transport's position is read from the audio engine at each call (any
// thread). In a loop, the loop end (where the music jumps back) counts as a
// bar line.

#include "audio/TimedMidiEvent.h"
#include "document/BarGrid.h"
#include "document/TempoMap.h"

#include <optional>

namespace atelier::core {

class AudioEngine;

class TransportBarLines {
public:
    TransportBarLines(const AudioEngine &engine, const Song &song);
    // The first bar line at or after audio frame `after`; nullopt while the
    // transport stands still.
    std::optional<Frame> operator()(Frame after) const;

private:
    const AudioEngine *m_engine;
    TempoMap m_tempo;
    BarGrid m_grid;
    LoopRegion m_loop;
};

} // namespace atelier::core
