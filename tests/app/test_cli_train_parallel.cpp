// Data-parallel training through the real executable, on 127.0.0.1 only:
// two ranks reach the weights one rank reaches on the combined batch; a rank
// killed mid-run, a wrong master address, ranks started with different
// settings and a rank that never joins all end with exit code 2 and a
// message naming the problem, within the timeout (never a hang).

#include "../TestData.h"
#include "AtelierProcess.h"

#include "music/MusicTrainer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <csignal>

using namespace atelier;

namespace {

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}
QString melodyDir() { return dataDir() + "/data/midi/nottingham/melody"; }

int timeScale() { return std::max(1, qEnvironmentVariableIntValue("ATELIER_TEST_TIME_SCALE")); }

// A small melody LSTM on a slice of Nottingham, no dropout (the runs must be comparable).
QStringList trainArgs(const QString &ckptDir, int batch, const QStringList &more)
{
    return QStringList{"train", "melody", "--data", melodyDir(), "--max-files", "40", "--hidden", "32",
                       "--layers", "1", "--window", "32", "--dropout", "0", "--seed", "7", "--batch",
                       QString::number(batch), "--checkpoint-dir", ckptDir, "--out",
                       QDir(ckptDir).filePath("model.music.json"), "--json"}
           + more;
}

QStringList rankArgs(int rank, int port, const QStringList &more = {})
{
    return QStringList{"--world-size", "2", "--rank", QString::number(rank), "--master",
                       QStringLiteral("127.0.0.1:%1").arg(port)}
           + more;
}

// ‖a − b‖ / ‖a‖ over every weight of two checkpoints.
double relativeDifference(const QString &a, const QString &b)
{
    QString error;
    const models::Tensors x = models::MusicTrainer::checkpointWeights(a, &error);
    const models::Tensors y = models::MusicTrainer::checkpointWeights(b, &error);
    if (x.empty() || x.size() != y.size())
        return INFINITY;
    double diff = 0, norm = 0;
    for (const auto &[name, t] : x) {
        const auto it = y.find(name);
        if (it == y.end() || it->second.values.size() != t.values.size())
            return INFINITY;
        for (std::size_t i = 0; i < t.values.size(); ++i) {
            diff += std::pow(double(t.values[i]) - it->second.values[i], 2);
            norm += std::pow(double(t.values[i]), 2);
        }
    }
    return std::sqrt(diff / norm);
}

} // namespace

class TestCliTrainParallel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QDir(melodyDir()).exists())
            ATELIER_SKIP_OR_FAIL("no shared MIDI corpora");
    }

    void twoRanksEqualOneRankOnTheCombinedBatch()
    {
        const QString two = m_dir.filePath("two"), one = m_dir.filePath("one"), half = m_dir.filePath("half");
        const int port = freeLoopbackPort();
        auto r0 = startAtelier(trainArgs(two, 4, rankArgs(0, port, {"--steps", "20"})));
        auto r1 = startAtelier(trainArgs(m_dir.filePath("two-rank1"), 4, rankArgs(1, port, {"--steps", "20"})));
        const AtelierResult single = runAtelier(trainArgs(one, 8, {"--steps", "20", "--data-shards", "2"}));
        const AtelierResult alone = runAtelier(trainArgs(half, 4, {"--steps", "20"}));
        QVERIFY2(r0->waitForFinished(120000 * timeScale()) && r1->waitForFinished(120000 * timeScale()),
                 "the ranks did not finish");
        QVERIFY2(r0->exitCode() == 0, r0->readAllStandardError().constData());
        QVERIFY2(r1->exitCode() == 0, r1->readAllStandardError().constData());
        QVERIFY2(single.code == 0, single.err.constData());
        QVERIFY2(alone.code == 0, alone.err.constData());
        const QJsonObject s0 = QJsonDocument::fromJson(r0->readAllStandardOutput()).object();
        const QJsonObject s1 = QJsonDocument::fromJson(r1->readAllStandardOutput()).object();
        QCOMPARE(s0.value("steps").toInt(), 20);
        QCOMPARE(s1.value("steps").toInt(), 20);
        QCOMPARE(s0.value("world_size").toInt(), 2);
        QCOMPARE(s1.value("rank").toInt(), 1);
        QVERIFY(s0.value("allreduce_seconds").toDouble() > 0);
        // Both ranks score their halves of the held-out split and agree on the sum.
        QCOMPARE(s0.value("valid_nll").toDouble(), s1.value("valid_nll").toDouble());
        // Rank 0 alone writes the model and the checkpoint.
        QVERIFY(QFile::exists(QDir(two).filePath("model.music.json")));
        QVERIFY(QFile::exists(QDir(two).filePath("music-melody.ckpt")));
        QVERIFY(!QFile::exists(QDir(m_dir.filePath("two-rank1")).filePath("music-melody.ckpt")));
        QVERIFY(!QFile::exists(QDir(m_dir.filePath("two-rank1")).filePath("model.music.json")));

        const double same = relativeDifference(QDir(one).filePath("music-melody.ckpt"),
                                               QDir(two).filePath("music-melody.ckpt"));
        qInfo("2 ranks × batch 4 against 1 rank × batch 8 (2 shards): relative difference %.3g", same);
        QVERIFY2(same <= 1e-4, qPrintable(QString::number(same)));
        // The comparison can fail: one rank on half the batch ends elsewhere.
        const double other = relativeDifference(QDir(one).filePath("music-melody.ckpt"),
                                                QDir(half).filePath("music-melody.ckpt"));
        qInfo("against 1 rank × batch 4: relative difference %.3g", other);
        QVERIFY2(other > 1e-3, qPrintable(QString::number(other)));
    }

    // A rank killed (SIGKILL) or hung (SIGSTOP) mid-run: rank 0 stops with exit
    // code 2 and names rank 1, within its timeout.
    void aLostRankStopsTheOthers_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("victim");
        QTest::newRow("rank 1 killed") << int(SIGKILL) << 1;
        QTest::newRow("rank 1 hung") << int(SIGSTOP) << 1;
        QTest::newRow("rank 0 (the store) killed") << int(SIGKILL) << 0;
    }
    void aLostRankStopsTheOthers()
    {
        QFETCH(int, signal);
        QFETCH(int, victim);
        const int port = freeLoopbackPort();
        const QStringList more{"--minutes", "10", "--timeout", "8"};
        auto a = startAtelier(trainArgs(m_dir.filePath("lost0"), 4, rankArgs(0, port, more)));
        auto b = startAtelier(trainArgs(m_dir.filePath("lost1"), 4, rankArgs(1, port, more)));
        // r0: the survivor, r1: the rank lost.
        QProcess *r0 = victim == 1 ? a.get() : b.get(), *r1 = victim == 1 ? b.get() : a.get();
        QVERIFY(r0->waitForStarted() && r1->waitForStarted());
        // Wait until training runs (rank 0 reports its first step).
        QByteArray err0;
        QElapsedTimer t;
        t.start();
        while (!err0.contains("step") && t.elapsed() < 60000 * timeScale() && r0->state() == QProcess::Running) {
            r0->waitForReadyRead(200);
            err0 += r0->readAllStandardError();
        }
        QVERIFY2(err0.contains("step"), err0.constData());
        ::kill(pid_t(r1->processId()), signal);
        t.restart();
        const bool finished = r0->waitForFinished(60000 * timeScale());
        ::kill(pid_t(r1->processId()), SIGKILL);
        r1->waitForFinished(5000);
        QVERIFY2(finished, "the survivor hangs");
        err0 += r0->readAllStandardError();
        qInfo("the survivor stopped %.1f s after rank %d was lost: %s", t.elapsed() / 1000.0, victim,
              err0.trimmed().split('\n').last().constData());
        QCOMPARE(r0->exitCode(), 2);
        QVERIFY2(err0.contains(QStringLiteral("lost rank %1 of 2").arg(victim).toUtf8()), err0.constData());
    }

    // --minutes: rank 0 decides the last step and both ranks stop after it;
    // both ranks resume from rank 0's checkpoint; one rank cannot resume a two-rank run.
    void aTimeLimitEndsAllRanksTogetherAndTheyResume()
    {
        const QString ckpt = m_dir.filePath("timed");
        auto runPair = [&](const QStringList &more) {
            const int port = freeLoopbackPort();
            auto r0 = startAtelier(trainArgs(ckpt, 4, rankArgs(0, port, more)));
            auto r1 = startAtelier(trainArgs(ckpt, 4, rankArgs(1, port, more)));
            std::vector<QJsonObject> out;
            for (QProcess *p : {r0.get(), r1.get()}) {
                if (!p->waitForFinished(120000 * timeScale()) || p->exitCode() != 0)
                    qWarning("%s", p->readAllStandardError().constData());
                out.push_back(QJsonDocument::fromJson(p->readAllStandardOutput()).object());
            }
            return out;
        };
        const auto timed = runPair({"--minutes", "0.05"});
        const int steps = timed[0].value("steps").toInt();
        QVERIFY(steps > 0);
        QCOMPARE(timed[1].value("steps").toInt(), steps);
        const auto resumed = runPair({"--resume", "--steps", QString::number(steps + 5)});
        QCOMPARE(resumed[0].value("steps").toInt(), steps + 5);
        QCOMPARE(resumed[1].value("steps").toInt(), steps + 5);
        const AtelierResult one = runAtelier(trainArgs(ckpt, 4, {"--resume", "--steps", QString::number(steps + 10)}));
        QCOMPARE(one.code, 2);
        QVERIFY2(one.err.contains("resume it with --world-size 2"), one.err.constData());
    }

    // The sketch VAE trainer on two ranks: the ranks stop together, rank 0
    // writes the model, and the model it writes loads and scores.
    void sketchTrainsOnTwoRanks()
    {
        const QString sheep = dataDir() + "/data/sketches/aaron_sheep.ndjson";
        if (!QFile::exists(sheep))
            ATELIER_SKIP_OR_FAIL("no aaron_sheep.ndjson in the data folder");
        const int port = freeLoopbackPort();
        const QString out = m_dir.filePath("sheep.gen.json");
        auto rank = [&](int r) {
            return startAtelier(QStringList{"train", "sketch", "--data", sheep, "--max-drawings", "200", "--hidden", "32",
                                     "--encoder", "16", "--z", "8", "--batch", "8", "--steps", "6", "--seed", "3",
                                     "--out", out, "--checkpoint-dir", m_dir.filePath("sheep-ckpt"), "--json"}
                         + rankArgs(r, port));
        };
        auto r0 = rank(0), r1 = rank(1);
        std::vector<QJsonObject> summaries;
        for (QProcess *p : {r0.get(), r1.get()}) {
            QVERIFY(p->waitForFinished(120000 * timeScale()));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            summaries.push_back(QJsonDocument::fromJson(p->readAllStandardOutput()).object());
        }
        QCOMPARE(summaries[0].value("steps").toInt(), 6);
        QCOMPARE(summaries[1].value("steps").toInt(), 6);
        QCOMPARE(summaries[1].value("rank").toInt(), 1);
        // Equal weights on both ranks: both score the test split alike.
        QCOMPARE(summaries[0].value("test_recon_loss").toDouble(), summaries[1].value("test_recon_loss").toDouble());
        const AtelierResult eval =
            runAtelier({"eval", "sketch", "--model", out, "--data", sheep, "--split", "test", "--json"});
        QVERIFY2(eval.code == 0, eval.err.constData());
    }

    // `bench train` runs one rank, then two, and reports the figures.
    void benchTrainReportsScaling()
    {
        const AtelierResult r = runAtelier({"bench", "train", "--trainer", "melody", "--world-size", "2", "--steps",
                                            "3", "--data", melodyDir(), "--max-files", "40", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("trainer").toString(), QStringLiteral("melody"));
        QCOMPARE(o.value("ranks").toArray(), (QJsonArray{1, 2}));
        const QJsonArray rates = o.value("steps_per_s").toArray();
        QCOMPARE(rates.size(), 2);
        QVERIFY(rates.at(0).toDouble() > 0 && rates.at(1).toDouble() > 0);
        QVERIFY(o.value("allreduce_share").toDouble() > 0 && o.value("allreduce_share").toDouble() < 1);
        QCOMPARE(o.value("efficiency").toDouble(), rates.at(1).toDouble() / rates.at(0).toDouble());
    }

    void aWrongMasterAddressFailsClearly()
    {
        const int port = freeLoopbackPort();  // nothing listens there
        QElapsedTimer t;
        t.start();
        const AtelierResult r =
            runAtelier(trainArgs(m_dir.filePath("nomaster"), 4, rankArgs(1, port, {"--steps", "5", "--timeout", "3"})));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot reach the master at 127.0.0.1:%1").arg(port).toUtf8()),
                 r.err.constData());
        QVERIFY(t.elapsed() < 60000 * timeScale());
    }

    void aRankThatNeverJoinsIsNamed()
    {
        const AtelierResult r = runAtelier(
            trainArgs(m_dir.filePath("alone"), 4, rankArgs(0, freeLoopbackPort(), {"--steps", "5", "--timeout", "3"})));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("ranks that did not join within 3 s: 1 (of 2"), r.err.constData());
    }

    void mismatchedSettingsAreRefusedAtStart()
    {
        const int port = freeLoopbackPort();
        auto r0 = startAtelier(trainArgs(m_dir.filePath("mis0"), 4, rankArgs(0, port, {"--steps", "5", "--timeout", "20"})));
        auto r1 = startAtelier(trainArgs(m_dir.filePath("mis1"), 8, rankArgs(1, port, {"--steps", "5", "--timeout", "20"})));
        QVERIFY(r0->waitForFinished(60000 * timeScale()) && r1->waitForFinished(60000 * timeScale()));
        for (QProcess *p : {r0.get(), r1.get()}) {
            const QByteArray err = p->readAllStandardError();
            QCOMPARE(p->exitCode(), 2);
            QVERIFY2(err.contains("rank 1 was started with other settings than rank 0 (batch: 4 / 8)"), err.constData());
        }
        QVERIFY(!QFile::exists(QDir(m_dir.filePath("mis0")).filePath("model.music.json")));
    }

    void badOptionsAreRefused()
    {
        const QList<QStringList> bad{
            {"--world-size", "2", "--rank", "2"},
            {"--world-size", "2.5", "--rank", "0"},
            {"--world-size", "2", "--rank", "1", "--master", "nohost"},
            {"--world-size", "2", "--rank", "0", "--master", "127.0.0.1:99999"},
            {"--data-shards", "3"},
        };
        for (const QStringList &args : bad) {
            const AtelierResult r = runAtelier(trainArgs(m_dir.filePath("bad"), 4, args + QStringList{"--steps", "2"}));
            QVERIFY2(r.code == 2, qPrintable(args.join(' ')));
            QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTrainParallel)
#include "test_cli_train_parallel.moc"
