// Sketch-RNN: the model file reader/writer, the fast decoder kernel and the
// LibTorch module against an independent double-precision reference built
// here from the spec's equations (own base64 decoding, own loops), batch
// independence, sampling, malformed files, and a small VAE round trip.
// See shared/specs/sketch-rnn-format.md.

#include "../TestData.h"
#include "SketchModels.h"
#include "sketchrnn/SketchRnnFile.h"
#include "sketchrnn/SketchRnnModel.h"
#include "sketchrnn/SketchRnnSampler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace atelier;
using namespace atelier::models;
using core::Stroke5;

namespace {

// ---- independent reference (double precision, straight from the spec) ----

std::vector<unsigned char> base64Decode(const QByteArray &text)
{
    auto value = [](char ch) -> int {
        if (ch >= 'A' && ch <= 'Z') return ch - 'A';
        if (ch >= 'a' && ch <= 'z') return ch - 'a' + 26;
        if (ch >= '0' && ch <= '9') return ch - '0' + 52;
        if (ch == '+') return 62;
        if (ch == '/') return 63;
        return -1;
    };
    std::vector<unsigned char> out;
    unsigned bits = 0;
    int count = 0;
    for (char ch : text) {
        const int v = value(ch);
        if (v < 0)
            continue;  // '=' padding
        bits = (bits << 6) | unsigned(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out.push_back(static_cast<unsigned char>((bits >> count) & 0xff));
        }
    }
    return out;
}

struct RefModel {
    std::vector<std::vector<double>> w;  // file order, dequantised
    std::vector<std::vector<int>> shape;
    int H = 0;
    int in = 5;
};

RefModel loadReference(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray top = QJsonDocument::fromJson(f.readAll()).array();
    RefModel m;
    const QJsonArray shapes = top[1].toArray(), blobs = top[2].toArray();
    for (int k = 0; k < shapes.size(); ++k) {
        std::vector<int> s;
        for (const auto &d : shapes[k].toArray())
            s.push_back(d.toInt());
        const auto bytes = base64Decode(blobs[k].toString().toLatin1());
        std::vector<double> v(bytes.size() / 2);
        for (size_t i = 0; i < v.size(); ++i) {
            const int q = int16_t(uint16_t(bytes[2 * i] | (bytes[2 * i + 1] << 8)));
            v[i] = q * 10.0 / 32767.0;
        }
        m.w.push_back(v);
        m.shape.push_back(s);
    }
    m.H = m.shape[3][0];
    m.in = m.shape[2][0];
    return m;
}

// One plain-LSTM step (gates i, g, f, o; forget bias 1).
void refLstm(const std::vector<double> &wxh, const std::vector<double> &whh, const std::vector<double> &b, int in,
             int H, const std::vector<double> &x, std::vector<double> &h, std::vector<double> &c)
{
    std::vector<double> a(b);
    for (int k = 0; k < in; ++k)
        for (int n = 0; n < 4 * H; ++n)
            a[n] += x[k] * wxh[size_t(k) * 4 * H + n];
    for (int k = 0; k < H; ++k)
        for (int n = 0; n < 4 * H; ++n)
            a[n] += h[k] * whh[size_t(k) * 4 * H + n];
    auto sig = [](double v) { return 1.0 / (1.0 + std::exp(-v)); };
    for (int j = 0; j < H; ++j) {
        const double i = sig(a[j]), g = std::tanh(a[H + j]), fg = sig(a[2 * H + j] + 1.0), o = sig(a[3 * H + j]);
        c[j] = fg * c[j] + i * g;
        h[j] = o * std::tanh(c[j]);
    }
}

struct RefMixture {
    double pen[3], pi[20], muX[20], muY[20], sx[20], sy[20], rho[20];
};

RefMixture refOutput(const RefModel &m, const std::vector<double> &h)
{
    std::vector<double> y(m.w[1]);
    for (int k = 0; k < m.H; ++k)
        for (int n = 0; n < 123; ++n)
            y[n] += h[k] * m.w[0][size_t(k) * 123 + n];
    RefMixture r;
    auto softmax = [](const double *in, double *out, int n) {
        double top = in[0];
        for (int i = 1; i < n; ++i)
            top = std::max(top, in[i]);
        double s = 0;
        for (int i = 0; i < n; ++i)
            s += out[i] = std::exp(in[i] - top);
        for (int i = 0; i < n; ++i)
            out[i] /= s;
    };
    softmax(y.data(), r.pen, 3);
    softmax(y.data() + 3, r.pi, 20);
    for (int k = 0; k < 20; ++k) {
        r.muX[k] = y[23 + k];
        r.muY[k] = y[43 + k];
        r.sx[k] = std::exp(y[63 + k]);
        r.sy[k] = std::exp(y[83 + k]);
        r.rho[k] = std::tanh(y[103 + k]);
    }
    return r;
}

std::vector<double> strokeVector(const Stroke5 &s)
{
    return {s.dx, s.dy, s.pen == 0 ? 1.0 : 0.0, s.pen == 1 ? 1.0 : 0.0, s.pen == 2 ? 1.0 : 0.0};
}

// A made-up drawing: a wobbly circle, a lift, a line; start token first.
QList<Stroke5> testSequence(int steps, double phase = 0)
{
    QList<Stroke5> rows{{0, 0, Stroke5::Down}};
    for (int t = 1; t < steps; ++t) {
        const double a = 0.4 * t + phase;
        const int pen = t == 14 || t == 22 ? Stroke5::Up : Stroke5::Down;
        rows.append({float(0.9 * std::cos(a) + 0.1 * std::sin(3 * a)), float(0.8 * std::sin(a)), pen});
    }
    return rows;
}

// The largest difference (σ relative), and which value it was.
double maxError(const RefMixture &r, const SketchRnnMixture &m, QString *where)
{
    double e = 0;
    auto check = [&](double diff, const char *what, int k) {
        if (diff > e) {
            e = diff;
            *where = QString("%1[%2]").arg(what).arg(k);
        }
    };
    for (int j = 0; j < 3; ++j)
        check(std::abs(r.pen[j] - m.pen[j]), "pen", j);
    for (int k = 0; k < 20; ++k) {
        check(std::abs(r.pi[k] - m.pi[k]), "pi", k);
        check(std::abs(r.muX[k] - m.muX[k]), "mu_x", k);
        check(std::abs(r.muY[k] - m.muY[k]), "mu_y", k);
        check(std::abs(r.rho[k] - m.rho[k]), "rho", k);
        check(std::abs(r.sx[k] - m.sigmaX[k]) / r.sx[k], "sigma_x (relative)", k);
        check(std::abs(r.sy[k] - m.sigmaY[k]) / r.sy[k], "sigma_y (relative)", k);
    }
    return e;
}

QString modelPath(const QString &name)
{
    return qEnvironmentVariable("ATELIER_DATA") + "/models/sketch-rnn/" + name + ".gen.json";
}

// A small random model (gen or VAE) for writer/reader and VAE tests.
SketchRnnFile randomFile(bool vae, int h, int e, int z, unsigned seed)
{
    SketchRnnFile f;
    f.name = "tiny";
    f.scaleFactor = 42.5;
    f.maxSeqLen = 40;
    f.vae = vae;
    f.version = 6;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    for (const auto &shape : SketchRnnFile::expectedShapes(vae, h, e, z)) {
        SketchRnnArray a;
        a.shape = shape;
        a.values.resize(size_t(a.elementCount()));
        for (float &v : a.values)
            v = u(rng);
        f.arrays << a;
    }
    return f;
}

bool sameMixture(const SketchRnnMixture &a, const SketchRnnMixture &b)
{
    return a.pen == b.pen && a.pi == b.pi && a.muX == b.muX && a.muY == b.muY && a.sigmaX == b.sigmaX
           && a.sigmaY == b.sigmaY && a.rho == b.rho;
}

} // namespace

class TestSketchRnn : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<SketchRnnModel> m_bird;

    QString writeText(const QString &name, const QByteArray &text)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(modelPath("bird")))
            ATELIER_SKIP_OR_FAIL("shared models not found (set ATELIER_DATA)");
        QString error;
        m_bird = SketchRnnModel::load(modelPath("bird"), &error);
        QVERIFY2(m_bird, qPrintable(error));
    }

    void numericsMatchReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("bird") << "bird";
        QTest::newRow("sheep") << "sheep";
    }

    void numericsMatchReference()
    {
        QFETCH(QString, name);
        QString error;
        auto model = SketchRnnModel::load(modelPath(name), &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->hiddenSize(), 512);
        const RefModel ref = loadReference(modelPath(name));
        QCOMPARE(int(ref.w.size()), 5);

        QList<Stroke5> rows = testSequence(30);
        rows.append({0.0f, 0.0f, Stroke5::End});  // σ grows large after the end; compared relatively
        std::vector<double> h(size_t(ref.H), 0.0), c(size_t(ref.H), 0.0);
        QList<RefMixture> expected;
        for (const Stroke5 &row : rows) {
            refLstm(ref.w[2], ref.w[3], ref.w[4], ref.in, ref.H, strokeVector(row), h, c);
            expected.append(refOutput(ref, h));
        }
        for (auto backend : {SketchRnnModel::Backend::Fast, SketchRnnModel::Backend::Torch}) {
            const auto got = model->trace({rows}, backend);
            QCOMPARE(got.size(), 1);
            QCOMPARE(got[0].size(), rows.size());
            double worst = 0;
            QString where;
            for (int t = 0; t < rows.size(); ++t) {
                QString w;
                const double e = maxError(expected[t], got[0][t], &w);
                if (e > worst) {
                    worst = e;
                    where = QString("%1 at step %2").arg(w).arg(t);
                }
            }
            qInfo("%s %s: max error %.3g (%s) over %d steps", qPrintable(name),
                  backend == SketchRnnModel::Backend::Fast ? "fast" : "torch", worst, qPrintable(where),
                  int(rows.size()));
            QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));
        }
    }

    void batchRowsEqualSingleRows()
    {
        QList<QList<Stroke5>> seqs;
        for (int i = 0; i < 8; ++i)
            seqs.append(testSequence(12, 0.7 * i));
        for (int batch : {8, 3, 2, 5}) {
            const auto together = m_bird->trace(seqs.mid(0, batch));
            for (int i = 0; i < batch; ++i) {
                const auto alone = m_bird->trace({seqs[i]});
                for (int t = 0; t < seqs[i].size(); ++t)
                    QVERIFY2(sameMixture(together[i][t], alone[0][t]),
                             qPrintable(QString("batch %1 row %2 step %3").arg(batch).arg(i).arg(t)));
            }
        }
    }

    // A row's NLL in a one-pixel cell (h = 0.01) against its density, for
    // one component at the origin and the pen's three states equally likely
    // (log 3), worked out by hand: a component 10⁻⁴ wide has a density of
    // e^17 there (NLL −15.484), but a cell cannot hold more than all of it:
    // widened by h²/12 it is 0.453; one 1 wide is the density times h²
    // (2.936 + 9.210).
    void nllInAPixelCellIsBoundedWhereTheDensityIsNot()
    {
        std::vector<float> y(123, 0.0f);
        for (int k = 1; k < 20; ++k)
            y[std::size_t(SketchRnnSampler::kPi + k)] = -1000.0f;   // component 0 only
        const Stroke5 origin{0.0f, 0.0f, Stroke5::Down};
        y[std::size_t(SketchRnnSampler::kSigmaX)] = y[std::size_t(SketchRnnSampler::kSigmaY)] = float(std::log(1e-4));
        QVERIFY(std::abs(SketchRnnSampler::nll(y.data(), origin) - -15.484191) < 1e-4);
        QVERIFY(std::abs(SketchRnnSampler::nll(y.data(), origin, 0.01) - 0.452782) < 1e-4);
        y[std::size_t(SketchRnnSampler::kSigmaX)] = y[std::size_t(SketchRnnSampler::kSigmaY)] = 0.0f;
        QVERIFY(std::abs(SketchRnnSampler::nll(y.data(), origin) - 2.936489) < 1e-5);
        QVERIFY(std::abs(SketchRnnSampler::nll(y.data(), origin, 0.01) - 12.146838) < 1e-5);
        // An End row has no offset: the same either way.
        const Stroke5 end{0.0f, 0.0f, Stroke5::End};
        QCOMPARE(SketchRnnSampler::nll(y.data(), end, 0.01), SketchRnnSampler::nll(y.data(), end));
    }

    void rowNllMatchesReference()
    {
        const QList<Stroke5> seq = testSequence(10);
        QList<Stroke5> rows = seq.mid(1);
        rows.append({0.0f, 0.0f, Stroke5::End});
        rows.append({1.0f, 1.0f, Stroke5::Down});  // after the End: no entry
        const QList<double> nll = m_bird->rowNll(rows);
        QCOMPARE(nll.size(), rows.size() - 1);
        const auto mix = m_bird->trace({seq});  // after start, r1..r9: predicts r1..r9, End
        for (int t = 0; t + 1 < rows.size(); ++t) {
            const SketchRnnMixture &m = mix[0][t];
            const Stroke5 &r = rows[t];
            double p = 0;
            for (int k = 0; k < 20; ++k) {
                const double zx = (r.dx - m.muX[k]) / m.sigmaX[k], zy = (r.dy - m.muY[k]) / m.sigmaY[k];
                const double om = 1 - double(m.rho[k]) * m.rho[k];
                const double zz = zx * zx + zy * zy - 2 * m.rho[k] * zx * zy;
                p += m.pi[k] * std::exp(-zz / (2 * om)) / (2 * M_PI * m.sigmaX[k] * m.sigmaY[k] * std::sqrt(om));
            }
            const double expected =
                (r.pen == Stroke5::End ? 0.0 : -std::log(p)) - std::log(double(m.pen[size_t(r.pen)]));
            QVERIFY2(std::abs(expected - nll[t]) < 1e-4 * std::max(1.0, std::abs(expected)),
                     qPrintable(QString("row %1: %2 vs %3").arg(t).arg(nll[t]).arg(expected)));
        }
    }

    void malformedFilesGiveClearErrors()
    {
        const QByteArray good = randomFile(false, 4, 0, 0, 1).serialize();
        QVERIFY(SketchRnnFile::parse(good, "tiny.gen.json", nullptr));
        auto mutated = [&](auto change) {
            QJsonArray top = QJsonDocument::fromJson(good).array();
            change(top);
            return QJsonDocument(top).toJson(QJsonDocument::Compact);
        };
        struct Case {
            const char *label;
            QByteArray text;
            const char *expect;
        };
        const QList<Case> cases = {
            {"not json", "hello {", "not valid JSON"},
            {"object", R"({"a": 1})", "[info, shapes, blobs]"},
            {"two elements", "[{}, []]", "[info, shapes, blobs]"},
            {"no scale", mutated([](QJsonArray &t) { auto i = t[0].toObject(); i.remove("scale_factor"); t[0] = i; }),
             "no 'scale_factor'"},
            {"bad mode", mutated([](QJsonArray &t) { auto i = t[0].toObject(); i["mode"] = "lstm"; t[0] = i; }),
             "unsupported mode"},
            {"4 arrays", mutated([](QJsonArray &t) { auto s = t[1].toArray(); s.removeLast(); t[1] = s;
                                                     auto b = t[2].toArray(); b.removeLast(); t[2] = b; }),
             "has 4 weight arrays, expected 5"},
            {"shape", mutated([](QJsonArray &t) { auto s = t[1].toArray(); s[3] = QJsonArray{4, 8}; t[1] = s; }),
             "array 3 has shape [4,8], expected [4,16]"},
            {"base64", mutated([](QJsonArray &t) { auto b = t[2].toArray(); b[1] = "@@@@!!"; t[2] = b; }),
             "blob 1 is not valid base64"},
            {"truncated", mutated([](QJsonArray &t) { auto b = t[2].toArray(); b[3] = b[3].toString().left(40); t[2] = b; }),
             "blob 3 decodes to 30 bytes"},
            {"shapes vs blobs", mutated([](QJsonArray &t) { auto b = t[2].toArray(); b.removeLast(); t[2] = b; }),
             "5 shapes but 4 blobs"},
        };
        for (const Case &c : cases) {
            QString error;
            QVERIFY2(!SketchRnnFile::parse(c.text, "broken.gen.json", &error), c.label);
            QVERIFY2(error.startsWith("broken.gen.json: ") && error.contains(c.expect),
                     qPrintable(QString("%1: %2").arg(c.label, error)));
            // and through the factory, from a file
            const QString path = writeText("broken.gen.json", c.text);
            QString factoryError;
            QVERIFY(!loadSketchModel(path, &factoryError));
            QCOMPARE(factoryError, error);
        }
        QString error;
        QVERIFY(!loadSketchModel(m_dir.filePath("missing.gen.json"), &error));
        QVERIFY(error.contains("missing.gen.json"));
    }

    void oldHeaderLoads()
    {
        QString error;
        const auto file = SketchRnnFile::read(modelPath("bear"), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->name, QString("bear"));
        QCOMPARE(file->version, 2);
        QCOMPARE(file->maxSeqLen, 175);
        QVERIFY(!file->vae);
        QVERIFY(file->extraInfo.contains("r_loss"));
        const auto model = loadSketchModel(modelPath("bear"), &error);
        QVERIFY(model);
        QCOMPARE(model->scaleFactor(), 62.4323);
        QVERIFY(!model->hasEncoder());
    }

    void samplingIsSeededAndBatchIndependent()
    {
        core::SketchSampleOptions o;
        o.seed = 7;
        const auto a = m_bird->continueSketch({}, 1, o);
        const auto b = m_bird->continueSketch({}, 1, o);
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
        o.seed = 8;
        const auto c = m_bird->continueSketch({}, 1, o);
        QVERIFY(*c != *a);
        // variation i of a batch is the single run with seed + i
        o.seed = 5;
        const QList<Stroke5> prefix = testSequence(8).mid(1);
        const auto batch = m_bird->continueSketch(prefix, 4, o);
        QCOMPARE(batch->size(), 4);
        for (int i = 0; i < 4; ++i) {
            core::SketchSampleOptions single = o;
            single.seed = 5 + i;
            QCOMPARE(m_bird->continueSketch(prefix, 1, single)->first(), (*batch)[i]);
            const auto &rows = (*batch)[i];
            QVERIFY(rows.size() == m_bird->maxSeqLen() || rows.last().pen == Stroke5::End);
        }
        // cancelling
        int calls = 0;
        QVERIFY(!m_bird->continueSketch(prefix, 3, o, [&](int, const Stroke5 &) { return ++calls < 5; }));
        QCOMPARE(calls, 5);
    }

    void greedyIsDeterministicAndStops()
    {
        core::SketchSampleOptions o;
        o.greedy = true;
        o.maxSteps = 25;
        const auto a = m_bird->continueSketch({}, 2, o);
        o.seed = 99;
        const auto b = m_bird->continueSketch({}, 1, o);
        QCOMPARE((*a)[0], (*a)[1]);
        QCOMPARE((*a)[0], (*b)[0]);
        const auto &rows = (*a)[0];
        QVERIFY(rows.size() <= 25);
        QVERIFY(rows.size() == 25 || rows.last().pen == Stroke5::End);
        for (int i = 0; i + 1 < rows.size(); ++i)
            QVERIFY(rows[i].pen != Stroke5::End);
        // the first greedy row is the mean of the most likely component
        const SketchRnnMixture m = m_bird->trace({{Stroke5{0, 0, Stroke5::Down}}})[0][0];
        const int k = int(std::max_element(m.pi.begin(), m.pi.end()) - m.pi.begin());
        QCOMPARE(rows[0].dx, m.muX[size_t(k)]);
        QCOMPARE(rows[0].dy, m.muY[size_t(k)]);
        o.maxSteps = 1000;  // runs until the end state
        QCOMPARE(m_bird->continueSketch({}, 1, o)->first().last().pen, int(Stroke5::End));
    }

    void temperatureWidensSpread()
    {
        const QList<Stroke5> prefix = testSequence(10).mid(1);
        auto spread = [&](double temperature) {
            core::SketchSampleOptions o;
            o.temperature = temperature;
            o.maxSteps = 1;
            double sum = 0, sum2 = 0;
            int n = 0;
            for (int s = 0; s < 4; ++s) {
                o.seed = 1000 + 9 * s;
                const auto drawings = m_bird->continueSketch(prefix, 9, o);
                for (const auto &rows : *drawings) {
                    sum += rows[0].dx;
                    sum2 += rows[0].dx * rows[0].dx;
                    ++n;
                }
            }
            return std::sqrt(sum2 / n - (sum / n) * (sum / n));
        };
        const double cold = spread(0.05), warm = spread(1.0);
        qInfo("first-step dx spread: %.4f at 0.05, %.4f at 1.0", cold, warm);
        QVERIFY(warm > 2 * cold);
    }

    void vaeRoundTripEncodeDecode()
    {
        const int h = 16, e = 8, z = 4;
        const SketchRnnFile original = randomFile(true, h, e, z, 3);
        QCOMPARE(original.validate(), QString());
        const QString path = m_dir.filePath("tiny.vae.json");
        QString error;
        QVERIFY2(original.write(path, &error), qPrintable(error));
        const auto back = SketchRnnFile::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->vae);
        QCOMPARE(back->version, 6);
        QCOMPARE(back->name, QString("tiny"));
        QCOMPARE(back->latentSize(), z);
        QCOMPARE(back->encoderSize(), e);
        QCOMPARE(back->hiddenSize(), h);
        QCOMPARE(back->arrays.size(), 17);
        for (int k = 0; k < 17; ++k) {
            QCOMPARE(back->arrays[k].shape, original.arrays[k].shape);
            for (size_t i = 0; i < original.arrays[k].values.size(); ++i)
                QVERIFY(std::abs(back->arrays[k].values[i] - original.arrays[k].values[i]) <= 10.0 / 32767 / 2 + 1e-7);
        }
        // writing what was read gives the same bytes (the codes survive)
        QCOMPARE(back->serialize(), SketchRnnFile::parse(back->serialize(), "x", nullptr)->serialize());

        const SketchRnnModel model(*back);
        QVERIFY(model.hasEncoder());
        QCOMPARE(model.latentSize(), z);
        const QList<Stroke5> rows = testSequence(12).mid(1);
        const auto mu = model.encode(rows);
        QVERIFY(mu);
        QCOMPARE(mu->size(), z);

        // encoder reference: forward and backward LSTM over the rows, mu = [hf, hb] · mu_w + mu_b
        auto d = [&](int k) { return std::vector<double>(back->arrays[k].values.begin(), back->arrays[k].values.end()); };
        std::vector<double> hf(e, 0), cf(e, 0), hb(e, 0), cb(e, 0);
        for (int t = 0; t < rows.size(); ++t) {
            refLstm(d(0), d(1), d(2), 5, e, strokeVector(rows[t]), hf, cf);
            refLstm(d(3), d(4), d(5), 5, e, strokeVector(rows[rows.size() - 1 - t]), hb, cb);
        }
        for (int j = 0; j < z; ++j) {
            double v = back->arrays[7].values[j];
            for (int k = 0; k < 2 * e; ++k)
                v += (k < e ? hf[k] : hb[k - e]) * back->arrays[6].values[size_t(k) * z + j];
            QVERIFY2(std::abs(v - (*mu)[j]) < 1e-5, qPrintable(QString("%1 vs %2").arg((*mu)[j]).arg(v)));
        }

        core::SketchSampleOptions o;
        o.greedy = true;
        o.maxSteps = 10;
        const auto drawing = model.decodeLatent(*mu, o);
        QVERIFY(drawing);
        QVERIFY(!drawing->isEmpty() && drawing->size() <= 10);
        QVERIFY(!model.decodeLatent({1.0f}, o));  // wrong latent size
        QVERIFY(!m_bird->encode(rows));

        // the decoder with z: fast kernel and torch module agree
        const QList<QList<Stroke5>> seqs{testSequence(6)};
        const auto fast = model.trace(seqs, SketchRnnModel::Backend::Fast, *mu);
        const auto ref = model.trace(seqs, SketchRnnModel::Backend::Torch, *mu);
        for (int t = 0; t < 6; ++t)
            for (int k = 0; k < 20; ++k) {
                QVERIFY(std::abs(fast[0][t].pi[k] - ref[0][t].pi[k]) < 1e-5);
                QVERIFY(std::abs(fast[0][t].muX[k] - ref[0][t].muX[k]) < 1e-5);
            }
    }
};

QTEST_GUILESS_MAIN(TestSketchRnn)
#include "test_sketchrnn.moc"
