#include "timbre/OnScreenKeyboard.h"

#include "document/GeneralMidi.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace atelier::ui {

namespace {
constexpr double kBlackDepth = 0.62;  // black keys cover this much of the height
constexpr double kBlackWidth = 0.6;   // of a white key
bool isBlack(int pitch) { return core::GeneralMidi::isBlackKey(pitch); }
} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget *parent) : QWidget(parent)
{
    setObjectName("morphKeyboard");
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(60);
    setMaximumHeight(120);
    setToolTip(tr("Click to play: near the front edge of a key plays louder. Drag for a glissando.\n"
                  "Computer keyboard: A W S E D F T G Y H U J K play an octave, Z / X shift it down / up."));
}

void OnScreenKeyboard::setRange(int lowest, int highest)
{
    lowest = std::clamp(lowest, 0, 126);
    highest = std::clamp(highest, lowest + 1, 127);
    while (lowest > 0 && isBlack(lowest))
        --lowest;
    while (highest < 127 && isBlack(highest))
        ++highest;
    m_lowest = lowest;
    m_highest = highest;
    update();
}

void OnScreenKeyboard::setHeld(int pitch, bool held)
{
    if (m_held.contains(pitch) == held)
        return;
    if (held)
        m_held.insert(pitch);
    else
        m_held.remove(pitch);
    update();
}

void OnScreenKeyboard::clearHeld()
{
    if (!m_held.isEmpty()) {
        m_held.clear();
        update();
    }
}

void OnScreenKeyboard::setOctaveMarker(int pitch)
{
    m_octaveMarker = pitch;
    update();
}

int OnScreenKeyboard::whiteKeys() const
{
    int n = 0;
    for (int p = m_lowest; p <= m_highest; ++p)
        n += isBlack(p) ? 0 : 1;
    return std::max(n, 1);
}

double OnScreenKeyboard::whiteWidth() const { return double(width() - 1) / whiteKeys(); }

QRectF OnScreenKeyboard::keyRect(int pitch) const
{
    const double ww = whiteWidth();
    int whitesBefore = 0;
    for (int p = m_lowest; p < pitch; ++p)
        whitesBefore += isBlack(p) ? 0 : 1;
    if (!isBlack(pitch))
        return QRectF(whitesBefore * ww, 0, ww, height() - 1);
    const double bw = ww * kBlackWidth;
    return QRectF(whitesBefore * ww - bw / 2, 0, bw, (height() - 1) * kBlackDepth);
}

int OnScreenKeyboard::pitchAt(QPointF pos) const
{
    if (pos.x() < 0 || pos.x() >= width() || pos.y() < 0 || pos.y() >= height())
        return -1;
    for (int p = m_lowest; p <= m_highest; ++p)
        if (isBlack(p) && keyRect(p).contains(pos))
            return p;
    for (int p = m_lowest; p <= m_highest; ++p)
        if (!isBlack(p) && keyRect(p).contains(pos))
            return p;
    return -1;
}

int OnScreenKeyboard::velocityAt(QPointF pos, int pitch) const
{
    const QRectF r = keyRect(pitch);
    const double depth = r.height() > 0 ? std::clamp((pos.y() - r.top()) / r.height(), 0.0, 1.0) : 1.0;
    return std::clamp(int(std::lround(20 + depth * 107)), 1, 127);
}

QPoint OnScreenKeyboard::keyCentre(int pitch, double depth) const
{
    QRectF r = keyRect(pitch);
    if (!isBlack(pitch))  // below the black keys
        r.setTop(r.top() + r.height() * kBlackDepth);
    return QPointF(r.center().x(), r.top() + std::clamp(depth, 0.02, 0.98) * r.height()).toPoint();
}

void OnScreenKeyboard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor heldColour = isEnabled() ? palette().color(QPalette::Highlight) : QColor(Qt::gray);
    for (int pass = 0; pass < 2; ++pass)
        for (int pitch = m_lowest; pitch <= m_highest; ++pitch) {
            const bool black = isBlack(pitch);
            if (black != (pass == 1))
                continue;
            const QRectF r = keyRect(pitch);
            const bool held = m_held.contains(pitch);
            QColor fill = black ? QColor(0x22, 0x22, 0x22) : QColor(0xfa, 0xfa, 0xfa);
            if (!isEnabled())
                fill = black ? QColor(0x77, 0x77, 0x77) : QColor(0xe5, 0xe5, 0xe5);
            if (held)
                fill = black ? heldColour.darker(130) : heldColour.lighter(140);
            p.setPen(QColor(0x55, 0x55, 0x55));
            p.setBrush(fill);
            p.drawRect(r);
            if (!black && pitch % 12 == 0) {
                p.setPen(pitch == m_octaveMarker ? heldColour.darker(150) : QColor(0x88, 0x88, 0x88));
                QFont f = font();
                f.setPointSizeF(f.pointSizeF() * 0.75);
                f.setBold(pitch == m_octaveMarker);
                p.setFont(f);
                p.drawText(r.adjusted(0, 0, 0, -3), Qt::AlignHCenter | Qt::AlignBottom,
                           core::GeneralMidi::pitchName(pitch));
            }
        }
}

void OnScreenKeyboard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int pitch = pitchAt(event->position());
    if (pitch < 0)
        return;
    release();
    m_mouseNote = pitch;
    emit notePressed(pitch, velocityAt(event->position(), pitch));
}

void OnScreenKeyboard::mouseMoveEvent(QMouseEvent *event)
{
    if (m_mouseNote < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const int pitch = pitchAt(event->position());
    if (pitch == m_mouseNote)
        return;
    release();
    if (pitch >= 0) {
        m_mouseNote = pitch;
        emit notePressed(pitch, velocityAt(event->position(), pitch));
    }
}

void OnScreenKeyboard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        release();
}

void OnScreenKeyboard::release()
{
    if (m_mouseNote < 0)
        return;
    const int pitch = m_mouseNote;
    m_mouseNote = -1;
    emit noteReleased(pitch);
}

} // namespace atelier::ui
