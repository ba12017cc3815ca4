#pragma once
// The piano roll: a custom item view over a NoteModel (one row per note),
// written against the model/view contract (visualRect, indexAt, setSelection)
// so selection lives in the QItemSelectionModel, never in the notes.
//
// Content coordinates: x = tick * pixelsPerTick, y = (127 - pitch) * rowHeight.
// Mouse input is delegated to the active PianoRollTool; a tool previews a
// drag in the view (DragPreview) and commits one undo command on release.

#include "document/NoteModel.h"

#include <QAbstractItemView>
#include <memory>

namespace atelier::ui {

class PianoRollTool;

// What a tool is doing right now, drawn by the view on top of the notes.
struct DragPreview {
    QList<int> rows;               // notes being moved, resized or erased
    core::Tick dt = 0;             // move in ticks
    int dPitch = 0;                // move in semitones
    core::Tick dLength = 0;        // resize
    bool erasing = false;
    QList<core::Note> newNotes;    // notes being drawn
    bool isActive() const { return !rows.isEmpty() || !newNotes.isEmpty(); }
};

class PianoRollView : public QAbstractItemView {
    Q_OBJECT
public:
    enum class ToolKind { Select, Draw, Erase };

    explicit PianoRollView(QWidget *parent = nullptr);
    ~PianoRollView() override;

    core::NoteModel *noteModel() const;
    core::SongDocument *document() const;
    void setNoteModel(core::NoteModel *model);

    // --- Geometry shared with the ruler, keyboard and velocity lane.
    double pixelsPerTick() const { return m_pixelsPerTick; }
    int rowHeight() const { return m_rowHeight; }
    int xForTick(core::Tick tick) const;        // viewport x
    core::Tick tickForX(int x) const;           // viewport x -> tick
    int yForPitch(int pitch) const;             // viewport y of the row's top
    int pitchForY(int y) const;
    QRect noteRect(const core::Note &note) const;  // viewport rect
    void setZoom(double pixelsPerTick, int rowHeight);
    void zoomHorizontally(double factor);
    void zoomVertically(int delta);
    void centerOnPitch(int pitch);
    // Scrolls to where the current track's music is (after opening or switching tracks).
    void revealNotes();

    // --- Editing settings.
    core::Tick grid() const { return m_grid; }         // 0: no snap
    void setGrid(core::Tick ticks);
    core::Tick snapTick(core::Tick tick) const;
    core::Tick defaultLength() const { return m_defaultLength; }
    void setDefaultLength(core::Tick ticks) { m_defaultLength = ticks; }
    void setTool(ToolKind kind);
    ToolKind tool() const { return m_toolKind; }
    void setScale(int root, int scaleIndex);
    void setPlayhead(core::Tick tick, bool follow);
    core::Tick playhead() const { return m_playhead; }

    // --- Selection helpers (rows of the note model).
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &rows, QItemSelectionModel::SelectionFlags flags =
                                                QItemSelectionModel::ClearAndSelect);
    int noteAt(const QPoint &viewportPos) const;
    QList<core::Note> notesAt(const QList<int> &rows) const;

    // --- Edits of the current track, each one undo step.
    // Gives rows[i] the value notes[i].
    bool changeNotes(const QList<int> &rows, const QList<core::Note> &notes, const QString &text);
    // Adds the notes and selects them.
    bool addNotes(const QList<core::Note> &notes, const QString &text);  // -1: none; topmost (last drawn) wins
    bool isNearRightEdge(int row, const QPoint &viewportPos) const;

    const DragPreview &preview() const { return m_preview; }
    void setPreview(const DragPreview &preview);
    void clearPreview();
    // Generated notes not yet kept (the Continue panel's current variation),
    // drawn over the notes in their own colour; empty hides them.
    // Generated notes shown over the roll, not in the song; colour: the result's own (invalid: green).
    void setCandidateNotes(const QList<core::Note> &notes, const QColor &colour = {});
    const QList<core::Note> &candidateNotes() const { return m_candidates; }
    void setRubberBand(const QRect &rect);  // viewport rect; null hides it

    // QAbstractItemView
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

signals:
    void geometryChanged();  // zoom or scroll changed
    void previewNote(int pitch, int velocity);  // audition a note under the mouse
    void toolChanged(atelier::ui::PianoRollView::ToolKind kind);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void reset() override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void scrollContentsBy(int dx, int dy) override;

    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    core::Tick contentEndTick() const;

    double m_pixelsPerTick = 0.1;
    int m_ppq = core::kDefaultPpq;  // the resolution m_pixelsPerTick was chosen for
    int m_rowHeight = 12;
    core::Tick m_grid = 120;
    core::Tick m_defaultLength = 240;
    core::Tick m_playhead = 0;
    int m_scaleRoot = 0;
    int m_scaleIndex = 0;  // chromatic: no highlighting
    ToolKind m_toolKind = ToolKind::Select;
    std::unique_ptr<PianoRollTool> m_tool;
    DragPreview m_preview;
    QList<core::Note> m_candidates;
    QColor m_candidateColour;
    QRect m_rubberBand;

    friend class PianoRollPainter;
};

} // namespace atelier::ui
