// Training the music LSTM (models/music/MusicTrainer) on a synthetic corpus
// defined here: the fused LSTM layer against torch::nn::LSTM (outputs and
// gradients), a few dozen steps lower the loss clearly, checkpoint + resume
// repeats the uninterrupted trajectory (dropout on, so the torch RNG state
// matters too), the cancel flag stops between steps, and an exported model
// loaded through loadMusicModel scores the test split like
// trainer.evaluate. Tiny sizes keep it at a few seconds.
//
// ATELIER_MUSIC_BENCH=1 also measures training throughput (1 thread) for
// the sizes the real runs consider.

#include "MusicModels.h"
#include "music/MusicLstmChecks.h"
#include "music/MusicLstmModel.h"
#include "music/MusicModelFile.h"
#include "music/MusicTrainer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cmath>
#include <numeric>

using namespace atelier;
using namespace atelier::models;

namespace {

// Sequences of a noisy pattern: with probability 1 - noise the next token
// is (token + 1 + mode) mod V, else a random token. With controls the mode
// (0..C-1) is given as a one-hot per position and changes now and then, so
// the model needs the controls; without, the mode is fixed per sequence.
class SyntheticMusicData : public core::IMusicTrainingData {
public:
    SyntheticMusicData(int vocab, int controls, std::uint64_t seed, int trainSequences = 40, int trainLength = 300)
        : m_vocab(vocab), m_controls(controls)
    {
        std::mt19937_64 rng(seed);
        for (int i = 0; i < trainSequences; ++i)
            m_train.push_back(make(rng, trainLength));
        // Held-out sequences of mixed lengths (longer than one evaluation chunk too).
        for (int len : {40, 310, 75, 2, 130, 600, 91})
            m_valid.push_back(make(rng, len));
        for (int len : {260, 33, 150, 520, 64, 8, 199, 300, 12})
            m_test.push_back(make(rng, len));
    }

    int vocabSize() const override { return m_vocab; }
    int controlSize() const override { return m_controls; }

    core::MusicWindow sampleTrainWindow(std::mt19937_64 &rng, int length) const override
    {
        const core::MusicWindow &s = m_train[std::size_t(rng() % m_train.size())];
        const int n = int(s.tokens.size());
        const int take = std::min(length + 1, n);
        const int start = int(rng() % std::uint64_t(n - take + 1));
        core::MusicWindow w;
        w.tokens.assign(s.tokens.begin() + start, s.tokens.begin() + start + take);
        if (m_controls > 0)
            w.controls.assign(s.controls.begin() + std::size_t(start) * m_controls,
                              s.controls.begin() + std::size_t(start + take - 1) * m_controls);
        return w;
    }

    int sequenceCount(bool test) const override { return int((test ? m_test : m_valid).size()); }
    core::MusicWindow sequence(bool test, int index) const override { return (test ? m_test : m_valid)[std::size_t(index)]; }
    std::int64_t trainEvents() const override
    {
        std::int64_t n = 0;
        for (const auto &s : m_train)
            n += std::int64_t(s.tokens.size());
        return n;
    }

private:
    // Controls for every token position (one more row than the inputs need).
    core::MusicWindow make(std::mt19937_64 &rng, int length) const
    {
        core::MusicWindow w;
        const int modes = std::max(1, m_controls);
        int mode = int(rng() % std::uint64_t(std::min(modes, 3)));
        int token = int(rng() % std::uint64_t(m_vocab));
        for (int t = 0; t < length; ++t) {
            w.tokens.push_back(token);
            if (m_controls > 0) {
                for (int k = 0; k < m_controls; ++k)
                    w.controls.push_back(k == mode ? 1.0f : 0.0f);
            }
            if (m_controls > 0 && rng() % 20 == 0)
                mode = int(rng() % std::uint64_t(std::min(modes, 3)));
            token = rng() % 10 == 0 ? int(rng() % std::uint64_t(m_vocab)) : (token + 1 + mode) % m_vocab;
        }
        return w;
    }

    int m_vocab, m_controls;
    std::vector<core::MusicWindow> m_train, m_valid, m_test;
};

MusicTrainingOptions tinyOptions(int steps)
{
    MusicTrainingOptions o;  // kind, vocab and controls come from the data
    o.steps = steps;
    o.batchSize = 12;
    o.windowLength = 32;
    o.seed = 42;
    o.config.embedding = 8;
    o.config.hidden = 32;
    o.config.layers = 2;
    o.config.dropout = 0.1;
    o.learningRate = 1e-2;
    o.learningRateDecay = 0.999;
    o.validEvery = 0;
    o.checkpointEvery = 0;
    o.logEvery = 5;
    return o;
}

double mean(std::vector<double>::const_iterator a, std::vector<double>::const_iterator b)
{
    return std::accumulate(a, b, 0.0) / double(b - a);
}

} // namespace

class TestMusicTraining : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SyntheticMusicData> m_data = std::make_shared<SyntheticMusicData>(16, 4, 7);

private Q_SLOTS:
    void fusedLayerMatchesTorchLstm()
    {
        for (bool controls : {false, true}) {
            MusicLstmConfig c;
            c.kind = controls ? "performance" : "melody";
            c.vocab = 20;
            c.controls = controls ? 5 : 0;
            c.embedding = 7;
            c.hidden = 19;  // vector tails
            c.layers = controls ? 3 : 2;
            const MusicLstmCheck r = compareFusedWithTorchLstm(c, 4, 23, 3);
            qInfo("fused vs nn::LSTM: logits %.2e, loss %.2e, gradients (relative) %.2e", r.maxLogitDiff, r.lossDiff,
                  r.maxRelativeGradDiff);
            QVERIFY(r.maxLogitDiff < 1e-5);
            QVERIFY(r.lossDiff < 1e-6);
            QVERIFY(r.maxRelativeGradDiff < 1e-4);
        }
    }

    void rejectsMismatchedSizes()
    {
        MusicTrainingOptions o = tinyOptions(1);
        o.config.vocab = 99;
        MusicTrainer t(o, m_data);
        QString error;
        QVERIFY(!t.prepare(&error));
        QVERIFY2(error.contains("99") && error.contains("16"), qPrintable(error));
        MusicTrainer none(tinyOptions(1), nullptr);
        QVERIFY(!none.prepare(&error));
    }

    void fewStepsLowerTheLoss()
    {
        MusicTrainingOptions o = tinyOptions(60);
        o.validEvery = 30;
        MusicTrainer trainer(o, m_data);
        QString error;
        QVERIFY2(trainer.prepare(&error), qPrintable(error));
        QCOMPARE(trainer.config().vocab, 16);
        QCOMPARE(trainer.config().controls, 4);
        const double before = trainer.evaluate(true);
        int reports = 0, validations = 0;
        trainer.setProgressCallback([&](const MusicTrainingProgress &p) {
            ++reports;
            QVERIFY(p.step >= 1 && p.step <= 60);
            QCOMPARE(p.targetSteps, 60);
            QVERIFY(std::isfinite(p.loss) && p.learningRate > 0 && p.learningRate <= 1e-2);
            if (p.step > 1) {
                QVERIFY(p.stepsPerSecond > 0);
                QVERIFY(p.tokensPerSecond > p.stepsPerSecond);
            }
            if (p.validation) {
                ++validations;
                QVERIFY(std::isfinite(p.validNll));
            }
        });
        const auto t0 = std::chrono::steady_clock::now();
        QVERIFY2(trainer.run(&error), qPrintable(error));
        qInfo("60 tiny steps in %.2f s",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        QCOMPARE(trainer.step(), 60);
        QVERIFY(reports >= 12);
        QCOMPARE(validations, 2);
        QCOMPARE(int(trainer.validHistory().size()), 2);
        QCOMPARE(trainer.validHistory()[1].first, 60);
        const std::vector<double> &h = trainer.lossHistory();
        QCOMPARE(int(h.size()), 60);
        const double first = mean(h.begin(), h.begin() + 5), last = mean(h.end() - 5, h.end());
        const double after = trainer.evaluate(true);
        qInfo("train loss %.3f -> %.3f, test NLL %.3f -> %.3f (uniform %.3f)", first, last, before, after,
              std::log(16.0));
        QVERIFY2(last < first - 0.8, qPrintable(QString("loss %1 -> %2").arg(first).arg(last)));
        QVERIFY(after < before - 0.8);
    }

    void cancelStopsBetweenSteps()
    {
        QTemporaryDir dir;
        MusicTrainingOptions o = tinyOptions(100000);
        o.checkpointDir = dir.path();
        MusicTrainer trainer(o, m_data);
        QString error;
        QVERIFY(trainer.prepare(&error));
        std::atomic<bool> cancel{false};
        trainer.setCancelFlag(&cancel);
        trainer.setProgressCallback([&](const MusicTrainingProgress &p) {
            if (p.step >= 5)
                cancel = true;
        });
        QVERIFY(trainer.run(&error));
        QVERIFY(trainer.cancelled());
        QCOMPARE(trainer.step(), 5);
        QVERIFY(QFile::exists(trainer.checkpointPath()));  // cancel saves a checkpoint
    }

    void timeLimitStops()
    {
        MusicTrainingOptions o = tinyOptions(0);
        o.minutes = 0.3 / 60;  // 0.3 s in all
        MusicTrainer trainer(o, m_data);
        QString error;
        QVERIFY(trainer.prepare(&error));
        QVERIFY(trainer.run(&error));
        QVERIFY(trainer.step() > 0);
        QVERIFY(trainer.elapsedSeconds() >= 0.3 && trainer.elapsedSeconds() < 5);
        QVERIFY(!trainer.cancelled());
    }

    void kindComesFromTheData()
    {
        QString error;
        MusicTrainer perf(tinyOptions(0), m_data);
        QVERIFY(perf.prepare(&error));
        QCOMPARE(perf.config().kind, QString("performance"));
        QCOMPARE(perf.options().name, QString("performance-lstm"));
        MusicTrainer melody(tinyOptions(0), std::make_shared<SyntheticMusicData>(16, 0, 9));
        QVERIFY(melody.prepare(&error));
        QCOMPARE(melody.config().kind, QString("melody"));
        QCOMPARE(melody.config().controls, 0);
    }

    void resumeRepeatsTheTrajectory()
    {
        QTemporaryDir dir;
        QString error;
        MusicTrainingOptions full = tinyOptions(10);
        full.validEvery = 3;
        full.maxValidSequences = 4;
        MusicTrainer straight(full, m_data);
        QVERIFY(straight.prepare(&error));
        QVERIFY(straight.run(&error));

        MusicTrainingOptions first = full;
        first.steps = 5;
        first.checkpointDir = dir.path();
        MusicTrainer a(first, m_data);
        QVERIFY(a.prepare(&error));
        QVERIFY2(a.run(&error), qPrintable(error));
        QCOMPARE(a.checkpointPath(), dir.filePath("music-performance.ckpt"));
        QVERIFY(QFile::exists(a.checkpointPath()));
        QVERIFY(!QFile::exists(a.checkpointPath() + ".tmp"));

        MusicTrainingOptions second = full;
        second.checkpointDir = dir.path();
        second.resume = true;
        MusicTrainer b(second, m_data);
        QVERIFY2(b.prepare(&error), qPrintable(error));
        QVERIFY(b.resumed());
        QCOMPARE(b.step(), 5);
        QVERIFY(b.elapsedSeconds() > 0);
        QVERIFY(b.run(&error));
        QCOMPARE(b.step(), 10);
        const std::vector<double> &s = straight.lossHistory(), &h = b.lossHistory();
        QCOMPARE(int(s.size()), 10);
        QCOMPARE(int(h.size()), 10);  // the first five restored from the checkpoint
        for (int i = 0; i < 10; ++i)
            QVERIFY2(std::abs(h[std::size_t(i)] - s[std::size_t(i)]) < 1e-9,
                     qPrintable(QString("step %1: %2 vs %3").arg(i + 1).arg(h[std::size_t(i)]).arg(s[std::size_t(i)])));
        QCOMPARE(int(b.validHistory().size()), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(b.validHistory()[std::size_t(i)].first, straight.validHistory()[std::size_t(i)].first);
            QVERIFY(std::abs(b.validHistory()[std::size_t(i)].second - straight.validHistory()[std::size_t(i)].second) < 1e-9);
        }

        // A checkpoint of other sizes is refused with a clear message.
        MusicTrainingOptions other = second;
        other.config.hidden = 24;
        MusicTrainer c(other, m_data);
        QVERIFY(!c.prepare(&error));
        QVERIFY2(error.contains("other sizes"), qPrintable(error));

        // So is a damaged one (and nothing crashes).
        QFile ckpt(a.checkpointPath());
        QVERIFY(ckpt.open(QIODevice::ReadWrite));
        const QByteArray bytes = ckpt.readAll();
        ckpt.resize(0);
        ckpt.write(bytes.left(bytes.size() / 2));
        ckpt.close();
        MusicTrainer damaged(second, m_data);
        QVERIFY(!damaged.prepare(&error));
        QVERIFY2(error.contains("cannot resume"), qPrintable(error));
        QVERIFY(!damaged.run(&error));  // not prepared
    }

    void exportScoresLikeTheTrainer_data()
    {
        QTest::addColumn<bool>("controls");
        QTest::addColumn<int>("steps");
        QTest::newRow("melody, untrained") << false << 0;
        QTest::newRow("melody, trained") << false << 25;
        QTest::newRow("performance, trained") << true << 25;
    }

    void exportScoresLikeTheTrainer()
    {
        QFETCH(bool, controls);
        QFETCH(int, steps);
        auto data = controls ? m_data : std::make_shared<SyntheticMusicData>(16, 0, 9);
        MusicTrainingOptions o = tinyOptions(steps);
        o.name = "tiny";
        o.validEvery = 10;
        MusicTrainer trainer(o, data);
        QString error;
        QVERIFY(trainer.prepare(&error));
        QVERIFY(trainer.run(&error));
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/tiny.music.json");
        QVERIFY2(trainer.exportModel(path, &error), qPrintable(error));

        const auto model = loadMusicModel(path, &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->name(), QString("tiny"));
        QCOMPARE(model->kind(), controls ? core::MusicModelKind::Performance : core::MusicModelKind::Melody);
        // Score the test split through the IMusicModel interface, one event at a time.
        double total = 0;
        long long count = 0;
        const int V = model->vocabSize(), C = model->controlSize();
        for (int i = 0; i < data->sequenceCount(true); ++i) {
            const core::MusicWindow w = data->sequence(true, i);
            auto state = model->newState(1);
            std::vector<float> logits(static_cast<std::size_t>(V));
            for (std::size_t t = 0; t + 1 < w.tokens.size(); ++t) {
                model->step(*state, &w.tokens[t], C ? w.controls.data() + t * C : nullptr, logits.data());
                double z = 0;
                const float mx = *std::max_element(logits.begin(), logits.end());
                for (float v : logits)
                    z += std::exp(double(v - mx));
                total -= double(logits[std::size_t(w.tokens[t + 1])] - mx) - std::log(z);
                ++count;
            }
        }
        const double viaModel = total / double(count);
        const double direct = trainer.evaluate(true);
        qInfo("test NLL: trainer %.5f, exported model %.5f", direct, viaModel);
        QVERIFY(std::isfinite(direct));
        QVERIFY2(std::abs(viaModel - direct) < 2e-3,  // float16 weights: a small drift only
                 qPrintable(QString("%1 vs %2").arg(viaModel).arg(direct)));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject top = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject training = top["training"].toObject();
        QCOMPARE(training["steps"].toInt(), steps);
        QCOMPARE(training["batchSize"].toInt(), 12);
        QCOMPARE(training["windowLength"].toInt(), 32);
        QCOMPARE(training["data"].toObject()["testSequences"].toInt(), 9);
        QCOMPARE(training["valid"].toArray().size(), steps / 10);
        if (steps > 0)
            QVERIFY(training["losses"].toArray().size() >= 5);
    }

    void benchmark_data()
    {
        QTest::addColumn<int>("vocab");
        QTest::addColumn<int>("controls");
        QTest::addColumn<int>("embedding");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("batch");
        QTest::newRow("melody 2x256 w128 b64") << 38 << 0 << 32 << 256 << 128 << 64;
        QTest::newRow("performance 2x256 w256 b32") << 388 << 8 << 64 << 256 << 256 << 32;
        QTest::newRow("performance 2x256 w256 b64") << 388 << 8 << 64 << 256 << 256 << 64;
        QTest::newRow("performance 2x384 w256 b32") << 388 << 8 << 64 << 384 << 256 << 32;
        QTest::newRow("performance 2x384 w256 b64") << 388 << 8 << 64 << 384 << 256 << 64;
        QTest::newRow("performance 2x512 w256 b32") << 388 << 8 << 64 << 512 << 256 << 32;
        QTest::newRow("performance 2x512 w256 b64") << 388 << 8 << 64 << 512 << 256 << 64;
    }

    void benchmark()
    {
        if (qEnvironmentVariableIntValue("ATELIER_MUSIC_BENCH") == 0)
            QSKIP("set ATELIER_MUSIC_BENCH=1 to measure training throughput");
        QFETCH(int, vocab);
        QFETCH(int, controls);
        QFETCH(int, embedding);
        QFETCH(int, hidden);
        QFETCH(int, window);
        QFETCH(int, batch);
        auto data = std::make_shared<SyntheticMusicData>(vocab, controls, 1, 50, 2000);
        MusicTrainingOptions o;
        o.batchSize = batch;
        o.windowLength = window;
        o.config.embedding = embedding;
        o.config.hidden = hidden;
        o.config.layers = 2;
        o.config.dropout = 0.1;
        o.validEvery = 0;
        o.threads = 1;
        const int steps = qEnvironmentVariableIntValue("ATELIER_MUSIC_BENCH_STEPS") > 0
                              ? qEnvironmentVariableIntValue("ATELIER_MUSIC_BENCH_STEPS")
                              : 4;
        o.steps = 1 + steps;  // the first step is a warm-up
        o.logEvery = 1;
        MusicTrainer trainer(o, data);
        QString error;
        QVERIFY2(trainer.prepare(&error), qPrintable(error));
        // Per-step times: the median and the fastest step (a shared machine
        // preempts some steps; the fastest is the undisturbed cost).
        // CPU time too: with one thread it is the step's cost without the
        // time other processes took the core.
        std::vector<double> times, cpu;
        auto last = std::chrono::steady_clock::now();
        std::clock_t lastCpu = std::clock();
        trainer.setProgressCallback([&](const MusicTrainingProgress &p) {
            const auto now = std::chrono::steady_clock::now();
            const std::clock_t nowCpu = std::clock();
            if (p.step > 1) {
                times.push_back(std::chrono::duration<double>(now - last).count());
                cpu.push_back(double(nowCpu - lastCpu) / CLOCKS_PER_SEC);
            }
            last = now;
            lastCpu = nowCpu;
        });
        QVERIFY(trainer.run(&error));
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        const double median = times[times.size() / 2], best = times.front(), cpuMedian = cpu[cpu.size() / 2];
        const double tokens = double(batch) * window;
        qInfo("%s: %.2fM params, wall median %.3f s/step (%.2f steps/s, %.0f tokens/s), best %.3f s; "
              "CPU median %.3f s/step (%.2f steps/s, %.0f tokens/s)",
              QTest::currentDataTag(), trainer.parameterCount() / 1e6, median, 1 / median, tokens / median, best,
              cpuMedian, 1 / cpuMedian, tokens / cpuMedian);
    }
};

QTEST_GUILESS_MAIN(TestMusicTraining)
#include "test_music_training.moc"
