#include "sketch/StrokeCodec.h"

#include <cmath>

namespace atelier::core::StrokeCodec {

namespace {
double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
    if (len2 == 0)
        return std::hypot(p.x() - a.x(), p.y() - a.y());
    // Perpendicular distance to the line through a and b, as RDP uses.
    return std::abs(ab.y() * p.x() - ab.x() * p.y() + b.x() * a.y() - b.y() * a.x()) / std::sqrt(len2);
}

void rdp(const QList<QPointF> &pts, int first, int last, double eps, QList<bool> &keep)
{
    // Iterative to stay safe on very long strokes.
    QList<QPair<int, int>> stack{{first, last}};
    while (!stack.isEmpty()) {
        auto [a, b] = stack.takeLast();
        double best = -1;
        int index = -1;
        for (int i = a + 1; i < b; ++i) {
            const double d = distanceToSegment(pts[i], pts[a], pts[b]);
            if (d > best) {
                best = d;
                index = i;
            }
        }
        if (index >= 0 && best > eps) {
            keep[index] = true;
            stack.append({a, index});
            stack.append({index, b});
        }
    }
}
} // namespace

QList<QPointF> simplify(const QList<QPointF> &points, double epsilon)
{
    if (points.size() < 3 || epsilon <= 0)
        return points;
    QList<bool> keep(points.size(), false);
    keep.first() = keep.last() = true;
    rdp(points, 0, int(points.size()) - 1, epsilon, keep);
    QList<QPointF> out;
    for (int i = 0; i < points.size(); ++i)
        if (keep[i])
            out.append(points[i]);
    return out;
}

QList<Stroke5> encode(const Sketch &sketch, double scale, double epsilon)
{
    QList<QList<QPointF>> strokes;
    for (const Stroke &s : sketch.strokes)
        if (!s.points.isEmpty())
            strokes.append(simplify(s.points, epsilon));
    return fromAbsolute(strokes, scale);
}

QList<Stroke5> fromAbsolute(const QList<QList<QPointF>> &strokes, double scale)
{
    QList<Stroke5> rows;
    if (scale <= 0)
        scale = 1;
    bool first = true;
    QPointF prev;
    for (const QList<QPointF> &s : strokes) {
        for (int i = 0; i < s.size(); ++i) {
            const QPointF p = s[i];
            const int pen = i == s.size() - 1 ? Stroke5::Up : Stroke5::Down;
            if (first) {  // the drawing starts at its own first point: no row for it
                first = false;
                prev = p;
                if (s.size() == 1)
                    rows.append({0.0f, 0.0f, Stroke5::Up});
                continue;
            }
            rows.append({float((p.x() - prev.x()) / scale), float((p.y() - prev.y()) / scale), pen});
            prev = p;
        }
    }
    return rows;
}

QPointF endPoint(const Sketch &sketch)
{
    for (auto it = sketch.strokes.rbegin(); it != sketch.strokes.rend(); ++it)
        if (!it->points.isEmpty())
            return it->points.last();
    return {};
}

QList<Stroke> decode(const QList<Stroke5> &rows, QPointF start, double scale, bool penDown)
{
    // Row t moves the pen to its point; the segment from that point to the
    // next one is ink when the row's pen state is Down.
    QList<Stroke> out;
    QPointF pos = start;
    Stroke current;
    current.points.append(pos);
    bool down = penDown;
    for (const Stroke5 &r : rows) {
        if (r.pen == Stroke5::End)
            break;
        const QPointF next = pos + QPointF(r.dx * scale, r.dy * scale);
        if (down) {
            current.points.append(next);
        } else {
            if (current.points.size() > 1)
                out.append(current);
            current = Stroke{};
            current.points.append(next);
        }
        pos = next;
        down = r.pen == Stroke5::Down;
    }
    if (current.points.size() > 1)
        out.append(current);
    return out;
}

} // namespace atelier::core::StrokeCodec
