// The blind A/B test's bookkeeping: the order of A and B is random but the
// same for the same seed, a pick counts for the model that was shown there
// (not for the letter), skips count for neither, and the win rate's 95 %
// Wilson interval matches the textbook values (8 of 10: 0.490 to 0.943;
// 0 of 5: 0 to 0.434; no picks: 0 to 1). The saved file says it all.

#include "reward/BlindTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier::core;

class TestBlindTest : public QObject {
    Q_OBJECT
private slots:
    void picksCountForTheModelShown()
    {
        BlindTest t("melody", "melody-tuned", 20, 7);
        BlindTest same("melody", "melody-tuned", 20, 7);
        int left = 0;
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(t.leftIsFirst(i), same.leftIsFirst(i));
            left += t.leftIsFirst(i) ? 1 : 0;
        }
        QVERIFY(left > 0 && left < 20);   // both orders occur
        // The listener always picks the tuned one, wherever it is; skips trial 5.
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(t.current(), i);
            if (i == 5)
                t.skip();
            else
                t.pick(!t.leftIsFirst(i));
        }
        QVERIFY(t.finished());
        t.pick(true);   // past the end: nothing
        const BlindTest::Result r = t.result();
        QCOMPARE(r.trials, 20);
        QCOMPARE(r.picked, 19);
        QCOMPARE(r.secondWins, 19);
        QCOMPARE(r.firstWins, 0);
        QCOMPARE(r.secondRate, 1.0);
        QVERIFY2(r.low > 0.8 && r.high > 0.9999, qPrintable(QStringLiteral("%1 %2").arg(r.low).arg(r.high)));
    }

    void wilsonIntervals()
    {
        double low = 0, high = 0;
        BlindTest::wilson(8, 10, &low, &high);
        QVERIFY2(std::abs(low - 0.4902) < 5e-4 && std::abs(high - 0.9433) < 5e-4,
                 qPrintable(QStringLiteral("%1 %2").arg(low).arg(high)));
        BlindTest::wilson(0, 5, &low, &high);
        QVERIFY2(low == 0.0 && std::abs(high - 0.4345) < 5e-4, qPrintable(QString::number(high)));
        BlindTest::wilson(0, 0, &low, &high);
        QCOMPARE(low, 0.0);
        QCOMPARE(high, 1.0);
    }

    void theResultIsSaved()
    {
        BlindTest t("a.music.json", "b.music.json", 3, 1);
        t.pick(true);
        t.pick(false);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(t.save(dir.filePath("comparison.json"), &error), qPrintable(error));
        QFile f(dir.filePath("comparison.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value("trials").toInt(), 3);
        QCOMPARE(o.value("picked").toInt(), 2);
        QCOMPARE(o.value("per_trial").toArray().size(), 3);
        QCOMPARE(o.value("per_trial").toArray()[2].toObject().value("picked").toString(), QStringLiteral("not taken"));
        QCOMPARE(o.value("first_wins").toInt() + o.value("second_wins").toInt(), 2);
        QVERIFY(!t.save(dir.filePath("no/folder/c.json"), &error));
        QVERIFY(error.contains("cannot save"));
    }
};

QTEST_GUILESS_MAIN(TestBlindTest)
#include "test_blind_test.moc"
