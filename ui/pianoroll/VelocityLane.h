#pragma once
// The velocity lane under the piano roll: a bar per note of the current
// track, aligned with the view. Drag a bar up or down to set its velocity;
// when the note is selected, all selected notes follow (one undo step).

#include <QWidget>

namespace atelier::ui {

class PianoRollView;

class VelocityLane : public QWidget {
    Q_OBJECT
public:
    explicit VelocityLane(PianoRollView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {400, 80}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int offsetX() const;
    int rowAt(const QPoint &pos) const;
    int velocityForY(int y) const;

    PianoRollView *m_view;
    QList<int> m_rows;     // rows being edited
    int m_velocity = -1;   // preview value, -1 when idle
};

} // namespace atelier::ui
