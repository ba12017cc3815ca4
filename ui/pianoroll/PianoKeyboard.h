#pragma once
// The keyboard at the piano roll's left edge, scrolled with the view's rows.
// Pressing a key sounds it (keyPressed/keyReleased); dragging plays a glissando.

#include <QWidget>

namespace atelier::ui {

class PianoRollView;

class PianoKeyboard : public QWidget {
    Q_OBJECT
public:
    explicit PianoKeyboard(PianoRollView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {64, 200}; }
    int heldKey() const { return m_held; }

signals:
    void keyPressed(int pitch);
    void keyReleased(int pitch);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int pitchAt(int y) const;
    PianoRollView *m_view;
    int m_held = -1;
};

} // namespace atelier::ui
