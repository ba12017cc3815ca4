#pragma once
// Draws strokes with QPainter: the one place that decides how a sketch
// looks, used by the canvas, the thumbnails and the SVG/PNG export (so an
// export looks like the screen). Strokes with pressure get a varying width.

#include "sketch/Sketch.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

namespace atelier::ui {

namespace SketchRenderer {

inline const QColor kGeneratedColor{40, 100, 210};

// colorOverride: a colour per stroke (empty: the strokes' own colours).
void paintStrokes(QPainter &p, const QList<core::Stroke> &strokes, const QList<QColor> &colorOverride = {},
                  double opacity = 1.0);
void paintStroke(QPainter &p, const core::Stroke &s, const QColor &color);
QRectF bounds(const QList<core::Stroke> &strokes);  // ink bounds, including pen width
// The strokes fitted into an image of the given size, on white.
QImage thumbnail(const QList<core::Stroke> &strokes, QSize size);

// Writes the sketch as SVG (QSvgGenerator: one path per stroke) or PNG, at
// 1:1 scale over the ink bounds plus a margin. Errors name the file.
bool exportSvg(const core::Sketch &sketch, const QString &path, QString *error);
bool exportPng(const core::Sketch &sketch, const QString &path, QString *error);
constexpr double kExportMargin_px = 16.0;

} // namespace SketchRenderer

} // namespace atelier::ui
