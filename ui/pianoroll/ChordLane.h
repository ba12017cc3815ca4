#pragma once
// The chord lane between the ruler and the piano roll: the song's chord
// symbols on the bar grid, scrolled and zoomed with the view.
//
// Editing (every change one undo step on the song document):
//  - double-click (or Enter on the selected chord, or F2) types a chord at
//    the beat under the mouse: "Am", "G7/B", "N.C."; Enter keeps it, Esc
//    cancels, an empty text removes the chord there, a bad symbol is named
//    and the editor stays open;
//  - click selects a chord; Left / Right select the previous / next one;
//    Delete or Backspace removes it;
//  - the context menu: Edit Chord, Remove Chord, Chords for This Melody
//    (the harmonizer proposes chords for the track shown, replacing the
//    lane), Continue the Chords (keeps the lane's chords and proposes the
//    bars after them to the melody's end, fitting what came before), Chords
//    from This Track (ChordRecognizer over an accompaniment: one chord per
//    bar or half bar, replacing the lane), Clear Chords; Play Chords, Chord Sound (a GM
//    instrument), Chord Style (block, arpeggio, comp), Add as an
//    Accompaniment Track (the voiced chords as a track, for editing and
//    MIDI export).

#include "document/Song.h"
#include "music/Harmonizer.h"

#include <QWidget>
#include <optional>

class QLineEdit;
class QMenu;

namespace atelier::ui {

class PianoRollView;

class ChordLane : public QWidget {
    Q_OBJECT
public:
    explicit ChordLane(PianoRollView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {400, 22}; }

    // -1: none. The index into the song's chords.
    int selectedChord() const { return m_selected; }
    void selectChord(int index);
    void editAt(core::Tick tick);   // opens the editor there (snapped to the beat)
    QLineEdit *editor() const { return m_editor; }
    void chordsFromTrack();
    // The harmonizer's chords for the track shown; keepChords: the lane's
    // chords stay and only the bars after them are proposed.
    void harmonizeTrack(bool keepChords);
    void clearChords();
    void addAccompanimentTrack();   // the voiced chords as a track of their own (one undo step)
    void addPlaybackActions(QMenu *menu);   // Play Chords, Chord Sound, Chord Style, Add as Track

signals:
    void statusMessage(const QString &message);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    core::Tick tickAt(int x) const;
    int xOf(core::Tick tick) const;
    int chordAtX(int x) const;   // the chord whose chip is under x, else -1
    core::Tick beatFloor(core::Tick tick) const;
    void commitEdit();
    void closeEditor();
    const QList<core::ChordChange> &chords() const;
    const core::Harmonizer *harmonizer();   // loaded on first use; nullptr (and a status message) when missing

    PianoRollView *m_view;
    QLineEdit *m_editor;
    core::Tick m_editTick = 0;
    int m_selected = -1;
    std::optional<core::Harmonizer> m_harmonizer;
};

} // namespace atelier::ui
