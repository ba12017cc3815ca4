#pragma once
// The Sound-Morph panel's undo commands. They hold values, not pointers into
// the model, and apply them through the panel, which updates the pad, the
// combos, z, the voice engine and the plots (the panel's undo stack is
// cleared when the model changes, so instrument indices stay valid).
//  - MorphPointCommand: the pad point moved. Commands of the same gesture
//    (one drag, one held arrow key, one slider drag) merge into one step;
//    a gesture that ends where it began becomes obsolete.
//  - MorphCornerCommand: a corner's instrument changed (a model instrument
//    or a user's recording with its encoded z).

#include <QPointF>
#include <QString>
#include <QUndoCommand>
#include <vector>

namespace atelier::ui {

class MorphPanel;

struct MorphCorner {
    int instrument = -1;  // index into ITimbreModel::instruments(), -1 for a recording
    QString wavPath;      // the recording (instrument == -1)
    QString name;         // shown on the pad, the map and in the combo
    std::vector<float> z;
    bool isValid() const { return !z.empty(); }
    bool operator==(const MorphCorner &o) const
    {
        return instrument == o.instrument && wavPath == o.wavPath && name == o.name && z == o.z;
    }
};

class MorphPointCommand : public QUndoCommand {
public:
    static constexpr int kId = 0x4d50;  // "MP"
    // mergeKey 0: never merges.
    MorphPointCommand(MorphPanel *panel, QPointF from, QPointF to, qint64 mergeKey);
    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    MorphPanel *m_panel;
    QPointF m_from, m_to;
    qint64 m_key;
};

class MorphCornerCommand : public QUndoCommand {
public:
    MorphCornerCommand(MorphPanel *panel, int corner, MorphCorner before, MorphCorner after);
    void undo() override;
    void redo() override;

private:
    MorphPanel *m_panel;
    int m_corner;
    MorphCorner m_before, m_after;
};

} // namespace atelier::ui
