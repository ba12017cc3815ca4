#include "pianoroll/PianoRollView.h"
#include "pianoroll/PianoRollPainter.h"
#include "pianoroll/PianoRollTools.h"

#include "document/BarGrid.h"

#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace atelier::ui {

using core::Note;
using core::Tick;

namespace {
constexpr int kPitchCount = 128;
constexpr int kEdgeGrip_px = 5;
} // namespace

PianoRollView::PianoRollView(QWidget *parent) : QAbstractItemView(parent)
{
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setTool(ToolKind::Select);
}

PianoRollView::~PianoRollView() = default;

core::NoteModel *PianoRollView::noteModel() const { return static_cast<core::NoteModel *>(model()); }

core::SongDocument *PianoRollView::document() const
{
    return noteModel() ? noteModel()->document() : nullptr;
}

void PianoRollView::setNoteModel(core::NoteModel *model)
{
    setModel(model);
    connect(model->document(), &core::SongDocument::timelineChanged, viewport(),
            qOverload<>(&QWidget::update));
    updateGeometries();
}

namespace {

// Pixels are computed in double (exact for any tick a song can hold) and
// clamped to what Qt's int geometry holds with room to add a width: a note
// far beyond the view is drawn off-screen, never at a wrapped-around x.
int clampPixel(double x)
{
    constexpr double kLimit = double(1 << 30);
    return int(std::lround(std::clamp(x, -kLimit, kLimit)));
}

} // namespace

int PianoRollView::xForTick(Tick tick) const
{
    return clampPixel(double(tick) * m_pixelsPerTick - double(horizontalOffset()));
}

Tick PianoRollView::tickForX(int x) const
{
    return Tick(std::floor((double(x) + double(horizontalOffset())) / m_pixelsPerTick));
}

int PianoRollView::yForPitch(int pitch) const
{
    return (kPitchCount - 1 - pitch) * m_rowHeight - verticalOffset();
}

int PianoRollView::pitchForY(int y) const
{
    const int row = (y + verticalOffset()) / m_rowHeight;
    return std::clamp(kPitchCount - 1 - row, 0, kPitchCount - 1);
}

QRect PianoRollView::noteRect(const Note &n) const
{
    const int x0 = xForTick(n.start);
    const int x1 = std::max(x0 + 2, xForTick(n.end()));
    return QRect(x0, yForPitch(n.pitch), x1 - x0, m_rowHeight);
}

void PianoRollView::setZoom(double pixelsPerTick, int rowHeight)
{
    pixelsPerTick = std::clamp(pixelsPerTick, 0.005, 2.0);
    rowHeight = std::clamp(rowHeight, 4, 40);
    if (pixelsPerTick == m_pixelsPerTick && rowHeight == m_rowHeight)
        return;
    m_pixelsPerTick = pixelsPerTick;
    m_rowHeight = rowHeight;
    updateGeometries();
    viewport()->update();
    emit geometryChanged();
}

void PianoRollView::zoomHorizontally(double factor)
{
    // Keep the tick under the viewport's left edge in place.
    const Tick left = tickForX(0);
    setZoom(m_pixelsPerTick * factor, m_rowHeight);
    horizontalScrollBar()->setValue(clampPixel(double(left) * m_pixelsPerTick));
}

void PianoRollView::zoomVertically(int delta)
{
    const int center = pitchForY(viewport()->height() / 2);
    setZoom(m_pixelsPerTick, m_rowHeight + delta);
    centerOnPitch(center);
}

void PianoRollView::centerOnPitch(int pitch)
{
    const int y = (kPitchCount - 1 - pitch) * m_rowHeight - viewport()->height() / 2;
    verticalScrollBar()->setValue(y);
}

void PianoRollView::revealNotes()
{
    if (!document())
        return;
    // Keep the zoom at the same size per quarter note whatever the file's resolution.
    const int ppq = document()->song().ppq;
    if (ppq != m_ppq) {
        setZoom(m_pixelsPerTick * m_ppq / ppq, m_rowHeight);
        m_ppq = ppq;
    }
    if (noteModel()->rowCount() == 0) {
        horizontalScrollBar()->setValue(0);
        centerOnPitch(60);
        return;
    }
    int lo = 127, hi = 0;
    Tick first = std::numeric_limits<Tick>::max();
    for (int r = 0; r < noteModel()->rowCount(); ++r) {
        const Note &n = noteModel()->note(r);
        lo = std::min(lo, n.pitch);
        hi = std::max(hi, n.pitch);
        first = std::min(first, n.start);
    }
    updateGeometries();
    centerOnPitch((lo + hi) / 2);
    const core::BarGrid bars(document()->song());
    Tick barStart = 0;
    for (const auto &line : bars.lines(0, first, false))
        barStart = line.tick;
    horizontalScrollBar()->setValue(int(double(barStart) * m_pixelsPerTick));
}

void PianoRollView::setGrid(Tick ticks) { m_grid = std::max<Tick>(0, ticks); viewport()->update(); }

Tick PianoRollView::snapTick(Tick tick) const
{
    if (m_grid <= 0)
        return tick;
    Tick q = tick / m_grid;
    if (tick < 0 && q * m_grid != tick)
        --q;
    return q * m_grid;
}

void PianoRollView::setTool(ToolKind kind)
{
    m_toolKind = kind;
    m_tool = PianoRollTool::create(kind, this);
    clearPreview();
    viewport()->setCursor(m_tool->cursor());
    emit toolChanged(kind);
}

void PianoRollView::setScale(int root, int scaleIndex)
{
    m_scaleRoot = root;
    m_scaleIndex = scaleIndex;
    viewport()->update();
}

void PianoRollView::setPlayhead(Tick tick, bool follow)
{
    if (tick == m_playhead)
        return;
    const int oldX = xForTick(m_playhead);
    m_playhead = tick;
    const int x = xForTick(tick);
    if (follow && (x < 0 || x > viewport()->width() - 20)) {
        horizontalScrollBar()->setValue(int(std::lround(double(tick) * m_pixelsPerTick)) - 20);
        return;  // scrolling repaints everything
    }
    viewport()->update(QRect(oldX - 2, 0, 5, viewport()->height()));
    viewport()->update(QRect(x - 2, 0, 5, viewport()->height()));
}

QList<int> PianoRollView::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &i : selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PianoRollView::selectRows(const QList<int> &rows, QItemSelectionModel::SelectionFlags flags)
{
    if (!selectionModel() || !model())
        return;
    QItemSelection sel;
    for (int r : rows)
        if (r >= 0 && r < model()->rowCount())
            sel.select(model()->index(r, 0), model()->index(r, model()->columnCount() - 1));
    selectionModel()->select(sel, flags | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        selectionModel()->setCurrentIndex(model()->index(rows.last(), 0),
                                          QItemSelectionModel::NoUpdate);
}

int PianoRollView::noteAt(const QPoint &pos) const
{
    if (!noteModel())
        return -1;
    for (int r = noteModel()->rowCount() - 1; r >= 0; --r)
        if (noteRect(noteModel()->note(r)).contains(pos))
            return r;
    return -1;
}

QList<Note> PianoRollView::notesAt(const QList<int> &rows) const
{
    QList<Note> out;
    for (int r : rows)
        out.append(noteModel()->note(r));
    return out;
}

bool PianoRollView::changeNotes(const QList<int> &rows, const QList<Note> &notes, const QString &text)
{
    QList<core::IndexedNote> changes;
    for (int i = 0; i < rows.size() && i < notes.size(); ++i)
        changes.append({rows[i], notes[i]});
    return document()->requestChangeNotes(noteModel()->track(), changes, text);
}

bool PianoRollView::addNotes(const QList<Note> &notes, const QString &text)
{
    const int first = noteModel()->rowCount();
    if (!document()->requestAddNotes(noteModel()->track(), notes, text))
        return false;
    QList<int> rows;
    for (int i = 0; i < notes.size(); ++i)
        rows.append(first + i);
    selectRows(rows);
    return true;
}

bool PianoRollView::isNearRightEdge(int row, const QPoint &pos) const
{
    const QRect r = noteRect(noteModel()->note(row));
    return r.width() > 2 * kEdgeGrip_px && pos.x() >= r.right() - kEdgeGrip_px;
}

void PianoRollView::setPreview(const DragPreview &preview)
{
    m_preview = preview;
    viewport()->update();
}

void PianoRollView::setCandidateNotes(const QList<core::Note> &notes, const QColor &colour)
{
    m_candidates = notes;
    m_candidateColour = colour;
    if (!notes.isEmpty()) {
        // Bring the candidates into view: their start a little from the left
        // edge when they begin off screen, and their middle pitch vertically.
        Tick first = notes.first().start;
        int lo = 127, hi = 0;
        for (const core::Note &n : notes) {
            first = std::min(first, n.start);
            lo = std::min(lo, n.pitch);
            hi = std::max(hi, n.pitch);
        }
        const int x = xForTick(first);
        if (x < 0 || x > viewport()->width() * 3 / 4)
            horizontalScrollBar()->setValue(int(std::lround(double(first) * m_pixelsPerTick)) - viewport()->width() / 4);
        const int yLo = yForPitch(lo), yHi = yForPitch(hi);
        if (yHi < 0 || yLo > viewport()->height())
            centerOnPitch((lo + hi) / 2);
    }
    viewport()->update();
}

void PianoRollView::clearPreview()
{
    m_preview = DragPreview{};
    m_rubberBand = QRect();
    viewport()->update();
}

void PianoRollView::setRubberBand(const QRect &rect)
{
    m_rubberBand = rect;
    viewport()->update();
}

QRect PianoRollView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || !noteModel() || index.row() >= noteModel()->rowCount())
        return {};
    return noteRect(noteModel()->note(index.row()));
}

void PianoRollView::scrollTo(const QModelIndex &index, ScrollHint)
{
    const QRect r = visualRect(index);
    if (r.isNull() || viewport()->rect().contains(r))
        return;
    if (r.left() < 0 || r.right() > viewport()->width())
        horizontalScrollBar()->setValue(horizontalOffset() + r.left() - viewport()->width() / 4);
    if (r.top() < 0 || r.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalOffset() + r.top() - viewport()->height() / 2);
}

QModelIndex PianoRollView::indexAt(const QPoint &point) const
{
    const int row = noteAt(point);
    return row < 0 ? QModelIndex() : model()->index(row, 0);
}

QModelIndex PianoRollView::moveCursor(CursorAction, Qt::KeyboardModifiers)
{
    return currentIndex();  // arrow keys transpose and move notes instead (see actions)
}

int PianoRollView::horizontalOffset() const { return horizontalScrollBar()->value(); }

int PianoRollView::verticalOffset() const { return verticalScrollBar()->value(); }

bool PianoRollView::isIndexHidden(const QModelIndex &) const { return false; }

void PianoRollView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    QList<int> rows;
    const QRect norm = rect.normalized();
    for (int r = 0; noteModel() && r < noteModel()->rowCount(); ++r)
        if (noteRect(noteModel()->note(r)).intersects(norm))
            rows.append(r);
    selectRows(rows, command);
}

QRegion PianoRollView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QModelIndex &i : selection.indexes())
        if (i.column() == 0)
            region += visualRect(i).adjusted(-2, -2, 2, 2);
    return region;
}

Tick PianoRollView::contentEndTick() const
{
    const core::SongDocument *doc = document();
    const Tick ppq = doc ? doc->song().ppq : core::kDefaultPpq;
    const Tick end = doc ? doc->song().endTick() : 0;
    // Always leave room to write on: 16 bars past the end of the music.
    return end + ppq * 4 * 16;
}

void PianoRollView::updateGeometries()
{
    const int contentW = clampPixel(double(contentEndTick()) * m_pixelsPerTick);
    const int contentH = kPitchCount * m_rowHeight;
    horizontalScrollBar()->setRange(0, std::max(0, contentW - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, std::max(0, contentH - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(m_rowHeight);
    QAbstractItemView::updateGeometries();
}

void PianoRollView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    updateGeometries();
    viewport()->update();
}

void PianoRollView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    updateGeometries();
    viewport()->update();
}

void PianoRollView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    clearPreview();
    viewport()->update();
}

void PianoRollView::reset()
{
    QAbstractItemView::reset();
    clearPreview();
    updateGeometries();
    viewport()->update();
}

void PianoRollView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    viewport()->update();
}

void PianoRollView::scrollContentsBy(int dx, int dy)
{
    QAbstractItemView::scrollContentsBy(dx, dy);
    viewport()->update();
    emit geometryChanged();
}

void PianoRollView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    PianoRollPainter painter(this, &p, event->rect());
    painter.paint(m_scaleRoot, m_scaleIndex, m_preview, m_rubberBand);
    painter.paintCandidates(m_candidates, m_candidateColour);
}

void PianoRollView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    if (noteModel() && noteModel()->track() >= 0)
        m_tool->press(event);
}

void PianoRollView::mouseMoveEvent(QMouseEvent *event)
{
    if (noteModel() && noteModel()->track() >= 0)
        m_tool->move(event);
}

void PianoRollView::mouseReleaseEvent(QMouseEvent *event)
{
    if (noteModel() && noteModel()->track() >= 0)
        m_tool->release(event);
}

void PianoRollView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (noteModel() && noteModel()->track() >= 0)
        m_tool->doubleClick(event);
}

void PianoRollView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->modifiers() & Qt::ShiftModifier)
            zoomVertically(steps * 2);
        else
            zoomHorizontally(std::pow(1.25, steps));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalOffset() - event->angleDelta().y());
        event->accept();
        return;
    }
    QAbstractItemView::wheelEvent(event);
}

void PianoRollView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_tool->cancel();
        clearPreview();
        selectionModel()->clearSelection();
        return;
    }
    // Editing keys are window actions (Delete, arrows, Ctrl+D, ...): let them through.
    event->ignore();
}

} // namespace atelier::ui
