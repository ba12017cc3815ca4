// The timbre model (models/timbre): the `*.timbre.json` reader and writer
// (round trip; every kind of malformed file gives an error that names the
// file and the problem, and a fuzz of truncations and byte flips never
// crashes), the fast CPU model (TimbreMlpModel) against an independent
// double-precision reference written here from the format's description
// (decoder outputs, frames: silent harmonics above kMaxFrequency, the
// amplitude split over the audible harmonics, noise gains; the encoder).
// The trainer: test_timbre_trainer.

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

TimbreModelConfig smallConfig()
{
    TimbreModelConfig c;
    c.zSize = 5;
    c.hidden = 24;  // not a multiple of the kernels' panel width
    c.layers = 3;
    c.encoderHidden = 20;
    return c;
}

// Random weights in torch's layout, already representable in float16.
TimbreModelFile randomFile(const TimbreModelConfig &c, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(-0.4f, 0.4f);
    TimbreModelFile f;
    f.name = QStringLiteral("timbre-test");
    f.config = c;
    f.training = QJsonObject{{"steps", 12}, {"note", "random"}};
    for (int i = 0; i < kMfccStatsSize; ++i) {
        f.mfccMean.push_back(float(qfloat16(3 * u(rng))));
        f.mfccStd.push_back(float(qfloat16(1 + std::abs(u(rng)))));
    }
    for (int k = 0; k < 3; ++k) {
        TimbreInstrument in{QStringLiteral("Instrument %1").arg(k), QStringLiteral("Font"), 10 * k, {}};
        for (int j = 0; j < c.zSize; ++j) in.z.push_back(float(qfloat16(2 * u(rng))));
        f.instruments.push_back(in);
    }
    for (const auto &[name, shape] : TimbreModelFile::expectedShapes(c)) {
        MusicTensor t;
        t.shape = shape;
        qint64 n = 1;
        for (int d : shape) n *= d;
        t.values.resize(std::size_t(n));
        for (float &v : t.values)
            v = float(qfloat16(name.contains("_norm.weight") ? 1 + u(rng) : u(rng)));
        f.tensors[name] = std::move(t);
    }
    return f;
}

QJsonObject jsonOf(const TimbreModelFile &f)
{
    QString error;
    const QByteArray bytes = f.serialize(&error);
    if (bytes.isEmpty()) qFatal("serialize: %s", qPrintable(error));
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray bytesOf(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject withTensor(QJsonObject o, const QString &name, const QJsonObject &tensor)
{
    QJsonObject tensors = o.value("tensors").toObject();
    tensors.insert(name, tensor);
    o.insert("tensors", tensors);
    return o;
}

// ---- independent reference: double precision, straight from the format ----
struct Reference {
    const TimbreModelFile &f;

    std::vector<double> mlp(const QString &prefix, int layers, std::vector<double> x) const
    {
        for (int l = 0; l <= layers; ++l) {
            const bool last = l == layers;
            const QString n = last ? prefix + "_out" : prefix + QString::number(l);
            const MusicTensor &w = f.tensor(n + ".weight");
            const std::vector<float> &b = f.tensor(n + ".bias").values;
            const int out = w.shape[0], in = w.shape[1];
            std::vector<double> y(static_cast<std::size_t>(out));
            for (int o = 0; o < out; ++o) {
                double s = b[std::size_t(o)];
                for (int i = 0; i < in; ++i) s += double(w.values[std::size_t(o) * in + i]) * x[std::size_t(i)];
                y[std::size_t(o)] = s;
            }
            if (!last) {
                const std::vector<float> &g = f.tensor(n + "_norm.weight").values, &beta = f.tensor(n + "_norm.bias").values;
                double mean = 0, var = 0;
                for (double v : y) mean += v / out;
                for (double v : y) var += (v - mean) * (v - mean) / out;
                for (int o = 0; o < out; ++o) {
                    const double v = (y[std::size_t(o)] - mean) / std::sqrt(var + 1e-5) * g[std::size_t(o)] + beta[std::size_t(o)];
                    y[std::size_t(o)] = v > 0 ? v : 0.1 * v;
                }
            }
            x = std::move(y);
        }
        return x;
    }
    std::vector<double> decodeRaw(const float *row) const
    {
        return mlp("dec", f.config.layers, std::vector<double>(row, row + f.config.inputSize()));
    }
    std::vector<double> encodeMu(const std::vector<float> &stats) const
    {
        std::vector<double> x(static_cast<std::size_t>(kMfccStatsSize));
        for (int i = 0; i < kMfccStatsSize; ++i) x[std::size_t(i)] = (stats[std::size_t(i)] - f.mfccMean[std::size_t(i)]) / f.mfccStd[std::size_t(i)];
        std::vector<double> out = mlp("enc", TimbreModelConfig::kEncoderLayers, x);
        out.resize(std::size_t(f.config.zSize));
        return out;
    }
};

double expSigmoid(double x) { return 2 * std::pow(1 / (1 + std::exp(-x)), std::log(10.0)) + 1e-7; }

// Rows [z, conditioning] for a spread of notes and times.
std::vector<float> randomRows(const TimbreModelConfig &c, int rows, std::uint64_t seed, std::vector<double> *f0)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(-1.5f, 1.5f);
    std::uniform_int_distribution<int> pitch(21, 108);
    std::vector<float> in(std::size_t(rows) * c.inputSize());
    f0->clear();
    for (int r = 0; r < rows; ++r) {
        float *row = in.data() + std::size_t(r) * c.inputSize();
        for (int k = 0; k < c.zSize; ++k) row[k] = u(rng);
        const int p = pitch(rng);
        frameConditioning(p, 30 + r % 90, 0.01 * r, r % 3 == 0 ? 0.005 * r : -1.0, row + c.zSize);
        f0->push_back(pitchHz(p));
    }
    return in;
}


} // namespace

class TestTimbreModel : public QObject {
    Q_OBJECT

private slots:
    void fileRoundTrip();
    void fileErrorsNameTheProblem_data();
    void fileErrorsNameTheProblem();
    void fileNotJsonOrMissing();
    void fileFuzzNeverCrashes();
    void serializeRefusesOutOfRange();
    void decodeRawMatchesReference();
    void decodeFrames();
    void encodeMatchesReference();
    void loaderEntry();

private:
    QTemporaryDir m_dir;
};

void TestTimbreModel::fileRoundTrip()
{
    const TimbreModelFile f = randomFile(smallConfig(), 1);
    QCOMPARE(f.validate(), QString());
    QString error;
    const QByteArray bytes = f.serialize(&error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    const auto back = TimbreModelFile::parse(bytes, QStringLiteral("x.timbre.json"), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->name, f.name);
    QVERIFY(back->config == f.config);
    QCOMPARE(back->mfccMean, f.mfccMean);
    QCOMPARE(back->mfccStd, f.mfccStd);
    QCOMPARE(back->training, f.training);
    QCOMPARE(back->instruments.size(), f.instruments.size());
    for (std::size_t i = 0; i < f.instruments.size(); ++i) {
        QCOMPARE(back->instruments[i].name, f.instruments[i].name);
        QCOMPARE(back->instruments[i].source, f.instruments[i].source);
        QCOMPARE(back->instruments[i].program, f.instruments[i].program);
        QCOMPARE(back->instruments[i].z, f.instruments[i].z);
    }
    QCOMPARE(back->tensors.size(), f.tensors.size());
    for (const auto &[name, t] : f.tensors) {
        QCOMPARE(back->tensor(name).shape, t.shape);
        QVERIFY2(back->tensor(name).values == t.values, qPrintable(name));  // float16-exact values survive
    }
    // The header fields as documented.
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(o.value("format").toString(), QStringLiteral("atelier-timbre-ddsp"));
    QCOMPARE(o.value("version").toInt(), 1);
    QCOMPARE(o.value("z").toInt(), 5);
    QCOMPARE(o.value("hidden").toInt(), 24);
    QCOMPARE(o.value("layers").toInt(), 3);
    QCOMPARE(o.value("encoder_hidden").toInt(), 20);
    const QJsonObject t = o.value("tensors").toObject().value("dec0.weight").toObject();
    QCOMPARE(t.value("dtype").toString(), QStringLiteral("f16"));
    QCOMPARE(t.value("shape").toArray(), (QJsonArray{24, 5 + kConditioningSize}));
    // The data is little-endian half floats, row-major.
    const QByteArray raw = QByteArray::fromBase64(t.value("data").toString().toLatin1());
    QCOMPARE(raw.size(), 2 * 24 * 21);
    qfloat16 h;
    const quint16 bits = qFromLittleEndian<quint16>(raw.constData() + 2 * 7);
    std::memcpy(static_cast<void *>(&h), &bits, 2);
    QCOMPARE(float(h), f.tensor("dec0.weight").values[7]);
    // Through a file.
    const QString path = m_dir.filePath(QStringLiteral("round.timbre.json"));
    QVERIFY2(f.write(path, &error), qPrintable(error));
    const auto read = TimbreModelFile::read(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->tensor("enc_out.bias").values, f.tensor("enc_out.bias").values);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("round.timbre.json")});
}

void TestTimbreModel::fileErrorsNameTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QJsonObject good = jsonOf(randomFile(smallConfig(), 2));
    auto set = [&](const QString &key, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(key, v);
        return bytesOf(o);
    };
    auto drop = [&](const QString &key) {
        QJsonObject o = good;
        o.remove(key);
        return bytesOf(o);
    };
    const QJsonObject dec1 = good.value("tensors").toObject().value("dec1.weight").toObject();
    QJsonObject t;

    QTest::newRow("format") << set("format", "atelier-music-lstm") << "format";
    QTest::newRow("no format") << drop("format") << "format";
    QTest::newRow("version") << set("version", 2) << "unsupported version 2";
    QTest::newRow("no z") << drop("z") << "network sizes";
    QTest::newRow("z not an integer") << set("z", 2.5) << "network sizes";
    QTest::newRow("hidden zero") << set("hidden", 0) << "out of range";
    QTest::newRow("layers too many") << set("layers", 99) << "out of range";
    QTest::newRow("mfcc_mean short") << set("mfcc_mean", QJsonArray{1, 2, 3}) << "mfcc_mean";
    {
        QJsonArray s = good.value("mfcc_std").toArray();
        s[4] = 0.0;
        QTest::newRow("mfcc_std zero") << set("mfcc_std", s) << "positive";
        s[4] = "x";
        QTest::newRow("mfcc_std string") << set("mfcc_std", s) << "mfcc_std";
    }
    QTest::newRow("no instruments") << drop("instruments") << "instruments";
    {
        QJsonArray ins = good.value("instruments").toArray();
        QJsonObject one = ins[1].toObject();
        one.insert("z", QJsonArray{1, 2});
        ins[1] = one;
        QTest::newRow("instrument z size") << set("instruments", ins) << "instrument";
        // Finite as a double, infinite as the float it is stored in.
        one = ins[1].toObject();
        one.insert("z", QJsonArray{1, 2, 1e39, 4, 5});
        ins[1] = one;
        QTest::newRow("instrument z overflows float") << set("instruments", ins) << "instrument";
        QJsonArray m = good.value("mfcc_mean").toArray();
        m[0] = -1e39;
        QTest::newRow("mfcc_mean overflows float") << set("mfcc_mean", m) << "mfcc_mean";
        ins = good.value("instruments").toArray();
        ins.append(42);
        QTest::newRow("instrument not an object") << set("instruments", ins) << "instrument";
    }
    {
        QJsonObject o = good;
        QJsonObject tensors = o.value("tensors").toObject();
        tensors.remove("dec2_norm.bias");
        o.insert("tensors", tensors);
        QTest::newRow("missing tensor") << bytesOf(o) << "dec2_norm.bias";
    }
    t = dec1;
    QTest::newRow("extra tensor") << bytesOf(withTensor(good, "dec9.weight", t)) << "unexpected tensor 'dec9.weight'";
    t = dec1;
    t.insert("shape", QJsonArray{24, 25});
    QTest::newRow("wrong shape") << bytesOf(withTensor(good, "dec1.weight", t)) << "'dec1.weight' has shape [24, 25], expected [24, 24]";
    t = dec1;
    t.insert("dtype", "f64");   // f16 and f32 are read
    QTest::newRow("dtype") << bytesOf(withTensor(good, "dec1.weight", t)) << "dtype";
    t = dec1;
    {
        QString data = dec1.value("data").toString();
        data[10] = '*';
        t.insert("data", data);
    }
    QTest::newRow("bad base64") << bytesOf(withTensor(good, "dec1.weight", t)) << "'dec1.weight' data is not valid base64";
    t = dec1;
    t.insert("data", QString::fromLatin1(QByteArray(100, 'A').toBase64()));
    QTest::newRow("byte count") << bytesOf(withTensor(good, "dec1.weight", t)) << "'dec1.weight' data has the wrong length";
    t = dec1;
    t.insert("data", QString::fromLatin1(QByteArray(2 * 24 * 24 + 1, 'a').toBase64()));
    QTest::newRow("one byte more") << bytesOf(withTensor(good, "dec1.weight", t)) << "'dec1.weight' data has 1153 bytes, expected 1152";
    {
        QByteArray raw = QByteArray::fromBase64(dec1.value("data").toString().toLatin1());
        qToLittleEndian<quint16>(0x7C00, raw.data() + 10);  // +infinity
        t = dec1;
        t.insert("data", QString::fromLatin1(raw.toBase64()));
        QTest::newRow("infinity") << bytesOf(withTensor(good, "dec1.weight", t)) << "'dec1.weight' has a non-finite value";
        qToLittleEndian<quint16>(0x7E00, raw.data() + 10);  // NaN
        t.insert("data", QString::fromLatin1(raw.toBase64()));
        QTest::newRow("nan") << bytesOf(withTensor(good, "dec1.weight", t)) << "non-finite";
    }
    QTest::newRow("tensor without a shape") << bytesOf(withTensor(good, "enc0.bias", QJsonObject{})) << "'enc0.bias' has no shape array";
    {
        QJsonObject o = good;
        QJsonObject tensors = o.value("tensors").toObject();
        tensors.insert("enc0.bias", 42);
        o.insert("tensors", tensors);
        QTest::newRow("tensor not an object") << bytesOf(o) << "'enc0.bias' must be an object";
        o.insert("tensors", QJsonArray{});
        QTest::newRow("tensors not an object") << bytesOf(o) << "'tensors' must be an object";
    }
    const QByteArray whole = bytesOf(good);
    QTest::newRow("truncated") << whole.left(whole.size() / 2) << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << "not a JSON object";
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    std::mt19937 rng(3);
    QByteArray junk(2000, '\0');
    for (char &c : junk) c = char(rng() & 0xff);
    QTest::newRow("random bytes") << junk << "not valid JSON";
}

void TestTimbreModel::fileErrorsNameTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const auto f = TimbreModelFile::parse(json, QStringLiteral("bad.timbre.json"), &error);
    QVERIFY(!f);
    QVERIFY2(error.startsWith(QStringLiteral("bad.timbre.json: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // The same through a file and the loader.
    const QString path = m_dir.filePath(QStringLiteral("bad.timbre.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(json);
    out.close();
    QString loadError;
    QVERIFY(!loadTimbreModel(path, &loadError));
    QCOMPARE(loadError, error);
}

void TestTimbreModel::fileNotJsonOrMissing()
{
    QString error;
    QVERIFY(!TimbreModelFile::read(m_dir.filePath(QStringLiteral("absent.timbre.json")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("absent.timbre.json: ")), qPrintable(error));
    error.clear();
    QVERIFY(!loadTimbreModel(m_dir.filePath(QStringLiteral("absent.timbre.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("absent.timbre.json")), qPrintable(error));
    // validate() on its own.
    TimbreModelFile f = randomFile(smallConfig(), 4);
    f.instruments[0].z.pop_back();
    QVERIFY2(f.validate().contains(QStringLiteral("Instrument 0")), qPrintable(f.validate()));
    f = randomFile(smallConfig(), 4);
    f.tensors["dec0.bias"].values[3] = std::nanf("");
    QVERIFY(f.validate().contains(QStringLiteral("non-finite")));
    f = randomFile(smallConfig(), 4);
    f.tensors["dec0.bias"].values.pop_back();
    QVERIFY(f.validate().contains(QStringLiteral("dec0.bias")));
    f = randomFile(smallConfig(), 4);
    f.mfccMean.pop_back();
    QVERIFY(f.validate().contains(QStringLiteral("MFCC")));
}

void TestTimbreModel::fileFuzzNeverCrashes()
{
    const QByteArray good = randomFile(TimbreModelConfig{2, 8, 1, 8}, 5).serialize(nullptr);
    QVERIFY(!good.isEmpty());
    std::mt19937 rng(6);
    int accepted = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray b = good;
        if (i < 100) {
            b.truncate(qsizetype(rng() % std::uint32_t(good.size())));
        } else {
            const int flips = 1 + int(rng() % 4);
            for (int k = 0; k < flips; ++k) b[qsizetype(rng() % std::uint32_t(b.size()))] = char(rng() & 0xff);
        }
        QString error;
        const auto f = TimbreModelFile::parse(b, QStringLiteral("fuzz.json"), &error);
        if (f) {
            ++accepted;
            QCOMPARE(f->validate(), QString());
            const auto model = TimbreMlpModel::fromFile(*f);  // a file that parses is usable
            std::vector<double> f0;
            const std::vector<float> rows = randomRows(f->config, 3, 1, &f0);
            TimbreFrame frames[3];
            model->decode(3, rows.data(), f0.data(), frames);
        } else {
            QVERIFY2(error.startsWith(QStringLiteral("fuzz.json: ")), qPrintable(error));
        }
    }
    QVERIFY(accepted < 300);
}

void TestTimbreModel::serializeRefusesOutOfRange()
{
    TimbreModelFile f = randomFile(smallConfig(), 7);
    f.tensors["dec_out.bias"].values[0] = 70000.0f;  // beyond float16
    QString error;
    QVERIFY(f.serialize(&error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("dec_out.bias")) && error.contains(QStringLiteral("float16")), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("huge.timbre.json"));
    error.clear();
    QVERIFY(!f.write(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("huge.timbre.json: ")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    // An inconsistent file is refused too (and does not damage an existing one).
    QVERIFY(randomFile(smallConfig(), 8).write(path, &error));
    const qint64 size = QFileInfo(path).size();
    f = randomFile(smallConfig(), 7);
    f.tensors.erase("enc1.weight");
    QVERIFY(!f.write(path, &error));
    QVERIFY2(error.contains(QStringLiteral("enc1.weight")), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), size);
}

void TestTimbreModel::decodeRawMatchesReference()
{
    const TimbreModelFile f = randomFile(smallConfig(), 9);
    const auto model = TimbreMlpModel::fromFile(f);
    QCOMPARE(model->zSize(), 5);
    QCOMPARE(model->name(), f.name);
    QVERIFY(model->config() == f.config);
    QCOMPARE(int(model->instruments().size()), 3);
    QCOMPARE(model->instruments()[2].z, f.instruments[2].z);
    const Reference ref{f};
    std::vector<double> f0;
    const int rows = 150;  // more than one internal chunk of 64
    const std::vector<float> in = randomRows(f.config, rows, 10, &f0);
    const int out = TimbreModelConfig::outputSize();
    QCOMPARE(out, 1 + kHarmonics + kNoiseBands);
    std::vector<float> raw(std::size_t(rows) * out);
    model->decodeRaw(rows, in.data(), raw.data());
    double worst = 0;
    for (int r = 0; r < rows; ++r) {
        const std::vector<double> want = ref.decodeRaw(in.data() + std::size_t(r) * f.config.inputSize());
        for (int k = 0; k < out; ++k) worst = std::max(worst, std::abs(raw[std::size_t(r) * out + k] - want[std::size_t(k)]));
    }
    QVERIFY2(worst < 2e-4, qPrintable(QString::number(worst)));
    // Rows are independent of the batch: one at a time gives the same numbers.
    for (int r : {0, 63, 64, 149}) {
        std::vector<float> one(static_cast<std::size_t>(out));
        model->decodeRaw(1, in.data() + std::size_t(r) * f.config.inputSize(), one.data());
        for (int k = 0; k < out; ++k) QCOMPARE(one[std::size_t(k)], raw[std::size_t(r) * out + k]);
    }
}

void TestTimbreModel::decodeFrames()
{
    const TimbreModelFile f = randomFile(smallConfig(), 11);
    const auto model = TimbreMlpModel::fromFile(f);
    std::vector<double> f0;
    const int rows = 100;
    std::vector<float> in = randomRows(f.config, rows, 12, &f0);
    // Some fundamentals at and around the limits.
    f0[0] = 7800.0;
    f0[1] = 7799.0;
    f0[2] = 1300.0;
    f0[3] = 20.0;
    f0[4] = 9000.0;
    const int out = TimbreModelConfig::outputSize();
    std::vector<float> raw(std::size_t(rows) * out);
    model->decodeRaw(rows, in.data(), raw.data());
    std::vector<TimbreFrame> frames(static_cast<std::size_t>(rows));
    model->decode(rows, in.data(), f0.data(), frames.data());
    for (int r = 0; r < rows; ++r) {
        const TimbreFrame &fr = frames[std::size_t(r)];
        const float *o = raw.data() + std::size_t(r) * out;
        const int audible = audibleHarmonics(f0[std::size_t(r)]);
        double sum = 0;
        for (int k = 0; k < kHarmonics; ++k) {
            QVERIFY(std::isfinite(fr.harmonics[k]) && fr.harmonics[k] >= 0);
            if ((k + 1) * f0[std::size_t(r)] >= kMaxFrequency) QCOMPARE(fr.harmonics[k], 0.0f);
            else QVERIFY(fr.harmonics[k] > 0);
            sum += fr.harmonics[k];
        }
        // The amplitude, split over the audible harmonics by a softmax of their logits.
        const double amplitude = expSigmoid(o[0]);
        if (audible > 0) {
            QVERIFY2(std::abs(sum - amplitude) < 1e-5 * amplitude + 1e-9, qPrintable(QStringLiteral("row %1: %2 vs %3").arg(r).arg(sum).arg(amplitude)));
            double z = 0;
            for (int k = 0; k < audible; ++k) z += std::exp(double(o[1 + k]));
            for (int k = 0; k < audible; k += 7)
                QVERIFY(std::abs(fr.harmonics[k] - amplitude * std::exp(double(o[1 + k])) / z) < 1e-5 * amplitude + 1e-9);
        } else {
            QCOMPARE(sum, 0.0);
        }
        for (int b = 0; b < kNoiseBands; ++b) {
            QVERIFY(std::isfinite(fr.noise[b]) && fr.noise[b] > 0);
            QVERIFY(std::abs(fr.noise[b] - expSigmoid(o[1 + kHarmonics + b])) < 1e-5 * fr.noise[b] + 1e-9);
        }
        // timbreOutputsToFrame is the same conversion.
        TimbreFrame again;
        timbreOutputsToFrame(o, f0[std::size_t(r)], &again);
        QVERIFY(std::memcmp(&again, &fr, sizeof fr) == 0);
    }
    QCOMPARE(audibleHarmonics(f0[2]), 5);
    QCOMPARE(frames[0].harmonics[0], 0.0f);
    QVERIFY(frames[1].harmonics[0] > 0 && frames[1].harmonics[1] == 0.0f);
    // Extreme logits stay finite (exp-sigmoid saturates at 2, softmax is shifted).
    std::vector<float> big(std::size_t(out), 80.0f);
    big[5] = -80.0f;
    TimbreFrame fr;
    timbreOutputsToFrame(big.data(), 100.0, &fr);
    double sum = 0;
    for (float h : fr.harmonics) {
        QVERIFY(std::isfinite(h));
        sum += h;
    }
    QVERIFY(std::abs(sum - 2.0) < 1e-4);
    QCOMPARE(fr.harmonics[4], 0.0f);  // exp(-160) underflows
    for (float n : fr.noise) QVERIFY(std::abs(n - 2.0f) < 1e-4f);
}

void TestTimbreModel::encodeMatchesReference()
{
    const TimbreModelFile f = randomFile(smallConfig(), 13);
    const auto model = TimbreMlpModel::fromFile(f);
    const Reference ref{f};
    std::mt19937 rng(14);
    std::normal_distribution<float> g(0.0f, 3.0f);
    for (int trial = 0; trial < 5; ++trial) {
        std::vector<float> stats(kMfccStatsSize);
        for (float &v : stats) v = g(rng);
        const std::vector<float> z = model->encode(stats);
        const std::vector<double> want = ref.encodeMu(stats);
        QCOMPARE(int(z.size()), f.config.zSize);
        for (int k = 0; k < f.config.zSize; ++k)
            QVERIFY2(std::abs(z[std::size_t(k)] - want[std::size_t(k)]) < 2e-4, qPrintable(QString::number(k)));
    }
    // Missing values count as the training mean (0 after normalization).
    QCOMPARE(model->encode({}), model->encode(f.mfccMean));
    QVERIFY(model->encode({}) != model->encode(std::vector<float>(kMfccStatsSize, 0.0f)));
}

void TestTimbreModel::loaderEntry()
{
    const TimbreModelFile f = randomFile(smallConfig(), 15);
    const QString path = m_dir.filePath(QStringLiteral("load.timbre.json"));
    QString error;
    QVERIFY(f.write(path, &error));
    const auto model = loadTimbreModel(path, &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->zSize(), 5);
    QCOMPARE(model->instruments()[1].name, QStringLiteral("Instrument 1"));
    // The loaded model decodes like the one built from the file in memory.
    const auto direct = TimbreMlpModel::fromFile(f);
    std::vector<double> f0;
    const std::vector<float> in = randomRows(f.config, 10, 16, &f0);
    std::vector<TimbreFrame> a(10), b(10);
    model->decode(10, in.data(), f0.data(), a.data());
    direct->decode(10, in.data(), f0.data(), b.data());
    QVERIFY(std::memcmp(a.data(), b.data(), sizeof(TimbreFrame) * 10) == 0);
}

// ---- training ----

QTEST_GUILESS_MAIN(TestTimbreModel)
#include "test_timbre_model.moc"
