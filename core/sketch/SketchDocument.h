#pragma once
// The drawing being edited on the sketch canvas, owned by the UI thread.
// Every edit is one QUndoCommand on undoStack() (a stroke drawn, strokes
// erased, moved, recoloured, a model's strokes kept, the canvas cleared);
// primitives announce row-level changes for StrokeModel, as SongDocument does.

#include "sketch/Sketch.h"

#include <QObject>
#include <QUndoStack>

namespace atelier::core {

class SketchDocument : public QObject {
    Q_OBJECT
public:
    explicit SketchDocument(QObject *parent = nullptr);

    const Sketch &sketch() const { return m_sketch; }
    QUndoStack *undoStack() { return &m_undo; }
    int strokeCount() const { return int(m_sketch.strokes.size()); }
    const Stroke &stroke(int row) const { return m_sketch.strokes.at(row); }

    void resetSketch(const Sketch &sketch);  // clears undo history

    // Undoable edits; invalid input changes nothing and returns false.
    bool requestAddStrokes(const QList<Stroke> &strokes, const QString &text);
    bool requestRemoveStrokes(const QList<int> &rows, const QString &text);
    bool requestChangeStrokes(const QList<int> &rows, const QList<Stroke> &strokes, const QString &text);
    bool requestMoveStrokes(const QList<int> &rows, QPointF offset);
    bool requestReplaceAll(const Sketch &sketch, const QString &text);  // clear, load

    // Primitives, for undo commands only.
    void insertStrokes(const QList<QPair<int, Stroke>> &ascending);
    QList<QPair<int, Stroke>> removeStrokes(const QList<int> &rowsAscending);
    void setStrokes(const QList<QPair<int, Stroke>> &changes);
    void setSketch(const Sketch &sketch);

signals:
    void strokesAboutToBeInserted(int first, int last);
    void strokesInserted(int first, int last);
    void strokesAboutToBeRemoved(int first, int last);
    void strokesRemoved(int first, int last);
    void strokesChanged(int first, int last);
    void aboutToReset();
    void sketchReset();
    void changed();

private:
    Sketch m_sketch;
    QUndoStack m_undo;
};

} // namespace atelier::core
