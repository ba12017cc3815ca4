#include "sketch/SketchRenderer.h"

#include "document/AtomicFile.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QBuffer>

namespace atelier::ui::SketchRenderer {

void paintStroke(QPainter &p, const core::Stroke &s, const QColor &color)
{
    if (s.points.isEmpty())
        return;
    const bool pressure = s.pressures.size() == s.points.size();
    if (s.points.size() == 1) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(s.points.first(), s.width / 2, s.width / 2);
        return;
    }
    if (!pressure) {
        QPainterPath path(s.points.first());
        for (int i = 1; i < s.points.size(); ++i)
            path.lineTo(s.points[i]);
        p.setPen(QPen(color, s.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        return;
    }
    // Pressure: one segment per pair of points, width following the pen.
    for (int i = 1; i < s.points.size(); ++i) {
        const double w = s.width * std::max(0.15f, (s.pressures[i - 1] + s.pressures[i]) / 2);
        p.setPen(QPen(color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(s.points[i - 1], s.points[i]);
    }
}

void paintStrokes(QPainter &p, const QList<core::Stroke> &strokes, const QList<QColor> &colorOverride,
                  double opacity)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setOpacity(opacity);
    for (int i = 0; i < strokes.size(); ++i) {
        const core::Stroke &s = strokes[i];
        QColor c = i < colorOverride.size() ? colorOverride[i] : (s.generated ? kGeneratedColor : s.color);
        paintStroke(p, s, c);
    }
    p.restore();
}

QRectF bounds(const QList<core::Stroke> &strokes)
{
    QRectF r;
    for (const core::Stroke &s : strokes)
        for (const QPointF &pt : s.points) {
            const QRectF dot(pt.x() - s.width / 2, pt.y() - s.width / 2, s.width, s.width);
            r = r.isNull() ? dot : r.united(dot);
        }
    return r;
}

QImage thumbnail(const QList<core::Stroke> &strokes, QSize size)
{
    QImage img(size, QImage::Format_ARGB32);
    img.fill(Qt::white);
    const QRectF b = bounds(strokes).adjusted(-4, -4, 4, 4);
    if (!b.isEmpty()) {
        QPainter p(&img);
        const double k = std::min(size.width() / b.width(), size.height() / b.height());
        p.translate(size.width() / 2.0, size.height() / 2.0);
        p.scale(k, k);
        p.translate(-b.center());
        paintStrokes(p, strokes);
    }
    return img;
}

namespace {
QRectF exportRect(const core::Sketch &sketch)
{
    QRectF r = bounds(sketch.strokes);
    if (r.isNull())
        r = QRectF(0, 0, 100, 100);
    return r.adjusted(-kExportMargin_px, -kExportMargin_px, kExportMargin_px, kExportMargin_px);
}
} // namespace

bool exportSvg(const core::Sketch &sketch, const QString &path, QString *error)
{
    const QRectF rect = exportRect(sketch);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(rect.size().toSize());
    gen.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    gen.setTitle(QFileInfo(path).completeBaseName());
    gen.setDescription(QStringLiteral("Drawn in Atelier"));
    {
        QPainter p(&gen);
        p.translate(-rect.topLeft());
        paintStrokes(p, sketch.strokes);
    }
    QString reason;
    if (!core::AtomicFile::write(path, buffer.data(), &reason)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), reason);
        return false;
    }
    return true;
}

bool exportPng(const core::Sketch &sketch, const QString &path, QString *error)
{
    const QRectF rect = exportRect(sketch);
    QImage image(rect.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.translate(-rect.topLeft());
        paintStrokes(p, sketch.strokes);
    }
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QString reason;
    if (!image.save(&png, "PNG") || !core::AtomicFile::write(path, png.data(), &reason)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(),
                                                  reason.isEmpty() ? QStringLiteral("cannot encode PNG") : reason);
        return false;
    }
    return true;
}

} // namespace atelier::ui::SketchRenderer
