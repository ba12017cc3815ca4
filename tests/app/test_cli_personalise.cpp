// Making a model the user's own from the command line (`atelier train sketch
// --init`, `atelier train melody --init`), through the real executable: a
// few steps on the user's drawings or tunes lower the held-out NLL the JSON
// reports, the result stores float32 weights, `atelier eval sketch --base`
// scores it on the same held-out drawings as training said (decoder-only
// models included, with nll_per_row and no VAE losses), and too few
// examples end with exit code 2 and a message naming the minimum.

#include "../TestData.h"
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

} // namespace

class TestCliPersonalise : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_sheep;   // aaron_sheep test drawings

    // `count` drawings; every fifth marked "test", the others "train".
    QString drawings(const QString &name, int count)
    {
        QByteArray text;
        for (int i = 0; i < count; ++i) {
            QJsonObject o = QJsonDocument::fromJson(m_sheep[i]).object();
            o["split"] = i % 5 == 4 ? "test" : "train";
            text += QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n";
        }
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return f.fileName();
    }

    // A folder with the first `count` tunes of Nottingham's melodies.
    QString tunes(const QString &name, const QStringList &files)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        for (const QString &f : files)
            QFile::copy(dataDir() + "/data/midi/nottingham/melody/" + f, dir + "/" + f);
        return dir;
    }

private slots:
    void initTestCase()
    {
        QFile f(dataDir() + "/data/sketches/aaron_sheep.ndjson");
        if (!f.open(QIODevice::ReadOnly) || !QFile::exists(dataDir() + "/models/sketch-rnn/sheep.gen.json"))
            ATELIER_SKIP_OR_FAIL("aaron_sheep.ndjson or sheep.gen.json not found (set ATELIER_DATA)");
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.contains("\"split\":\"test\"") && m_sheep.size() < 20)
                m_sheep << line;
        QCOMPARE(m_sheep.size(), 20);
    }

    void sketchDecoderEndToEnd()
    {
        const QString mine = drawings("mine.ndjson", 20);
        const QString base = dataDir() + "/models/sketch-rnn/sheep.gen.json";
        const QString out = m_dir.filePath("sheep-mine.gen.json");
        const AtelierResult r = runAtelier({"train", "sketch", "--init", base, "--data", mine, "--steps", "15",
                                            "--batch", "8", "--out", out, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o["layout"].toString(), QString("decoder"));
        QCOMPARE(o["steps"].toInt(), 15);
        QCOMPARE(o["examples"].toObject()["train"].toInt(), 16);
        QCOMPARE(o["examples"].toObject()["held_out"].toInt(), 4);
        const QJsonObject held = o["held_out"].toObject();
        const double before = held["base_nll_per_row"].toDouble(), after = held["nll_per_row"].toDouble();
        QVERIFY2(after < before, r.out.constData());
        QVERIFY(held["gain"].toDouble() > 0);

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject info = QJsonDocument::fromJson(file.readAll()).array().at(0).toObject();
        QCOMPARE(info["weights"].toString(), QString("float32"));
        QCOMPARE(info["mode"].toInt(-1), 2);

        // eval sketch scores the same held-out drawings (the split field) to the same figures.
        const AtelierResult e = runAtelier({"eval", "sketch", "--model", out, "--data", mine, "--split", "test",
                                            "--base", base, "--json"});
        QVERIFY2(e.code == 0, e.err.constData());
        const QJsonObject ev = json(e);
        QCOMPARE(ev["layout"].toString(), QString("decoder"));
        QCOMPARE(ev["drawings"].toInt(), 4);
        QVERIFY(!ev.contains("recon_loss") && !ev.contains("kl_loss"));
        QVERIFY2(std::abs(ev["nll_per_row"].toDouble() - after) < 1e-4, e.out.constData());
        QVERIFY2(std::abs(ev["base_nll_per_row"].toDouble() - before) < 1e-4, e.out.constData());
        QVERIFY(ev["nll_change"].toDouble() < 0);
        // --split held-out: what personalising held out (here the split field's "test").
        const AtelierResult h = runAtelier({"eval", "sketch", "--model", out, "--data", mine, "--split", "held-out",
                                            "--json"});
        QVERIFY2(h.code == 0, h.err.constData());
        QCOMPARE(json(h)["drawings"].toInt(), 4);
        QVERIFY2(std::abs(json(h)["nll_per_row"].toDouble() - after) < 1e-4, h.out.constData());
    }

    void sketchNeedsTenDrawings()
    {
        const AtelierResult r = runAtelier({"train", "sketch", "--init",
                                            dataDir() + "/models/sketch-rnn/sheep.gen.json", "--data",
                                            drawings("few.ndjson", 9), "--steps", "1", "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("at least 10") && r.err.contains("9 usable drawing"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void melodyEndToEnd()
    {
        const QString mine = tunes("tunes", {"ashover1.mid", "ashover2.mid", "ashover3.mid", "ashover4.mid"});
        const QString out = m_dir.filePath("melody-mine.music.json");
        const AtelierResult r = runAtelier(
            {"train", "melody", "--init", QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/melody-lstm.music.json"),
             "--data", mine, "--reference", dataDir() + "/data/midi/nottingham/melody", "--steps", "12", "--lr", "1e-3",
             "--out", out, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        const QJsonObject held = o["held_out"].toObject(), reference = o["reference"].toObject();
        QVERIFY2(held["nll"].toDouble() < held["base_nll"].toDouble(), r.out.constData());
        QVERIFY(std::isfinite(reference["base_nll"].toDouble()) && reference["base_nll"].toDouble() > 0);
        QVERIFY(std::isfinite(reference["nll"].toDouble()) && reference["nll"].toDouble() > 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject top = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(top["tensors"].toObject()["head.weight"].toObject()["dtype"].toString(), QString("f32"));
        QCOMPARE(top["training"].toObject()["initFrom"].toString(), QString("melody-lstm.music.json"));
        // The result plays: Continue runs with it.
        const QString continued = m_dir.filePath("continued.mid");
        const AtelierResult c = runAtelier({"continue", mine + "/ashover1.mid", "-o", continued, "--model", out,
                                            "--bars", "2", "--seed", "1"});
        QVERIFY2(c.code == 0, c.err.constData());
        QVERIFY(QFileInfo(continued).size() > 0);
    }

    void melodyNeedsTenPhrases()
    {
        const AtelierResult r = runAtelier(
            {"train", "melody", "--init", QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/melody-lstm.music.json"),
             "--data", tunes("one", {"ashover1.mid"}), "--steps", "1", "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("at least 10"), r.err.constData());
        const AtelierResult noInit = runAtelier({"train", "melody", "--reference", m_dir.path(), "--steps", "1"});
        QCOMPARE(noInit.code, 2);
        QVERIFY2(noInit.err.contains("--init"), noInit.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPersonalise)
#include "test_cli_personalise.moc"
