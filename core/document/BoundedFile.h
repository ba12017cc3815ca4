#pragma once
// BoundedFile: the one way Atelier reads a file a user hands it (a project,
// a MIDI file, a model, a reward script, a ratings log): only a regular
// file, and at most maxBytes of it. A FIFO, a device such as /dev/zero, a folder or a file over the
// limit is refused without reading it, so bad input never hangs or fills
// memory. The reason comes back in words to put after the file's name.

#include <QByteArray>
#include <QString>
#include <optional>

namespace atelier::core::BoundedFile {

// The largest model file Atelier reads (ours are at most a few MiB,
// Magenta's drawing models 3 MiB; a tuned one in float32 twice that).
constexpr qint64 kMaxModelFileBytes = qint64(256) << 20;

// Nothing and *reason: "no such file", "not a regular file", "larger than
// 1 MiB", or why it cannot be opened.
std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *reason);

} // namespace atelier::core::BoundedFile
