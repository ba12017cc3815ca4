#include "pianoroll/PianoRollPainter.h"
#include "common/Theme.h"
#include "document/TrackColors.h"

#include "document/BarGrid.h"
#include "document/GeneralMidi.h"
#include "document/NoteOps.h"

#include <QPainter>
#include <QSet>

namespace atelier::ui {

using core::Note;
using core::Tick;

PianoRollPainter::PianoRollPainter(const PianoRollView *view, QPainter *painter, const QRect &exposed)
    : m_view(view), m_p(painter), m_exposed(exposed)
{
}

QColor PianoRollPainter::noteColor(int velocity, bool selected, int track)
{
    if (selected)
        return QColor(255, 170, 60);
    // In the track's colour: quiet notes pale, loud ones deep.
    const double v = std::clamp(velocity, 1, 127) / 127.0;
    return QColor::fromHsvF(core::trackHue(track), 0.25 + 0.65 * v, 0.95 - 0.25 * v);
}

void PianoRollPainter::paint(int scaleRoot, int scaleIndex, const DragPreview &preview,
                             const QRect &rubberBand)
{
    m_scaleRoot = scaleRoot;
    m_scaleIndex = scaleIndex;
    paintRows(scaleRoot, scaleIndex);
    paintGrid();
    paintLoop();
    paintNotes(preview);
    paintPreview(preview);
    if (!rubberBand.isNull()) {
        QColor sel = Theme::colours().selection;
        m_p->setPen(QPen(sel, 1, Qt::DashLine));
        sel.setAlpha(40);
        m_p->setBrush(sel);
        m_p->drawRect(rubberBand.normalized());
    }
    const int x = m_view->xForTick(m_view->playhead());
    m_p->setPen(QPen(Theme::colours().playhead, 2));
    m_p->drawLine(x, 0, x, m_view->viewport()->height());
}

void PianoRollPainter::paintRows(int scaleRoot, int scaleIndex)
{
    const int h = m_view->rowHeight();
    const int top = m_view->pitchForY(m_exposed.top());
    const int bottom = m_view->pitchForY(m_exposed.bottom());
    const bool highlight = scaleIndex > 0;
    for (int pitch = top; pitch >= bottom; --pitch) {
        const int y = m_view->yForPitch(pitch);
        const ThemeColours &tc = Theme::colours();
        QColor c = core::GeneralMidi::isBlackKey(pitch) ? tc.rollBlackRow : tc.rollRow;
        if (highlight && !core::NoteOps::inScale(pitch, scaleRoot, scaleIndex))
            c = tc.rollOutOfScaleRow;
        if (highlight && ((pitch - scaleRoot) % 12 + 12) % 12 == 0)
            c = tc.rollTonicRow;
        m_p->fillRect(QRect(m_exposed.left(), y, m_exposed.width(), h), c);
        if (pitch % 12 == 0 || pitch % 12 == 5) {  // C and F borders
            m_p->setPen(tc.rollOctaveLine);
            m_p->drawLine(m_exposed.left(), y + h - 1, m_exposed.right(), y + h - 1);
        }
    }
}

void PianoRollPainter::paintGrid()
{
    const core::SongDocument *doc = m_view->document();
    if (!doc)
        return;
    const core::BarGrid bars(doc->song());
    const Tick from = m_view->tickForX(m_exposed.left() - 1);
    const Tick to = m_view->tickForX(m_exposed.right() + 1);
    const int top = m_exposed.top(), bottom = m_exposed.bottom();
    // Fine grid lines, when they are far enough apart to help.
    const Tick grid = m_view->grid();
    if (grid > 0 && grid * m_view->pixelsPerTick() >= 6) {
        m_p->setPen(Theme::colours().gridFine);
        for (Tick t = (std::max<Tick>(0, from) / grid) * grid; t <= to; t += grid)
            m_p->drawLine(m_view->xForTick(t), top, m_view->xForTick(t), bottom);
    }
    const bool beats = bars.beatLength(from) * m_view->pixelsPerTick() >= 8;
    for (const core::BarGrid::Line &l : bars.lines(from, to, beats)) {
        m_p->setPen(l.isBar ? Theme::colours().gridBar : Theme::colours().gridBeat);
        const int x = m_view->xForTick(l.tick);
        m_p->drawLine(x, top, x, bottom);
    }
}

void PianoRollPainter::paintLoop()
{
    const core::SongDocument *doc = m_view->document();
    if (!doc || !doc->song().loop.isValid())
        return;
    const core::LoopRegion &loop = doc->song().loop;
    const int x0 = m_view->xForTick(loop.start), x1 = m_view->xForTick(loop.end);
    const QColor c = loop.enabled ? QColor(60, 160, 90, 28) : QColor(120, 120, 120, 18);
    m_p->fillRect(QRect(x0, m_exposed.top(), x1 - x0, m_exposed.height()), c);
}

void PianoRollPainter::paintCandidates(const QList<Note> &notes, const QColor &colour)
{
    // Translucent and outlined, green or the result's own colour: generated notes that are not part of the song yet.
    const float hue = colour.isValid() ? std::max(0.0f, colour.hsvHueF()) : 0.33f;
    for (const Note &n : notes) {
        const QRect r = m_view->noteRect(n).adjusted(0, 1, -1, -1);
        if (!r.intersects(m_exposed))
            continue;
        const double v = std::clamp(n.velocity, 1, 127) / 127.0;
        QColor fill = QColor::fromHsvF(hue, 0.35 + 0.55 * v, 0.85);
        fill.setAlpha(170);
        m_p->setPen(QPen(QColor::fromHsvF(hue, 0.8, 0.45), 1, Qt::DashLine));
        m_p->setBrush(fill);
        m_p->drawRect(r);
    }
}

void PianoRollPainter::paintNote(const Note &n, bool selected, bool ghost)
{
    const QRect r = m_view->noteRect(n).adjusted(0, 1, -1, -1);
    if (!r.intersects(m_exposed))
        return;
    QColor fill = noteColor(n.velocity, selected, m_view->noteModel() ? m_view->noteModel()->track() : 0);
    if (ghost)
        fill.setAlpha(110);
    m_p->setPen(selected ? QColor(150, 80, 0) : Theme::colours().noteOutline);
    m_p->setBrush(fill);
    m_p->drawRect(r);
    if (m_scaleIndex > 0 && !core::NoteOps::inScale(n.pitch, m_scaleRoot, m_scaleIndex)) {
        // Out of the key: a red outline and a corner mark, visible at any zoom.
        const QColor mark = Theme::colours().outOfKeyMark;
        m_p->setPen(QPen(mark, 2));
        m_p->setBrush(Qt::NoBrush);
        m_p->drawRect(r.adjusted(1, 1, -1, -1));
        m_p->setPen(Qt::NoPen);
        m_p->setBrush(mark);
        const int s = std::min(r.height(), 8);
        m_p->drawPolygon(QPolygon({r.topRight() + QPoint(1, 0), r.topRight() + QPoint(1 - s, 0),
                                   r.topRight() + QPoint(1, s)}));
    }
    if (r.width() > 28 && r.height() >= 10) {
        m_p->setPen(Theme::colours().noteText);
        QFont f = m_p->font();
        f.setPixelSize(std::min(r.height() - 2, 10));
        m_p->setFont(f);
        m_p->drawText(r.adjusted(3, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      core::GeneralMidi::pitchName(n.pitch));
    }
}

void PianoRollPainter::paintNotes(const DragPreview &preview)
{
    const core::NoteModel *model = m_view->noteModel();
    if (!model || model->track() < 0)
        return;
    const QList<int> selected = m_view->selectedRows();
    const QSet<int> sel(selected.begin(), selected.end());
    const QSet<int> dragged(preview.rows.begin(), preview.rows.end());
    for (int r = 0; r < model->rowCount(); ++r) {
        const Note &n = model->note(r);
        const bool inDrag = dragged.contains(r);
        if (inDrag && preview.erasing)
            continue;  // being erased: drawn faded by paintPreview
        paintNote(n, sel.contains(r), inDrag);
    }
}

void PianoRollPainter::paintPreview(const DragPreview &preview)
{
    const core::NoteModel *model = m_view->noteModel();
    if (!model || model->track() < 0)
        return;
    for (int r : preview.rows) {
        if (r >= model->rowCount())
            continue;
        Note n = model->note(r);
        if (preview.erasing) {
            QRect rect = m_view->noteRect(n).adjusted(0, 1, -1, -1);
            m_p->setPen(QPen(QColor(200, 40, 40), 1, Qt::DashLine));
            m_p->setBrush(QColor(200, 40, 40, 40));
            m_p->drawRect(rect);
            continue;
        }
        n.start = std::max<Tick>(0, n.start + preview.dt);
        n.pitch = std::clamp(n.pitch + preview.dPitch, 0, 127);
        n.length = std::max<Tick>(1, n.length + preview.dLength);
        paintNote(n, true, false);
    }
    for (const Note &n : preview.newNotes)
        paintNote(n, true, false);
}

} // namespace atelier::ui
