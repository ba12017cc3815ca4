#pragma once
// One action, its keys: the platform's standard keys for it plus the ones
// users expect everywhere (Ctrl+Y for redo, Ctrl+= for zoom in on keyboards
// where + needs Shift), each key once. A key listed twice on one action
// makes Qt call the shortcut ambiguous and do nothing.

#include <QKeySequence>
#include <QList>

namespace atelier::ui {

inline QList<QKeySequence> keysFor(QKeySequence::StandardKey standard, std::initializer_list<QKeySequence> extra)
{
    QList<QKeySequence> keys;
    for (const QKeySequence &k : extra)
        if (!k.isEmpty() && !keys.contains(k))
            keys.append(k);
    for (const QKeySequence &k : QKeySequence::keyBindings(standard))
        if (!k.isEmpty() && !keys.contains(k))
            keys.append(k);
    return keys;
}

} // namespace atelier::ui
