// `atelier score` through the real executable and its helper process: a
// script that returns a constant scores that constant with no spread, parts
// are averaged, the same seed gives the same figures, a music model
// continues held-out primers of the data path and a drawing model draws
// (shipped example scripts), a script that does not parse ends the command
// with its file and line, and one that runs past its time limit on every
// sample ends it with that message.

#include "AtelierProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {

QString dataDir()
{
    const QString env = qEnvironmentVariable("ATELIER_DATA");
    return env.isEmpty() ? QStringLiteral(ATELIER_SOURCE_DIR "/../shared") : env;
}
QString example(const QString &name) { return QStringLiteral(ATELIER_SOURCE_DIR "/assets/rewards/") + name; }
QJsonObject json(const AtelierResult &r) { return QJsonDocument::fromJson(r.out).object(); }

} // namespace

class TestCliReward : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString script(const QString &name, const QByteArray &text)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QDir(dataDir() + "/data/midi/nottingham/melody").exists()) {
            if (qEnvironmentVariable("ATELIER_REQUIRE_DATA") == "1")
                QFAIL("no shared MIDI corpora in the data path");
            QSKIP("no shared MIDI corpora");
        }
    }

    void aConstantScoresItselfAndPartsAreAveraged()
    {
        const QString constant = script("constant.js", "function score(s) { return {reward: 0.25, parts: {"
                                                        "notes: s.notes.length > 0 ? 2 : 0, bpm: s.bpm}}; }");
        const AtelierResult r = runAtelier({"score", "--model", "melody", "--reward", constant, "--samples", "6", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("mean").toDouble(), 0.25);
        QCOMPARE(o.value("stderr").toDouble(), 0.0);
        QCOMPARE(o.value("errors").toInt(), 0);
        QCOMPARE(o.value("samples").toInt(), 6);
        QCOMPARE(o.value("kind").toString(), QStringLiteral("melody"));
        QCOMPARE(o.value("parts").toObject().value("notes").toDouble(), 2.0);   // every continuation has notes
        QCOMPARE(o.value("parts").toObject().value("bpm").toDouble(), 120.0);
    }

    void theSameSeedGivesTheSameGround()
    {
        const QStringList args{"score", "--model", "melody", "--reward", example("rl-tuner-rules.js"), "--samples", "5",
                               "--seed", "7", "--json"};
        const AtelierResult a = runAtelier(args), b = runAtelier(args);
        QVERIFY2(a.code == 0, a.err.constData());
        QCOMPARE(json(a).value("mean").toDouble(), json(b).value("mean").toDouble());
        const QJsonObject parts = json(a).value("parts").toObject();
        for (const char *p : {"in_key", "repeated", "resolved_leaps", "motif"}) {
            QVERIFY2(parts.contains(p), p);
            QVERIFY(parts.value(p).toDouble() >= 0 && parts.value(p).toDouble() <= 1);
        }
        QVERIFY(parts.value("in_key").toDouble() > 0.5);   // the melody model keeps mostly to the key
    }

    void aDrawingModelDraws()
    {
        const QString model = dataDir() + "/models/sketch-rnn/bird.gen.json";
        const AtelierResult r = runAtelier({"score", "--model", model, "--reward", example("fewer-strokes.js"),
                                            "--samples", "4", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("kind").toString(), QStringLiteral("sketch"));
        const double strokes = o.value("parts").toObject().value("strokes").toDouble();
        QVERIFY2(strokes >= 1, qPrintable(QString::number(strokes)));
        QVERIFY(o.value("mean").toDouble() > 0 && o.value("mean").toDouble() <= 1);
    }

    void ratingsAreARewardToo()
    {
        // A log written by hand: in each of 10 batches a rising scale is rated up over a
        // leaping line (rated down) and a repeated note (unrated).
        auto notes = [](std::initializer_list<int> pitches) {
            QJsonArray a;
            double t = 0;
            for (int p : pitches) {
                a.append(QJsonObject{{"pitch", p}, {"velocity", 90}, {"start", t}, {"duration", 0.5}});
                t += 0.5;
            }
            return QJsonObject{{"notes", a}, {"context", QJsonArray()}, {"key", QJsonValue()}, {"bpm", 120}};
        };
        QByteArray log;
        for (int b = 0; b < 10; ++b) {
            const QList<QPair<QJsonObject, int>> items{{notes({60, 62, 64, 65, 67, 69}), 1},
                                                       {notes({60, 72, 59, 71, 58, 70}), -1},
                                                       {notes({60, 60, 60, 60, 60, 60}), 0}};
            for (int i = 0; i < items.size(); ++i)
                log += QJsonDocument(QJsonObject{{"v", 1}, {"kind", "music"}, {"batch", QStringLiteral("b%1").arg(b)},
                                                 {"item", i}, {"rating", items[i].second},
                                                 {"sample", items[i].first}, {"model", "melody-lstm"}})
                           .toJson(QJsonDocument::Compact) + '\n';
        }
        const QString path = script("ratings.jsonl", log);
        AtelierResult r = runAtelier({"score", "--model", "melody", "--ratings", path, "--samples", "4", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject ratings = json(r).value("ratings").toObject();
        QCOMPARE(ratings.value("pairs").toInt() + ratings.value("held_out_pairs").toInt(), 20);
        QCOMPARE(ratings.value("train_accuracy").toDouble(), 1.0);
        QVERIFY(std::isfinite(json(r).value("mean").toDouble()));
        QVERIFY(json(r).value("parts").toObject().contains("steps"));

        r = runAtelier({"score", "--model", "melody", "--ratings", path, "--reward", example("stepwise.js"), "--json"});
        QCOMPARE(r.code, 2);
        r = runAtelier({"score", "--model", "melody", "--ratings", "/dev/zero", "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not a regular file"));
    }

    void badScriptsEndTheCommandClearly()
    {
        const QString broken = script("broken.js", "function score(s) {\n  return s.notes.length +;\n}\n");
        AtelierResult r = runAtelier({"score", "--model", "melody", "--reward", broken, "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("broken.js:2:"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        const QString loop = script("loop.js", "function score(s) { while (true) {} }");
        r = runAtelier({"score", "--model", "melody", "--reward", loop, "--samples", "3", "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("time limit"), r.err.constData());

        // Half or fewer failing: scored, and counted.
        const QString some = script("some.js", "var n = 0; function score(s) { n++; if (n % 3 === 0) throw new "
                                               "Error('every third'); return 1; }");
        r = runAtelier({"score", "--model", "melody", "--reward", some, "--samples", "6", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r).value("errors").toInt(), 2);
        QCOMPARE(json(r).value("mean").toDouble(), 1.0);

        r = runAtelier({"score", "--model", "melody", "--reward", "/dev/zero", "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not a regular file"));
        r = runAtelier({"score", "--model", m_dir.filePath("nothing.music.json"), "--reward", example("stepwise.js"),
                        "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("neither a music model"));
    }
};

QTEST_GUILESS_MAIN(TestCliReward)
#include "test_cli_reward.moc"
