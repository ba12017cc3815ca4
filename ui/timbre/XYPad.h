#pragma once
// The morph pad (NSynth Super style): a square whose corners are the four
// instruments being morphed, and a point that the user drags (or nudges with
// the arrow keys: 2 % a step, Shift 10 %, Home to the centre). The pad only
// asks for moves (moveRequested); the panel turns them into undo commands
// and sets the point back with setPoint(). Moves of one drag, or of one held
// arrow key (auto-repeat), share a gesture number so that they merge into a
// single undo step.
//
// Two-corner mode: the point stays on the top edge, between corner A (top
// left) and corner B (top right); the other corners are greyed out.
// Keys the pad does not use (letters) go on to the parent, which plays them.

#include <QPointF>
#include <QWidget>

namespace atelier::ui {

class XYPad : public QWidget {
    Q_OBJECT
public:
    static constexpr double kStep = 0.02;
    static constexpr double kBigStep = 0.1;

    explicit XYPad(QWidget *parent = nullptr);
    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {160, 160}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

    QPointF point() const { return m_point; }  // x, y in [0, 1]; y = 0 at the top
    void setPoint(QPointF p);                   // no signal
    void setCornerLabels(const QStringList &labels);  // 4 names
    QStringList cornerLabels() const { return m_labels; }
    void setTwoCornerMode(bool on);
    bool twoCornerMode() const { return m_twoCorners; }

    QPointF pointToPosition(QPointF p) const;   // widget coordinates
    QPointF positionToPoint(QPointF pos) const;

signals:
    void moveRequested(QPointF to, int gesture);
    void dragFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF padRect() const;
    QPointF constrain(QPointF p) const;
    void request(QPointF p, int gesture);

    QPointF m_point{0.5, 0.5};
    QStringList m_labels{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    bool m_twoCorners = false;
    bool m_dragging = false;
    int m_gesture = 0;
};

} // namespace atelier::ui
