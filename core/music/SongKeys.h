#pragma once
// The project key (Song::key) and the music models' key (KeyScale): detect
// the key a song is in (KeyFinder over every pitched track), and turn
// a project key into the key Continue keeps its notes in.

#include "document/Song.h"
#include "music/MusicEncoding.h"

namespace atelier::core::SongKeys {

// The key of the song's pitched notes (drum tracks left out), as major or
// natural minor; no key for a song without pitched notes.
SongKey detect(const Song &song);

// The KeyScale whose notes are the project key's scale (major and minor as
// such, other scales by their degrees); nullopt when the song has no key.
std::optional<KeyScale> toKeyScale(const SongKey &key);
// The project key of a major or minor KeyScale (its other scales are not kept).
SongKey fromKeyScale(const KeyScale &key);

} // namespace atelier::core::SongKeys
