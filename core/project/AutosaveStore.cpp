#include "project/AutosaveStore.h"
#include "project/ProjectFile.h"
#include "document/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace atelier::core {

AutosaveStore::AutosaveStore(const QString &dir) : m_dir(dir.isEmpty() ? defaultDir() : dir) {}

AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/autosave");
}

QString AutosaveStore::pathFor(const QString &sessionId, const QString &suffix) const
{
    return m_dir + QLatin1Char('/') + sessionId + suffix;
}

bool AutosaveStore::begin(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QObject::tr("Cannot create the autosave folder %1").arg(m_dir);
        return false;
    }
    // Declined autosaves older than a week go for good.
    const QDateTime cutoff = QDateTime::currentDateTime().addDays(-kTrashDays);
    for (const QFileInfo &f : QDir(trashDir()).entryInfoList({QStringLiteral("*.atelier")}, QDir::Files))
        if (f.lastModified() < cutoff)
            QFile::remove(f.absoluteFilePath());
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lock = std::make_unique<QLockFile>(pathFor(m_sessionId, ".lock"));
    m_lock->setStaleLockTime(0);  // only a dead owner makes it stale
    if (!m_lock->tryLock(0)) {
        if (error)
            *error = QObject::tr("Cannot lock %1").arg(pathFor(m_sessionId, ".lock"));
        m_lock.reset();
        return false;
    }
    return true;
}

bool AutosaveStore::save(const Project &project, const QString &documentPath, QString *error)
{
    if (!m_lock) {
        if (error)
            *error = QObject::tr("Autosave is not running");
        return false;
    }
    if (!ProjectFile::save(project, pathFor(m_sessionId, ".atelier"), error))
        return false;
    const QJsonObject o{{"document", documentPath},
                        {"saved_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QString reason;
    if (!AtomicFile::write(pathFor(m_sessionId, ".json"), QJsonDocument(o).toJson(), &reason)) {
        if (error)
            *error = QObject::tr("cannot write %1: %2").arg(pathFor(m_sessionId, ".json"), reason);
        return false;
    }
    return true;
}

void AutosaveStore::discard()
{
    if (m_sessionId.isEmpty())
        return;
    QFile::remove(pathFor(m_sessionId, ".atelier"));
    QFile::remove(pathFor(m_sessionId, ".json"));
}

void AutosaveStore::end()
{
    discard();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

QList<AutosaveStore::Recoverable> AutosaveStore::findRecoverable() const
{
    QList<Recoverable> out;
    const QDir d(m_dir);
    for (const QString &name : d.entryList({"*.atelier"}, QDir::Files)) {
        const QString id = name.chopped(int(strlen(".atelier")));
        if (id == m_sessionId)
            continue;
        // A live session holds its lock; a crashed one left a stale lock (or none).
        QLockFile probe(pathFor(id, ".lock"));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue;
        probe.unlock();
        Recoverable r{id, pathFor(id, ".atelier"), {}, {}};
        QFile meta(pathFor(id, ".json"));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            r.documentPath = o.value("document").toString();
            r.savedAt = QDateTime::fromString(o.value("saved_at").toString(), Qt::ISODate);
        }
        if (!r.savedAt.isValid())
            r.savedAt = QFileInfo(r.autosavePath).lastModified();
        out.append(r);
    }
    std::sort(out.begin(), out.end(),
              [](const Recoverable &a, const Recoverable &b) { return a.savedAt > b.savedAt; });
    return out;
}

QString AutosaveStore::moveToTrash(const Recoverable &r, QString *error) const
{
    const QDir trash(trashDir());
    if (!trash.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QObject::tr("Cannot create the folder %1").arg(trashDir());
        return {};
    }
    const QString stamp = r.savedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = trash.filePath(stamp + QLatin1Char('-') + r.sessionId + QStringLiteral(".atelier"));
    if (!QFile::rename(r.autosavePath, target)) {
        if (error)
            *error = QObject::tr("Cannot move %1 to %2").arg(r.autosavePath, target);
        return {};
    }
    QFile moved(target);   // the week counts from now
    if (moved.open(QIODevice::ReadWrite))
        moved.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
    QFile::remove(pathFor(r.sessionId, ".json"));
    QFile::remove(pathFor(r.sessionId, ".lock"));
    return target;
}

bool AutosaveStore::remove(const Recoverable &r) const
{
    QFile::remove(pathFor(r.sessionId, ".json"));
    QFile::remove(pathFor(r.sessionId, ".lock"));
    return QFile::remove(r.autosavePath);
}

} // namespace atelier::core
