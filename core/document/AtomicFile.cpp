#include "document/AtomicFile.h"

#include <QObject>
#include <QSaveFile>

namespace atelier::core::AtomicFile {

bool write(const QString &path, const QByteArray &bytes, QString *reason)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (reason)
            *reason = file.errorString();
        return false;
    }
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            break;
        done += n;
    }
    if (done != bytes.size()) {
        file.cancelWriting();
        if (reason)
            *reason = QObject::tr("only %1 of %2 bytes could be written (is the disk full?)").arg(done).arg(bytes.size());
        return false;
    }
    if (!file.commit()) {
        if (reason)
            *reason = file.errorString();
        return false;
    }
    return true;
}

} // namespace atelier::core::AtomicFile
