#include "pianoroll/VelocityLane.h"
#include "common/Theme.h"
#include "pianoroll/PianoRollPainter.h"
#include "pianoroll/PianoRollView.h"

#include <QMouseEvent>
#include <QPainter>

namespace atelier::ui {

VelocityLane::VelocityLane(PianoRollView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setMinimumHeight(50);
    connect(view, &PianoRollView::geometryChanged, this, qOverload<>(&QWidget::update));
    setToolTip(tr("Drag a bar to change the note's velocity"));
}

int VelocityLane::offsetX() const
{
    return m_view->viewport()->mapToGlobal(QPoint()).x() - mapToGlobal(QPoint()).x();
}

int VelocityLane::velocityForY(int y) const
{
    const int h = std::max(1, height() - 6);
    return std::clamp(int(std::lround(127.0 * (height() - 3 - y) / h)), 1, 127);
}

int VelocityLane::rowAt(const QPoint &pos) const
{
    const core::NoteModel *model = m_view->noteModel();
    if (!model || model->track() < 0)
        return -1;
    int best = -1, bestDist = 6;
    for (int r = 0; r < model->rowCount(); ++r) {
        const int x = m_view->xForTick(model->note(r).start) + offsetX();
        const int d = std::abs(pos.x() - x);
        if (d <= bestDist) {
            best = r;
            bestDist = d;
        }
    }
    return best;
}

void VelocityLane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const ThemeColours &tc = Theme::colours();
    p.fillRect(rect(), tc.lane);
    p.setPen(tc.laneLine);
    p.drawLine(0, height() / 2, width(), height() / 2);
    const core::NoteModel *model = m_view->noteModel();
    if (!model || model->track() < 0)
        return;
    const QList<int> selected = m_view->selectedRows();
    const int h = height() - 6;
    for (int r = 0; r < model->rowCount(); ++r) {
        const core::Note &n = model->note(r);
        const int x = m_view->xForTick(n.start) + offsetX();
        if (x < -4 || x > width() + 4)
            continue;
        const int v = (m_velocity >= 0 && m_rows.contains(r)) ? m_velocity : n.velocity;
        const int barH = h * v / 127;
        const bool sel = selected.contains(r);
        p.setPen(Qt::NoPen);
        p.setBrush(PianoRollPainter::noteColor(v, sel, model->track()));
        p.drawRect(QRect(x, height() - 3 - barH, 4, barH));
        p.drawEllipse(QPoint(x + 2, height() - 3 - barH), 3, 3);
    }
    p.setPen(tc.rulerLine);
    p.drawLine(0, 0, width(), 0);
}

void VelocityLane::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->pos());
    if (row < 0 || event->button() != Qt::LeftButton)
        return;
    const QList<int> selected = m_view->selectedRows();
    m_rows = selected.contains(row) ? selected : QList<int>{row};
    m_velocity = velocityForY(event->pos().y());
    update();
}

void VelocityLane::mouseMoveEvent(QMouseEvent *event)
{
    if (m_velocity < 0)
        return;
    m_velocity = velocityForY(event->pos().y());
    update();
}

void VelocityLane::mouseReleaseEvent(QMouseEvent *)
{
    if (m_velocity < 0)
        return;
    QList<core::Note> notes = m_view->notesAt(m_rows);
    for (core::Note &n : notes)
        n.velocity = m_velocity;
    m_view->changeNotes(m_rows, notes, tr("Change velocity"));
    m_rows.clear();
    m_velocity = -1;
    update();
}

} // namespace atelier::ui
