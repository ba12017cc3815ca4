#include "timbre/XYPad.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace atelier::ui {

namespace {
constexpr int kMargin = 22;  // room for the corner labels
const QColor kCornerColours[4] = {QColor(0x3b, 0x82, 0xf6), QColor(0xef, 0x44, 0x44), QColor(0x10, 0xb9, 0x81),
                                  QColor(0xf5, 0x9e, 0x0b)};
} // namespace

XYPad::XYPad(QWidget *parent) : QWidget(parent)
{
    setObjectName("morphPad");
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Morph pad"));
    setToolTip(tr("Drag the point to morph between the four corner instruments.\n"
                  "Arrow keys nudge it (Shift: bigger steps), Home centres it."));
}

void XYPad::setPoint(QPointF p)
{
    p = constrain(p);
    if (p == m_point)
        return;
    m_point = p;
    update();
}

void XYPad::setCornerLabels(const QStringList &labels)
{
    m_labels = labels;
    while (m_labels.size() < 4)
        m_labels.append(QString());
    update();
}

void XYPad::setTwoCornerMode(bool on)
{
    m_twoCorners = on;
    update();
}

QRectF XYPad::padRect() const
{
    const double side = std::max(10, std::min(width(), height()) - 2 * kMargin);
    return QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side);
}

QPointF XYPad::pointToPosition(QPointF p) const
{
    const QRectF r = padRect();
    return {r.left() + p.x() * r.width(), r.top() + p.y() * r.height()};
}

QPointF XYPad::positionToPoint(QPointF pos) const
{
    const QRectF r = padRect();
    return constrain({(pos.x() - r.left()) / r.width(), (pos.y() - r.top()) / r.height()});
}

QPointF XYPad::constrain(QPointF p) const
{
    return {std::clamp(p.x(), 0.0, 1.0), m_twoCorners ? 0.0 : std::clamp(p.y(), 0.0, 1.0)};
}

void XYPad::request(QPointF p, int gesture)
{
    p = constrain(p);
    if (p != m_point)
        emit moveRequested(p, gesture);
}

void XYPad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = padRect();
    const bool enabled = isEnabled();

    // Background: the corner colours blended bilinearly (coarse cells).
    constexpr int kCells = 16;
    for (int i = 0; i < kCells; ++i)
        for (int j = 0; j < kCells; ++j) {
            const double x = (i + 0.5) / kCells, y = (j + 0.5) / kCells;
            const double w[4] = {(1 - x) * (1 - y), x * (1 - y), (1 - x) * y, x * y};
            double rgb[3] = {0, 0, 0};
            for (int c = 0; c < 4; ++c) {
                const bool active = !m_twoCorners || c < 2;
                const QColor col = active ? kCornerColours[c] : QColor(0x9c, 0xa3, 0xaf);
                rgb[0] += w[c] * col.redF();
                rgb[1] += w[c] * col.greenF();
                rgb[2] += w[c] * col.blueF();
            }
            QColor cell = QColor::fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2]));
            cell.setAlphaF(enabled ? 0.35f : 0.12f);
            p.fillRect(QRectF(r.left() + i * r.width() / kCells, r.top() + j * r.height() / kCells,
                              r.width() / kCells + 0.5, r.height() / kCells + 0.5),
                       cell);
        }
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    // Grid lines at quarters.
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    for (int k = 1; k < 4; ++k) {
        p.drawLine(QPointF(r.left() + k * r.width() / 4, r.top()), QPointF(r.left() + k * r.width() / 4, r.bottom()));
        if (!m_twoCorners)
            p.drawLine(QPointF(r.left(), r.top() + k * r.height() / 4), QPointF(r.right(), r.top() + k * r.height() / 4));
    }
    if (m_twoCorners) {
        p.setPen(QPen(palette().color(QPalette::Text), 2));
        p.drawLine(r.topLeft(), r.topRight());
    }

    // Corner labels: outside the square, above (top corners) or below.
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const double half = width() / 2.0 - 4;
    for (int c = 0; c < 4; ++c) {
        const bool active = !m_twoCorners || c < 2;
        const bool right = c % 2 == 1, bottom = c >= 2;
        const QString prefix = m_twoCorners ? (c == 0 ? tr("A: ") : c == 1 ? tr("B: ") : QString()) : QString();
        const QString text = fm.elidedText(prefix + m_labels.value(c), Qt::ElideRight, half);
        const double tw = fm.horizontalAdvance(text);
        const double x = right ? std::min(r.right(), width() - 2.0) - tw : std::max(r.left(), 2.0);
        const double y = bottom ? r.bottom() + fm.ascent() + 3 : r.top() - fm.descent() - 3;
        QColor col = active ? kCornerColours[c].darker(130) : palette().color(QPalette::Disabled, QPalette::Text);
        if (!enabled)
            col = palette().color(QPalette::Disabled, QPalette::Text);
        p.setPen(col);
        p.drawText(QPointF(x, y), text);
        p.setBrush(col);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(right ? r.right() : r.left(), bottom ? r.bottom() : r.top()), 4, 4);
    }

    // The point: a ring with crosshair lines to the edges.
    const QPointF at = pointToPosition(m_point);
    QColor ink = enabled ? palette().color(QPalette::Highlight) : palette().color(QPalette::Disabled, QPalette::Text);
    p.setPen(QPen(ink, 1, Qt::DashLine));
    p.drawLine(QPointF(at.x(), r.top()), QPointF(at.x(), r.bottom()));
    if (!m_twoCorners)
        p.drawLine(QPointF(r.left(), at.y()), QPointF(r.right(), at.y()));
    p.setPen(QPen(ink, 2.5));
    p.setBrush(hasFocus() ? ink.lighter(160) : palette().color(QPalette::Base));
    p.drawEllipse(at, 9, 9);
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    p.drawEllipse(at, 3, 3);
}

void XYPad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_dragging = true;
    ++m_gesture;
    request(positionToPoint(event->position()), m_gesture);
}

void XYPad::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton))
        request(positionToPoint(event->position()), m_gesture);
}

void XYPad::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        request(positionToPoint(event->position()), m_gesture);
        m_dragging = false;
        emit dragFinished();
    }
}

void XYPad::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? kBigStep : kStep;
    QPointF to = m_point;
    switch (event->key()) {
    case Qt::Key_Left: to.rx() -= step; break;
    case Qt::Key_Right: to.rx() += step; break;
    case Qt::Key_Up: if (m_twoCorners) { event->ignore(); return; } to.ry() -= step; break;
    case Qt::Key_Down: if (m_twoCorners) { event->ignore(); return; } to.ry() += step; break;
    case Qt::Key_Home: to = {0.5, 0.5}; break;
    default:
        event->ignore();  // letters: the parent plays them
        return;
    }
    if (!event->isAutoRepeat())
        ++m_gesture;  // a held arrow key is one gesture
    request(to, m_gesture);
    event->accept();
}

} // namespace atelier::ui
