#pragma once
// AtomicFile: the one way Atelier saves a file: the bytes go to a temporary
// file beside it that replaces it only when every byte was written, so a
// save either leaves the whole new file or the old one untouched. Written
// unbuffered, so a short write (a full disk, a file-size limit) is seen:
// Qt 6.4's QSaveFile, buffered, can report success for a file cut short.

#include <QByteArray>
#include <QString>

namespace atelier::core::AtomicFile {

// False and *reason (why, without the path: "No space left on device",
// "only 64 of 1000 bytes could be written") on failure.
bool write(const QString &path, const QByteArray &bytes, QString *reason);

} // namespace atelier::core::AtomicFile
