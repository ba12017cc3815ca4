// The private JACK server of the tests and benchmarks (JackServer): it
// comes up under its own name and goes with stop(); and when the process
// that started it dies without stopping it (a crash, a failed assertion
// that aborts), the server goes too, so no stray server is left behind.
// The crashing process is this test itself, run again with
// ATELIER_TEST_CRASH_WITH_SERVER set.

#include "live/JackServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QtTest>
#include <cstdio>
#include <cstdlib>

using namespace atelier::core;

namespace {

// Whether a process with `name` in its command line runs.
bool running(const QString &name)
{
    for (const QString &pid : QDir("/proc").entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(name.toUtf8()) && pid.toLongLong() != QCoreApplication::applicationPid())
            return true;
    }
    return false;
}

} // namespace

class TestJackServer : public QObject {
    Q_OBJECT
private slots:
    void startsAndStops()
    {
        JackServer server;
        QString error;
        const QString name = JackServer::uniqueName("atelier-test-server");
        QVERIFY2(server.start(name, 48000, 128, &error), qPrintable(error));
        QVERIFY(server.isRunning());
        QVERIFY(running(name));
        server.stop();
        QVERIFY(!server.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!running(name), 5000);
    }

    void aCrashLeavesNoServer()
    {
        const QString name = JackServer::uniqueName("atelier-test-orphan");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ATELIER_TEST_CRASH_WITH_SERVER", name);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(child.readAllStandardOutput().contains("server up"), "the child did not start its server");
        QTRY_VERIFY_WITH_TIMEOUT(!running(name), 10000);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString crash = qEnvironmentVariable("ATELIER_TEST_CRASH_WITH_SERVER");
    if (!crash.isEmpty()) {
        auto *server = new JackServer;   // never stopped: the process dies with it running
        QString error;
        if (!server->start(crash, 48000, 128, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("server up\n");
        std::fflush(stdout);
        std::abort();
    }
    TestJackServer test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_jack_server.moc"
