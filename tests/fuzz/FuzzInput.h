#pragma once
// Shared by the libFuzzer harnesses (tests/fuzz): the input as a QByteArray
// for readers that parse bytes, or as a file of this process's own for
// readers that take a path (rewritten for every input).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace atelier::fuzz {

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input written to "<temp>/atelier-fuzz-<pid><suffix>"; the path.
inline QString inputFile(const std::uint8_t *data, std::size_t size, const char *suffix)
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("atelier-fuzz-%1%2").arg(::getpid()).arg(QLatin1String(suffix)));
    static const QByteArray name = QFile::encodeName(path);
    std::FILE *file = std::fopen(name.constData(), "wb");
    if (!file || (size && std::fwrite(data, 1, size, file) != size) || std::fclose(file) != 0)
        std::abort();  // the harness itself cannot work: not a finding
    return path;
}

// A property of the reader that does not hold: stop, so libFuzzer keeps the input.
[[noreturn]] inline void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace atelier::fuzz
