#pragma once
// The Sound-Morph instrument's undo commands, on its MorphModel. They hold
// values, not pointers into the model (the undo stack is cleared when the
// timbre model changes, so instrument indices stay valid).
//  - MorphPointCommand: the pad point moved. Commands of the same gesture
//    (one drag, one held arrow key, one slider drag) merge into one step;
//    a gesture that ends where it began becomes obsolete.
//  - MorphCornerCommand: a corner's instrument changed (a model instrument
//    or a user's recording with its encoded z).
//  - MorphSoundCommand: the envelope or the gain changed; the commands of one
//    slider drag merge, and one that ends where it began becomes obsolete.
//  - MorphTwoCornersCommand: two-corner mode on or off.

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

struct MorphSoundValues {
    SoundEnvelope envelope;
    double gain = 1.0;
    bool operator==(const MorphSoundValues &) const = default;
};

class MorphSoundCommand : public QUndoCommand {
public:
    static constexpr int kId = 0x4d53;  // "MS"
    MorphSoundCommand(MorphModel *model, MorphSoundValues before, MorphSoundValues after, qint64 mergeKey);
    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    MorphModel *m_model;
    MorphSoundValues m_before, m_after;
    qint64 m_key;
};

class MorphTwoCornersCommand : public QUndoCommand {
public:
    MorphTwoCornersCommand(MorphModel *model, bool on);
    void undo() override;
    void redo() override;

private:
    MorphModel *m_model;
    bool m_on;
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
