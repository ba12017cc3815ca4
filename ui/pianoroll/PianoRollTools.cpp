#include "pianoroll/PianoRollTools.h"

#include "document/NoteOps.h"


namespace atelier::ui {

using core::Note;
using core::Tick;

std::unique_ptr<PianoRollTool> PianoRollTool::create(PianoRollView::ToolKind kind, PianoRollView *view)
{
    switch (kind) {
    case PianoRollView::ToolKind::Draw: return std::make_unique<DrawTool>(view);
    case PianoRollView::ToolKind::Erase: return std::make_unique<EraseTool>(view);
    case PianoRollView::ToolKind::Select: break;
    }
    return std::make_unique<SelectTool>(view);
}

// ---- SelectTool ----------------------------------------------------------

void SelectTool::grabNote(int row, QMouseEvent *event)
{
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    const QList<int> selected = m_view->selectedRows();
    if (toggle) {
        m_view->selectRows({row}, QItemSelectionModel::Toggle);
        if (selected.contains(row))
            return;  // just deselected: nothing to drag
    } else if (!selected.contains(row)) {
        m_view->selectRows({row});
    }
    m_anchorRow = row;
    m_origin = event->pos();
    m_mode = m_view->isNearRightEdge(row, event->pos()) ? Mode::Resize : Mode::Move;
    const Note &n = m_view->noteModel()->note(row);
    m_lastPitch = n.pitch;
    emit m_view->previewNote(n.pitch, n.velocity);
}

void SelectTool::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int row = m_view->noteAt(event->pos());
    if (row >= 0) {
        grabNote(row, event);
        return;
    }
    m_mode = Mode::Rubber;
    m_origin = event->pos();
    if (!(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)))
        m_view->selectionModel()->clearSelection();
}

void SelectTool::move(QMouseEvent *event)
{
    if (m_mode == Mode::None) {
        const int row = m_view->noteAt(event->pos());
        m_view->viewport()->setCursor(row >= 0 && m_view->isNearRightEdge(row, event->pos())
                                          ? Qt::SizeHorCursor
                                          : cursor());
        return;
    }
    if (m_mode == Mode::Rubber) {
        m_view->setRubberBand(QRect(m_origin, event->pos()).normalized());
        return;
    }
    const Note anchor = m_view->noteModel()->note(m_anchorRow);
    const Tick rawDt = m_view->tickForX(event->pos().x()) - m_view->tickForX(m_origin.x());
    DragPreview p;
    p.rows = m_view->selectedRows();
    if (m_mode == Mode::Move) {
        const Tick newStart = std::max<Tick>(0, m_view->snapTick(anchor.start + rawDt
                                                                 + m_view->grid() / 2));
        p.dt = m_view->grid() > 0 ? newStart - anchor.start : rawDt;
        p.dPitch = m_view->pitchForY(event->pos().y()) - m_view->pitchForY(m_origin.y());
        const int pitch = std::clamp(anchor.pitch + p.dPitch, 0, 127);
        if (pitch != m_lastPitch) {
            m_lastPitch = pitch;
            emit m_view->previewNote(pitch, anchor.velocity);
        }
    } else {
        const Tick grid = std::max<Tick>(1, m_view->grid());
        const Tick newEnd = m_view->grid() > 0
            ? m_view->snapTick(anchor.end() + rawDt + grid / 2)
            : anchor.end() + rawDt;
        p.dLength = std::max(newEnd, anchor.start + grid) - anchor.end();
    }
    m_view->setPreview(p);
}

void SelectTool::release(QMouseEvent *event)
{
    const Mode mode = m_mode;
    m_mode = Mode::None;
    const DragPreview p = m_view->preview();
    m_view->clearPreview();
    if (mode == Mode::Rubber) {
        // press() already cleared the selection unless Shift or Ctrl extends it.
        const QRect band = QRect(m_origin, event->pos()).normalized();
        QList<int> rows;
        for (int r = 0; r < m_view->noteModel()->rowCount(); ++r)
            if (m_view->noteRect(m_view->noteModel()->note(r)).intersects(band))
                rows.append(r);
        m_view->selectRows(rows, QItemSelectionModel::Select);
        return;
    }
    if (p.rows.isEmpty())
        return;
    const QList<Note> before = m_view->notesAt(p.rows);
    if (mode == Mode::Move && (p.dt != 0 || p.dPitch != 0)) {
        if (auto after = core::NoteOps::moved(before, p.dt, p.dPitch))
            m_view->changeNotes(p.rows, *after, p.rows.size() == 1 ? tr("Move note") : tr("Move notes"));
    } else if (mode == Mode::Resize && p.dLength != 0) {
        const QList<Note> after = core::NoteOps::resized(before, p.dLength, 1);
        m_view->changeNotes(p.rows, after, p.rows.size() == 1 ? tr("Resize note") : tr("Resize notes"));
    }
}

void SelectTool::addNoteAt(const QPoint &pos, Tick length)
{
    const Note n{m_view->pitchForY(pos.y()), std::max<Tick>(0, m_view->snapTick(m_view->tickForX(pos.x()))),
                 std::max<Tick>(1, length), 100};
    m_view->addNotes({n}, tr("Add note"));
}

void SelectTool::doubleClick(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_view->noteAt(event->pos()) < 0)
        addNoteAt(event->pos(), m_view->defaultLength());
}

// ---- DrawTool ------------------------------------------------------------

void DrawTool::press(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        m_erasing = true;
        EraseSweep::mark(m_view, event->pos());
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const int row = m_view->noteAt(event->pos());
    if (row >= 0) {
        grabNote(row, event);
        return;
    }
    m_drawing = true;
    m_origin = event->pos();
    DragPreview p;
    p.newNotes = {Note{m_view->pitchForY(event->pos().y()),
                       std::max<Tick>(0, m_view->snapTick(m_view->tickForX(event->pos().x()))),
                       m_view->defaultLength(), 100}};
    m_view->setPreview(p);
    emit m_view->previewNote(p.newNotes[0].pitch, 100);
}

void DrawTool::move(QMouseEvent *event)
{
    if (m_erasing) {
        EraseSweep::mark(m_view, event->pos());
        return;
    }
    if (!m_drawing) {
        SelectTool::move(event);
        return;
    }
    DragPreview p = m_view->preview();
    if (p.newNotes.isEmpty())
        return;
    Note &n = p.newNotes[0];
    if (std::abs(event->pos().x() - m_origin.x()) > 3) {
        const Tick grid = std::max<Tick>(1, m_view->grid());
        const Tick end = m_view->grid() > 0
            ? m_view->snapTick(m_view->tickForX(event->pos().x()) + grid / 2)
            : m_view->tickForX(event->pos().x());
        n.length = std::max(grid, end - n.start);
    }
    m_view->setPreview(p);
}

void DrawTool::release(QMouseEvent *event)
{
    if (m_erasing) {
        m_erasing = false;
        EraseSweep::commit(m_view);
        return;
    }
    if (!m_drawing) {
        SelectTool::release(event);
        return;
    }
    m_drawing = false;
    const DragPreview p = m_view->preview();
    m_view->clearPreview();
    if (p.newNotes.isEmpty())
        return;
    if (m_view->addNotes(p.newNotes, tr("Draw note")))
        m_view->setDefaultLength(p.newNotes[0].length);
}

void DrawTool::cancel()
{
    SelectTool::cancel();
    m_drawing = m_erasing = false;
}

// ---- EraseTool -----------------------------------------------------------

void EraseSweep::mark(PianoRollView *view, const QPoint &pos)
{
    const int row = view->noteAt(pos);
    DragPreview p = view->preview();
    p.erasing = true;
    if (row >= 0 && !p.rows.contains(row))
        p.rows.append(row);
    view->setPreview(p);
}

void EraseSweep::commit(PianoRollView *view)
{
    const DragPreview p = view->preview();
    view->clearPreview();
    if (!p.rows.isEmpty())
        view->document()->requestRemoveNotes(view->noteModel()->track(), p.rows,
                                             p.rows.size() == 1 ? PianoRollTool::tr("Erase note")
                                                                : PianoRollTool::tr("Erase notes"));
}

void EraseTool::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_active = true;
    EraseSweep::mark(m_view, event->pos());
}

void EraseTool::move(QMouseEvent *event)
{
    if (m_active)
        EraseSweep::mark(m_view, event->pos());
}

void EraseTool::release(QMouseEvent *)
{
    if (!m_active)
        return;
    m_active = false;
    EraseSweep::commit(m_view);
}

} // namespace atelier::ui
