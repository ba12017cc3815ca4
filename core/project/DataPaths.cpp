#include "project/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace atelier::core::DataPaths {

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    const QString setting = QSettings().value("paths/dataDir").toString();
    if (!setting.isEmpty())
        return QDir::cleanPath(setting);
    return QDir::cleanPath(QStringLiteral(ATELIER_DEFAULT_DATA_DIR));
}

QString userModelDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/models");
}

QStringList modelSearchPath()
{
    QStringList out;
    // Bundled models: next to an installed binary, else the source tree.
    const QString installed = QCoreApplication::applicationDirPath() + "/../share/atelier/models";
    out << (QDir(installed).exists() ? QDir::cleanPath(installed)
                                     : QStringLiteral(ATELIER_SOURCE_DIR "/assets/models"));
    out << userModelDir();
    out << dataDir() + QStringLiteral("/models");
    return out;
}

QString rewardExamplesDir()
{
    const QString installed = QCoreApplication::applicationDirPath() + "/../share/atelier/rewards";
    return QDir(installed).exists() ? QDir::cleanPath(installed) : QStringLiteral(ATELIER_SOURCE_DIR "/assets/rewards");
}

QStringList modelFiles(const QString &pattern, const QStringList &subfolders)
{
    QStringList files;
    for (const QString &dir : modelSearchPath())
        for (const QString &sub : subfolders)
            for (const QFileInfo &f : QDir(sub.isEmpty() ? dir : dir + "/" + sub)
                                          .entryInfoList({pattern}, QDir::Files, QDir::Name))
                files.append(f.absoluteFilePath());
    files.removeDuplicates();
    return files;
}

} // namespace atelier::core::DataPaths
