#pragma once
// A drawing as the canvas keeps it: strokes of points in canvas pixels.
// Plain values (implicitly shared), like Song.

#include <QColor>
#include <QList>
#include <QPointF>

namespace atelier::core {

struct Stroke {
    QList<QPointF> points;      // canvas pixels
    QList<float> pressures;     // per point, 0..1; empty means full pressure
    double width = 3.0;         // pen width in pixels at full pressure
    QColor color = QColor(20, 20, 28);
    bool generated = false;     // drawn by a model (shown in another colour until edited)
    bool operator==(const Stroke &o) const = default;
};

struct Sketch {
    QList<Stroke> strokes;
    bool operator==(const Sketch &o) const = default;
};

// One row of the stroke-5 format in a model's normalised units: the offset
// from the previous point and the pen state after this point.
struct Stroke5 {
    enum Pen { Down = 0, Up = 1, End = 2 };
    float dx = 0;
    float dy = 0;
    int pen = Down;
    bool operator==(const Stroke5 &o) const = default;
};

} // namespace atelier::core
