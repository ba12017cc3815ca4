#pragma once
// The piano roll's mouse tools. A tool turns mouse input into a DragPreview
// that the view draws, and on release into exactly one undoable document
// edit (so a drag is one undo step). Small classes side by side:
//  - SelectTool: click/Shift-click/Ctrl-click select, rubber band, drag to
//    move (time and pitch, snapped), drag a note's right edge to resize,
//    double-click on empty space to add a note.
//  - DrawTool: click and drag on empty space to draw a note; on a note it
//    moves/resizes like SelectTool; right button erases.
//  - EraseTool: click or sweep over notes to delete them.

#include "pianoroll/PianoRollView.h"

#include <QCoreApplication>
#include <QCursor>
#include <QMouseEvent>
#include <memory>

namespace atelier::ui {

class PianoRollTool {
    Q_DECLARE_TR_FUNCTIONS(PianoRollTool)
public:
    explicit PianoRollTool(PianoRollView *view) : m_view(view) {}
    virtual ~PianoRollTool() = default;
    static std::unique_ptr<PianoRollTool> create(PianoRollView::ToolKind kind, PianoRollView *view);

    virtual void press(QMouseEvent *event) = 0;
    virtual void move(QMouseEvent *event) = 0;
    virtual void release(QMouseEvent *event) = 0;
    virtual void doubleClick(QMouseEvent *) {}
    virtual void cancel() {}
    virtual QCursor cursor() const { return Qt::ArrowCursor; }

protected:
    PianoRollView *m_view;
};

class SelectTool : public PianoRollTool {
public:
    using PianoRollTool::PianoRollTool;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void doubleClick(QMouseEvent *event) override;
    void cancel() override { m_mode = Mode::None; }

protected:
    enum class Mode { None, Move, Resize, Rubber };
    // Starts moving or resizing the note at row (selecting it first if needed).
    void grabNote(int row, QMouseEvent *event);
    void addNoteAt(const QPoint &pos, core::Tick length);

    Mode m_mode = Mode::None;
    QPoint m_origin;
    int m_anchorRow = -1;
    int m_lastPitch = -1;
};

class DrawTool : public SelectTool {
public:
    using SelectTool::SelectTool;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void cancel() override;
    QCursor cursor() const override { return Qt::CrossCursor; }

private:
    bool m_drawing = false;
    bool m_erasing = false;
};

class EraseTool : public PianoRollTool {
public:
    using PianoRollTool::PianoRollTool;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void cancel() override { m_active = false; }
    QCursor cursor() const override { return Qt::PointingHandCursor; }

private:
    bool m_active = false;
};

// Shared by DrawTool's right button and EraseTool: mark the note under pos
// for erasing in the view's preview; commit() deletes the marked notes.
namespace EraseSweep {
void mark(PianoRollView *view, const QPoint &pos);
void commit(PianoRollView *view);
}

} // namespace atelier::ui
