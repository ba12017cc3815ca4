#pragma once
// The piano roll's editing actions (menu entries with standard shortcuts):
// select all, delete, cut/copy/paste, duplicate, transpose by a semitone or
// an octave, nudge by a grid step, quantize. Each edit is one undo command.

#include <QObject>

class QAction;

namespace atelier::ui {

class PianoRollView;

class NoteEditActions : public QObject {
    Q_OBJECT
public:
    explicit NoteEditActions(PianoRollView *view, QObject *parent = nullptr);

    QAction *selectAll, *selectNone, *deleteNotes, *cut, *copy, *paste, *duplicate;
    QAction *transposeUp, *transposeDown, *octaveUp, *octaveDown, *nudgeLeft, *nudgeRight;
    QAction *quantize;
    QList<QAction *> all() const;

    void doSelectAll();
    void doDelete();
    void doCopy();
    void doCut();
    void doPaste();
    void doDuplicate();
    void doTranspose(int semitones);
    void doNudge(int steps);
    void doQuantize();

private:
    QAction *make(const QString &text, const QKeySequence &key, void (NoteEditActions::*slot)());
    PianoRollView *m_view;
};

} // namespace atelier::ui
