// The `*.timbre.json` reader and writer; see TimbreModelFile.h for the format.

#include "timbre/TimbreModelFile.h"

#include "document/BoundedFile.h"

#include "timbre/SpectralMetrics.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <cmath>

namespace atelier::models {

using namespace core::timbre;

namespace {

std::optional<std::vector<float>> floatArray(const QJsonValue &v, int size)
{
    if (!v.isArray() || v.toArray().size() != size) return std::nullopt;
    std::vector<float> out;
    for (const QJsonValue &x : v.toArray()) {
        if (!x.isDouble() || !std::isfinite(float(x.toDouble()))) return std::nullopt;  // finite as a float too
        out.push_back(float(x.toDouble()));
    }
    return out;
}

QJsonArray toArray(const std::vector<float> &v)
{
    QJsonArray a;
    for (float x : v) a.append(double(x));
    return a;
}

} // namespace

int TimbreModelConfig::inputSize() const { return zSize + kConditioningSize; }
int TimbreModelConfig::outputSize() { return 1 + kHarmonics + kNoiseBands; }

std::map<QString, QList<int>> TimbreModelFile::expectedShapes(const TimbreModelConfig &c)
{
    std::map<QString, QList<int>> s;
    for (int i = 0; i < c.layers; ++i) {
        const QString n = QStringLiteral("dec%1").arg(i);
        s[n + ".weight"] = {c.hidden, i == 0 ? c.inputSize() : c.hidden};
        s[n + ".bias"] = {c.hidden};
        s[n + "_norm.weight"] = {c.hidden};
        s[n + "_norm.bias"] = {c.hidden};
    }
    s["dec_out.weight"] = {TimbreModelConfig::outputSize(), c.hidden};
    s["dec_out.bias"] = {TimbreModelConfig::outputSize()};
    for (int i = 0; i < TimbreModelConfig::kEncoderLayers; ++i) {
        const QString n = QStringLiteral("enc%1").arg(i);
        s[n + ".weight"] = {c.encoderHidden, i == 0 ? kMfccStatsSize : c.encoderHidden};
        s[n + ".bias"] = {c.encoderHidden};
        s[n + "_norm.weight"] = {c.encoderHidden};
        s[n + "_norm.bias"] = {c.encoderHidden};
    }
    s["enc_out.weight"] = {2 * c.zSize, c.encoderHidden};
    s["enc_out.bias"] = {2 * c.zSize};
    return s;
}

QString TimbreModelFile::validate() const
{
    if (config.zSize < 1 || config.zSize > 256 || config.hidden < 1 || config.hidden > 4096 || config.layers < 1
        || config.layers > 8 || config.encoderHidden < 1 || config.encoderHidden > 4096)
        return QObject::tr("network sizes out of range");
    if (int(mfccMean.size()) != kMfccStatsSize || int(mfccStd.size()) != kMfccStatsSize)
        return QObject::tr("MFCC normalization must have %1 values").arg(kMfccStatsSize);
    for (float s : mfccStd)
        if (!(s > 0) || !std::isfinite(s)) return QObject::tr("MFCC standard deviations must be positive");
    for (const TimbreInstrument &in : instruments)
        if (int(in.z.size()) != config.zSize)
            return QObject::tr("instrument '%1' has %2 z values, expected %3").arg(in.name).arg(in.z.size()).arg(config.zSize);
    return checkTensors(tensors, expectedShapes(config));
}

std::optional<TimbreModelFile> TimbreModelFile::read(const QString &path, QString *error)
{
    QString reason;
    const auto bytes = core::BoundedFile::read(path, core::BoundedFile::kMaxModelFileBytes, &reason);
    if (!bytes) {
        if (error)
            *error = QObject::tr("%1: %2").arg(QFileInfo(path).fileName(), reason);
        return std::nullopt;
    }
    return parse(*bytes, QFileInfo(path).fileName(), error);
}

std::optional<TimbreModelFile> TimbreModelFile::parse(const QByteArray &json, const QString &fileName, QString *error)
{
    auto fail = [&](const QString &problem) -> std::optional<TimbreModelFile> {
        if (error) *error = fileName + ": " + problem;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) return fail(QObject::tr("not valid JSON (%1)").arg(pe.errorString()));
    if (!doc.isObject()) return fail(QObject::tr("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value("format").toString() != QLatin1String(kFormat))
        return fail(QObject::tr("not an Atelier timbre model (format must be \"%1\")").arg(kFormat));
    if (o.value("version").toInt(-1) != kVersion)
        return fail(QObject::tr("unsupported version %1").arg(o.value("version").toVariant().toString()));
    TimbreModelFile file;
    file.name = o.value("name").toString();
    auto intField = [&](const char *key, int *out) {
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) return false;
        *out = v.toInt();
        return true;
    };
    if (!intField("z", &file.config.zSize) || !intField("hidden", &file.config.hidden)
        || !intField("layers", &file.config.layers) || !intField("encoder_hidden", &file.config.encoderHidden))
        return fail(QObject::tr("missing or malformed network sizes"));
    if (file.config.zSize < 1 || file.config.zSize > 256 || file.config.hidden < 1 || file.config.hidden > 4096
        || file.config.layers < 1 || file.config.layers > 8 || file.config.encoderHidden < 1
        || file.config.encoderHidden > 4096)
        return fail(QObject::tr("network sizes out of range"));
    auto mean = floatArray(o.value("mfcc_mean"), kMfccStatsSize);
    auto stdv = floatArray(o.value("mfcc_std"), kMfccStatsSize);
    if (!mean || !stdv) return fail(QObject::tr("mfcc_mean and mfcc_std must hold %1 numbers each").arg(kMfccStatsSize));
    file.mfccMean = *mean;
    file.mfccStd = *stdv;
    if (!o.value("instruments").isArray()) return fail(QObject::tr("no instruments array"));
    for (const QJsonValue &v : o.value("instruments").toArray()) {
        const QJsonObject io = v.toObject();
        auto z = floatArray(io.value("z"), file.config.zSize);
        if (!v.isObject() || !io.value("name").isString() || !z)
            return fail(QObject::tr("malformed instrument entry"));
        file.instruments.push_back({io.value("name").toString(), io.value("source").toString(),
                                    io.value("program").toInt(-1), *z});
    }
    file.training = o.value("training").toObject();
    if (!o.value("tensors").isObject()) return fail(QObject::tr("'tensors' must be an object"));
    const QJsonObject tensors = o.value("tensors").toObject();
    const QString tensorProblem = readHalfTensors(tensors, expectedShapes(file.config), &file.tensors);
    if (!tensorProblem.isEmpty()) return fail(tensorProblem);
    const QString problem = file.validate();
    if (!problem.isEmpty()) return fail(problem);
    return file;
}

QByteArray TimbreModelFile::serialize(QString *error) const
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        if (error) *error = problem;
        return {};
    }
    QJsonObject tensorsJson;
    const QString tensorProblem = writeHalfTensors(tensors, &tensorsJson);
    if (!tensorProblem.isEmpty()) {
        if (error) *error = tensorProblem;
        return {};
    }
    QJsonArray instrumentsJson;
    for (const TimbreInstrument &in : instruments)
        instrumentsJson.append(QJsonObject{{"name", in.name}, {"source", in.source}, {"program", in.program}, {"z", toArray(in.z)}});
    const QJsonObject top{{"format", kFormat},          {"version", kVersion},
                          {"name", name},               {"z", config.zSize},
                          {"hidden", config.hidden},    {"layers", config.layers},
                          {"encoder_hidden", config.encoderHidden},
                          {"mfcc_mean", toArray(mfccMean)}, {"mfcc_std", toArray(mfccStd)},
                          {"instruments", instrumentsJson}, {"training", training},
                          {"tensors", tensorsJson}};
    return QJsonDocument(top).toJson(QJsonDocument::Compact);
}

bool TimbreModelFile::write(const QString &path, QString *error) const
{
    QString problem;
    const QByteArray bytes = serialize(&problem);
    if (bytes.isEmpty()) {
        if (error) *error = QFileInfo(path).fileName() + ": " + problem;
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace atelier::models
