#include "document/BoundedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QObject>

namespace atelier::core::BoundedFile {

std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *reason)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *reason = QObject::tr("no such file");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *reason = QObject::tr("not a regular file");
        return std::nullopt;
    }
    const QString limit = QLocale().formattedDataSize(maxBytes, 0, QLocale::DataSizeIecFormat);
    if (info.size() > maxBytes) {
        *reason = QObject::tr("larger than %1").arg(limit);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = file.errorString();
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);   // it may have grown since
    if (bytes.size() > maxBytes) {
        *reason = QObject::tr("larger than %1").arg(limit);
        return std::nullopt;
    }
    return bytes;
}

} // namespace atelier::core::BoundedFile
