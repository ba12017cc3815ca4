#pragma once
// The Sound-Morph instrument's model: a MorphState (corners, point, two-corner
// mode, envelope, gain, the model file) with its own undo stack. Every edit
// is an undo step: point moves and sound changes of one gesture (a drag, a
// slider drag) merge into one step (see MorphCommands.h). reset() replaces
// everything (a project opened) and clears the undo history, clean;
// replace() does the same for a change the user made (another timbre model
// chosen), so the stack is left unclean: the project is modified until it is
// saved. The project saves state(); the MorphPanel binds its pad, combos and
// sliders to the signals.

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

    // Undoable; false when nothing changes. mergeKey: edits with the same
    // non-zero key merge into one step.
    bool requestPoint(QPointF to, qint64 mergeKey = 0);
    bool requestCorner(int corner, const MorphCorner &value);
    bool requestSound(const Envelope &envelope, double gain, qint64 mergeKey = 0);
    bool requestTwoCorners(bool on);
    // One undo step each.
    void setTwoCorners(bool on) { requestTwoCorners(on); }
    void setEnvelope(const Envelope &envelope) { requestSound(envelope, gain()); }
    void setGain(double linear) { requestSound(envelope(), linear); }

    // Everything at once; clears the undo history (clean).
    void reset(const MorphState &state);
    // The same, for a change the user made: the history is left unclean.
    void replace(const MorphState &state);

    // For the undo commands only.
    void applyPoint(QPointF point);
    void applyCorner(int corner, const MorphCorner &value);
    void applySound(const Envelope &envelope, double gain);
    void applyTwoCorners(bool on);

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
