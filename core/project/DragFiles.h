#pragma once
// Files that leave Atelier by drag and drop (a MIDI clip into a DAW's
// arrangement or a file manager, a sketch as SVG, a morphed note as WAV):
// written to a folder of their own in the temporary directory, where the
// receiving program reads them after the drop. Files there older than a day
// are removed when a new one is made. Shared by every view that drags out.

#include "document/Song.h"

#include <QString>

namespace atelier::core::DragFiles {

// A fresh path "<temp>/atelier-drag-<user>/<name>.<extension>": the name made
// safe for file names, a number added when it is taken. Empty with *error
// when the folder cannot be made.
QString newPath(const QString &name, const QString &extension, QString *error);

// `notes` of `song`'s track `track` as a clip of their own: one track with
// that track's name, channel and program; the tempo and time signature in
// force where the clip starts; the notes moved so that the bar of the first
// one starts at 0 (a DAW places the clip on that bar). An empty list of
// notes gives the whole track.
Song clip(const Song &song, int track, QList<Note> notes);

// The clip written as a type-1 MIDI file at newPath(name, "mid").
QString writeMidiClip(const Song &clip, const QString &name, QString *error);

} // namespace atelier::core::DragFiles
