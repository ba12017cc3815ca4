// `atelier eval continuations` through the real executable, with the
// shipped models on held-out music: continuations keep the key, the density
// and the loudness of what they continue (issue 13's aims: in-key share at
// least 90 % of the context's own, notes per beat within ±25 %, mean
// velocity within ±10), on at least 20 excerpts, no key constraint.

#include "AtelierProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}
} // namespace

class TestCliContinuations : public QObject {
    Q_OBJECT

    void checkKeeping(const QString &model)
    {
        const auto r = runAtelier({"eval", "continuations", "--model", model, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!o.value("key_constraint").toBool());
        QVERIFY2(o.value("excerpts").toInt() >= 20, r.out.constData());
        QCOMPARE(o.value("per_piece").toArray().size(), o.value("excerpts").toInt());
        const double inKey = o.value("in_key_ratio").toDouble(), density = o.value("density_ratio").toDouble(),
                     velocity = o.value("velocity_difference").toDouble();
        const QByteArray figures = QStringLiteral("%1: in-key ratio %2, density ratio %3, velocity %4")
                                       .arg(model).arg(inKey).arg(density).arg(velocity).toUtf8();
        QVERIFY2(inKey >= 0.9, figures.constData());
        QVERIFY2(density >= 0.75 && density <= 1.25, figures.constData());
        QVERIFY2(std::abs(velocity) <= 10, figures.constData());
    }

private slots:
    void initTestCase()
    {
        const QString dir = dataDir() + "/data/midi";
        if (!QDir(dir + "/asap-maestro-subset").exists() || !QDir(dir + "/nottingham/melody").exists()) {
            if (qEnvironmentVariableIsSet("ATELIER_REQUIRE_DATA"))
                QFAIL(qPrintable(dir + " lacks the held-out corpora"));
            QSKIP("the MIDI corpora are not in the data path");
        }
    }
    void performanceKeepsItsKey() { checkKeeping("performance"); }
    void melodyKeepsItsKey() { checkKeeping("melody"); }
    void badOptionsAreNamed()
    {
        const auto r = runAtelier({"eval", "continuations", "--variations", "9", "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("usage"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliContinuations)
#include "test_cli_continuations.moc"
