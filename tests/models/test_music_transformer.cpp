// The relative-attention music Transformer: its sizes, and the cached
// one-event-at-a-time inference against the full forward pass over the
// whole sequence (to 1e-5 in log-probabilities), also past the attention
// window, where the cache becomes a ring.

#include "MusicModels.h"
#include "music/MusicTrainer.h"
#include "music/MusicTransformerChecks.h"
#include "music/MusicTransformerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace atelier;
using namespace atelier::models;

namespace {
MusicTransformerConfig small()
{
    MusicTransformerConfig c;
    c.kind = "performance";
    c.vocab = 40;
    c.controls = 3;
    c.model = 32;
    c.heads = 4;
    c.layers = 2;
    c.feedForward = 64;
    c.window = 16;
    return c;
}

// Sequences that count up by 1 + mode (mod V), the mode (0..2) a one-hot
// control that changes now and then, 10 % random tokens.
class CountingData : public core::IMusicTrainingData {
public:
    CountingData()
    {
        std::mt19937_64 rng(11);
        for (int i = 0; i < 30; ++i)
            m_train.push_back(make(rng, 200));
        for (int len : {50, 120, 90})
            m_valid.push_back(make(rng, len));
        for (int len : {80, 130, 45, 100})
            m_test.push_back(make(rng, len));
    }
    int vocabSize() const override { return 12; }
    int controlSize() const override { return 3; }
    core::MusicWindow sampleTrainWindow(std::mt19937_64 &rng, int length) const override
    {
        const core::MusicWindow &s = m_train[rng() % m_train.size()];
        const std::size_t start = rng() % (s.tokens.size() - std::size_t(length));
        core::MusicWindow w;
        w.tokens.assign(s.tokens.begin() + std::ptrdiff_t(start), s.tokens.begin() + std::ptrdiff_t(start) + length + 1);
        w.controls.assign(s.controls.begin() + std::ptrdiff_t(start) * 3, s.controls.begin() + std::ptrdiff_t(start + length) * 3);
        return w;
    }
    int sequenceCount(bool test) const override { return int((test ? m_test : m_valid).size()); }
    core::MusicWindow sequence(bool test, int index) const override { return (test ? m_test : m_valid)[std::size_t(index)]; }
    std::int64_t trainEvents() const override { return 30 * 200; }

private:
    static core::MusicWindow make(std::mt19937_64 &rng, int length)
    {
        core::MusicWindow w;
        int mode = int(rng() % 3), token = int(rng() % 12);
        for (int t = 0; t <= length; ++t) {
            w.tokens.push_back(token);
            if (rng() % 20 == 0)
                mode = int(rng() % 3);
            if (t < length)
                for (int k = 0; k < 3; ++k)
                    w.controls.push_back(k == mode ? 1.0f : 0.0f);
            token = rng() % 10 == 0 ? int(rng() % 12) : (token + 1 + mode) % 12;
        }
        return w;
    }
    std::vector<core::MusicWindow> m_train, m_valid, m_test;
};
} // namespace

class TestMusicTransformer : public QObject {
    Q_OBJECT
private slots:
    void sizes()
    {
        MusicTransformerConfig c = small();
        QVERIFY2(c.validate().isEmpty(), qPrintable(c.validate()));
        // embedding 40·32, control 32·3 + 32, per block: 2 norms (4·32), qkv 96·32 + 96,
        // relative 4·16·8, out 32·32 + 32, ffn 64·32 + 64 + 32·64 + 32; final norm 64, head 40·32 + 40.
        const qint64 block = 4 * 32 + (96 * 32 + 96) + 4 * 16 * 8 + (32 * 32 + 32) + (64 * 32 + 64) + (32 * 64 + 32);
        QCOMPARE(c.parameterCount(), 40 * 32 + (32 * 3 + 32) + 2 * block + 64 + (40 * 32 + 40));
        c.heads = 5;
        QVERIFY(c.validate().contains("multiple"));
        c = small();
        c.window = 0;
        QVERIFY(c.validate().contains("window"));
        const MusicTransformerConfig back = MusicTransformerConfig::fromJson(small().toJson());
        QCOMPARE(back.shapes(), small().shapes());
    }

    void cachedInferenceEqualsTheFullPass()
    {
        // Within the window, and far past it (the ring wraps twice).
        for (int steps : {12, 40}) {
            const MusicTransformerCheck r = compareCachedWithFullPass(small(), 3, steps, 7);
            QCOMPARE(r.positions, steps);
            qInfo("%d positions: max |Δ log p| %.2e, max |logit| %.2f", steps, r.maxAbsLogProbDiff, r.maxAbsLogit);
            QVERIFY2(r.maxAbsLogit > 0.1, "the logits must not be trivially flat");
            QVERIFY2(r.maxAbsLogProbDiff < 1e-5, qPrintable(QString::number(r.maxAbsLogProbDiff)));
        }
        // No controls, one head, one layer.
        MusicTransformerConfig c = small();
        c.controls = 0;
        c.heads = 1;
        c.layers = 1;
        const MusicTransformerCheck r = compareCachedWithFullPass(c, 1, 20, 3);
        QVERIFY2(r.maxAbsLogProbDiff < 1e-5, qPrintable(QString::number(r.maxAbsLogProbDiff)));
    }

    void trainsResumesAndExports()
    {
        auto data = std::make_shared<CountingData>();
        QTemporaryDir dir;
        MusicTrainingOptions o;
        o.architecture = "transformer";
        o.name = "tiny-transformer";
        o.transformer.model = 32;
        o.transformer.heads = 4;
        o.transformer.layers = 2;
        o.transformer.feedForward = 64;
        o.transformer.window = 32;
        o.transformer.dropout = 0.1;
        o.batchSize = 8;
        o.windowLength = 32;
        o.learningRate = 3e-3;
        o.validEvery = 0;
        o.checkpointEvery = 0;
        o.checkpointDir = dir.filePath("ckpt");
        o.steps = 60;
        QString error;
        MusicTrainer trainer(o, data);
        QVERIFY2(trainer.prepare(&error), qPrintable(error));
        QCOMPARE(trainer.describeNetwork(), QStringLiteral("Transformer 2×32, 4 heads, window 32"));
        const double before = trainer.evaluate(true);
        QVERIFY2(trainer.run(&error), qPrintable(error));
        const double after = trainer.evaluate(true);
        qInfo("test NLL %.3f -> %.3f (uniform %.3f)", before, after, std::log(12.0));
        QVERIFY2(after < before - 0.8, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

        // Resume to 70 steps from the checkpoint.
        o.resume = true;
        o.steps = 70;
        MusicTrainer resumed(o, data);
        QVERIFY2(resumed.prepare(&error), qPrintable(error));
        QVERIFY(resumed.resumed());
        QCOMPARE(resumed.step(), 60);
        QVERIFY2(resumed.run(&error), qPrintable(error));
        QCOMPARE(resumed.step(), 70);
        // An LSTM cannot resume a Transformer's checkpoint.
        MusicTrainingOptions lstm = o;
        lstm.architecture = "lstm";
        MusicTrainer wrong(lstm, data);
        QVERIFY(!wrong.prepare(&error));
        QVERIFY2(error.contains("other sizes"), qPrintable(error));

        // Exported and loaded as a model, it scores the test split like the trainer
        // (up to float16 weights, and the trainer's windows of half-window stride).
        const QString path = dir.filePath("tiny.music.json");
        QVERIFY2(resumed.exportModel(path, &error), qPrintable(error));
        const auto model = loadMusicModel(path, &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->name(), QStringLiteral("tiny-transformer"));
        QCOMPARE(model->controlSize(), 3);
        double total = 0;
        long long count = 0;
        for (int i = 0; i < data->sequenceCount(true); ++i) {
            const core::MusicWindow w = data->sequence(true, i);
            auto state = model->newState(1);
            std::vector<float> logits(12);
            for (std::size_t t = 0; t + 1 < w.tokens.size(); ++t) {
                model->step(*state, &w.tokens[t], w.controls.data() + t * 3, logits.data());
                double z = 0;
                const float mx = *std::max_element(logits.begin(), logits.end());
                for (float v : logits)
                    z += std::exp(double(v - mx));
                total -= double(logits[std::size_t(w.tokens[t + 1])] - mx) - std::log(z);
                ++count;
            }
        }
        const double viaModel = total / double(count), direct = resumed.evaluate(true);
        qInfo("test NLL: trainer %.4f, loaded model %.4f", direct, viaModel);
        QVERIFY2(std::abs(viaModel - direct) < 0.05, qPrintable(QStringLiteral("%1 vs %2").arg(viaModel).arg(direct)));

        // A damaged file is refused with its problem named.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        bytes.replace("\"heads\":4", "\"heads\":5");
        const QString bad = dir.filePath("bad.music.json");
        QFile g(bad);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(bytes);
        g.close();
        QVERIFY(!loadMusicModel(bad, &error));
        QVERIFY2(error.contains("bad.music.json") && error.contains("multiple"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMusicTransformer)
#include "test_music_transformer.moc"
