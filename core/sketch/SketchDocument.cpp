#include "sketch/SketchDocument.h"

#include <QUndoCommand>
#include <algorithm>

namespace atelier::core {

namespace {

QList<int> sortedUnique(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

class InsertStrokesCommand : public QUndoCommand {
public:
    InsertStrokesCommand(SketchDocument *doc, const QList<Stroke> &strokes, const QString &text)
        : QUndoCommand(text), m_doc(doc)
    {
        int row = doc->strokeCount();
        for (const Stroke &s : strokes)
            m_inserted.append({row++, s});
    }
    void redo() override { m_doc->insertStrokes(m_inserted); }
    void undo() override
    {
        QList<int> rows;
        for (const auto &p : m_inserted)
            rows.append(p.first);
        m_doc->removeStrokes(rows);
    }

private:
    SketchDocument *m_doc;
    QList<QPair<int, Stroke>> m_inserted;
};

class RemoveStrokesCommand : public QUndoCommand {
public:
    RemoveStrokesCommand(SketchDocument *doc, const QList<int> &rows, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_rows(sortedUnique(rows))
    {
    }
    void redo() override { m_removed = m_doc->removeStrokes(m_rows); }
    void undo() override { m_doc->insertStrokes(m_removed); }

private:
    SketchDocument *m_doc;
    QList<int> m_rows;
    QList<QPair<int, Stroke>> m_removed;
};

class ChangeStrokesCommand : public QUndoCommand {
public:
    ChangeStrokesCommand(SketchDocument *doc, const QList<QPair<int, Stroke>> &after, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_after(after)
    {
        for (const auto &p : after)
            m_before.append({p.first, doc->stroke(p.first)});
    }
    void redo() override { m_doc->setStrokes(m_after); }
    void undo() override { m_doc->setStrokes(m_before); }

private:
    SketchDocument *m_doc;
    QList<QPair<int, Stroke>> m_before, m_after;
};

class ReplaceSketchCommand : public QUndoCommand {
public:
    ReplaceSketchCommand(SketchDocument *doc, const Sketch &after, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_before(doc->sketch()), m_after(after)
    {
    }
    void redo() override { m_doc->setSketch(m_after); }
    void undo() override { m_doc->setSketch(m_before); }

private:
    SketchDocument *m_doc;
    Sketch m_before, m_after;
};

bool validStroke(const Stroke &s) { return !s.points.isEmpty(); }

} // namespace

SketchDocument::SketchDocument(QObject *parent) : QObject(parent) {}

void SketchDocument::resetSketch(const Sketch &sketch)
{
    m_undo.clear();
    setSketch(sketch);
}

bool SketchDocument::requestAddStrokes(const QList<Stroke> &strokes, const QString &text)
{
    if (strokes.isEmpty() || !std::all_of(strokes.begin(), strokes.end(), validStroke))
        return false;
    m_undo.push(new InsertStrokesCommand(this, strokes, text));
    return true;
}

bool SketchDocument::requestRemoveStrokes(const QList<int> &rows, const QString &text)
{
    if (rows.isEmpty())
        return false;
    for (int r : rows)
        if (r < 0 || r >= strokeCount())
            return false;
    m_undo.push(new RemoveStrokesCommand(this, rows, text));
    return true;
}

bool SketchDocument::requestChangeStrokes(const QList<int> &rows, const QList<Stroke> &strokes,
                                          const QString &text)
{
    if (rows.isEmpty() || rows.size() != strokes.size())
        return false;
    QList<QPair<int, Stroke>> after;
    bool different = false;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i] < 0 || rows[i] >= strokeCount() || !validStroke(strokes[i]))
            return false;
        different = different || !(m_sketch.strokes[rows[i]] == strokes[i]);
        after.append({rows[i], strokes[i]});
    }
    if (!different)
        return false;
    m_undo.push(new ChangeStrokesCommand(this, after, text));
    return true;
}

bool SketchDocument::requestMoveStrokes(const QList<int> &rows, QPointF offset)
{
    if (offset.isNull())
        return false;
    QList<Stroke> moved;
    for (int r : rows) {
        if (r < 0 || r >= strokeCount())
            return false;
        Stroke s = m_sketch.strokes[r];
        for (QPointF &p : s.points)
            p += offset;
        moved.append(s);
    }
    return requestChangeStrokes(rows, moved, rows.size() == 1 ? tr("Move stroke") : tr("Move strokes"));
}

bool SketchDocument::requestReplaceAll(const Sketch &sketch, const QString &text)
{
    if (sketch == m_sketch)
        return false;
    m_undo.push(new ReplaceSketchCommand(this, sketch, text));
    return true;
}

void SketchDocument::insertStrokes(const QList<QPair<int, Stroke>> &ascending)
{
    for (const auto &[row, stroke] : ascending) {
        emit strokesAboutToBeInserted(row, row);
        m_sketch.strokes.insert(row, stroke);
        emit strokesInserted(row, row);
    }
    emit changed();
}

QList<QPair<int, Stroke>> SketchDocument::removeStrokes(const QList<int> &rowsAscending)
{
    QList<QPair<int, Stroke>> removed;
    for (int r : rowsAscending)
        removed.append({r, m_sketch.strokes[r]});
    for (auto it = rowsAscending.rbegin(); it != rowsAscending.rend(); ++it) {
        emit strokesAboutToBeRemoved(*it, *it);
        m_sketch.strokes.removeAt(*it);
        emit strokesRemoved(*it, *it);
    }
    emit changed();
    return removed;
}

void SketchDocument::setStrokes(const QList<QPair<int, Stroke>> &changes)
{
    for (const auto &[row, stroke] : changes) {
        m_sketch.strokes[row] = stroke;
        emit strokesChanged(row, row);
    }
    emit changed();
}

void SketchDocument::setSketch(const Sketch &sketch)
{
    emit aboutToReset();
    m_sketch = sketch;
    emit sketchReset();
    emit changed();
}

} // namespace atelier::core
