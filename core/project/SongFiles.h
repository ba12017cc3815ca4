#pragma once
// Loading and exporting songs by file type, shared by the studio and the
// command line: a Standard MIDI File (recognised by its MThd header, whatever
// its name) or an Atelier project.

#include "project/Project.h"

#include <QString>
#include <optional>

namespace atelier::core::SongFiles {

bool isMidiFile(const QString &path);
// A MIDI file gives a project with an empty sketch. Errors name the file and
// what is wrong with it (for MIDI: the byte offset).
// *warning (when given): what was left out of an imported MIDI file (events
// past 24 hours), empty when nothing was.
std::optional<Project> load(const QString &path, QString *error, QString *warning = nullptr);
bool exportMidi(const Song &song, const QString &path, int format, QString *error);

} // namespace atelier::core::SongFiles
