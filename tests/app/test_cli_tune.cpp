// `atelier tune` through the real executable, its helper process and the
// data path's corpus: a script that rewards G4 tunes the shipped melody
// model so that its reward rises and `atelier score` on held-out primers
// (the same seed for both) rates the tuned model above its base; the tuned
// file records its base, β and the script's text; ratings are a reward too;
// a script that does not parse, a model of the other kind and bad options
// end the command with exit 2 and write nothing.

#include "AtelierProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
QJsonObject json(const AtelierResult &r) { return QJsonDocument::fromJson(r.out).object(); }
// training.tuning of a model file's text.
QJsonObject tuningOf(const QByteArray &modelJson)
{
    return QJsonDocument::fromJson(modelJson).object().value("training").toObject().value("tuning").toObject();
}

const QByteArray kPlayG4 = "// the share of notes that are G4\n"
                           "function score(sample) {\n"
                           "  if (sample.notes.length === 0) return 0;\n"
                           "  let hits = 0;\n"
                           "  for (const n of sample.notes) if (n.pitch === 67) hits++;\n"
                           "  return hits / sample.notes.length;\n"
                           "}\n";

} // namespace

class TestCliTune : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &text)
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

    void aScriptTunesTheMelodyModel()
    {
        const QString script = file("g4.js", kPlayG4);
        const QString out = m_dir.filePath("g4.music.json");
        AtelierResult r = runAtelier({"tune", "melody", "--model", "melody", "--reward", script, "--steps", "30",
                                      "--learning-rate", "3e-4", "--beta", "0.05", "--contexts", "16", "--out", out,
                                      "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("steps").toInt(), 30);
        QCOMPARE(o.value("out").toString(), QFileInfo(out).absoluteFilePath());
        QCOMPARE(o.value("errors").toInt(), 0);
        const double start = o.value("reward_start").toDouble(), end = o.value("reward_end").toDouble();
        qInfo("reward %.3f -> %.3f, KL %.4f", start, end, o.value("kl_end").toDouble());
        QVERIFY2(end > start + 0.1, r.out.constData());
        QVERIFY(o.value("kl_end").toDouble() > 0 && o.value("kl_end").toDouble() < 3);
        QVERIFY(o.value("minutes").toDouble() > 0);
        QVERIFY(r.err.contains("step     1") && r.err.contains("step    30"));

        // The file records where it came from.
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject tuning = tuningOf(f.readAll());
        QVERIFY(tuning["base"].toString().endsWith("melody-lstm.music.json"));
        QCOMPARE(tuning["beta"].toDouble(), 0.05);
        QCOMPARE(tuning["reward"]["source"].toString(), QString::fromUtf8(kPlayG4));
        QCOMPARE(tuning["reward"]["script"].toString(), QStringLiteral("g4.js"));
        QCOMPARE(tuning["kind"].toString(), QStringLiteral("melody"));

        // On held-out primers, with one seed for both, the tuned model plays more G4.
        const AtelierResult base = runAtelier({"score", "--model", "melody", "--reward", script, "--samples", "16",
                                               "--seed", "3", "--json"});
        const AtelierResult tuned = runAtelier({"score", "--model", out, "--reward", script, "--samples", "16",
                                                "--seed", "3", "--json"});
        QVERIFY2(base.code == 0, base.err.constData());
        QVERIFY2(tuned.code == 0, tuned.err.constData());
        const double b = json(base)["mean"].toDouble(), t = json(tuned)["mean"].toDouble();
        qInfo("held-out share of G4: base %.3f, tuned %.3f", b, t);
        QVERIFY2(t > b + 0.05, qPrintable(QStringLiteral("%1 vs %2").arg(t).arg(b)));

        // eval tune: the same comparison as a table, with the held-out NLL and the KL.
        const AtelierResult e = runAtelier({"eval", "tune", "--base", "melody", "--tuned", out, "--reward", script,
                                            "--samples", "8", "--max-files", "60", "--json"});
        QVERIFY2(e.code == 0, e.err.constData());
        const QJsonObject table = json(e);
        const QJsonObject reward = table["reward"].toObject(), nll = table["nll"].toObject();
        qInfo("eval tune: reward %.3f -> %.3f, NLL %.3f -> %.3f, KL %.3f", reward["base"].toDouble(),
              reward["tuned"].toDouble(), nll["base"].toDouble(), nll["tuned"].toDouble(), table["kl"].toDouble());
        QVERIFY(reward["tuned"].toDouble() > reward["base"].toDouble() + 0.05);
        QVERIFY(nll["base"].toDouble() > 0.1 && nll["base"].toDouble() < 3);
        QVERIFY(nll["tuned"].toDouble() > nll["base"].toDouble());   // G4 everywhere is not the data's music
        QVERIFY(nll["events"].toDouble() > 500);
        QVERIFY(table["kl"].toDouble() > 0.05);
        QCOMPARE(table["parts"].toObject().size(), 0);   // the script returns a bare number
        QCOMPARE(table["samples"].toInt(), 8);

        // A model against itself: no divergence, the same reward and NLL.
        const AtelierResult same = runAtelier({"eval", "tune", "--base", "melody", "--tuned", "melody", "--reward",
                                               script, "--samples", "4", "--max-files", "60", "--json"});
        QVERIFY2(same.code == 0, same.err.constData());
        const QJsonObject itself = json(same);
        QCOMPARE(itself["kl"].toDouble(), 0.0);
        QCOMPARE(itself["nll"].toObject()["tuned"].toDouble(), itself["nll"].toObject()["base"].toDouble());
        QCOMPARE(itself["reward"].toObject()["tuned"].toDouble(), itself["reward"].toObject()["base"].toDouble());

        const AtelierResult wrong = runAtelier({"eval", "tune", "--base", "performance", "--tuned", out, "--reward",
                                                script, "--json"});
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains("not the same kind"), wrong.err.constData());
    }

    void aScriptTunesADrawingModel()
    {
        const QString script = file("short.js", "// short drawings: minus the number of points, in hundreds\n"
                                                "function score(s) {\n"
                                                "  var n = 0;\n"
                                                "  for (var k = 0; k < s.strokes.length; k++) n += s.strokes[k].length;\n"
                                                "  return -n / 100;\n"
                                                "}\n");
        const QString sheep = QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/sheep-vae.gen.json");
        const QString out = m_dir.filePath("short.gen.json");
        const AtelierResult r = runAtelier({"tune", "sketch", "--model", sheep, "--reward", script, "--steps", "30",
                                            "--beta", "0.05", "--out", out, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        qInfo("sketch: reward %.3f -> %.3f, KL %.3f", o["reward_start"].toDouble(), o["reward_end"].toDouble(),
              o["kl_end"].toDouble());
        QCOMPARE(o["steps"].toInt(), 30);
        QCOMPARE(o["temperature"].toDouble(), 0.65);
        QVERIFY(o["reward_end"].toDouble() > o["reward_start"].toDouble() + 0.15);

        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject info = QJsonDocument::fromJson(f.readAll()).array().at(0).toObject();
        QCOMPARE(info["weights"].toString(), QStringLiteral("float32"));
        QCOMPARE(info["name"].toString(), QStringLiteral("short"));
        QVERIFY(info["tuning"].toObject()["reward"].toObject()["source"].toString().contains("short drawings"));

        const AtelierResult e = runAtelier({"eval", "tune", "--base", sheep, "--tuned", out, "--reward", script,
                                            "--samples", "16", "--json"});
        QVERIFY2(e.code == 0, e.err.constData());
        const QJsonObject table = json(e);
        QCOMPARE(table["kind"].toString(), QStringLiteral("sketch"));
        QVERIFY(table["reward"].toObject()["tuned"].toDouble() > table["reward"].toObject()["base"].toDouble());
        QVERIFY(std::isfinite(table["sample_nll"].toObject()["base"].toDouble()));
        QVERIFY(std::isfinite(table["sample_nll"].toObject()["tuned"].toDouble()));
        QVERIFY(std::isfinite(table["kl"].toDouble()));
        // At the data's resolution (one-pixel cells) the NLL is positive, and above the
        // density's, which a pixel cell's probability (at most about 1) cannot follow down.
        const QJsonObject pixels = table["sample_nll_pixels"].toObject();
        QVERIFY2(pixels["base"].toDouble() > 0 && pixels["tuned"].toDouble() > 0, qPrintable(QJsonDocument(pixels).toJson()));
        QVERIFY(pixels["base"].toDouble() > table["sample_nll"].toObject()["base"].toDouble());
        QVERIFY(std::isfinite(table["kl_pixels"].toDouble()));
        QVERIFY(!table.contains("nll"));

        const AtelierResult scored = runAtelier({"score", "--model", out, "--reward", script, "--samples", "4", "--json"});
        QVERIFY2(scored.code == 0, scored.err.constData());
        QCOMPARE(json(scored)["kind"].toString(), QStringLiteral("sketch"));
    }

    void ratingsTuneToo()
    {
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
                                                       {notes({60, 72, 59, 71, 58, 70}), -1}};
            for (int i = 0; i < items.size(); ++i)
                log += QJsonDocument(QJsonObject{{"v", 1}, {"kind", "music"}, {"batch", QStringLiteral("b%1").arg(b)},
                                                 {"item", i}, {"rating", items[i].second},
                                                 {"sample", items[i].first}, {"model", "melody-lstm"}})
                           .toJson(QJsonDocument::Compact) + '\n';
        }
        const QString ratings = file("ratings.jsonl", log);
        const QString out = m_dir.filePath("mine.music.json");
        const AtelierResult r = runAtelier({"tune", "melody", "--model", "melody", "--ratings", ratings, "--steps", "4",
                                            "--contexts", "4", "--out", out, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r)["steps"].toInt(), 4);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject reward =
            tuningOf(f.readAll()).value("reward").toObject();
        QCOMPARE(reward["ratings"].toString(), QFileInfo(ratings).absoluteFilePath());
        QCOMPARE(reward["pairs"].toInt() + reward["held_out_pairs"].toInt(), 10);
        QVERIFY(!reward["model"]["features"].toArray().isEmpty());
    }

    void badInputEndsTheCommandAndWritesNothing()
    {
        const QString out = m_dir.filePath("never.music.json");
        const QString broken = file("broken.js", "function score(s) {\n  return s.notes.length +;\n}\n");
        AtelierResult r = runAtelier({"tune", "melody", "--model", "melody", "--reward", broken, "--steps", "3",
                                      "--out", out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("broken.js:2"), r.err.constData());

        const QString g4 = file("g4.js", kPlayG4);
        r = runAtelier({"tune", "performance", "--model", "melody", "--reward", g4, "--steps", "3", "--out", out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("not a performance model"), r.err.constData());

        r = runAtelier({"tune", "melody", "--model", "melody", "--reward", g4, "--group", "1", "--out", out});
        QCOMPARE(r.code, 2);
        r = runAtelier({"tune", "melody", "--model", "melody", "--reward", g4, "--steps", "3"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("usage"));

        const QString throws = file("throws.js", "function score(s) { throw new Error('no taste'); }\n");
        r = runAtelier({"tune", "melody", "--model", "melody", "--reward", throws, "--steps", "3", "--contexts", "2",
                        "--out", out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no taste") && r.err.contains("8 of 8"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliTune)
#include "test_cli_tune.moc"
