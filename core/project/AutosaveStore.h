#pragma once
// Crash recovery. Each running studio holds a session lock (QLockFile, which
// knows the owner's pid) and periodically writes its song to
// "<session>.atelier" beside a small "<session>.json" naming the document it
// belongs to. A clean exit removes all three. On the next start, any autosave
// whose session lock can be taken (its owner died) is offered for recovery.
// Writes are atomic, so a crash during an autosave keeps the previous one.
// One the user declines to recover is kept a week in a trash folder.

#include "project/Project.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>
#include <memory>

namespace atelier::core {

class AutosaveStore {
public:
    struct Recoverable {
        QString sessionId;
        QString autosavePath;
        QString documentPath;  // empty for a never-saved song
        QDateTime savedAt;
    };

    // dir: where autosaves live; empty = the user's app data folder + "/autosave".
    explicit AutosaveStore(const QString &dir = {});
    ~AutosaveStore();

    static QString defaultDir();
    QString dir() const { return m_dir; }

    // Starts this session: takes its lock. False (with error) if the folder is unusable.
    bool begin(QString *error);
    // Writes the current song (atomically) with the path of its document.
    bool save(const Project &project, const QString &documentPath, QString *error);
    // Removes this session's autosave (after an explicit save, or on clean exit).
    void discard();
    // Ends the session cleanly: discard() and release the lock.
    void end();

    // Autosaves of other sessions that are no longer running, newest first.
    QList<Recoverable> findRecoverable() const;
    // Removes a recoverable autosave once the user has restored it.
    bool remove(const Recoverable &r) const;
    // A declined one goes to the trash folder (trashDir()) instead, as
    // "<saved time>-<session>.atelier", kept kTrashDays days (begin() empties
    // older ones); returns its new path, empty with *error on failure.
    static constexpr int kTrashDays = 7;
    QString moveToTrash(const Recoverable &r, QString *error) const;
    QString trashDir() const { return m_dir + QStringLiteral("/trash"); }

private:
    QString pathFor(const QString &sessionId, const QString &suffix) const;

    QString m_dir;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace atelier::core
