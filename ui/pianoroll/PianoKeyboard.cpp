#include "pianoroll/PianoKeyboard.h"
#include "common/Theme.h"
#include "pianoroll/PianoRollView.h"

#include "document/GeneralMidi.h"

#include <QMouseEvent>
#include <QPainter>

namespace atelier::ui {

PianoKeyboard::PianoKeyboard(PianoRollView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setFixedWidth(64);
    connect(view, &PianoRollView::geometryChanged, this, qOverload<>(&QWidget::update));
    setToolTip(tr("Click a key to hear it"));
}

int PianoKeyboard::pitchAt(int y) const
{
    // The keyboard sits beside the view's viewport: same y coordinates.
    return m_view->pitchForY(y - (m_view->viewport()->mapToGlobal(QPoint()).y() - mapToGlobal(QPoint()).y()));
}

void PianoKeyboard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int offset = m_view->viewport()->mapToGlobal(QPoint()).y() - mapToGlobal(QPoint()).y();
    const int h = m_view->rowHeight();
    const ThemeColours &tc = Theme::colours();
    p.fillRect(rect(), tc.keyWhite);
    for (int pitch = 127; pitch >= 0; --pitch) {
        const int y = m_view->yForPitch(pitch) + offset;
        if (y + h < 0 || y > height())
            continue;
        const bool black = core::GeneralMidi::isBlackKey(pitch);
        QColor c = black ? tc.keyBlack : tc.keyWhite;
        if (pitch == m_held)
            c = QColor(255, 170, 60);
        p.fillRect(QRect(0, y, black ? width() * 2 / 3 : width(), h), c);
        p.setPen(tc.keyLine);
        p.drawLine(0, y + h - 1, width(), y + h - 1);
        if (pitch % 12 == 0 && h >= 8) {
            p.setPen(tc.keyText);
            QFont f = font();
            f.setPixelSize(std::min(h - 1, 11));
            p.setFont(f);
            p.drawText(QRect(0, y, width() - 4, h), Qt::AlignRight | Qt::AlignVCenter,
                       core::GeneralMidi::pitchName(pitch));
        }
    }
    p.setPen(tc.keyLine);
    p.drawLine(width() - 1, 0, width() - 1, height());
}

void PianoKeyboard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_held = pitchAt(event->pos().y());
    emit keyPressed(m_held);
    update();
}

void PianoKeyboard::mouseMoveEvent(QMouseEvent *event)
{
    if (m_held < 0)
        return;
    const int pitch = pitchAt(event->pos().y());
    if (pitch == m_held)
        return;
    emit keyReleased(m_held);
    m_held = pitch;
    emit keyPressed(m_held);
    update();
}

void PianoKeyboard::mouseReleaseEvent(QMouseEvent *)
{
    if (m_held < 0)
        return;
    emit keyReleased(m_held);
    m_held = -1;
    update();
}

} // namespace atelier::ui
