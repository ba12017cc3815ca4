#pragma once
// Runs the real `atelier` executable for command-line tests.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

struct AtelierResult {
    int code;
    QByteArray out;
    QByteArray err;
};

inline AtelierResult runAtelier(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ATELIER_BINARY_DIR "/atelier"), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, "timeout"};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
