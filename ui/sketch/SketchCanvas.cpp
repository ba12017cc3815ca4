#include "sketch/SketchCanvas.h"
#include "common/Theme.h"
#include "sketch/SketchRenderer.h"

#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QTabletEvent>
#include <cmath>

namespace atelier::ui {

using core::Stroke;

namespace {
constexpr double kPageWidth_px = 900;
constexpr double kPageHeight_px = 650;

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * ab;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}
} // namespace

SketchCanvas::SketchCanvas(QWidget *parent) : QAbstractItemView(parent)
{
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAttribute(Qt::WA_TabletTracking);
    setTool(Tool::Pen);
}

void SketchCanvas::setStrokeModel(core::StrokeModel *model)
{
    setModel(model);
    updateGeometries();
}

core::StrokeModel *SketchCanvas::strokeModel() const { return static_cast<core::StrokeModel *>(model()); }

core::SketchDocument *SketchCanvas::document() const
{
    return strokeModel() ? strokeModel()->document() : nullptr;
}

void SketchCanvas::setTool(Tool tool)
{
    m_tool = tool;
    viewport()->setCursor(tool == Tool::Pen ? Qt::CrossCursor
                          : tool == Tool::Eraser ? Qt::PointingHandCursor
                                                 : Qt::ArrowCursor);
}

void SketchCanvas::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.2, 8.0);
    updateGeometries();
    viewport()->update();
}

void SketchCanvas::fitToView(const QRectF &docRect)
{
    if (docRect.isEmpty() && docRect.isNull())
        return;
    const QRectF r = docRect.adjusted(-30, -30, 30, 30);
    m_extent = r;
    const QSize vp = viewport()->size();
    setZoom(std::min({vp.width() / r.width(), vp.height() / r.height(), 1.0}));
    const QRectF page = pageRect();
    horizontalScrollBar()->setValue(int((r.center().x() - page.left()) * m_zoom - vp.width() / 2.0));
    verticalScrollBar()->setValue(int((r.center().y() - page.top()) * m_zoom - vp.height() / 2.0));
}

QRectF SketchCanvas::visibleDocumentRect() const
{
    return QRectF(toDocument(QPointF(0, 0)), toDocument(QPointF(viewport()->width(), viewport()->height())));
}

QRectF SketchCanvas::pageRect() const
{
    QRectF r(0, 0, kPageWidth_px, kPageHeight_px);
    if (!m_extent.isNull())
        r = r.united(m_extent);
    if (document()) {
        const QRectF ink = SketchRenderer::bounds(document()->sketch().strokes);
        if (!ink.isNull())
            r = r.united(ink.adjusted(-50, -50, 50, 50));
    }
    return r;
}

QPointF SketchCanvas::toDocument(const QPointF &v) const
{
    const QRectF page = pageRect();
    return QPointF((v.x() + horizontalOffset()) / m_zoom + page.left(),
                   (v.y() + verticalOffset()) / m_zoom + page.top());
}

QPointF SketchCanvas::toViewport(const QPointF &d) const
{
    const QRectF page = pageRect();
    return QPointF((d.x() - page.left()) * m_zoom - horizontalOffset(),
                   (d.y() - page.top()) * m_zoom - verticalOffset());
}

int SketchCanvas::strokeAt(const QPointF &viewportPos, double tolerance) const
{
    if (!document())
        return -1;
    const QPointF p = toDocument(viewportPos);
    const double tol = tolerance / m_zoom;
    for (int r = document()->strokeCount() - 1; r >= 0; --r) {
        const Stroke &s = document()->stroke(r);
        const double reach = tol + s.width / 2;
        if (s.points.size() == 1 && std::hypot(p.x() - s.points[0].x(), p.y() - s.points[0].y()) <= reach)
            return r;
        for (int i = 1; i < s.points.size(); ++i)
            if (segmentDistance(p, s.points[i - 1], s.points[i]) <= reach)
                return r;
    }
    return -1;
}

QList<int> SketchCanvas::selectedRows() const
{
    QList<int> rows;
    if (selectionModel())
        for (const QModelIndex &i : selectionModel()->selectedIndexes())
            rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SketchCanvas::selectRows(const QList<int> &rows)
{
    QItemSelection sel;
    for (int r : rows)
        sel.select(model()->index(r, 0), model()->index(r, 0));
    selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
}

void SketchCanvas::deleteSelection()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        document()->requestRemoveStrokes(rows, rows.size() == 1 ? tr("Delete stroke") : tr("Delete strokes"));
}

void SketchCanvas::setPendingStrokes(const QList<Stroke> &strokes)
{
    m_pending = strokes;
    viewport()->update();
}

void SketchCanvas::setStrokeColors(const QList<QColor> &colors, const QString &legend)
{
    m_colors = colors;
    m_legend = legend;
    viewport()->update();
}

QRect SketchCanvas::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || !document() || index.row() >= document()->strokeCount())
        return {};
    const QRectF b = SketchRenderer::bounds({document()->stroke(index.row())});
    return QRectF(toViewport(b.topLeft()), toViewport(b.bottomRight())).toAlignedRect().adjusted(-2, -2, 2, 2);
}

void SketchCanvas::scrollTo(const QModelIndex &, ScrollHint) {}

QModelIndex SketchCanvas::indexAt(const QPoint &point) const
{
    const int r = strokeAt(point);
    return r < 0 ? QModelIndex() : model()->index(r, 0);
}

int SketchCanvas::horizontalOffset() const { return horizontalScrollBar()->value(); }
int SketchCanvas::verticalOffset() const { return verticalScrollBar()->value(); }

void SketchCanvas::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    QItemSelection sel;
    for (int r = 0; document() && r < document()->strokeCount(); ++r)
        if (visualRect(model()->index(r, 0)).intersects(rect))
            sel.select(model()->index(r, 0), model()->index(r, 0));
    selectionModel()->select(sel, command);
}

QRegion SketchCanvas::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QModelIndex &i : selection.indexes())
        region += visualRect(i);
    return region;
}

void SketchCanvas::updateGeometries()
{
    const QRectF page = pageRect();
    const int w = int(page.width() * m_zoom), h = int(page.height() * m_zoom);
    horizontalScrollBar()->setRange(0, std::max(0, w - viewport()->width()));
    verticalScrollBar()->setRange(0, std::max(0, h - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    QAbstractItemView::updateGeometries();
}

void SketchCanvas::dataChanged(const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(tl, br, roles);
    viewport()->update();
}

void SketchCanvas::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    m_colors.clear();  // a surprise map no longer matches the strokes
    updateGeometries();
    viewport()->update();
}

void SketchCanvas::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    m_colors.clear();
    viewport()->update();
}

void SketchCanvas::reset()
{
    QAbstractItemView::reset();
    m_colors.clear();
    updateGeometries();
    viewport()->update();
}

void SketchCanvas::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    viewport()->update();
}

void SketchCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    // Paper to every edge: the canvas has no page border to draw around.
    p.fillRect(viewport()->rect(), Theme::colours().canvasPaper);
    if (!document())
        return;
    p.save();
    p.translate(toViewport(QPointF(0, 0)));
    p.scale(m_zoom, m_zoom);
    QList<Stroke> strokes = document()->sketch().strokes;
    if (!m_dragOffset.isNull())
        for (int r : selectedRows())
            for (QPointF &pt : strokes[r].points)
                pt += m_dragOffset;
    QList<QColor> colors = m_colors;
    if (!m_erasing.isEmpty()) {  // strokes about to be erased are faded
        colors.resize(strokes.size());
        for (int r = 0; r < strokes.size(); ++r)
            colors[r] = m_erasing.contains(r) ? QColor(220, 60, 60, 90)
                        : r < m_colors.size() ? m_colors[r]
                        : (strokes[r].generated ? SketchRenderer::kGeneratedColor : strokes[r].color);
    }
    SketchRenderer::paintStrokes(p, strokes, colors);
    // Selection outlines.
    p.setPen(QPen(QColor(255, 150, 30), 1.0 / m_zoom, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    for (int r : selectedRows())
        p.drawRect(SketchRenderer::bounds({strokes[r]}).adjusted(-3, -3, 3, 3));
    SketchRenderer::paintStrokes(p, m_pending, {}, 0.85);
    if (m_pressed && m_tool == Tool::Pen)
        SketchRenderer::paintStrokes(p, {m_current});
    p.restore();
    if (m_rubber) {
        QColor sel = Theme::colours().selection;
        p.setPen(QPen(sel, 1, Qt::DashLine));
        sel.setAlpha(30);
        p.setBrush(sel);
        p.drawRect(m_rubberRect);
    }
    if (!m_legend.isEmpty() && !m_colors.isEmpty()) {  // the surprise legend
        const QRect box(viewport()->width() - 230, 10, 220, 62);
        p.fillRect(box, Theme::colours().legendBackground);
        QLinearGradient g(box.left() + 8, 0, box.right() - 8, 0);
        g.setColorAt(0, QColor::fromHsvF(0.33, 0.8, 0.8));
        g.setColorAt(0.5, QColor::fromHsvF(0.15, 0.9, 0.95));
        g.setColorAt(1, QColor::fromHsvF(0.0, 0.9, 0.9));
        p.fillRect(QRect(box.left() + 8, box.top() + 42, box.width() - 16, 12), g);
        p.setPen(Theme::colours().legendText);
        p.drawText(box.adjusted(8, 2, -8, 0), Qt::AlignTop | Qt::AlignLeft, m_legend);
    }
}

void SketchCanvas::press(const QPointF &pos, Qt::MouseButton button, Qt::KeyboardModifiers mods, float pressure)
{
    if (!document() || button != Qt::LeftButton)
        return;
    m_pressed = true;
    switch (m_tool) {
    case Tool::Pen:
        m_current = Stroke{};
        m_current.width = m_penWidth;
        m_current.points.append(toDocument(pos));
        m_current.pressures.append(pressure);
        break;
    case Tool::Eraser:
        m_erasing.clear();
        move(pos, pressure);
        break;
    case Tool::Select: {
        m_origin = pos;
        const int r = strokeAt(pos);
        if (r < 0) {
            m_rubber = true;
            m_rubberRect = QRectF(pos, pos);
            if (!(mods & (Qt::ShiftModifier | Qt::ControlModifier)))
                selectionModel()->clearSelection();
        } else if (mods & (Qt::ShiftModifier | Qt::ControlModifier)) {
            selectionModel()->select(model()->index(r, 0), QItemSelectionModel::Toggle);
        } else if (!selectedRows().contains(r)) {
            selectRows({r});
        }
        break;
    }
    }
    viewport()->update();
}

void SketchCanvas::move(const QPointF &pos, float pressure)
{
    if (!m_pressed)
        return;
    switch (m_tool) {
    case Tool::Pen: {
        const QPointF d = toDocument(pos);
        if (d != m_current.points.last()) {
            m_current.points.append(d);
            m_current.pressures.append(pressure);
        }
        break;
    }
    case Tool::Eraser: {
        const int r = strokeAt(pos, 8.0);
        if (r >= 0 && !m_erasing.contains(r))
            m_erasing.append(r);
        break;
    }
    case Tool::Select:
        if (m_rubber)
            m_rubberRect = QRectF(m_origin, pos).normalized();
        else
            m_dragOffset = (pos - m_origin) / m_zoom;
        break;
    }
    viewport()->update();
}

void SketchCanvas::release(const QPointF &)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    switch (m_tool) {
    case Tool::Pen: {
        Stroke s = m_current;
        // Mouse input has no pressure: keep the data small and the width even.
        if (std::all_of(s.pressures.begin(), s.pressures.end(), [](float v) { return v >= 0.999f; }))
            s.pressures.clear();
        m_current = Stroke{};
        document()->requestAddStrokes({s}, tr("Draw stroke"));
        break;
    }
    case Tool::Eraser: {
        const QList<int> rows = m_erasing;
        m_erasing.clear();
        if (!rows.isEmpty())
            document()->requestRemoveStrokes(rows, rows.size() == 1 ? tr("Erase stroke") : tr("Erase strokes"));
        break;
    }
    case Tool::Select:
        if (m_rubber) {
            m_rubber = false;
            setSelection(m_rubberRect.toAlignedRect(), QItemSelectionModel::Select);
        } else if (!m_dragOffset.isNull()) {
            const QPointF offset = m_dragOffset;
            m_dragOffset = {};
            document()->requestMoveStrokes(selectedRows(), offset);
        }
        break;
    }
    viewport()->update();
}

void SketchCanvas::mousePressEvent(QMouseEvent *e)
{
    setFocus();
    press(e->position(), e->button(), e->modifiers(), 1.0f);
}

void SketchCanvas::mouseMoveEvent(QMouseEvent *e) { move(e->position(), 1.0f); }

void SketchCanvas::mouseReleaseEvent(QMouseEvent *e) { release(e->position()); }

void SketchCanvas::tabletEvent(QTabletEvent *e)
{
    const QPointF pos = viewport()->mapFrom(this, e->position().toPoint());
    switch (e->type()) {
    case QEvent::TabletPress:
        press(pos, Qt::LeftButton, e->modifiers(), float(e->pressure()));
        break;
    case QEvent::TabletMove:
        move(pos, float(e->pressure()));
        break;
    case QEvent::TabletRelease:
        release(pos);
        break;
    default:
        break;
    }
    e->accept();  // no synthesized mouse events on top
}

void SketchCanvas::wheelEvent(QWheelEvent *e)
{
    if (e->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * std::pow(1.15, e->angleDelta().y() / 120.0));
        e->accept();
        return;
    }
    QAbstractItemView::wheelEvent(e);
}

} // namespace atelier::ui
