#include "timbre/MorphCommands.h"

#include "timbre/MorphModel.h"

#include <QCoreApplication>

namespace atelier::core::timbre {

MorphPointCommand::MorphPointCommand(MorphModel *model, QPointF from, QPointF to, qint64 mergeKey)
    : m_model(model), m_from(from), m_to(to), m_key(mergeKey)
{
    setText(QCoreApplication::translate("MorphCommands", "Move Morph Point"));
}

void MorphPointCommand::undo() { m_model->applyPoint(m_from); }
void MorphPointCommand::redo() { m_model->applyPoint(m_to); }

bool MorphPointCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MorphPointCommand *>(other);
    if (m_key == 0 || o->m_key != m_key || o->m_model != m_model)
        return false;
    m_to = o->m_to;
    setObsolete(m_to == m_from);
    return true;
}

MorphCornerCommand::MorphCornerCommand(MorphModel *model, int corner, MorphCorner before, MorphCorner after)
    : m_model(model), m_corner(corner), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("MorphCommands", "Set Corner %1 to %2")
                .arg(QChar(u'A' + corner), m_after.name));
}

void MorphCornerCommand::undo() { m_model->applyCorner(m_corner, m_before); }
void MorphCornerCommand::redo() { m_model->applyCorner(m_corner, m_after); }

MorphSoundCommand::MorphSoundCommand(MorphModel *model, MorphSoundValues before, MorphSoundValues after, qint64 mergeKey)
    : m_model(model), m_before(before), m_after(after), m_key(mergeKey)
{
    setText(QCoreApplication::translate("MorphCommands", "Change Sound"));
}

void MorphSoundCommand::undo() { m_model->applySound(m_before.envelope, m_before.gain); }
void MorphSoundCommand::redo() { m_model->applySound(m_after.envelope, m_after.gain); }

bool MorphSoundCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MorphSoundCommand *>(other);
    if (m_key == 0 || o->m_key != m_key || o->m_model != m_model)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

MorphTwoCornersCommand::MorphTwoCornersCommand(MorphModel *model, bool on) : m_model(model), m_on(on)
{
    setText(on ? QCoreApplication::translate("MorphCommands", "Morph Two Corners")
               : QCoreApplication::translate("MorphCommands", "Morph Four Corners"));
}

void MorphTwoCornersCommand::undo() { m_model->applyTwoCorners(!m_on); }
void MorphTwoCornersCommand::redo() { m_model->applyTwoCorners(m_on); }

} // namespace atelier::core::timbre
