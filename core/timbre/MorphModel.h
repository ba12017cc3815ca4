#pragma once
// The Sound-Morph instrument's model: a MorphState (corners, point, two-corner
// mode, envelope, gain, the model file) with its own undo stack. Point moves
// and corner changes are undo steps (one drag is one step, see
// MorphPointCommand); the envelope, gain and two-corner mode are settings that
// apply at once. reset() replaces everything (a project opened, another timbre
// model chosen) and clears the undo history. The project saves state(); the
// MorphPanel binds its pad, combos and sliders to the signals.

#include "document/MorphState.h"
#include "timbre/TimbreVoiceEngine.h"

#include <QObject>
#include <QPointF>
#include <QUndoStack>

namespace atelier::core::timbre {

class MorphModel : public QObject {
    Q_OBJECT
public:
    static constexpr int kCorners = MorphState::kCorners;

    explicit MorphModel(QObject *parent = nullptr);

    const MorphState &state() const { return m_state; }
    QUndoStack *undoStack() { return &m_undo; }

    QPointF point() const { return {m_state.x, m_state.y}; }
    const MorphCorner &corner(int corner) const { return m_state.corners.at(std::size_t(corner)); }
    bool twoCorners() const { return m_state.twoCorners; }
    Envelope envelope() const;
    double gain() const { return m_state.gain; }
    // The corners' weights at the point (bilinear; two-corner mode: along the top edge).
    std::array<double, kCorners> weights() const;
    // z = sum of weight times corner z; empty while a corner has none.
    std::vector<float> z() const;

    // Undoable. mergeKey: moves with the same non-zero key merge into one step.
    bool requestPoint(QPointF to, qint64 mergeKey = 0);
    bool requestCorner(int corner, const MorphCorner &value);

    // Settings, at once.
    void setTwoCorners(bool on);
    void setEnvelope(const Envelope &envelope);
    void setGain(double linear);

    // Everything at once; clears the undo history.
    void reset(const MorphState &state);

    // For the undo commands only.
    void applyPoint(QPointF point);
    void applyCorner(int corner, const MorphCorner &value);

signals:
    void pointChanged();
    void cornerChanged(int corner);
    void twoCornersChanged();
    void soundChanged();      // envelope or gain
    void stateReset();
    void changed();           // any of the above (autosave, the project's modified flag)

private:
    MorphState m_state;
    QUndoStack m_undo;
};

} // namespace atelier::core::timbre
