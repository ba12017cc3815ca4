#pragma once
// The user's own drawings, kept for "Make It Mine" (personalising a drawing
// model on them): a Quick, Draw!-style ndjson file, one drawing per line,
//   {"word": "mine", "drawing": [[[x0, x1, …], [y0, y1, …]], …]}
// with the strokes the user drew (never the model's), in canvas pixels to a
// tenth. The file is rewritten atomically on every addition, so a crash
// never leaves half a line.

#include "sketch/Sketch.h"

#include <QString>

namespace atelier::core::DrawingCollection {

// <app data>/drawings/mine.ndjson
QString defaultPath();
// Appends the sketch's own strokes as one drawing; the number of drawings
// kept afterwards, or -1 and *error (no strokes of the user's own, a file
// that cannot be read or written).
int add(const QString &path, const Sketch &sketch, QString *error);
// Drawings in the file (0 when it does not exist or cannot be read).
int count(const QString &path);
// The canvases of the Atelier projects in `folder` (*.atelier, by name),
// each the user's own strokes, appended to `path` as drawings: the number
// added. Projects that cannot be read or hold no strokes of the user's are
// skipped and counted in *skipped. -1 and *error when `path` cannot be written.
int addProjects(const QString &path, const QString &folder, int *skipped, QString *error);

} // namespace atelier::core::DrawingCollection
