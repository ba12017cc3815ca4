#include "pianoroll/TimeRuler.h"
#include "common/Theme.h"
#include "pianoroll/PianoRollView.h"

#include "document/BarGrid.h"

#include <QMouseEvent>
#include <QPainter>

namespace atelier::ui {

using core::Tick;

TimeRuler::TimeRuler(PianoRollView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setFixedHeight(34);
    connect(view, &PianoRollView::geometryChanged, this, qOverload<>(&QWidget::update));
    setToolTip(tr("Click to move the playhead; drag in the lower half to set the loop; "
                  "double-click the loop to switch it on or off"));
}

Tick TimeRuler::tickAt(int x) const
{
    const int offset = m_view->viewport()->mapToGlobal(QPoint()).x() - mapToGlobal(QPoint()).x();
    return std::max<Tick>(0, m_view->tickForX(x - offset));
}

void TimeRuler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const ThemeColours &tc = Theme::colours();
    p.fillRect(rect(), tc.ruler);
    const core::SongDocument *doc = m_view->document();
    if (!doc)
        return;
    const int offset = m_view->viewport()->mapToGlobal(QPoint()).x() - mapToGlobal(QPoint()).x();
    const core::BarGrid bars(doc->song());
    const Tick from = std::max<Tick>(0, m_view->tickForX(-offset));
    const Tick to = m_view->tickForX(width() - offset);
    // Loop band.
    const core::LoopRegion loop = m_drag == Drag::Loop ? m_loopPreview : doc->song().loop;
    if (loop.isValid()) {
        const int x0 = m_view->xForTick(loop.start) + offset, x1 = m_view->xForTick(loop.end) + offset;
        p.fillRect(QRect(x0, height() / 2, x1 - x0, height() / 2),
                   loop.enabled ? QColor(60, 160, 90, 170) : QColor(150, 150, 150, 120));
    }
    // Label every bar, or every 2nd/4th/... when bars are narrow.
    const double barPx = bars.barLength(from) * m_view->pixelsPerTick();
    int every = 1;
    while (barPx * every < 36 && every < 1024)
        every *= 2;
    const bool beats = bars.beatLength(from) * m_view->pixelsPerTick() >= 8;
    QFont f = font();
    f.setPixelSize(11);
    p.setFont(f);
    for (const core::BarGrid::Line &l : bars.lines(from, to, beats)) {
        const int x = m_view->xForTick(l.tick) + offset;
        p.setPen(tc.rulerText);
        p.drawLine(x, l.isBar ? 4 : height() - 8, x, height());
        if (l.isBar && (l.bar - 1) % every == 0)
            p.drawText(x + 3, 14, QString::number(l.bar));
    }
    const int px = m_view->xForTick(m_view->playhead()) + offset;
    p.setPen(Qt::NoPen);
    p.setBrush(tc.playhead);
    p.drawPolygon(QPolygon({QPoint(px - 5, 0), QPoint(px + 5, 0), QPoint(px, 8)}));
    p.setPen(tc.rulerLine);
    p.drawLine(0, height() - 1, width(), height() - 1);
}

void TimeRuler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view->document())
        return;
    const Tick t = tickAt(event->pos().x());
    if (event->pos().y() < height() / 2) {
        m_drag = Drag::Locate;
        emit locateRequested(m_view->snapTick(t));
    } else {
        m_drag = Drag::Loop;
        m_loopAnchor = m_view->snapTick(t);
        m_loopPreview = {m_loopAnchor, m_loopAnchor, true};
        update();
    }
}

void TimeRuler::mouseMoveEvent(QMouseEvent *event)
{
    const Tick t = m_view->snapTick(tickAt(event->pos().x()));
    if (m_drag == Drag::Locate) {
        emit locateRequested(t);
    } else if (m_drag == Drag::Loop) {
        m_loopPreview = {std::min(m_loopAnchor, t), std::max(m_loopAnchor, t), true};
        update();
    }
}

void TimeRuler::mouseReleaseEvent(QMouseEvent *)
{
    if (m_drag == Drag::Loop && m_loopPreview.isValid())
        m_view->document()->requestSetLoop(m_loopPreview);
    m_drag = Drag::None;
    update();
}

void TimeRuler::mouseDoubleClickEvent(QMouseEvent *event)
{
    core::SongDocument *doc = m_view->document();
    if (!doc || event->pos().y() < height() / 2)
        return;
    core::LoopRegion loop = doc->song().loop;
    if (!loop.isValid())
        return;
    loop.enabled = !loop.enabled;
    doc->requestSetLoop(loop);
    m_drag = Drag::None;
}

} // namespace atelier::ui
