// Music LSTM models (models/music): the `*.music.json` reader and writer
// (round trip, every kind of malformed file, a fuzz of truncations and byte
// flips), the fast kernel model against the torch network (nn::LSTM) and
// against an independent double-precision reference written here from the
// format's description, at batch 1 and 3 with controls, batch-row
// independence, and the loader entry. ATELIER_MUSIC_BENCH=1 also times the
// two target sizes (events/s at batch 1 and 8).

#include "MusicModels.h"
#include "music/MusicLstmModel.h"
#include "music/MusicModelFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <QFloat16>
#include <cmath>
#include <random>

using namespace atelier;
using namespace atelier::models;

namespace {

MusicLstmConfig smallConfig(bool performance)
{
    MusicLstmConfig c;
    if (performance) {
        c.kind = "performance";
        c.vocab = 50;
        c.controls = 8;
        c.embedding = 12;
        c.hidden = 44;   // not a multiple of 8 or 16: the kernels' tails
        c.layers = 3;
    } else {
        c.kind = "melody";
        c.vocab = 38;
        c.controls = 0;
        c.embedding = 16;
        c.hidden = 32;
        c.layers = 2;
    }
    return c;
}

// Random weights in torch's layout, already representable in float16.
MusicModelFile randomFile(const MusicLstmConfig &c, std::uint64_t seed, float scale = 0.35f)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(-scale, scale);
    MusicModelFile f;
    f.name = c.kind + "-test";
    f.config = c;
    f.training = QJsonObject{{"steps", 0}, {"note", "random"}};
    for (const auto &[name, shape] : MusicModelFile::expectedShapes(c)) {
        MusicTensor t;
        t.shape = shape;
        qint64 n = 1;
        for (int d : shape)
            n *= d;
        t.values.resize(std::size_t(n));
        for (float &v : t.values)
            v = float(qfloat16(name == "embedding.weight" ? 3 * u(rng) : u(rng)));
        f.tensors[name] = std::move(t);
    }
    return f;
}

// ---- independent reference: double precision, straight from the format ----
struct Reference {
    const MusicModelFile &f;
    std::vector<std::vector<double>> h, c;  // per layer

    explicit Reference(const MusicModelFile &file) : f(file)
    {
        for (int l = 0; l < f.config.layers; ++l) {
            h.emplace_back(std::size_t(f.config.hidden), 0.0);
            c.emplace_back(std::size_t(f.config.hidden), 0.0);
        }
    }
    static double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

    std::vector<double> step(int token, const float *controls)
    {
        const MusicLstmConfig &cf = f.config;
        const int H = cf.hidden;
        std::vector<double> x;
        const auto &emb = f.tensor("embedding.weight").values;
        for (int e = 0; e < cf.embedding; ++e)
            x.push_back(emb[std::size_t(token) * cf.embedding + e]);
        for (int k = 0; k < cf.controls; ++k)
            x.push_back(controls ? controls[k] : 0.0);
        for (int l = 0; l < cf.layers; ++l) {
            const QString k = QString::number(l);
            const auto &wih = f.tensor("lstm.weight_ih_l" + k).values, &whh = f.tensor("lstm.weight_hh_l" + k).values;
            const auto &bih = f.tensor("lstm.bias_ih_l" + k).values, &bhh = f.tensor("lstm.bias_hh_l" + k).values;
            const int in = int(x.size());
            std::vector<double> a(std::size_t(4 * H));
            for (int r = 0; r < 4 * H; ++r) {
                double s = double(bih[std::size_t(r)]) + bhh[std::size_t(r)];
                for (int j = 0; j < in; ++j)
                    s += wih[std::size_t(r) * in + j] * x[std::size_t(j)];
                for (int j = 0; j < H; ++j)
                    s += whh[std::size_t(r) * H + j] * h[std::size_t(l)][std::size_t(j)];
                a[std::size_t(r)] = s;
            }
            for (int j = 0; j < H; ++j) {  // torch order i, f, g, o
                const double i = sigmoid(a[std::size_t(j)]), fg = sigmoid(a[std::size_t(H + j)]);
                const double g = std::tanh(a[std::size_t(2 * H + j)]), o = sigmoid(a[std::size_t(3 * H + j)]);
                double &cc = c[std::size_t(l)][std::size_t(j)];
                cc = fg * cc + i * g;
                h[std::size_t(l)][std::size_t(j)] = o * std::tanh(cc);
            }
            x = h[std::size_t(l)];
        }
        const auto &hw = f.tensor("head.weight").values, &hb = f.tensor("head.bias").values;
        std::vector<double> y(std::size_t(cf.vocab));
        for (int v = 0; v < cf.vocab; ++v) {
            double s = hb[std::size_t(v)];
            for (int j = 0; j < H; ++j)
                s += hw[std::size_t(v) * H + j] * x[std::size_t(j)];
            y[std::size_t(v)] = s;
        }
        return y;
    }
};

struct RandomInput {
    std::vector<int> tokens;     // [t * batch + r]
    std::vector<float> controls; // [(t * batch + r) * C]
};

// Tokens at random; controls a note-density one-hot that changes every few steps.
RandomInput randomInput(const MusicLstmConfig &c, int batch, int steps, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    RandomInput in;
    std::vector<int> bin(std::size_t(batch), 0);
    for (int t = 0; t < steps; ++t)
        for (int r = 0; r < batch; ++r) {
            in.tokens.push_back(int(rng() % std::uint64_t(c.vocab)));
            if (c.controls > 0) {
                if (rng() % 5 == 0)
                    bin[std::size_t(r)] = int(rng() % std::uint64_t(c.controls));
                for (int k = 0; k < c.controls; ++k)
                    in.controls.push_back(k == bin[std::size_t(r)] ? 1.0f : 0.0f);
            }
        }
    return in;
}

QByteArray withJson(const QByteArray &text, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(text).object();
    edit(o);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject tensorJson(const QJsonObject &top, const QString &name)
{
    return top["tensors"].toObject()[name].toObject();
}

void setTensorJson(QJsonObject &top, const QString &name, const QJsonObject &t)
{
    QJsonObject ts = top["tensors"].toObject();
    ts[name] = t;
    top["tensors"] = ts;
}

} // namespace

class TestMusicModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const MusicModelFile f = randomFile(smallConfig(true), 7);
        const QString path = dir.filePath("perf.music.json");
        QString error;
        QVERIFY2(f.write(path, &error), qPrintable(error));
        const auto back = MusicModelFile::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, f.name);
        QCOMPARE(back->config.kind, QString("performance"));
        QVERIFY(back->config.sameShapes(f.config));
        QCOMPARE(back->training["note"].toString(), QString("random"));
        QCOMPARE(back->tensors.size(), f.tensors.size());
        for (const auto &[name, t] : f.tensors) {
            QCOMPARE(back->tensor(name).shape, t.shape);
            QVERIFY2(back->tensor(name).values == t.values, qPrintable(name));  // f16-exact values survive
        }
        // The header is plain JSON that QJsonDocument reads.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject top = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(top["format"].toString(), QString("atelier-music-lstm"));
        QCOMPARE(top["version"].toInt(), 1);
        QCOMPARE(top["hidden"].toInt(), 44);
        QCOMPARE(top["layers"].toInt(), 3);
        QCOMPARE(top["controls"].toInt(), 8);
        QCOMPARE(tensorJson(top, "lstm.weight_ih_l0")["shape"].toArray(), (QJsonArray{176, 20}));
        QCOMPARE(tensorJson(top, "head.weight")["dtype"].toString(), QString("f16"));

        // Values beyond float16 are refused, not written as inf.
        MusicModelFile big = f;
        big.tensors["head.bias"].values[0] = 1e6f;
        QVERIFY(!big.write(dir.filePath("big.music.json"), &error));
        QVERIFY2(error.contains("float16"), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath("big.music.json")));
    }

    void float32FilesKeepEveryBit()
    {
        // A personalised model's small updates must survive: "dtype": "f32".
        QTemporaryDir dir;
        MusicModelFile f = randomFile(smallConfig(false), 9);
        f.tensors["head.bias"].values[0] = 1.0f + 1e-6f;   // rounds to 1.0 in float16
        f.tensors["head.bias"].values[1] = 1e6f;           // beyond float16, fine as float32
        f.float32 = true;
        const QString path = dir.filePath("mine.music.json");
        QString error;
        QVERIFY2(f.write(path, &error), qPrintable(error));
        const auto back = MusicModelFile::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        for (const auto &[name, t] : f.tensors)
            QVERIFY2(back->tensor(name).values == t.values, qPrintable(name));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject top = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(tensorJson(top, "head.weight")["dtype"].toString(), QString("f32"));
        // A lying length is still caught: f32 data cut to an f16 tensor's size.
        QJsonObject t = tensorJson(top, "head.bias");
        const QByteArray bytes = QByteArray::fromBase64(t["data"].toString().toLatin1());
        t["data"] = QString::fromLatin1(bytes.left(bytes.size() / 2).toBase64());
        QJsonObject cut = top;
        setTensorJson(cut, "head.bias", t);
        QVERIFY(!MusicModelFile::parse(QJsonDocument(cut).toJson(), "cut.music.json", &error));
        QVERIFY2(error.contains("head.bias") && error.contains("length"), qPrintable(error));
        // And an unknown dtype names both it knows.
        t["dtype"] = "f64";
        setTensorJson(cut, "head.bias", t);
        QVERIFY(!MusicModelFile::parse(QJsonDocument(cut).toJson(), "cut.music.json", &error));
        QVERIFY2(error.contains("f64") && error.contains("f32"), qPrintable(error));
    }

    void performanceFileSize()
    {
        // A 2×512 performance model stays under ~10 MB in float16.
        const MusicModelFile f = randomFile(MusicLstmConfig::performanceDefault(), 3);
        QString error;
        const QByteArray bytes = f.serialize(&error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QVERIFY2(bytes.size() < 10 * 1000 * 1000, qPrintable(QString::number(bytes.size())));
    }

    void malformedFiles()
    {
        QTemporaryDir dir;
        const MusicModelFile f = randomFile(smallConfig(false), 11);
        QString error;
        const QByteArray good = f.serialize(&error);
        QVERIFY(!good.isEmpty());
        QVERIFY(MusicModelFile::parse(good, "m.music.json", &error));

        const QString name = "lstm.weight_hh_l1";
        struct Case {
            const char *what;
            QByteArray text;
            const char *expect;  // part of the error
        };
        const QList<Case> cases = {
            {"not json", "{\"format\": ", "not valid JSON"},
            {"array", "[1, 2, 3]", "JSON object"},
            {"format", withJson(good, [](QJsonObject &o) { o["format"] = "atelier-sketch"; }), "format"},
            {"version", withJson(good, [](QJsonObject &o) { o["version"] = 2; }), "unsupported version 2"},
            {"version type", withJson(good, [](QJsonObject &o) { o["version"] = "1"; }), "version"},
            {"kind", withJson(good, [](QJsonObject &o) { o["kind"] = "drums"; }), "unsupported kind"},
            {"hidden", withJson(good, [](QJsonObject &o) { o["hidden"] = 33; }), "shape"},
            {"layers", withJson(good, [](QJsonObject &o) { o["layers"] = 0; }), "layers"},
            {"vocab type", withJson(good, [](QJsonObject &o) { o["vocab"] = 38.5; }), "vocab"},
            {"huge", withJson(good, [](QJsonObject &o) { o["hidden"] = 1 << 30; }), "hidden"},
            {"training", withJson(good, [](QJsonObject &o) { o["training"] = 5; }), "training"},
            {"tensors", withJson(good, [](QJsonObject &o) { o.remove("tensors"); }), "tensors"},
            {"missing", withJson(good,
                                 [&](QJsonObject &o) {
                                     QJsonObject ts = o["tensors"].toObject();
                                     ts.remove(name);
                                     o["tensors"] = ts;
                                 }),
             "missing"},
            {"extra", withJson(good,
                               [&](QJsonObject &o) { setTensorJson(o, "lstm.weight_hh_l2", tensorJson(o, name)); }),
             "unexpected tensor"},
            {"shape", withJson(good,
                               [&](QJsonObject &o) {
                                   QJsonObject t = tensorJson(o, name);
                                   t["shape"] = QJsonArray{32, 128};
                                   setTensorJson(o, name, t);
                               }),
             "shape [32, 128], expected [128, 32]"},
            {"shape type", withJson(good,
                                    [&](QJsonObject &o) {
                                        QJsonObject t = tensorJson(o, name);
                                        t["shape"] = QJsonArray{"128", 32};
                                        setTensorJson(o, name, t);
                                    }),
             "malformed shape"},
            {"dtype", withJson(good,
                               [&](QJsonObject &o) {
                                   QJsonObject t = tensorJson(o, name);
                                   t["dtype"] = "f32";
                                   setTensorJson(o, name, t);
                               }),
             "dtype"},
            {"base64", withJson(good,
                                [&](QJsonObject &o) {
                                    QJsonObject t = tensorJson(o, name);
                                    QString s = t["data"].toString();
                                    s[10] = '*';
                                    t["data"] = s;
                                    setTensorJson(o, name, t);
                                }),
             "base64"},
            {"length", withJson(good,
                                [&](QJsonObject &o) {
                                    QJsonObject t = tensorJson(o, name);
                                    t["data"] = t["data"].toString().left(400);
                                    setTensorJson(o, name, t);
                                }),
             "length"},
            {"length 2", withJson(good,
                                  [&](QJsonObject &o) {
                                      QJsonObject t = tensorJson(o, name);
                                      t["data"] = QString::fromLatin1(QByteArray(2 * 128 * 32 + 1, 'a').toBase64());
                                      setTensorJson(o, name, t);
                                  }),
             "8193 bytes, expected 8192"},
            {"data type", withJson(good,
                                   [&](QJsonObject &o) {
                                       QJsonObject t = tensorJson(o, name);
                                       t["data"] = 3;
                                       setTensorJson(o, name, t);
                                   }),
             "data"},
            {"nan", withJson(good,
                             [&](QJsonObject &o) {
                                 QJsonObject t = tensorJson(o, "head.bias");
                                 QByteArray raw = QByteArray::fromBase64(t["data"].toString().toLatin1());
                                 qToLittleEndian<quint16>(0x7e00, raw.data() + 6);  // a float16 NaN
                                 t["data"] = QString::fromLatin1(raw.toBase64());
                                 setTensorJson(o, "head.bias", t);
                             }),
             "non-finite"},
            {"inf", withJson(good,
                             [&](QJsonObject &o) {
                                 QJsonObject t = tensorJson(o, "embedding.weight");
                                 QByteArray raw = QByteArray::fromBase64(t["data"].toString().toLatin1());
                                 qToLittleEndian<quint16>(0xfc00, raw.data());  // -inf
                                 t["data"] = QString::fromLatin1(raw.toBase64());
                                 setTensorJson(o, "embedding.weight", t);
                             }),
             "non-finite"},
        };
        for (const Case &c : cases) {
            const QString path = dir.filePath(QString("bad-%1.music.json").arg(QString(c.what).replace(' ', '-')));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(c.text);
            out.close();
            error.clear();
            const auto model = loadMusicModel(path, &error);
            QVERIFY2(!model, c.what);
            QVERIFY2(error.startsWith(QFileInfo(path).fileName() + ": "), qPrintable(error));
            QVERIFY2(error.contains(c.expect), qPrintable(QString("%1: %2").arg(c.what, error)));
        }
        error.clear();
        QVERIFY(!loadMusicModel(dir.filePath("nothing.music.json"), &error));
        QVERIFY2(error.contains("nothing.music.json") && error.contains("no such file"), qPrintable(error));
    }

    void fuzzNeverCrashes()
    {
        MusicLstmConfig c = smallConfig(true);
        c.hidden = 8;
        c.vocab = 10;
        c.layers = 1;
        const MusicModelFile f = randomFile(c, 5);
        QString error;
        const QByteArray good = f.serialize(&error);
        std::mt19937_64 rng(99);
        int rejected = 0, accepted = 0;
        for (int i = 0; i < 600; ++i) {
            QByteArray text = good;
            if (i % 3 == 0) {
                text.truncate(qsizetype(rng() % std::uint64_t(good.size())));
            } else {
                const int flips = 1 + int(rng() % 4);
                for (int k = 0; k < flips; ++k)
                    text[qsizetype(rng() % std::uint64_t(text.size()))] = char(rng() % 256);
            }
            error.clear();
            const auto parsed = MusicModelFile::parse(text, "fuzz.music.json", &error);
            if (parsed) {
                ++accepted;
                QVERIFY(parsed->validate().isEmpty());
                const MusicLstmModel model(*parsed);  // and it runs
                std::vector<float> logits(std::size_t(model.vocabSize()));
                auto state = model.newState(1);
                const int token = 3;
                model.step(*state, &token, nullptr, logits.data());
                for (float v : logits)
                    QVERIFY(std::isfinite(v));
            } else {
                ++rejected;
                QVERIFY(error.startsWith("fuzz.music.json: "));
            }
        }
        QVERIFY(rejected > 300);
        qInfo("fuzz: %d rejected, %d still valid (flips inside base64 data)", rejected, accepted);
    }

    void fastMatchesTorchAndReference_data()
    {
        QTest::addColumn<bool>("performance");
        QTest::addColumn<int>("batch");
        QTest::newRow("melody batch 1") << false << 1;
        QTest::newRow("melody batch 3") << false << 3;
        QTest::newRow("performance batch 1") << true << 1;
        QTest::newRow("performance batch 3") << true << 3;
    }

    void fastMatchesTorchAndReference()
    {
        QFETCH(bool, performance);
        QFETCH(int, batch);
        const MusicLstmConfig c = smallConfig(performance);
        QTemporaryDir dir;
        const QString path = dir.filePath("m.music.json");
        QString error;
        QVERIFY(randomFile(c, 21).write(path, &error));
        const auto model = MusicLstmModel::load(path, &error);
        QVERIFY2(model, qPrintable(error));
        const auto file = MusicModelFile::read(path, &error);
        QVERIFY(file);

        const int steps = 70;
        const RandomInput in = randomInput(c, batch, steps, 100 + batch);
        const std::vector<float> fast = model->trace(batch, steps, in.tokens, in.controls, MusicLstmModel::Backend::Fast);
        const std::vector<float> ref = model->trace(batch, steps, in.tokens, in.controls, MusicLstmModel::Backend::Torch);
        QCOMPARE(fast.size(), std::size_t(batch) * steps * c.vocab);
        double maxTorch = 0, maxRef = 0, maxLogit = 0;
        for (int r = 0; r < batch; ++r) {
            Reference exact(*file);
            for (int t = 0; t < steps; ++t) {
                const std::size_t at = std::size_t(t) * batch + r;
                const std::vector<double> y =
                    exact.step(in.tokens[at], c.controls ? in.controls.data() + at * c.controls : nullptr);
                for (int v = 0; v < c.vocab; ++v) {
                    const std::size_t k = at * c.vocab + v;
                    maxTorch = std::max(maxTorch, double(std::abs(fast[k] - ref[k])));
                    maxRef = std::max(maxRef, std::abs(fast[k] - y[std::size_t(v)]));
                    maxLogit = std::max(maxLogit, std::abs(y[std::size_t(v)]));
                }
            }
        }
        qInfo("max |fast - torch| %.2e, max |fast - double reference| %.2e (logits up to %.2f)", maxTorch, maxRef,
              maxLogit);
        QVERIFY(maxLogit > 0.5);  // not a trivially small comparison
        QVERIFY2(maxTorch < 2e-5, qPrintable(QString::number(maxTorch)));
        QVERIFY2(maxRef < 2e-5, qPrintable(QString::number(maxRef)));
    }

    void batchRowsAreIndependent()
    {
        const MusicLstmConfig c = smallConfig(true);
        const auto model = std::make_shared<MusicLstmModel>(randomFile(c, 8));
        const int batch = 5, steps = 40;
        const RandomInput in = randomInput(c, batch, steps, 4);
        const std::vector<float> all = model->trace(batch, steps, in.tokens, in.controls);
        for (int r = 0; r < batch; ++r) {
            RandomInput one;
            for (int t = 0; t < steps; ++t) {
                const std::size_t at = std::size_t(t) * batch + r;
                one.tokens.push_back(in.tokens[at]);
                one.controls.insert(one.controls.end(), in.controls.begin() + at * c.controls,
                                    in.controls.begin() + (at + 1) * c.controls);
            }
            const std::vector<float> alone = model->trace(1, steps, one.tokens, one.controls);
            for (int t = 0; t < steps; ++t)
                for (int v = 0; v < c.vocab; ++v)
                    QCOMPARE(alone[std::size_t(t) * c.vocab + v], all[(std::size_t(t) * batch + r) * c.vocab + v]);
        }
    }

    void loaderInterface()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath("mel.music.json");
        QVERIFY(randomFile(smallConfig(false), 2).write(path, &error));
        const core::MusicModelLoader loader = loadMusicModel;
        const std::shared_ptr<const core::IMusicModel> m = loader(path, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->name(), QString("melody-test"));
        QCOMPARE(m->kind(), core::MusicModelKind::Melody);
        QCOMPARE(m->vocabSize(), 38);
        QCOMPARE(m->controlSize(), 0);
        auto state = m->newState(2);
        QCOMPARE(state->batch(), 2);
        std::vector<float> logits(2 * 38);
        const int tokens[2] = {1, 37};
        m->step(*state, tokens, nullptr, logits.data());
        QVERIFY(logits[0] != logits[38]);

        const QString perf = dir.filePath("perf.music.json");
        QVERIFY(randomFile(smallConfig(true), 2).write(perf, &error));
        const auto p = loadMusicModel(perf, &error);
        QVERIFY(p);
        QCOMPARE(p->kind(), core::MusicModelKind::Performance);
        QCOMPARE(p->controlSize(), 8);
        // Null controls read as zeros; an out-of-range token as a zero embedding: no crash.
        auto s = p->newState(1);
        std::vector<float> y(50);
        const int bad = 1000;
        p->step(*s, &bad, nullptr, y.data());
        for (float v : y)
            QVERIFY(std::isfinite(v));
    }

    void benchmark()
    {
        if (qEnvironmentVariableIntValue("ATELIER_MUSIC_BENCH") == 0)
            QSKIP("set ATELIER_MUSIC_BENCH=1 to time the target sizes");
        MusicLstmConfig melody = MusicLstmConfig::melodyDefault();
        MusicLstmConfig perf = MusicLstmConfig::performanceDefault();
        for (const MusicLstmConfig &c : {melody, perf}) {
            const MusicLstmModel model(randomFile(c, 1, 0.05f));
            for (int batch : {1, 8}) {
                const int steps = batch == 1 ? 3000 : 1000;
                const double us = model.stepTime_us(batch, steps, 200);
                qInfo("%s %dx%d batch %d: %.1f us/step, %.0f events/s", qPrintable(c.kind), c.layers, c.hidden,
                      batch, us, batch * 1e6 / us);
                if (batch == 1)
                    QVERIFY(1e6 / us >= 2000);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMusicModel)
#include "test_music_model.moc"
