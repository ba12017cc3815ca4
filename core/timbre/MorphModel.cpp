#include "timbre/MorphModel.h"

#include "timbre/MorphCommands.h"
#include "timbre/MorphMath.h"

#include <algorithm>

namespace atelier::core::timbre {

MorphModel::MorphModel(QObject *parent) : QObject(parent) {}

Envelope MorphModel::envelope() const { return m_state.envelope; }

std::array<double, MorphModel::kCorners> MorphModel::weights() const
{
    return morph::cornerWeights(m_state.x, m_state.twoCorners ? 0.0 : m_state.y);
}

std::vector<float> MorphModel::z() const
{
    std::array<std::vector<float>, kCorners> zs;
    for (int c = 0; c < kCorners; ++c) {
        if (m_state.corners[std::size_t(c)].z.empty())
            return {};
        zs[std::size_t(c)] = m_state.corners[std::size_t(c)].z;
    }
    return morph::mixZ(zs, weights());
}

bool MorphModel::requestPoint(QPointF to, qint64 mergeKey)
{
    to = QPointF(std::clamp(to.x(), 0.0, 1.0), std::clamp(to.y(), 0.0, 1.0));
    if (to == point())
        return false;
    m_undo.push(new MorphPointCommand(this, point(), to, mergeKey));
    return true;
}

bool MorphModel::requestCorner(int corner, const MorphCorner &value)
{
    if (corner < 0 || corner >= kCorners || value == m_state.corners[std::size_t(corner)])
        return false;
    m_undo.push(new MorphCornerCommand(this, corner, m_state.corners[std::size_t(corner)], value));
    return true;
}

bool MorphModel::requestSound(const Envelope &envelope, double gain, qint64 mergeKey)
{
    if (envelope == m_state.envelope && gain == m_state.gain)
        return false;
    m_undo.push(new MorphSoundCommand(this, MorphSoundValues{m_state.envelope, m_state.gain}, MorphSoundValues{envelope, gain}, mergeKey));
    return true;
}

bool MorphModel::requestTwoCorners(bool on)
{
    if (on == m_state.twoCorners)
        return false;
    m_undo.push(new MorphTwoCornersCommand(this, on));
    return true;
}

void MorphModel::applySound(const Envelope &envelope, double gain)
{
    m_state.envelope = envelope;
    m_state.gain = gain;
    emit soundChanged();
    emit changed();
}

void MorphModel::applyTwoCorners(bool on)
{
    m_state.twoCorners = on;
    emit twoCornersChanged();
    emit changed();
}

void MorphModel::reset(const MorphState &state)
{
    m_undo.clear();
    m_state = state;
    m_state.x = std::clamp(m_state.x, 0.0, 1.0);
    m_state.y = std::clamp(m_state.y, 0.0, 1.0);
    emit stateReset();
    emit changed();
}

void MorphModel::replace(const MorphState &state)
{
    reset(state);
    m_undo.resetClean();
}

void MorphModel::applyPoint(QPointF p)
{
    m_state.x = std::clamp(p.x(), 0.0, 1.0);
    m_state.y = std::clamp(p.y(), 0.0, 1.0);
    emit pointChanged();
    emit changed();
}

void MorphModel::applyCorner(int corner, const MorphCorner &value)
{
    if (corner < 0 || corner >= kCorners)
        return;
    m_state.corners[std::size_t(corner)] = value;
    emit cornerChanged(corner);
    emit changed();
}

} // namespace atelier::core::timbre
