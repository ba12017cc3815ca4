// SketchTuner on our sheep VAE (drawing from scratch) with a reward in C++
// behind IReward (the script path and one of Magenta's models are tested
// end to end in test_cli_tune): a toy reward ("short drawings": the share of
// pen moves with dx > 0) rises within a few dozen steps with the KL
// bounded; a large β keeps the model closer to its base; the tuned file
// keeps its float32 weights exactly (the int16 codes of Magenta's format
// would round small updates away), records its tuning, and loads as a
// drawing model; float32 blobs that lie about their size or hold NaN are
// refused with the reason.

#include "SketchModels.h"
#include "sketchrnn/SketchRnnFile.h"
#include "sketchrnn/SketchRnnModel.h"
#include "sketchrnn/train/SketchTuner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace atelier;

namespace {

QString sheep() { return QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/sheep-vae.gen.json"); }

// Short drawings: minus the number of points, in hundreds.
class ShortReward final : public core::IReward {
public:
    core::RewardResult score(const QJsonObject &sample) override
    {
        qsizetype points = 0;
        for (const QJsonValue &stroke : sample["strokes"].toArray())
            points += stroke.toArray().size();
        core::RewardResult r;
        r.reward = -double(points) / 100.0;
        return r;
    }
    QString name() const override { return QStringLiteral("short drawings"); }
};

double meanOf(const std::vector<double> &v, std::size_t from, std::size_t to)
{
    double s = 0;
    int n = 0;
    for (std::size_t i = from; i < to; ++i)
        if (std::isfinite(v[i])) {
            s += v[i];
            ++n;
        }
    return n ? s / n : std::nan("");
}

std::vector<double> tuneKl(double beta, int steps, std::vector<double> *rewards = nullptr)
{
    ShortReward reward;
    models::TuningOptions o;
    o.beta = beta;
    o.steps = steps;
    o.learningRate = 1e-4;
    o.seed = 5;
    models::SketchTuner tuner(o, &reward);
    QString error;
    if (!tuner.prepare(sheep(), &error) || !tuner.run(&error))
        qFatal("%s", qPrintable(error));
    if (rewards)
        *rewards = tuner.rewardHistory();
    return tuner.klHistory();
}

} // namespace

class TestSketchTuner : public QObject {
    Q_OBJECT

private slots:
    void aToyRewardRisesWhileTheKlStaysBounded()
    {
        std::vector<double> r;
        const std::vector<double> kl = tuneKl(0.05, 30, &r);
        QCOMPARE(int(r.size()), 30);
        const double start = meanOf(r, 0, 6), end = meanOf(r, 24, 30);
        qInfo("minus points / 100: first 6 steps %.3f, last 6 steps %.3f; KL per point %.3f", start, end,
              meanOf(kl, 24, 30));
        QVERIFY2(end > start + 0.2, qPrintable(QStringLiteral("%1 -> %2").arg(start).arg(end)));
        for (double k : kl)
            QVERIFY(std::isfinite(k) && std::abs(k) < 20);
    }

    void aLargeBetaKeepsTheModelCloserToItsBase()
    {
        const auto free = tuneKl(0.0, 20), held = tuneKl(20.0, 20);
        const double a = meanOf(free, 15, 20), b = meanOf(held, 15, 20);
        qInfo("KL per point after 20 steps: beta 0 %.4f, beta 20 %.4f", a, b);
        QVERIFY2(b < 0.5 * a, qPrintable(QStringLiteral("%1 vs %2").arg(b).arg(a)));
    }

    void theTunedFileKeepsItsWeightsExactly()
    {
        ShortReward reward;
        models::TuningOptions o;
        o.steps = 3;
        o.learningRate = 1e-5;   // updates far below the int16 step of 3e-4
        models::SketchTuner tuner(o, &reward);
        QString error;
        QVERIFY(tuner.prepare(sheep(), &error));
        QVERIFY(tuner.run(&error));
        QTemporaryDir dir;
        const QString path = dir.filePath("right.gen.json");
        QVERIFY2(tuner.exportModel(path, "right", QJsonObject{{"reward", "short drawings"}}, &error), qPrintable(error));

        const auto file = models::SketchRnnFile::read(path, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->float32);
        QCOMPARE(file->name, QStringLiteral("right"));
        QVERIFY(file->vae);
        const QJsonObject tuning = file->extraInfo["tuning"].toObject();
        QCOMPARE(tuning["reward"].toString(), QStringLiteral("short drawings"));
        QCOMPARE(tuning["steps"].toInt(), 3);
        QCOMPARE(tuning["temperature"].toDouble(), 0.65);

        // Bit for bit: the written file draws exactly what the tuned policy draws.
        const auto written = models::loadSketchModel(path, &error);
        QVERIFY2(written, qPrintable(error));
        core::SketchSampleOptions s;
        s.seed = 9;
        const auto a = written->continueSketch({}, 2, s), b = tuner.currentModel()->continueSketch({}, 2, s);
        QVERIFY(a && b);
        QCOMPARE(*a, *b);

        // The updates are smaller than the int16 step: rounding would take most of them back.
        const auto base = models::SketchRnnFile::read(sheep(), &error);
        QVERIFY(base);
        qsizetype moved = 0, survive = 0;
        const auto &tuned = file->arrays, &orig = base->arrays;
        for (qsizetype k = 0; k < tuned.size(); ++k)
            for (std::size_t i = 0; i < tuned[k].values.size(); ++i)
                if (tuned[k].values[i] != orig[k].values[i]) {
                    ++moved;
                    survive += models::SketchRnnFile::quantise(tuned[k].values[i])
                               != models::SketchRnnFile::quantise(orig[k].values[i]);
                }
        qInfo("%lld weights moved; int16 codes would keep %lld of those moves", qlonglong(moved), qlonglong(survive));
        QVERIFY(moved > 10000);
        QVERIFY(survive < moved / 4);
    }

    void float32BlobsAreChecked()
    {
        QString error;
        auto file = models::SketchRnnFile::read(sheep(), &error);
        QVERIFY(file);
        file->float32 = true;
        const QJsonArray good = QJsonDocument::fromJson(file->serialize()).array();
        QCOMPARE(good[0].toObject()["weights"].toString(), QStringLiteral("float32"));
        const auto again = models::SketchRnnFile::parse(file->serialize(), "again.gen.json", &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->arrays[3].values, file->arrays[3].values);

        QJsonArray shortBlob = good;
        QJsonArray blobs = shortBlob[2].toArray();
        blobs[0] = QString::fromLatin1(QByteArray(8, '\0').toBase64());
        shortBlob[2] = blobs;
        QVERIFY(!models::SketchRnnFile::parse(QJsonDocument(shortBlob).toJson(), "short.gen.json", &error));
        QVERIFY2(error.contains("short.gen.json") && error.contains("blob 0 decodes to 8 bytes"), qPrintable(error));

        QJsonArray nan = good;
        blobs = nan[2].toArray();
        QByteArray bytes = QByteArray::fromBase64(blobs[1].toString().toLatin1());
        const float bad = std::nanf("");
        std::memcpy(bytes.data(), &bad, 4);
        blobs[1] = QString::fromLatin1(bytes.toBase64());
        nan[2] = blobs;
        QVERIFY(!models::SketchRnnFile::parse(QJsonDocument(nan).toJson(), "nan.gen.json", &error));
        QVERIFY2(error.contains("blob 1") && error.contains("finite"), qPrintable(error));

        QJsonArray odd = good;
        QJsonObject info = odd[0].toObject();
        info["weights"] = "float64";
        odd[0] = info;
        QVERIFY(!models::SketchRnnFile::parse(QJsonDocument(odd).toJson(), "odd.gen.json", &error));
        QVERIFY2(error.contains("weights"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSketchTuner)
#include "test_sketch_tuner.moc"
