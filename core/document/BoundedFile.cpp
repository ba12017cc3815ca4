#include "document/BoundedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QObject>
#include <algorithm>

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
    // In pieces (a large limit allocates nothing up front), and no further
    // than the limit: the file may have grown since, or be one whose size
    // says nothing (/proc).
    constexpr qint64 kChunk = qint64(1) << 20;
    QByteArray bytes;
    bytes.reserve(qsizetype(info.size()));
    for (;;) {
        const QByteArray part = file.read(std::min(kChunk, maxBytes + 1 - bytes.size()));
        if (part.isEmpty())
            break;
        bytes += part;
        if (bytes.size() > maxBytes) {
            *reason = QObject::tr("larger than %1").arg(limit);
            return std::nullopt;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        *reason = file.errorString();
        return std::nullopt;
    }
    return bytes;
}

} // namespace atelier::core::BoundedFile
