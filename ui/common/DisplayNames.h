#pragma once
// Names as people read them: "palm_tree" is "Palm tree"; an instrument's
// source ("Flute (FluidR3_GM)") is shown only where two instruments would
// otherwise read the same.

#include <QHash>
#include <QString>
#include <QStringList>

namespace atelier::ui {

inline QString readableName(QString name)
{
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

inline QStringList withoutUnneededSources(const QStringList &names)
{
    const auto bare = [](const QString &n) {
        const qsizetype open = n.lastIndexOf(QStringLiteral(" ("));
        return open > 0 && n.endsWith(QLatin1Char(')')) ? n.left(open) : n;
    };
    QHash<QString, int> count;
    for (const QString &n : names)
        ++count[bare(n)];
    QStringList out;
    for (const QString &n : names)
        out.append(count.value(bare(n)) > 1 ? n : bare(n));
    return out;
}

} // namespace atelier::ui
