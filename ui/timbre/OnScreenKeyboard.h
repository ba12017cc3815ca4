#pragma once
// A horizontal piano keyboard to play the morph instrument with the mouse.
// Clicking a key plays it with a velocity from where it was hit (soft at the
// top of the key, loud at its front edge); dragging plays a glissando (one
// note at a time). The keys drawn as held are set by the owner (setHeld), who
// knows the notes of every source (mouse, computer keyboard, MIDI input). Keyboard focus is not taken: the parent
// panel plays the computer keyboard.

#include <QSet>
#include <QWidget>

namespace atelier::ui {

class OnScreenKeyboard : public QWidget {
    Q_OBJECT
public:
    explicit OnScreenKeyboard(QWidget *parent = nullptr);

    void setRange(int lowest, int highest);  // MIDI pitches, widened to whole white keys
    int lowest() const { return m_lowest; }
    int highest() const { return m_highest; }
    void setHeld(int pitch, bool held);
    void clearHeld();
    bool isHeld(int pitch) const { return m_held.contains(pitch); }
    void setOctaveMarker(int pitch);  // the computer keyboard's lowest key (C), -1 for none

    // Geometry (for tests): the key under a position, the velocity a click
    // there plays, and the centre of a key.
    int pitchAt(QPointF pos) const;
    int velocityAt(QPointF pos, int pitch) const;
    QPoint keyCentre(int pitch, double depth = 0.8) const;  // depth 0 top .. 1 front edge

    QSize sizeHint() const override { return {560, 90}; }
    QSize minimumSizeHint() const override { return {280, 60}; }

signals:
    void notePressed(int pitch, int velocity);
    void noteReleased(int pitch);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int whiteKeys() const;
    double whiteWidth() const;
    QRectF keyRect(int pitch) const;
    void release();

    int m_lowest = 48;   // C3
    int m_highest = 84;  // C6
    int m_mouseNote = -1;
    int m_octaveMarker = -1;
    QSet<int> m_held;
};

} // namespace atelier::ui
