// Personalising a Sketch-RNN model on a few drawings (SketchPersonaliser):
// fewer than ten usable drawings are refused with the minimum named and the
// short ones counted; the held-out drawings are every fifth one, or those
// the file's split field marks; a few steps on the user's drawings lower
// the held-out NLL of Magenta's decoder-only sheep model and of a small VAE;
// the result stores float32 weights, keeps the base's layout and scale, and
// scores as the personaliser said when read back.

#include "../TestData.h"
#include "sketchrnn/SketchRnnFile.h"
#include "sketchrnn/train/SketchPersonaliser.h"
#include "sketchrnn/train/SketchTrainer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace atelier::models;

class TestSketchPersonaliser : public QObject {
    Q_OBJECT

private:
    QString m_sheep, m_gen;
    QList<QByteArray> m_lines;   // aaron_sheep test drawings, as ndjson lines without their split
    QTemporaryDir m_dir;

    // An ndjson file of `count` drawings from the test split; `split(i)` may name each one's split.
    QString userFile(const QString &name, int count, const std::function<QString(int)> &split = {},
                     int shortOnes = 0)
    {
        QByteArray text;
        for (int i = 0; i < count; ++i) {
            QJsonObject o = QJsonDocument::fromJson(m_lines[i]).object();
            o.remove("split");
            if (split && !split(i).isEmpty())
                o["split"] = split(i);
            text += QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n";
        }
        for (int i = 0; i < shortOnes; ++i)   // a dot: one point, nothing to learn from
            text += R"({"word":"sheep","drawing":[[[5],[7]]]})" "\n";
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return path;
    }

    SketchPersonalOptions options(const QString &base, const QString &data, int steps) const
    {
        SketchPersonalOptions o;
        o.basePath = base;
        o.dataPath = data;
        o.steps = steps;
        o.minutes = 0;
        o.batchSize = 8;
        o.seed = 3;
        o.validEvery = 0;
        return o;
    }

private slots:
    void initTestCase()
    {
        const QString root = qEnvironmentVariable("ATELIER_DATA");
        m_sheep = root + "/data/sketches/aaron_sheep.ndjson";
        m_gen = root + "/models/sketch-rnn/sheep.gen.json";
        if (!QFile::exists(m_sheep) || !QFile::exists(m_gen))
            ATELIER_SKIP_OR_FAIL("aaron_sheep.ndjson or sheep.gen.json not found (set ATELIER_DATA)");
        QFile f(m_sheep);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.contains("\"split\":\"test\"") && m_lines.size() < 60)
                m_lines << line;
        QCOMPARE(m_lines.size(), 60);
    }

    void tooFewDrawingsAreRefused()
    {
        SketchPersonaliser p(options(m_gen, userFile("nine.ndjson", 9, {}, 2), 1));
        QString error;
        QVERIFY(!p.prepare(&error));
        QVERIFY2(error.contains("9 usable drawing") && error.contains("at least 10") && error.contains("2 too short"),
                 qPrintable(error));
    }

    void heldOutDrawings()
    {
        QString error;
        SketchPersonaliser everyFifth(options(m_gen, userFile("twenty.ndjson", 20, {}, 1), 1));
        QVERIFY2(everyFifth.prepare(&error), qPrintable(error));
        QCOMPARE(everyFifth.trainCount(), 16);
        QCOMPARE(everyFifth.heldOutCount(), 4);
        QCOMPARE(everyFifth.skippedShort(), 1);

        SketchPersonaliser marked(options(m_gen, userFile("marked.ndjson", 20, [](int i) {
            return i < 3 ? QString("test") : i == 3 ? QString("valid") : QString("train");
        }), 1));
        QVERIFY2(marked.prepare(&error), qPrintable(error));
        QCOMPARE(marked.trainCount(), 16);
        QCOMPARE(marked.heldOutCount(), 4);

        SketchPersonaliser nothingHeld(options(m_gen, userFile("alltrain.ndjson", 12, [](int) {
            return QString("train");
        }), 1));
        QVERIFY(!nothingHeld.prepare(&error));
        QVERIFY2(error.contains("hold out"), qPrintable(error));
    }

    void decoderLearnsTheUsersDrawings()
    {
        // Magenta's Quick, Draw! sheep learning The Sheep Market's drawings.
        SketchPersonaliser p(options(m_gen, userFile("mine.ndjson", 30), 25));
        QString error;
        QVERIFY2(p.prepare(&error), qPrintable(error));
        QVERIFY(!p.vae());
        const double before = p.baseHeldOutNll();
        QVERIFY(std::isfinite(before));
        QVERIFY2(p.run(&error), qPrintable(error));
        QCOMPARE(p.step(), 25);
        const double after = p.heldOutNll();
        QVERIFY2(after < before - 0.05, qPrintable(QString("held-out NLL %1 -> %2").arg(before).arg(after)));

        const QString out = m_dir.filePath("sheep-mine.gen.json");
        QVERIFY2(p.exportModel(out, &error), qPrintable(error));
        const auto file = SketchRnnFile::read(out, &error);
        const auto base = SketchRnnFile::read(m_gen, &error);
        QVERIFY2(file && base, qPrintable(error));
        QVERIFY(file->float32 && !file->vae);
        QCOMPARE(file->scaleFactor, base->scaleFactor);
        QCOMPARE(file->hiddenSize(), base->hiddenSize());
        QCOMPARE(file->extraInfo["personalised"].toObject()["steps"].toInt(), 25);
        // Read back, it scores the held-out drawings as the personaliser did (float32: no rounding).
        const QString heldOut = userFile("mine-marked.ndjson", 30, [](int i) { return i % 5 == 4 ? "test" : "train"; });
        const auto scored = SketchTrainer::evaluateFile(out, heldOut, "test", &error);
        QVERIFY2(scored, qPrintable(error));
        QCOMPARE(scored->drawings, 6);
        QVERIFY(!scored->vae);
        QVERIFY2(std::abs(scored->nllPerRow - after) < 1e-4, qPrintable(QString("%1 vs %2").arg(scored->nllPerRow).arg(after)));
    }

    void vaeLearnsAndReportsWhatItForgot()
    {
        // A small VAE trained on the sheep, then made to draw like 30 of them.
        SketchTrainingOptions t;
        t.dataPath = m_sheep;
        t.steps = 20;
        t.batchSize = 8;
        t.maxTrainDrawings = 64;
        t.vae.encoderSize = 16;
        t.vae.decoderSize = 32;
        t.vae.zSize = 8;
        t.validEvery = 0;
        t.checkpointEvery = 0;
        t.learningRate = 3e-3;
        SketchTrainer trainer(t);
        QString error;
        QVERIFY2(trainer.prepare(&error) && trainer.run(&error), qPrintable(error));
        const QString vae = m_dir.filePath("tiny-vae.gen.json");
        QVERIFY2(trainer.exportModel(vae, &error), qPrintable(error));

        SketchPersonalOptions o = options(vae, userFile("mine-vae.ndjson", 30), 30);
        o.referencePath = m_sheep;
        o.learningRate = 3e-3;
        SketchPersonaliser p(o);
        QVERIFY2(p.prepare(&error), qPrintable(error));
        QVERIFY(p.vae());
        QCOMPARE(p.referenceCount(), 300);
        const double before = p.baseHeldOutNll(), referenceBefore = p.baseReferenceNll();
        QVERIFY(std::isfinite(referenceBefore));
        QVERIFY2(p.run(&error), qPrintable(error));
        QVERIFY2(p.heldOutNll() < before, qPrintable(QString("held-out NLL %1 -> %2").arg(before).arg(p.heldOutNll())));
        QVERIFY(std::isfinite(p.referenceNll()));
        const QString out = m_dir.filePath("tiny-vae-mine.gen.json");
        QVERIFY2(p.exportModel(out, &error), qPrintable(error));
        const auto file = SketchRnnFile::read(out, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->vae && file->float32);
        QCOMPARE(file->arrays.size(), SketchRnnFile::kVaeArrayCount);
        QCOMPARE(file->latentSize(), 8);
    }

    void cancelStopsAtOnce()
    {
        SketchPersonaliser p(options(m_gen, userFile("cancel.ndjson", 12), 1000));
        QString error;
        QVERIFY2(p.prepare(&error), qPrintable(error));
        std::atomic<bool> cancel{true};
        p.setCancelFlag(&cancel);
        QVERIFY(p.run(&error));
        QVERIFY(p.cancelled());
        QCOMPARE(p.step(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSketchPersonaliser)
#include "test_sketch_personaliser.moc"
