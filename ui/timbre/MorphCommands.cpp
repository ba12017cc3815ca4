#include "timbre/MorphCommands.h"

#include "timbre/MorphPanel.h"

namespace atelier::ui {

MorphPointCommand::MorphPointCommand(MorphPanel *panel, QPointF from, QPointF to, qint64 mergeKey)
    : m_panel(panel), m_from(from), m_to(to), m_key(mergeKey)
{
    setText(QObject::tr("Move Morph Point"));
}

void MorphPointCommand::undo() { m_panel->applyMorphPoint(m_from); }
void MorphPointCommand::redo() { m_panel->applyMorphPoint(m_to); }

bool MorphPointCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MorphPointCommand *>(other);
    if (m_key == 0 || o->m_key != m_key || o->m_panel != m_panel)
        return false;
    m_to = o->m_to;
    setObsolete(m_to == m_from);
    return true;
}

MorphCornerCommand::MorphCornerCommand(MorphPanel *panel, int corner, MorphCorner before, MorphCorner after)
    : m_panel(panel), m_corner(corner), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QObject::tr("Set Corner %1 to %2").arg(MorphPanel::cornerTitle(corner), m_after.name));
}

void MorphCornerCommand::undo() { m_panel->applyCorner(m_corner, m_before); }
void MorphCornerCommand::redo() { m_panel->applyCorner(m_corner, m_after); }

} // namespace atelier::ui
