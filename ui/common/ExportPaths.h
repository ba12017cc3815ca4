#pragma once
// Where an export is proposed: the folder of the last export (remembered
// across sessions), else the user's Music (or home) folder, never a folder
// Atelier only reads (the shared data); and a name "<base> (export).<ext>"
// that no file has yet ("<base> (export 2).<ext>", ...), so the dialog never
// offers to overwrite the song's source file or an earlier export.

#include <QString>

namespace atelier::ui::ExportPaths {

// The full path to propose for exporting `baseName` (a song or drawing name,
// without extension) as `extension` ("mid", "wav", "svg").
QString suggest(const QString &baseName, const QString &extension);
// After an export: its folder is the next proposal's.
void remember(const QString &exportedPath);
QString lastFolder();

} // namespace atelier::ui::ExportPaths
