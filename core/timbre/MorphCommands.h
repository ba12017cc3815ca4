#pragma once
// The Sound-Morph instrument's undo commands, on its MorphModel. They hold
// values, not pointers into the model (the undo stack is cleared when the
// timbre model changes, so instrument indices stay valid).
//  - MorphPointCommand: the pad point moved. Commands of the same gesture
//    (one drag, one held arrow key, one slider drag) merge into one step;
//    a gesture that ends where it began becomes obsolete.
//  - MorphCornerCommand: a corner's instrument changed (a model instrument
//    or a user's recording with its encoded z).

#include "document/MorphState.h"

#include <QPointF>
#include <QUndoCommand>

namespace atelier::core::timbre {

class MorphModel;

class MorphPointCommand : public QUndoCommand {
public:
    static constexpr int kId = 0x4d50;  // "MP"
    // mergeKey 0: never merges.
    MorphPointCommand(MorphModel *model, QPointF from, QPointF to, qint64 mergeKey);
    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    MorphModel *m_model;
    QPointF m_from, m_to;
    qint64 m_key;
};

class MorphCornerCommand : public QUndoCommand {
public:
    MorphCornerCommand(MorphModel *model, int corner, MorphCorner before, MorphCorner after);
    void undo() override;
    void redo() override;

private:
    MorphModel *m_model;
    int m_corner;
    MorphCorner m_before, m_after;
};

} // namespace atelier::core::timbre
