// `atelier bench pianoroll`: it runs offscreen without a display, reads back
// the song it wrote (every note in the roll), and paints (a repaint that
// takes no time at all painted nothing). The figures themselves are for the
// README, not for a test.

#include "AtelierProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestBenchPianoRoll : public QObject {
    Q_OBJECT
private slots:
    void printsItsFigures()
    {
        const AtelierResult r = runAtelier({"bench", "pianoroll", "--notes", "3000", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("notes").toInt(), 3000);
        for (const char *key : {"open_ms", "repaint_ms", "repaint_middle_ms", "repaint_zoomed_out_ms"})
            QVERIFY2(o.value(key).toDouble() > 0.01, key);
        QCOMPARE(o.value("aim").toObject().value("repaint_ms").toDouble(), 8.0);
    }

    void refusesNonsense()
    {
        AtelierResult r = runAtelier({"bench", "pianoroll", "--notes", "0"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--notes"), r.err.constData());
        r = runAtelier({"bench", "pianoroll", "--bogus"});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestBenchPianoRoll)
#include "test_bench_pianoroll.moc"
