// `atelier soak --jack`, briefly: with no JACK server running it starts its
// own (the private name given as the default server does not exist), plays
// the 16-track song with the baked track and the live voices through
// RtAudio's JACK API while the melody model trains, and reports its figures;
// the periods must add up to the time it ran. Bad options are refused.

#include "AtelierProcess.h"

#include "live/JackServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

// `atelier soak ARGS` where no JACK server runs under the default name it is
// given (a private name that does not exist), so it starts its own.
AtelierResult runSoakWithoutServer(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("JACK_DEFAULT_SERVER", atelier::core::JackServer::uniqueName("atelier-test-nosuch"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATELIER_BINARY_DIR "/atelier"), args);
    if (!p.waitForFinished(180000))
        return {-1, {}, "timeout"};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestSoak : public QObject {
    Q_OBJECT
private slots:
    void runsOnItsOwnJackServerAndReports()
    {
        const AtelierResult r = runSoakWithoutServer({"soak", "--jack", "--frames", "256", "--minutes", "0.2", "--json"});
        const QByteArray &err = r.err;
        QVERIFY2(r.code == 0, err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("frames").toInt(), 256);
        QCOMPARE(o.value("sample_rate").toInt(), 48000);
        // 12 s at 256 frames and 48 kHz: 2250 periods (generous: a loaded machine may lose some).
        const double periods = o.value("periods").toDouble();
        QVERIFY2(periods > 1500 && periods < 2600, qPrintable(QString::number(periods)));
        for (const char *key : {"underruns", "xruns", "rss_growth_mb", "training_steps", "longest_callback_ms", "overlong_callbacks"})
            QVERIFY2(o.contains(key) && o.value(key).isDouble(), key);
        // The callbacks did work, and it is measured: the longest took some
        // time, and fewer took longer than their period than ran.
        QVERIFY2(o.value("longest_callback_ms").toDouble() > 0, qPrintable(QString::number(o.value("longest_callback_ms").toDouble())));
        QVERIFY(o.value("overlong_callbacks").toDouble() < periods);
        QCOMPARE(o.value("silenced_blocks").toInt(), 0);
        // Every callback is in the histogram (it counts from before playback).
        const QJsonObject histogram = o.value("callback_histogram").toObject();
        double counted = 0;
        for (const QString &bucket : histogram.keys())
            counted += histogram.value(bucket).toDouble();
        QCOMPARE(histogram.size(), 7);
        QVERIFY2(counted >= periods, qPrintable(QString("%1 of %2").arg(counted).arg(periods)));
        QVERIFY(o.value("late_callbacks").isArray());
        QVERIFY(o.value("overlong_waiting").isDouble());
        QVERIFY2(err.contains("50000 notes") && err.contains("training"), err.constData());
    }

    void withoutTrainingNoJobRuns()
    {
        const AtelierResult r = runSoakWithoutServer({"soak", "--jack", "--no-training", "--minutes", "0.05", "--json"});
        const QByteArray &err = r.err;
        QVERIFY2(r.code == 0, err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value("training_steps").isNull());
        QVERIFY(o.value("periods").toDouble() > 0);
        QVERIFY2(err.contains("training off"), err.constData());
    }

    // --idle: the device alone, to tell the machine's own late periods from
    // Atelier's: nothing plays and nothing trains, and the callbacks do
    // next to nothing.
    void idleRunsTheDeviceWithNothingToPlay()
    {
        const AtelierResult r = runSoakWithoutServer({"soak", "--jack", "--idle", "--minutes", "0.05", "--json"});
        const QByteArray &err = r.err;
        QVERIFY2(r.code == 0, err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value("idle").toBool());
        QVERIFY(o.value("training_steps").isNull());
        QVERIFY(o.value("periods").toDouble() > 0);
        QVERIFY2(err.contains("idle: no song"), err.constData());
    }

    // --fixed-load: no song and no voices, and every callback does the same
    // work, 2 ms of it as measured at the start: over a third of the 5.3 ms
    // period, so most callbacks take more than a quarter of it (nothing done
    // would put them all under a quarter).
    void fixedLoadDoesTheSameWorkEveryCallback()
    {
        const AtelierResult r = runSoakWithoutServer({"soak", "--jack", "--frames", "256", "--fixed-load", "2", "--no-training", "--minutes", "0.1", "--json"});
        const QByteArray &err = r.err;
        QVERIFY2(r.code == 0, err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("fixed_load_ms").toDouble(), 2.0);
        QVERIFY(!o.value("idle").toBool());
        QVERIFY(o.value("training_steps").isNull());
        const QJsonObject histogram = o.value("callback_histogram").toObject();
        const double periods = o.value("periods").toDouble();
        QVERIFY(periods > 0);
        QVERIFY2(histogram.value("up_to_25_percent").toDouble() < 0.5 * periods,
                 QJsonDocument(histogram).toJson().constData());
        QVERIFY2(err.contains("fixed load"), err.constData());
    }

    void refusesBadOptions()
    {
        AtelierResult r = runAtelier({"soak", "--minutes", "0"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--minutes"), r.err.constData());
        r = runAtelier({"soak", "--minutes", "1", "--frames", "3"});
        QCOMPARE(r.code, 2);
        r = runAtelier({"soak", "--minutes", "1", "--fixed-load", "-1"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--fixed-load"), r.err.constData());
        r = runAtelier({"soak", "--minutes", "1", "--idle", "--fixed-load", "1"});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "test_soak.moc"
