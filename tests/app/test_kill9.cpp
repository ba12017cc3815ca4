// kill -9 in the middle of the work: a child process runs the real studio
// (MainWindow, FileController, AutosaveStore; offscreen, silent audio) and
// edits the song without pause, autosaving (the studio's own autosave, only
// called more often than every 20 s) or saving to a file after each edit,
// and says on stdout how many notes each finished autosave or save held. The
// test kills it with SIGKILL at a moment of its choosing, several times.
// Afterwards the autosave is offered for recovery and the saved file opens,
// each whole (never corrupt) and holding at least what the last finished
// write held: a crash loses at most what came after the last autosave.

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "document/SongDocument.h"
#include "main/FileController.h"
#include "main/MainWindow.h"
#include "project/AutosaveStore.h"
#include "project/SongFiles.h"
#include "sketch/SketchDocument.h"

#include <QApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <cstdio>

using namespace atelier;

namespace {

// The child: the studio, editing and writing until it is killed.
int runChild(const QString &mode, const QString &dir)
{
    core::SongDocument doc;
    core::SketchDocument sketch;
    core::AudioEngine engine(std::make_unique<core::NullAudioDevice>());
    QString error;
    engine.start(core::AudioSettings{}, &error);
    core::AutosaveStore autosave(dir + QStringLiteral("/autosave"));
    if (!autosave.begin(&error))
        return 3;
    ui::MainWindow window(&doc, &sketch, &engine, &autosave, core::SketchModelLoader{});
    window.files()->newSong();
    const QString saveTo = dir + QStringLiteral("/song.atelier");
    for (int n = 1;; ++n) {
        // One edit: a note more, and the notes before it moved (so every write differs throughout).
        QList<core::Note> notes{core::Note{48 + n % 36, core::Tick(n) * 120, 120, 90}};
        doc.requestAddNotes(0, notes, QStringLiteral("add"));
        const bool ok = mode == QLatin1String("autosave") ? window.files()->autosaveNow(&error)
                                                          : window.files()->saveFile(saveTo, &error);
        if (!ok)
            return 4;
        std::printf("%d\n", int(doc.track(0).notes.size()));
        std::fflush(stdout);
        QCoreApplication::processEvents();
    }
}

struct Killed {
    int lastConfirmed = 0;   // notes in the last write the child finished
    QString child;           // how the child fared, for a failure's message
};

// Starts the child, lets it work for `ms`, kills it with SIGKILL.
Killed runAndKill(const QString &mode, const QString &dir, int ms)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ATELIER_KILL9_CHILD"), mode);
    env.insert(QStringLiteral("ATELIER_KILL9_DIR"), dir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    Killed k;
    if (!child.waitForStarted(10000))
        return k;
    QElapsedTimer t;
    t.start();
    QByteArray out;
    // Wait for the first write (generously: a loaded machine starts the
    // studio slowly), then let it run for `ms` more.
    while (t.elapsed() < 90000 && !out.contains('\n') && child.state() == QProcess::Running) {
        child.waitForReadyRead(20);
        out += child.readAllStandardOutput();
    }
    const qint64 firstWriteMs = t.elapsed();
    const bool ranUntilKilled = child.state() == QProcess::Running;
    QTest::qWait(ms);
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(10000);
    out += child.readAllStandardOutput();
    k.child = ranUntilKilled ? QStringLiteral("first write after %1 ms").arg(firstWriteMs)
                             : QStringLiteral("exited on its own (code %1) after %2 ms").arg(child.exitCode()).arg(firstWriteMs);
    k.child += QStringLiteral("; stderr: ") + QString::fromLocal8Bit(child.readAllStandardError().right(600));
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty())
            k.lastConfirmed = std::max(k.lastConfirmed, line.trimmed().toInt());
    return k;
}

int notesIn(const QString &path, QString *error)
{
    const std::optional<core::Project> p = core::SongFiles::load(path, error);
    return p && !p->song.tracks.isEmpty() ? int(p->song.tracks.first().notes.size()) : -1;
}

} // namespace

class TestKill9 : public QObject {
    Q_OBJECT
private slots:
    void killedWhileAutosavingLosesAtMostTheLastEdits()
    {
        for (int round = 0; round < 4; ++round) {
            QTemporaryDir dir;
            const int ms = 150 + int(QRandomGenerator::global()->bounded(400));
            const Killed k = runAndKill(QStringLiteral("autosave"), dir.path(), ms);
            QVERIFY2(k.lastConfirmed > 0, qPrintable(QStringLiteral("the child never autosaved: ") + k.child));
            qInfo("round %d: killed after %d ms, %d notes autosaved", round, ms, k.lastConfirmed);
            core::AutosaveStore next(dir.filePath("autosave"));
            QString error;
            QVERIFY(next.begin(&error));
            const QList<core::AutosaveStore::Recoverable> found = next.findRecoverable();
            QCOMPARE(found.size(), 1);   // the killed session's autosave is offered
            const int notes = notesIn(found.first().autosavePath, &error);
            QVERIFY2(notes >= k.lastConfirmed, qPrintable(QStringLiteral("round %1: %2 notes recovered, %3 autosaved; %4")
                                                              .arg(round).arg(notes).arg(k.lastConfirmed).arg(error)));
            QVERIFY(notes <= k.lastConfirmed + 1);   // at most the write it was killed in
            next.end();
        }
    }

    void killedWhileSavingLeavesAWholeFile()
    {
        for (int round = 0; round < 4; ++round) {
            QTemporaryDir dir;
            const int ms = 150 + int(QRandomGenerator::global()->bounded(400));
            const Killed k = runAndKill(QStringLiteral("save"), dir.path(), ms);
            QVERIFY2(k.lastConfirmed > 0, qPrintable(QStringLiteral("the child never saved: ") + k.child));
            qInfo("round %d: killed after %d ms, %d notes saved", round, ms, k.lastConfirmed);
            QString error;
            const int notes = notesIn(dir.filePath("song.atelier"), &error);
            QVERIFY2(notes >= k.lastConfirmed && notes <= k.lastConfirmed + 1,
                     qPrintable(QStringLiteral("round %1: %2 notes in the file, %3 saved; %4")
                                    .arg(round).arg(notes).arg(k.lastConfirmed).arg(error)));
        }
    }
};

int main(int argc, char **argv)
{
    const QString mode = qEnvironmentVariable("ATELIER_KILL9_CHILD");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierKill9Test"));
    QStandardPaths::setTestModeEnabled(true);   // the child's settings too
    if (!mode.isEmpty())
        return runChild(mode, qEnvironmentVariable("ATELIER_KILL9_DIR"));
    TestKill9 test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_kill9.moc"
