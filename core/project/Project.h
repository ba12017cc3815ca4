#pragma once
// Everything a project file holds: the song, the sketch and the Sound-Morph instrument.

#include "document/MorphState.h"
#include "document/Song.h"
#include "sketch/Sketch.h"

namespace atelier::core {

struct Project {
    Song song;
    Sketch sketch;
    MorphState morph;
    bool operator==(const Project &o) const = default;
};

} // namespace atelier::core
