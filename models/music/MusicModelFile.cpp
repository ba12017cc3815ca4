// The `*.music.json` reader and writer; see MusicModelFile.h for the format.

#include "music/MusicModelFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <QtEndian>
#include <QtNumeric>
#include <QFloat16>
#include <cmath>

namespace atelier::models {

namespace {

constexpr double kMaxHalf = 65504.0;

QString shapeText(const QList<int> &shape)
{
    QStringList parts;
    for (int d : shape)
        parts << QString::number(d);
    return "[" + parts.join(", ") + "]";
}

qint64 elementCount(const QList<int> &shape)
{
    qint64 n = 1;
    for (int d : shape)
        n *= d;
    return n;
}

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
    const auto expected = expectedShapes(config);
    for (const auto &[name, shape] : expected) {
        const auto it = tensors.find(name);
        if (it == tensors.end())
            return QObject::tr("tensor '%1' is missing").arg(name);
        if (it->second.shape != shape)
            return QObject::tr("tensor '%1' has shape %2, expected %3")
                .arg(name, shapeText(it->second.shape), shapeText(shape));
        if (qint64(it->second.values.size()) != elementCount(shape))
            return QObject::tr("tensor '%1' has %2 values, expected %3")
                .arg(name)
                .arg(it->second.values.size())
                .arg(elementCount(shape));
        for (float v : it->second.values)
            if (!std::isfinite(v))
                return QObject::tr("tensor '%1' has a non-finite value").arg(name);
    }
    for (const auto &[name, t] : tensors)
        if (!expected.count(name))
            return QObject::tr("unexpected tensor '%1'").arg(name);
    return {};
}

std::optional<MusicModelFile> MusicModelFile::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QObject::tr("%1: cannot open (%2)").arg(path, f.errorString());
        return std::nullopt;
    }
    return parse(f.readAll(), QFileInfo(path).fileName(), error);
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

    const auto expected = expectedShapes(file.config);
    for (auto it = tensors.begin(); it != tensors.end(); ++it)
        if (!expected.count(it.key()))
            return fail(QObject::tr("unexpected tensor '%1'").arg(it.key()));
    for (const auto &[name, shape] : expected) {
        if (!tensors.contains(name))
            return fail(QObject::tr("tensor '%1' is missing").arg(name));
        if (!tensors.value(name).isObject())
            return fail(QObject::tr("tensor '%1' must be an object").arg(name));
        const QJsonObject t = tensors.value(name).toObject();
        if (!t.value("shape").isArray())
            return fail(QObject::tr("tensor '%1' has no shape array").arg(name));
        QList<int> got;
        for (const QJsonValue &d : t.value("shape").toArray()) {
            const double v = d.toDouble(-1);
            if (!d.isDouble() || v < 0 || v > 1e9 || v != std::floor(v))
                return fail(QObject::tr("tensor '%1' has a malformed shape").arg(name));
            got << int(v);
        }
        if (got != shape)
            return fail(QObject::tr("tensor '%1' has shape %2, expected %3").arg(name, shapeText(got), shapeText(shape)));
        if (t.value("dtype").toString() != QLatin1String("f16"))
            return fail(QObject::tr("tensor '%1' has unsupported dtype \"%2\" (expected \"f16\")")
                            .arg(name, t.value("dtype").toString()));
        if (!t.value("data").isString())
            return fail(QObject::tr("tensor '%1' has no data string").arg(name));
        const qint64 count = elementCount(shape);
        const QByteArray text = t.value("data").toString().toLatin1();
        // Cheap length check before decoding: base64 of 2n bytes.
        const qint64 bytes = 2 * count;
        const qint64 maxText = (bytes + 2) / 3 * 4;
        if (text.size() > maxText + 4 || text.size() < (bytes * 4 + 2) / 3)
            return fail(QObject::tr("tensor '%1' data has the wrong length (%2 base64 characters for %3 values)")
                            .arg(name)
                            .arg(text.size())
                            .arg(count));
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            return fail(QObject::tr("tensor '%1' data is not valid base64").arg(name));
        if (decoded.decoded.size() != bytes)
            return fail(QObject::tr("tensor '%1' data has %2 bytes, expected %3")
                            .arg(name)
                            .arg(decoded.decoded.size())
                            .arg(bytes));
        std::vector<qfloat16> halves(static_cast<std::size_t>(count));
        qFromLittleEndian<quint16>(decoded.decoded.constData(), count, halves.data());
        MusicTensor tensor;
        tensor.shape = shape;
        tensor.values.resize(static_cast<std::size_t>(count));
        qFloatFromFloat16(tensor.values.data(), halves.data(), count);
        for (float v : tensor.values)
            if (!std::isfinite(v))
                return fail(QObject::tr("tensor '%1' has a non-finite value").arg(name));
        file.tensors.emplace(name, std::move(tensor));
    }
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
    for (const auto &[name, t] : tensors) {
        for (float v : t.values)
            if (!(std::abs(v) <= kMaxHalf)) {
                if (error)
                    *error = QObject::tr("tensor '%1' has a value beyond the float16 range").arg(name);
                return {};
            }
        std::vector<qfloat16> halves(t.values.size());
        qFloatToFloat16(halves.data(), t.values.data(), qsizetype(t.values.size()));
        QByteArray bytes(qsizetype(2 * halves.size()), Qt::Uninitialized);
        qToLittleEndian<quint16>(halves.data(), qsizetype(halves.size()), bytes.data());
        QJsonArray shape;
        for (int d : t.shape)
            shape.append(d);
        tensorsJson.insert(name, QJsonObject{{"shape", shape},
                                             {"dtype", "f16"},
                                             {"data", QString::fromLatin1(bytes.toBase64())}});
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
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QObject::tr("%1: cannot write (%2)").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace atelier::models
