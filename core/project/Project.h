#pragma once
// Everything a project file holds: the song and the sketch.

#include "document/Song.h"
#include "sketch/Sketch.h"

namespace atelier::core {

struct Project {
    Song song;
    Sketch sketch;
    bool operator==(const Project &o) const = default;
};

} // namespace atelier::core
