// Every reader of a file a user hands the studio, given what is not a file
// of its kind: a FIFO nobody writes to (opening it would wait forever), an
// endless device (/dev/zero), a folder, a sparse file far over the reader's
// limit, a file without a line break, and a WAV whose header claims more
// audio than it holds. Each must come back within seconds with an error that
// names the file and the problem, and read nothing it refuses.

#include "MusicModels.h"
#include "SketchModels.h"
#include "TimbreModels.h"
#include "midi/SmfReader.h"
#include "music/Harmonizer.h"
#include "project/ProjectFile.h"
#include "sketch/QuickDrawReader.h"
#include "timbre/WavIo.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <functional>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace atelier;

namespace {

using Reader = std::function<QString(const QString &path)>;   // the error; empty when it read something

QList<std::pair<QString, Reader>> readers()
{
    return {
        {"project", [](const QString &p) {
             core::ProjectError e;
             return core::ProjectFile::load(p, &e) ? QString() : e.message();
         }},
        {"midi", [](const QString &p) {
             core::SmfError e;
             return core::SmfReader::readFile(p, &e) ? QString() : e.message();
         }},
        {"harmonizer", [](const QString &p) {
             QString e;
             return core::Harmonizer::load(p, &e) ? QString() : e;
         }},
        {"music model", [](const QString &p) {
             QString e;
             return models::loadMusicModel(p, &e) ? QString() : e;
         }},
        {"drawing model", [](const QString &p) {
             QString e;
             return models::loadSketchModel(p, &e) ? QString() : e;
         }},
        {"timbre model", [](const QString &p) {
             QString e;
             return models::loadTimbreModel(p, &e) ? QString() : e;
         }},
        {"drawings (ndjson)", [](const QString &p) {
             QString e;
             return core::QuickDrawReader::readFile(p, &e, 100) ? QString() : e;
         }},
        {"sound", [](const QString &p) {
             QString e;
             int rate = 0;
             return core::timbre::readWavMono(p, &rate, &e).empty() ? e : QString();
         }},
    };
}

// The reader's answer, or a failure when it has not come back in 15 s (a
// FIFO is then opened for writing and closed, so that a blocked open ends).
QString readWithin(const Reader &read, const QString &path, bool *inTime)
{
    auto answer = std::async(std::launch::async, read, path);
    *inTime = answer.wait_for(std::chrono::seconds(15)) == std::future_status::ready;
    if (!*inTime) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    return answer.get();
}

} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    void expectRefused(const QString &path, const QString &problem)
    {
        for (const auto &[what, read] : readers()) {
            bool inTime = false;
            const QString error = readWithin(read, path, &inTime);
            QVERIFY2(inTime, qPrintable(what + " hung on " + path));
            QVERIFY2(!error.isEmpty(), qPrintable(what + " read " + path));
            QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(what + ": " + error));
            QVERIFY2(error.contains(problem, Qt::CaseInsensitive), qPrintable(what + ": " + error));
        }
    }

private slots:
    void aFifoIsNotOpened()
    {
        const QString fifo = m_dir.filePath("song.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        expectRefused(fifo, "not a");
    }

    void anEndlessDeviceIsNotRead() { expectRefused("/dev/zero", "not a"); }

    void aFolderIsNotRead()
    {
        const QString folder = m_dir.filePath("folder.mid");
        QVERIFY(QDir().mkpath(folder));
        expectRefused(folder, "not a");
    }

    void aHugeSparseFileIsRefusedUnread()
    {
        // 600 MiB that take no disk space: over every reader's limit but
        // the sound reader's (which reads a header first: see below).
        const QString huge = m_dir.filePath("huge.json");
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(600) << 20));
        f.close();
        for (const auto &[what, read] : readers()) {
            if (what == "sound" || what == "drawings (ndjson)")
                continue;
            bool inTime = false;
            const QString error = readWithin(read, huge, &inTime);
            QVERIFY2(inTime, qPrintable(what + " read a huge file"));
            QVERIFY2(error.contains("huge.json") && (error.contains("larger than") || error.contains("too large")),
                     qPrintable(what + ": " + error));
        }
        // Drawings are read line by line: 600 MiB of zero bytes is one line.
        QString error;
        QVERIFY(!core::QuickDrawReader::readFile(huge, &error, 100));
        QVERIFY2(error.contains("line 1 is longer than"), qPrintable(error));
        // The sound reader sees no sound in it.
        int rate = 0;
        QVERIFY(core::timbre::readWavMono(huge, &rate, &error).empty());
        QVERIFY2(error.contains("huge.json"), qPrintable(error));
    }

    void aWavHeaderThatLiesAboutItsLength()
    {
        // A 16-bit mono WAV whose data chunk claims 1 GiB but holds 1000 samples.
        QByteArray wav;
        auto u32 = [&](quint32 v) { for (int i = 0; i < 4; ++i) wav.append(char((v >> (8 * i)) & 0xff)); };
        auto u16 = [&](quint16 v) { wav.append(char(v & 0xff)); wav.append(char(v >> 8)); };
        wav.append("RIFF");
        u32(0x7fffffff);
        wav.append("WAVEfmt ");
        u32(16);
        u16(1);
        u16(1);
        u32(48000);
        u32(96000);
        u16(2);
        u16(16);
        wav.append("data");
        u32(1u << 30);
        for (int i = 0; i < 1000; ++i)
            u16(quint16(qint16(8000 * ((i / 24) % 2 ? 1 : -1))));
        const QString path = m_dir.filePath("liar.wav");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(wav);
        f.close();
        int rate = 0;
        QString error;
        bool inTime = false;
        std::vector<float> samples;
        auto answer = std::async(std::launch::async, [&] { return core::timbre::readWavMono(path, &rate, &error); });
        inTime = answer.wait_for(std::chrono::seconds(15)) == std::future_status::ready;
        QVERIFY(inTime);
        samples = answer.get();
        // Either the 1000 samples there are, or a clear refusal; never a gigabyte.
        QVERIFY2(samples.size() == 1000 || (samples.empty() && error.contains("liar.wav")),
                 qPrintable(QString::number(samples.size()) + " " + error));
    }
};

QTEST_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
