#pragma once
// Enables or disables one choice of a QComboBox (greyed in its list, not
// choosable), e.g. "Loop region" while the song has no loop.

#include <QComboBox>
#include <QStandardItemModel>

namespace atelier::ui {

inline void setComboItemEnabled(QComboBox *combo, int index, bool enabled)
{
    if (auto *items = qobject_cast<QStandardItemModel *>(combo->model()))
        if (QStandardItem *item = items->item(index))
            item->setEnabled(enabled);
}

} // namespace atelier::ui
