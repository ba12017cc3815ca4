#pragma once
// Converting between canvas strokes (pixels) and stroke-5 rows (a model's
// normalised units), the way sketch-rnn's readers do: polylines simplified
// with Ramer–Douglas–Peucker (epsilon 2 px), offsets divided by the model's
// scale factor, the first point's offset dropped so a drawing starts at its
// own first point. See ../shared/specs/sketch-rnn-format.md §3.

#include "sketch/Sketch.h"

namespace atelier::core::StrokeCodec {

constexpr double kRdpEpsilon_px = 2.0;

QList<QPointF> simplify(const QList<QPointF> &points, double epsilon);

// Rows for the sketch's strokes (without a start token; no End row).
// The first row is the offset from the first point to the second point, etc.
QList<Stroke5> encode(const Sketch &sketch, double scale, double epsilon = kRdpEpsilon_px);

// The point where the drawing encoded by encode() ends (the pen's position
// after the last row), in pixels. Continuations start there.
QPointF endPoint(const Sketch &sketch);

// Strokes for rows drawn from `start` (pixels), rows scaled by `scale`.
// penDown: whether the pen is down at `start` (true after the start token;
// false when continuing a drawing whose last stroke ended with a lift).
// Row t's pen state says whether the segment to the next point is ink; an
// End row ends the drawing.
QList<Stroke> decode(const QList<Stroke5> &rows, QPointF start, double scale, bool penDown = true);

// Quick, Draw! stroke-3-like arrays: [[xs...],[ys...]] per stroke, in pixels.
QList<Stroke5> fromAbsolute(const QList<QList<QPointF>> &strokes, double scale);

} // namespace atelier::core::StrokeCodec
