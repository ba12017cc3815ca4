// The timbre trainer (TimbreTrainer) on a tiny FluidR3 dataset: the loss and
// the held-out loss and the encoder's loss go down, checkpoint + resume
// continues the run, the cancel flag stops it, the exported file loads
// through loadTimbreModel with the dataset's instruments and their table z,
// its encoder agreeing with the trainer's, and fine-tuning (initFrom) starts
// from the exported weights.

#include "../TestData.h"
#include "TimbreModels.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreDataset.h"
#include "timbre/TimbreMlpModel.h"
#include "timbre/TimbreModelFile.h"
#include "timbre/TimbreTrainer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFloat16>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <atomic>
#include <cstring>
#include <cmath>
#include <numeric>
#include <random>

using namespace atelier;
using namespace atelier::models;
using namespace atelier::core::timbre;

namespace {

const QString kFluid = QStringLiteral("/usr/share/sounds/sf2/FluidR3_GM.sf2");

double mean(const std::vector<double> &v, std::size_t from, std::size_t count)
{
    return std::accumulate(v.begin() + long(from), v.begin() + long(from + count), 0.0) / double(count);
}

} // namespace

class TestTimbreTrainer : public QObject {
    Q_OBJECT

private slots:
    void trainerLowersTheLoss();
    void trainerResumesAndCancels();
    void trainerExport();

private:
    bool prepareData();
    void ensureTrained();
    std::shared_ptr<const TimbreDataset> m_data;
    QTemporaryDir m_dir;
    TimbreTrainingOptions trainingOptions() const;
};

bool TestTimbreTrainer::prepareData()
{
    if (m_data) return true;
    if (!QFileInfo::exists(kFluid)) return false;
    TimbreDatasetSpec spec;
    spec.soundFonts = {kFluid};
    spec.programs = {0, 73};
    spec.pitches = {45, 48, 57, 60, 63};
    spec.velocities = {80};
    QString error;
    auto data = TimbreDataset::build(spec, m_dir.filePath(QStringLiteral("cache")), &error);
    if (!data) qFatal("dataset: %s", qPrintable(error));
    m_data = std::move(data);
    return true;
}

TimbreTrainingOptions TestTimbreTrainer::trainingOptions() const
{
    TimbreTrainingOptions o;
    o.name = QStringLiteral("timbre-test");
    o.steps = 40;
    o.batchSize = 4;
    o.cropFrames = 100;
    o.threads = 1;
    o.config.zSize = 4;
    o.config.hidden = 32;
    o.config.layers = 2;
    o.config.encoderHidden = 32;
    o.learningRate = 3e-3;
    o.validCrops = 4;
    o.validEvery = 20;
    o.checkpointEvery = 0;
    o.logEvery = 1;
    return o;
}

void TestTimbreTrainer::trainerLowersTheLoss()
{
    if (!prepareData()) ATELIER_SKIP_OR_FAIL("FluidR3_GM.sf2 is not installed (fluid-soundfont-gm)");
    TimbreTrainingOptions o = trainingOptions();
    o.checkpointDir = m_dir.filePath(QStringLiteral("ckpt"));
    TimbreTrainer trainer(o, m_data);
    QString error;
    QVERIFY2(trainer.prepare(&error), qPrintable(error));
    QVERIFY(!trainer.resumed());
    QCOMPARE(trainer.step(), 0);
    qint64 expected = 0;
    for (const auto &[name, shape] : TimbreModelFile::expectedShapes(o.config)) {
        qint64 n = 1;
        for (int d : shape) n *= d;
        expected += n;
    }
    QCOMPARE(trainer.parameterCount(), expected);
    const double before = trainer.validate();
    QVERIFY(std::isfinite(before) && before > 0);

    std::vector<TimbreTrainingProgress> progress;
    trainer.setProgressCallback([&](const TimbreTrainingProgress &p) { progress.push_back(p); });
    QVERIFY2(trainer.run(&error), qPrintable(error));
    QCOMPARE(trainer.step(), 40);
    QVERIFY(!trainer.cancelled());
    const std::vector<double> &h = trainer.lossHistory();
    QCOMPARE(int(h.size()), 40);
    for (double l : h) QVERIFY(std::isfinite(l) && l > 0);
    const double first = mean(h, 0, 10), last = mean(h, 30, 10);
    qInfo("loss: first 10 steps %.3f, last 10 %.3f; held-out before %.3f", first, last, before);
    QVERIFY2(last < first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
    const double after = trainer.validate();
    qInfo("held-out after %.3f", after);
    // The encoder learns to predict the instruments' table z.
    const double encoderFirst = progress.front().encoderLoss, encoderLast = progress.back().encoderLoss;
    qInfo("encoder loss: step 1 %.3f, step 40 %.3f", encoderFirst, encoderLast);
    QVERIFY2(encoderLast < encoderFirst, qPrintable(QStringLiteral("%1 -> %2").arg(encoderFirst).arg(encoderLast)));
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // Progress: every step (logEvery 1), validation at 20 and 40.
    QCOMPARE(int(progress.size()), 40);
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(progress[std::size_t(i)].step, i + 1);
        QCOMPARE(progress[std::size_t(i)].targetSteps, 40);
        QCOMPARE(progress[std::size_t(i)].validation, (i + 1) % 20 == 0);
    }
    QCOMPARE(int(trainer.validHistory().size()), 2);
    QCOMPARE(trainer.validHistory()[1].first, 40);
    QVERIFY(std::abs(trainer.validHistory()[1].second - after) < 1e-6 * after);  // validation is deterministic
    // The run ends with a checkpoint.
    QVERIFY(QFileInfo::exists(trainer.checkpointPath()));
    QVERIFY(trainer.elapsedSeconds() > 0);
}

void TestTimbreTrainer::ensureTrained()
{
    // The 40-step run of trainerLowersTheLoss (again, when that test did not run).
    TimbreTrainingOptions o = trainingOptions();
    o.checkpointDir = m_dir.filePath(QStringLiteral("ckpt"));
    if (QFileInfo::exists(o.checkpointDir + "/timbre.ckpt")) return;
    TimbreTrainer trainer(o, m_data);
    QString error;
    QVERIFY2(trainer.prepare(&error) && trainer.run(&error), qPrintable(error));
}

void TestTimbreTrainer::trainerResumesAndCancels()
{
    if (!prepareData()) ATELIER_SKIP_OR_FAIL("FluidR3_GM.sf2 is not installed (fluid-soundfont-gm)");
    ensureTrained();
    QString error;
    TimbreTrainingOptions o = trainingOptions();
    o.checkpointDir = m_dir.filePath(QStringLiteral("ckpt"));
    QVERIFY(QFileInfo::exists(o.checkpointDir + "/timbre.ckpt"));
    {
        // Without resume the checkpoint is ignored.
        TimbreTrainer fresh(o, m_data);
        QVERIFY(fresh.prepare(&error));
        QCOMPARE(fresh.step(), 0);
        QVERIFY(!fresh.resumed());
    }
    std::vector<double> original;
    // Resume to 48 steps, twice from the same checkpoint (in copies of it): the same run.
    std::vector<std::vector<double>> runs;
    for (int copy = 0; copy < 2; ++copy) {
        const QString dir = m_dir.filePath(QStringLiteral("resume%1").arg(copy));
        QDir().mkpath(dir);
        QFile::remove(dir + "/timbre.ckpt");
        QVERIFY(QFile::copy(o.checkpointDir + "/timbre.ckpt", dir + "/timbre.ckpt"));
        TimbreTrainingOptions r = o;
        r.checkpointDir = dir;
        r.resume = true;
        r.steps = 48;
        TimbreTrainer trainer(r, m_data);
        QVERIFY2(trainer.prepare(&error), qPrintable(error));
        QVERIFY(trainer.resumed());
        QCOMPARE(trainer.step(), 40);
        QCOMPARE(int(trainer.lossHistory().size()), 40);
        QCOMPARE(int(trainer.validHistory().size()), 2);
        QVERIFY(trainer.elapsedSeconds() > 0);
        if (copy == 0) original = trainer.lossHistory();
        else QCOMPARE(trainer.lossHistory(), original);
        QVERIFY2(trainer.run(&error), qPrintable(error));
        QCOMPARE(trainer.step(), 48);
        const std::vector<double> &h = trainer.lossHistory();
        QCOMPARE(int(h.size()), 48);
        QVERIFY(std::equal(original.begin(), original.end(), h.begin()));
        // The weights came back: the resumed steps are as good as the end of the run, not the start.
        QVERIFY2(mean(h, 40, 8) < mean(h, 0, 10), qPrintable(QStringLiteral("%1 vs %2").arg(mean(h, 40, 8)).arg(mean(h, 0, 10))));
        runs.emplace_back(h.begin() + 40, h.end());
    }
    QCOMPARE(runs[0], runs[1]);

    // Cancel: the flag is checked between steps.
    std::atomic<bool> cancel{false};
    TimbreTrainingOptions c = o;
    c.checkpointDir = m_dir.filePath(QStringLiteral("cancelled"));
    c.steps = 1000;
    TimbreTrainer trainer(c, m_data);
    QVERIFY(trainer.prepare(&error));
    trainer.setCancelFlag(&cancel);
    trainer.setProgressCallback([&](const TimbreTrainingProgress &p) {
        if (p.step == 3) cancel = true;
    });
    QVERIFY2(trainer.run(&error), qPrintable(error));
    QVERIFY(trainer.cancelled());
    QCOMPARE(trainer.step(), 3);
    QVERIFY(QFileInfo::exists(trainer.checkpointPath()));  // a cancelled run can be resumed
    TimbreTrainingOptions again = c;
    again.resume = true;
    TimbreTrainer next(again, m_data);
    QVERIFY(next.prepare(&error));
    QCOMPARE(next.step(), 3);
}

void TestTimbreTrainer::trainerExport()
{
    if (!prepareData()) ATELIER_SKIP_OR_FAIL("FluidR3_GM.sf2 is not installed (fluid-soundfont-gm)");
    ensureTrained();
    QString error;
    TimbreTrainingOptions o = trainingOptions();
    o.checkpointDir = m_dir.filePath(QStringLiteral("ckpt"));
    o.resume = true;  // the trained weights of trainerLowersTheLoss
    TimbreTrainer trainer(o, m_data);
    QVERIFY(trainer.prepare(&error));
    QCOMPARE(trainer.step(), 40);
    const QString path = m_dir.filePath(QStringLiteral("trained.timbre.json"));
    QVERIFY2(trainer.exportModel(path, &error), qPrintable(error));
    const auto model = loadTimbreModel(path, &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->zSize(), 4);
    QCOMPARE(model->name(), QStringLiteral("timbre-test"));
    // The dataset's instruments, with their source and program.
    QCOMPARE(model->instruments().size(), m_data->instruments().size());
    for (std::size_t i = 0; i < m_data->instruments().size(); ++i) {
        QCOMPARE(model->instruments()[i].name, m_data->instruments()[i].name());
        QCOMPARE(model->instruments()[i].program, m_data->instruments()[i].program);
        QCOMPARE(model->instruments()[i].source, QStringLiteral("FluidR3_GM"));
        QCOMPARE(int(model->instruments()[i].z.size()), 4);
    }
    const auto file = TimbreModelFile::read(path, &error);
    QVERIFY(file);
    QCOMPARE(file->training.value("steps").toInt(), 40);
    QCOMPARE(file->training.value("batch").toInt(), 4);
    // Each instrument's z is its row of the trainer's table, and the fast
    // encoder of the exported file (float16 weights) agrees with the trainer's.
    for (std::size_t i = 0; i < m_data->instruments().size(); ++i) {
        const std::vector<float> want = trainer.instrumentZ(int(i));
        QCOMPARE(int(want.size()), 4);
        for (int k = 0; k < 4; ++k)
            QVERIFY2(std::abs(model->instruments()[i].z[std::size_t(k)] - want[std::size_t(k)]) < 2e-3 * (1 + std::abs(want[std::size_t(k)])),
                     qPrintable(QStringLiteral("instrument %1 z[%2]").arg(i).arg(k)));
    }
    int encoded = 0;
    for (int n : m_data->trainNotes()) {
        if (++encoded > 12) break;
        const std::vector<float> x = m_data->notes()[std::size_t(n)].toFloat();
        const std::vector<float> stats = mfccStatistics(x.data(), std::min<int>(int(x.size()), 3 * kDataSampleRate));
        const std::vector<float> fast = model->encode(stats), torchMu = trainer.encoderMu(stats);
        QCOMPARE(fast.size(), torchMu.size());
        for (std::size_t k = 0; k < fast.size(); ++k)
            QVERIFY2(std::abs(fast[k] - torchMu[k]) < 0.02 * (1 + std::abs(torchMu[k])),
                     qPrintable(QStringLiteral("note %1 mu[%2]: %3 vs %4").arg(n).arg(k).arg(fast[k]).arg(torchMu[k])));
    }
    // Fine-tuning starts from the exported weights and table: the held-out
    // loss is the trained one (up to float16), far from a fresh network's.
    {
        TimbreTrainingOptions f = trainingOptions();
        f.initFrom = path;
        TimbreTrainer tuned(f, m_data);
        QVERIFY2(tuned.prepare(&error), qPrintable(error));
        QCOMPARE(tuned.step(), 0);
        const double trained = trainer.validate(), start = tuned.validate();
        // The fine-tuned file records what it started from, and that model's own training.
        const QJsonObject from = tuned.modelFile().training.value("started_from").toObject();
        QCOMPARE(from.value("file").toString(), QStringLiteral("trained.timbre.json"));
        QCOMPARE(from.value("training").toObject().value("steps").toInt(), 40);
        QVERIFY2(std::abs(start - trained) < 0.01 * trained, qPrintable(QStringLiteral("%1 vs %2").arg(start).arg(trained)));
        TimbreTrainingOptions wrong = f;
        wrong.config.hidden = 48;
        TimbreTrainer mismatched(wrong, m_data);
        QVERIFY(!mismatched.prepare(&error));
        QVERIFY2(error.contains(QStringLiteral("trained.timbre.json")) && error.contains(QStringLiteral("hidden 32")), qPrintable(error));
    }
    // The trained decoder makes finite, non-negative frames, silent above kMaxFrequency.
    std::vector<float> row(std::size_t(4 + kConditioningSize));
    std::copy(model->instruments()[1].z.begin(), model->instruments()[1].z.end(), row.begin());
    frameConditioning(60, 80, 0.3, -1, row.data() + 4);
    const double f0 = pitchHz(60);
    TimbreFrame frame;
    model->decode(1, row.data(), &f0, &frame);
    for (int k = 0; k < kHarmonics; ++k) {
        QVERIFY(std::isfinite(frame.harmonics[k]) && frame.harmonics[k] >= 0);
        if ((k + 1) * f0 >= kMaxFrequency) QCOMPARE(frame.harmonics[k], 0.0f);
    }
    // The in-memory file is the exported one.
    const TimbreModelFile mem = trainer.modelFile();
    QCOMPARE(mem.validate(), QString());
    QCOMPARE(mem.instruments.size(), file->instruments.size());
}

QTEST_GUILESS_MAIN(TestTimbreTrainer)
#include "test_timbre_trainer.moc"
