#pragma once
// Paints the piano roll's viewport: key rows (scale highlighting), bar and
// grid lines, the loop region, notes coloured by velocity, the selection,
// a tool's drag preview, the rubber band and the playhead.

#include "pianoroll/PianoRollView.h"

class QPainter;

namespace atelier::ui {

class PianoRollPainter {
public:
    PianoRollPainter(const PianoRollView *view, QPainter *painter, const QRect &exposed);
    void paint(int scaleRoot, int scaleIndex, const DragPreview &preview, const QRect &rubberBand);

    void paintCandidates(const QList<core::Note> &notes, const QColor &colour = {});
    static QColor noteColor(int velocity, bool selected, int track = 0);

private:
    void paintRows(int scaleRoot, int scaleIndex);
    void paintGrid();
    void paintLoop();
    void paintNotes(const DragPreview &preview);
    void paintPreview(const DragPreview &preview);
    void paintNote(const core::Note &note, bool selected, bool ghost);

    const PianoRollView *m_view;
    QPainter *m_p;
    QRect m_exposed;
    int m_scaleRoot = 0;
    int m_scaleIndex = 0;   // 0: no key shown, no note marked
};

} // namespace atelier::ui
