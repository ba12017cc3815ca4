#include "common/ExportPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace atelier::ui::ExportPaths {

QString lastFolder()
{
    const QString remembered = QSettings().value(QStringLiteral("export/lastDir")).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir() && QFileInfo(remembered).isWritable())
        return remembered;
    for (const QString &dir : {QStandardPaths::writableLocation(QStandardPaths::MusicLocation), QDir::homePath()})
        if (!dir.isEmpty() && QFileInfo(dir).isDir() && QFileInfo(dir).isWritable())
            return dir;
    return QDir::homePath();
}

QString suggest(const QString &baseName, const QString &extension)
{
    QString base = baseName.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Untitled");
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QDir dir(lastFolder());
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? QStringLiteral("%1 (export).%2").arg(base, extension)
                                    : QStringLiteral("%1 (export %2).%3").arg(base).arg(n).arg(extension);
        const QString path = dir.filePath(name);
        if (!QFileInfo::exists(path) || n >= 1000)
            return path;
    }
}

void remember(const QString &exportedPath)
{
    QSettings().setValue(QStringLiteral("export/lastDir"), QFileInfo(exportedPath).absolutePath());
}

} // namespace atelier::ui::ExportPaths
