// The `*.music.json` reader and writer; see MusicModelFile.h for the format.

#include "music/MusicModelFile.h"

#include "document/BoundedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QtNumeric>
#include <cmath>

namespace atelier::models {

namespace {

// An integer JSON field (a number with an integral value); nullopt otherwise.
std::optional<int> intField(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 1e9)
        return std::nullopt;
    return int(d);
}

} // namespace

std::map<QString, QList<int>> MusicModelFile::expectedShapes(const MusicLstmConfig &c)
{
    std::map<QString, QList<int>> s;
    s["embedding.weight"] = {c.vocab, c.embedding};
    for (int l = 0; l < c.layers; ++l) {
        const QString k = QString::number(l);
        s["lstm.weight_ih_l" + k] = {4 * c.hidden, c.inputSize(l)};
        s["lstm.weight_hh_l" + k] = {4 * c.hidden, c.hidden};
        s["lstm.bias_ih_l" + k] = {4 * c.hidden};
        s["lstm.bias_hh_l" + k] = {4 * c.hidden};
    }
    s["head.weight"] = {c.vocab, c.hidden};
    s["head.bias"] = {c.vocab};
    return s;
}

QString MusicModelFile::validate() const
{
    const QString sizes = config.validate();
    if (!sizes.isEmpty())
        return sizes;
    return checkTensors(tensors, expectedShapes(config));
}

std::optional<MusicModelFile> MusicModelFile::read(const QString &path, QString *error)
{
    QString reason;
    const auto bytes = core::BoundedFile::read(path, core::BoundedFile::kMaxModelFileBytes, &reason);
    if (!bytes) {
        if (error)
            *error = QObject::tr("%1: %2").arg(path, reason);
        return std::nullopt;
    }
    return parse(*bytes, QFileInfo(path).fileName(), error);
}

std::optional<MusicModelFile> MusicModelFile::parse(const QByteArray &json, const QString &fileName, QString *error)
{
    auto fail = [&](const QString &problem) -> std::optional<MusicModelFile> {
        if (error)
            *error = fileName + ": " + problem;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QObject::tr("not valid JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return fail(QObject::tr("expected a JSON object"));
    const QJsonObject top = doc.object();
    if (top.value("format").toString() != QLatin1String(kFormat))
        return fail(QObject::tr("not an Atelier music model (format is not \"%1\")").arg(kFormat));
    const auto version = intField(top, "version");
    if (!version)
        return fail(QObject::tr("'version' must be an integer"));
    if (*version != kVersion)
        return fail(QObject::tr("unsupported version %1 (this build reads version %2)").arg(*version).arg(kVersion));

    MusicModelFile file;
    if (!top.value("kind").isString())
        return fail(QObject::tr("'kind' must be a string"));
    file.config.kind = top.value("kind").toString();
    if (top.contains("name") && !top.value("name").isString())
        return fail(QObject::tr("'name' must be a string"));
    file.name = top.value("name").toString();
    struct SizeField {
        const char *key;
        int *target;
    };
    for (const SizeField &f : {SizeField{"vocab", &file.config.vocab}, SizeField{"controls", &file.config.controls},
                               SizeField{"embedding", &file.config.embedding},
                               SizeField{"hidden", &file.config.hidden}, SizeField{"layers", &file.config.layers}}) {
        const auto v = intField(top, f.key);
        if (!v)
            return fail(QObject::tr("'%1' must be an integer").arg(QLatin1String(f.key)));
        *f.target = *v;
    }
    file.config.dropout = 0.0;
    const QString sizes = file.config.validate();
    if (!sizes.isEmpty())
        return fail(sizes);
    if (top.contains("training") && !top.value("training").isObject())
        return fail(QObject::tr("'training' must be an object"));
    file.training = top.value("training").toObject();
    if (!top.value("tensors").isObject())
        return fail(QObject::tr("'tensors' must be an object"));
    const QJsonObject tensors = top.value("tensors").toObject();

    const QString problem = readHalfTensors(tensors, expectedShapes(file.config), &file.tensors);
    if (!problem.isEmpty())
        return fail(problem);
    return file;
}

QByteArray MusicModelFile::serialize(QString *error) const
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    QJsonObject tensorsJson;
    const QString tensorProblem = writeHalfTensors(tensors, &tensorsJson, float32);
    if (!tensorProblem.isEmpty()) {
        if (error)
            *error = tensorProblem;
        return {};
    }
    QJsonObject top{{"format", kFormat},
                    {"version", kVersion},
                    {"kind", config.kind},
                    {"name", name},
                    {"vocab", config.vocab},
                    {"controls", config.controls},
                    {"embedding", config.embedding},
                    {"hidden", config.hidden},
                    {"layers", config.layers},
                    {"training", training},
                    {"tensors", tensorsJson}};
    return QJsonDocument(top).toJson(QJsonDocument::Compact);
}

bool MusicModelFile::write(const QString &path, QString *error) const
{
    QString problem;
    const QByteArray bytes = serialize(&problem);
    if (bytes.isEmpty()) {
        if (error)
            *error = QFileInfo(path).fileName() + ": " + problem;
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace atelier::models
