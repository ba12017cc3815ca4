#pragma once
// The piano-roll editor: ruler, keyboard, note view and velocity lane laid
// out around one PianoRollView, with its tool, grid, scale and zoom controls
// and the note editing actions.

#include "pianoroll/PianoRollView.h"

#include <QWidget>

class QActionGroup;
class QComboBox;
class QAction;

namespace atelier::ui {

class DragOutButton;
class NoteEditActions;
class PianoKeyboard;
class ChordLane;
class TimeRuler;
class VelocityLane;

class PianoRollEditor : public QWidget {
    Q_OBJECT
public:
    explicit PianoRollEditor(core::NoteModel *model, QWidget *parent = nullptr);

    PianoRollView *view() const { return m_view; }
    PianoKeyboard *keyboard() const { return m_keyboard; }
    TimeRuler *ruler() const { return m_ruler; }
    ChordLane *chordLane() const { return m_chords; }
    VelocityLane *velocityLane() const { return m_velocity; }
    NoteEditActions *editActions() const { return m_actions; }
    QList<QAction *> toolActions() const;
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QComboBox *gridCombo() const { return m_grid; }
    DragOutButton *dragOutButton() const { return m_dragOut; }

    void setGridDivision(int division);  // 4 = quarter notes, 16 = sixteenths; 0 = off
    // Sets the project key to the one the song's notes are in.
    void detectKey();

signals:
    void statusMessage(const QString &text);

private:
    void updateGrid();
    void syncKey();
    QWidget *buildControls();

    core::NoteModel *m_model;
    PianoRollView *m_view;
    PianoKeyboard *m_keyboard;
    TimeRuler *m_ruler;
    ChordLane *m_chords;
    VelocityLane *m_velocity;
    NoteEditActions *m_actions;
    QActionGroup *m_tools;
    QAction *m_zoomIn, *m_zoomOut;
    QComboBox *m_grid;
    DragOutButton *m_dragOut = nullptr;
    QComboBox *m_scaleRoot;
    QComboBox *m_scale;
    bool m_syncingKey = false;
};

} // namespace atelier::ui
