#pragma once
// The sketch canvas: a custom item view over a StrokeModel (one row per
// stroke), so stroke selection lives in the selection model. Document
// coordinates are canvas pixels; the view zooms and scrolls over them.
// Tools: pen (mouse or tablet with pressure), eraser (sweep removes whole
// strokes), select (click, rubber band, drag to move). Each gesture is one
// undo step. The view can also show strokes that are not in the document:
// a model's drawing as it arrives (pending) and per-stroke colours (the
// "surprise" map).

#include "sketch/StrokeModel.h"

#include <QAbstractItemView>

namespace atelier::ui {

class SketchCanvas : public QAbstractItemView {
    Q_OBJECT
public:
    enum class Tool { Pen, Eraser, Select };

    explicit SketchCanvas(QWidget *parent = nullptr);
    void setStrokeModel(core::StrokeModel *model);
    core::StrokeModel *strokeModel() const;
    core::SketchDocument *document() const;

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    // Zooms (out, or back to 100 %) and scrolls so that `docRect` is in view;
    // the page grows to hold it.
    void fitToView(const QRectF &docRect);
    QRectF visibleDocumentRect() const;
    void setPenWidth(double px) { m_penWidth = px; }

    QPointF toDocument(const QPointF &viewportPos) const;
    QPointF toViewport(const QPointF &docPos) const;
    int strokeAt(const QPointF &viewportPos, double tolerance_px = 6.0) const;  // -1: none
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &rows);
    void deleteSelection();

    void setPendingStrokes(const QList<core::Stroke> &strokes);  // drawn on top, not in the document
    void setStrokeColors(const QList<QColor> &colors, const QString &legend = {});  // empty clears

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

protected:
    QModelIndex moveCursor(CursorAction, Qt::KeyboardModifiers) override { return currentIndex(); }
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void reset() override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;

    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void press(const QPointF &pos, Qt::MouseButton button, Qt::KeyboardModifiers mods, float pressure);
    void move(const QPointF &pos, float pressure);
    void release(const QPointF &pos);
    QRectF pageRect() const;

    Tool m_tool = Tool::Pen;
    double m_zoom = 1.0;
    double m_penWidth = 3.0;
    bool m_pressed = false;
    core::Stroke m_current;           // pen: the stroke being drawn
    QList<int> m_erasing;             // eraser: strokes marked so far
    QPointF m_origin;                 // select: press position (viewport)
    QPointF m_dragOffset;             // select: move preview (document units)
    bool m_rubber = false;
    QRectF m_rubberRect;
    QList<core::Stroke> m_pending;

public:
    const QList<core::Stroke> &pendingStrokes() const { return m_pending; }
    QRectF m_extent;                  // fitToView(): kept in the page
    QList<QColor> m_colors;
    QString m_legend;
};

} // namespace atelier::ui
