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

} // namespace atelier::core::timbre
