#pragma once
// The bar ruler above the piano roll, scrolled with the view. Click (or drag)
// in the upper half to move the playhead; drag in the lower half to set the
// loop region (one undo step); double-click the loop band to switch looping
// on or off.

#include <QWidget>

#include "document/Song.h"

namespace atelier::ui {

class PianoRollView;

class TimeRuler : public QWidget {
    Q_OBJECT
public:
    explicit TimeRuler(PianoRollView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {400, 34}; }

signals:
    void locateRequested(atelier::core::Tick tick);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    core::Tick tickAt(int x) const;
    PianoRollView *m_view;
    enum class Drag { None, Locate, Loop } m_drag = Drag::None;
    core::Tick m_loopAnchor = 0;
    core::LoopRegion m_loopPreview;
};

} // namespace atelier::ui
