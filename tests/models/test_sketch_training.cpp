// Training a Sketch-RNN VAE (models/sketchrnn/train): a few steps on a slice
// of aaron_sheep lower the loss, a checkpointed run resumes on the exact
// trajectory of an uninterrupted one, the exported file has the 17-array VAE
// layout with the right shapes (and loads with SketchRnnFile), and malformed
// ndjson is reported with its line number. Tiny sizes keep it well under 30 s.

#include "../TestData.h"
#include "sketchrnn/SketchRnnFile.h"
#include "sketchrnn/train/SketchTrainer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <QTest>
#include <cmath>
#include <numeric>

using namespace atelier::models;

class TestSketchTraining : public QObject {
    Q_OBJECT

private:
    QString m_data;

    SketchTrainingOptions tinyOptions(int steps) const
    {
        SketchTrainingOptions o;
        o.dataPath = m_data;
        o.steps = steps;
        o.batchSize = 8;
        o.maxTrainDrawings = 64;
        o.seed = 42;
        o.vae.encoderSize = 16;
        o.vae.decoderSize = 32;
        o.vae.zSize = 8;
        o.vae.recurrentDropoutKeep = 1.0;
        o.learningRate = 3e-3;
        o.validEvery = 0;
        o.checkpointEvery = 0;
        return o;
    }

private slots:
    void initTestCase()
    {
        m_data = qEnvironmentVariable("ATELIER_DATA") + "/data/sketches/aaron_sheep.ndjson";
        if (!QFile::exists(m_data))
            ATELIER_SKIP_OR_FAIL("aaron_sheep.ndjson not found (set ATELIER_DATA)");
    }

    void malformedLinesNameTheLine()
    {
        SketchDataset data;
        QString error;
        const QByteArray good = R"({"word":"sheep","split":"train","drawing":[[[0,5,9],[0,2,4]]]})";
        QVERIFY(data.parse(good + "\n" + good + "\n", "mem.ndjson", 0, &error));
        QCOMPARE(int(data.drawings().size()), 2);
        QCOMPARE(data.drawings()[0].length(), 2);  // 3 points → 2 offset rows
        QCOMPARE(data.drawings()[0].rows[5], 1.f); // the stroke's last point lifts the pen

        QVERIFY(!data.parse(good + "\n" + good + "\n{\"drawing\": [[[1,2],[3]]]}\n", "mem.ndjson", 0, &error));
        QVERIFY2(error.startsWith("mem.ndjson:3:"), qPrintable(error));
        QVERIFY(!data.parse(good + "\nnot json\n", "mem.ndjson", 0, &error));
        QVERIFY2(error.startsWith("mem.ndjson:2:"), qPrintable(error));
        QVERIFY(!data.parse("{\"split\":\"train\"}\n", "mem.ndjson", 0, &error));
        QVERIFY2(error.contains(":1:") && error.contains("drawing"), qPrintable(error));
    }

    void foldersShortDrawingsAndFifos()
    {
        // A folder: every .ndjson in it, by name; a one-point drawing is skipped and counted.
        QTemporaryDir dir;
        const QByteArray good = R"({"word":"cat","drawing":[[[0,5,9],[0,2,4]]]})";
        const QByteArray dot = R"({"word":"cat","drawing":[[[3],[4]]]})";
        for (const auto &[name, text] : {std::pair{"a.ndjson", good + "\n" + dot + "\n"}, std::pair{"b.ndjson", good + "\n"},
                                         std::pair{"notes.txt", QByteArray("not a drawing")}}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        SketchDataset data;
        QString error;
        QVERIFY2(data.load(dir.path(), 0, &error), qPrintable(error));
        QCOMPARE(int(data.drawings().size()), 2);
        QCOMPARE(data.skippedShort(), 1);
        // Nothing but dots: the error says why.
        QVERIFY(!data.parse(dot + "\n", "dots.ndjson", 0, &error));
        QVERIFY2(error.contains("too short"), qPrintable(error));
        // A FIFO is refused at once instead of hanging the reader.
        const QString fifo = dir.filePath("fifo.ndjson");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        QVERIFY(!data.load(fifo, 0, &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
    }

    void splitsAndScale()
    {
        SketchDataset data;
        QString error;
        QVERIFY2(data.load(m_data, 250, &error), qPrintable(error));
        QCOMPARE(int(data.split("train").size()), 7400);
        QCOMPARE(int(data.split("valid").size()), 300);
        QCOMPARE(int(data.split("test").size()), 300);
        // README: 18.5198 with each drawing's first (absolute) row; we drop that row.
        QVERIFY(std::abs(SketchDataset::scaleFactor(data.split("train")) - 18.52) < 0.1);
    }

    void fewStepsLowerTheLoss()
    {
        SketchTrainer trainer(tinyOptions(40));
        QString error;
        QVERIFY2(trainer.prepare(&error), qPrintable(error));
        int reports = 0;
        trainer.setProgressCallback([&](const SketchTrainingProgress &) { ++reports; });
        QVERIFY2(trainer.run(&error), qPrintable(error));
        QCOMPARE(trainer.step(), 40);
        QVERIFY(reports > 0);
        const std::vector<double> &h = trainer.lossHistory();
        const double first = std::accumulate(h.begin(), h.begin() + 5, 0.0) / 5;
        const double last = std::accumulate(h.end() - 5, h.end(), 0.0) / 5;
        QVERIFY2(last < first - 0.1, qPrintable(QString("loss %1 → %2").arg(first).arg(last)));
    }

    void cancelStopsBetweenSteps()
    {
        SketchTrainer trainer(tinyOptions(1000));
        QString error;
        QVERIFY(trainer.prepare(&error));
        std::atomic<bool> cancel{false};
        trainer.setCancelFlag(&cancel);
        trainer.setProgressCallback([&](const SketchTrainingProgress &p) {
            if (p.step >= 3)
                cancel = true;
        });
        QVERIFY(trainer.run(&error));
        QVERIFY(trainer.cancelled());
        QVERIFY(trainer.step() < 1000);
    }

    void resumeContinuesTheSameTrajectory()
    {
        QTemporaryDir dir;
        QString error;
        SketchTrainer straight(tinyOptions(8));
        QVERIFY(straight.prepare(&error));
        QVERIFY(straight.run(&error));

        SketchTrainingOptions first = tinyOptions(4);
        first.checkpointDir = dir.path();
        SketchTrainer a(first);
        QVERIFY(a.prepare(&error));
        QVERIFY2(a.run(&error), qPrintable(error));  // writes a checkpoint at the end
        QVERIFY(QFile::exists(dir.filePath("sketch-vae.ckpt")));
        QVERIFY(!QFile::exists(dir.filePath("sketch-vae.ckpt.tmp")));

        SketchTrainingOptions second = tinyOptions(8);
        second.checkpointDir = dir.path();
        second.resume = true;
        SketchTrainer b(second);
        QVERIFY2(b.prepare(&error), qPrintable(error));
        QVERIFY(b.resumed());
        QCOMPARE(b.step(), 4);
        QVERIFY(b.run(&error));
        QCOMPARE(b.step(), 8);
        const std::vector<double> &s = straight.lossHistory(), &h1 = a.lossHistory(), &h2 = b.lossHistory();
        QCOMPARE(int(h1.size()), 4);
        QCOMPARE(int(h2.size()), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(h1[i], s[i]);
            QVERIFY2(std::abs(h2[i] - s[4 + i]) < 1e-6, qPrintable(QString("step %1: %2 vs %3").arg(5 + i).arg(h2[i]).arg(s[4 + i])));
        }
    }

    void exportHasTheVaeLayout()
    {
        SketchTrainer trainer(tinyOptions(3));
        QString error;
        QVERIFY(trainer.prepare(&error));
        QVERIFY(trainer.run(&error));
        QTemporaryDir dir;
        const QString path = dir.filePath("tiny.gen.json");
        QVERIFY2(trainer.exportModel(path, &error), qPrintable(error));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray doc = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(doc.size(), 3);
        const QJsonObject info = doc[0].toObject();
        QCOMPARE(info["mode"].toInt(-1), 0);
        QCOMPARE(info["name"].toString(), QString("sheep"));
        QVERIFY(info["scale_factor"].toDouble() > 10);
        QVERIFY(info["max_seq_len"].toInt() > 100);
        const int E = 16, D = 32, Z = 8;
        const QList<QList<int>> expected = {{5, 4 * E}, {E, 4 * E}, {4 * E}, {5, 4 * E}, {E, 4 * E}, {4 * E},
                                            {2 * E, Z}, {Z},        {2 * E, Z}, {Z},   {Z, 2 * D}, {2 * D},
                                            {D, 123},   {123},      {5 + Z, 4 * D}, {D, 4 * D}, {4 * D}};
        const QJsonArray shapes = doc[1].toArray();
        QCOMPARE(shapes.size(), 17);
        QCOMPARE(doc[2].toArray().size(), 17);
        for (int k = 0; k < 17; ++k) {
            QList<int> shape;
            for (const QJsonValue &v : shapes[k].toArray())
                shape << v.toInt();
            QCOMPARE(shape, expected[k]);
        }
        const auto file = SketchRnnFile::read(path, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->vae);
        QCOMPARE(file->encoderSize(), E);
        QCOMPARE(file->hiddenSize(), D);
        QCOMPARE(file->latentSize(), Z);

        // The file scores the test split like the trainer did (int16 weights: small drift only).
        const auto fromFile = SketchTrainer::evaluateFile(path, m_data, "test", &error);
        QVERIFY2(fromFile, qPrintable(error));
        const SketchEvalResult direct = trainer.evaluate("test");
        QCOMPARE(fromFile->drawings, 300);
        QVERIFY(std::isfinite(direct.recon));
        QVERIFY2(std::abs(fromFile->recon - direct.recon) < 0.01,
                 qPrintable(QString("%1 vs %2").arg(fromFile->recon).arg(direct.recon)));
    }
};

QTEST_GUILESS_MAIN(TestSketchTraining)
#include "test_sketch_training.moc"
