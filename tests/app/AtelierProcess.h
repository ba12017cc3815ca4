#pragma once
// Runs the real `atelier` executable for command-line tests. Its time bound
// (2 minutes) is multiplied by ATELIER_TEST_TIME_SCALE where set: the
// sanitizer builds run the models several times slower.

#include "train/LoopbackPort.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QtGlobal>
#include <algorithm>
#include <memory>

using atelier::models::freeLoopbackPort;   // a rendezvous port for training ranks

struct AtelierResult {
    int code;
    QByteArray out;
    QByteArray err;
};

inline AtelierResult runAtelier(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ATELIER_BINARY_DIR "/atelier"), args);
    const int scale = std::max(1, qEnvironmentVariableIntValue("ATELIER_TEST_TIME_SCALE"));
    if (!p.waitForFinished(120000 * scale))
        return {-1, {}, "timeout"};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// The real `atelier` started with `args`, not waited for (several ranks of a training run).
inline std::unique_ptr<QProcess> startAtelier(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->start(QStringLiteral(ATELIER_BINARY_DIR "/atelier"), args);
    return p;
}

