#pragma once
// Runs the real `atelier` executable for command-line tests. Its time bound
// (2 minutes) is multiplied by ATELIER_TEST_TIME_SCALE where set: the
// sanitizer builds run the models several times slower.

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QtGlobal>
#include <algorithm>
#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

// A TCP port on 127.0.0.1 that nothing listens on right now.
inline int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}
