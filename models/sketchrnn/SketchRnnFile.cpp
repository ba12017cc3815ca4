// Reading and writing Sketch-RNN model files; see SketchRnnFile.h and
// shared/specs/sketch-rnn-format.md §1. Every check reports the first
// problem with the file's name in front, so a user can tell which file is
// broken and why.

#include "sketchrnn/SketchRnnFile.h"

#include "document/BoundedFile.h"
#include "document/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace atelier::models {

namespace {

constexpr int kMaxDimension = 1 << 16;
constexpr qsizetype kMaxElements = qsizetype(1) << 28;

QString shapeText(const QList<int> &shape)
{
    QStringList parts;
    for (int d : shape)
        parts << QString::number(d);
    return "[" + parts.join(',') + "]";
}

// The info keys the format defines; everything else goes to extraInfo.
const QStringList kInfoKeys = {"mode", "version", "max_seq_len", "name", "scale_factor"};

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::abs(d) < 2147483647.0;
}

} // namespace

qsizetype SketchRnnArray::elementCount() const
{
    qsizetype n = 1;
    for (int d : shape)
        n *= d;
    return n;
}

int SketchRnnFile::hiddenSize() const
{
    const int k = decoderBase() + DecWhh;
    return k < arrays.size() && !arrays[k].shape.isEmpty() ? arrays[k].shape[0] : 0;
}

int SketchRnnFile::encoderSize() const
{
    return vae && arrays.size() > EncFwdWhh && !arrays[EncFwdWhh].shape.isEmpty() ? arrays[EncFwdWhh].shape[0] : 0;
}

int SketchRnnFile::latentSize() const
{
    return vae && arrays.size() > EncW && !arrays[EncW].shape.isEmpty() ? arrays[EncW].shape[0] : 0;
}

QList<QList<int>> SketchRnnFile::expectedShapes(bool vae, int h, int e, int z)
{
    QList<QList<int>> s;
    if (vae) {
        for (int dir = 0; dir < 2; ++dir)
            s << QList<int>{kStrokeSize, 4 * e} << QList<int>{e, 4 * e} << QList<int>{4 * e};
        s << QList<int>{2 * e, z} << QList<int>{z};          // mu
        s << QList<int>{2 * e, z} << QList<int>{z};          // sigma (log variance)
        s << QList<int>{z, 2 * h} << QList<int>{2 * h};      // latent -> initial [c ; h]
    }
    const int in = kStrokeSize + (vae ? z : 0);
    s << QList<int>{h, kOutputSize} << QList<int>{kOutputSize} << QList<int>{in, 4 * h} << QList<int>{h, 4 * h}
      << QList<int>{4 * h};
    return s;
}

QString SketchRnnFile::validate() const
{
    const int expectedCount = vae ? kVaeArrayCount : kGenArrayCount;
    if (arrays.size() != expectedCount)
        return QObject::tr("has %1 weight arrays, expected %2 for a %3 model (plain LSTM)")
            .arg(arrays.size())
            .arg(expectedCount)
            .arg(vae ? QObject::tr("VAE (mode 0)") : QObject::tr("decoder-only (mode 2)"));
    for (int k = 0; k < arrays.size(); ++k) {
        const QList<int> &shape = arrays[k].shape;
        if (shape.isEmpty() || shape.size() > 2)
            return QObject::tr("array %1 has shape %2, expected 1 or 2 dimensions").arg(k).arg(shapeText(shape));
        for (int d : shape)
            if (d <= 0 || d > kMaxDimension)
                return QObject::tr("array %1 has shape %2, dimensions must be 1 to %3")
                    .arg(k).arg(shapeText(shape)).arg(kMaxDimension);
    }
    const int h = hiddenSize();
    const int e = encoderSize();
    const int z = latentSize();
    if (arrays[decoderBase() + DecWhh].shape.size() != 2 || (vae && (arrays[EncFwdWhh].shape.size() != 2
                                                                      || arrays[EncW].shape.size() != 2)))
        return QObject::tr("the LSTM weight matrices must have 2 dimensions");
    const QList<QList<int>> expected = expectedShapes(vae, h, e, z);
    for (int k = 0; k < arrays.size(); ++k) {
        if (arrays[k].shape != expected[k])
            return QObject::tr("array %1 has shape %2, expected %3")
                .arg(k).arg(shapeText(arrays[k].shape), shapeText(expected[k]));
        if (qsizetype(arrays[k].values.size()) != arrays[k].elementCount())
            return QObject::tr("array %1 holds %2 values, its shape %3 needs %4")
                .arg(k).arg(arrays[k].values.size()).arg(shapeText(arrays[k].shape)).arg(arrays[k].elementCount());
    }
    if (!(scaleFactor > 0) || !std::isfinite(scaleFactor))
        return QObject::tr("scale_factor must be a positive number");
    if (maxSeqLen <= 0)
        return QObject::tr("max_seq_len must be a positive integer");
    return {};
}

std::optional<SketchRnnFile> SketchRnnFile::read(const QString &path, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    QString reason;
    const auto bytes = core::BoundedFile::read(path, core::BoundedFile::kMaxModelFileBytes, &reason);
    if (!bytes) {
        if (error)
            *error = QObject::tr("%1: %2").arg(path, reason);
        return std::nullopt;
    }
    return parse(*bytes, fileName, error);
}

std::optional<SketchRnnFile> SketchRnnFile::parse(const QByteArray &json, const QString &fileName, QString *error)
{
    auto failWith = [&](const QString &problem) -> std::optional<SketchRnnFile> {
        if (error)
            *error = fileName + ": " + problem;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return failWith(QObject::tr("not valid JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isArray() || doc.array().size() != 3)
        return failWith(QObject::tr("expected a JSON array [info, shapes, blobs] of three elements"));
    const QJsonArray top = doc.array();
    if (!top[0].isObject() || !top[1].isArray() || !top[2].isArray())
        return failWith(QObject::tr("expected [info object, shapes array, blobs array]"));

    // info
    SketchRnnFile file;
    const QJsonObject info = top[0].toObject();
    for (const QString &key : kInfoKeys)
        if (!info.contains(key))
            return failWith(QObject::tr("info has no '%1' field").arg(key));
    const QJsonValue mode = info["mode"];
    if (mode.isString()) {
        if (mode.toString() != "gen")
            return failWith(QObject::tr("unsupported mode \"%1\" (expected 2, \"gen\" or 0)").arg(mode.toString()));
        file.vae = false;
    } else if (isInteger(mode)) {
        file.vae = mode.toInt() != 2;  // as sketch_rnn.js: anything but 2 / "gen" is a full VAE
    } else {
        return failWith(QObject::tr("info 'mode' must be an integer or \"gen\""));
    }
    if (!isInteger(info["version"]))
        return failWith(QObject::tr("info 'version' must be an integer"));
    file.version = info["version"].toInt();
    if (!isInteger(info["max_seq_len"]) || info["max_seq_len"].toInt() <= 0)
        return failWith(QObject::tr("info 'max_seq_len' must be a positive integer"));
    file.maxSeqLen = info["max_seq_len"].toInt();
    if (!info["name"].isString())
        return failWith(QObject::tr("info 'name' must be a string"));
    file.name = info["name"].toString();
    if (!info["scale_factor"].isDouble() || !(info["scale_factor"].toDouble() > 0))
        return failWith(QObject::tr("info 'scale_factor' must be a positive number"));
    file.scaleFactor = info["scale_factor"].toDouble();
    if (info.contains("weights")) {
        if (info["weights"] != QJsonValue("float32") && info["weights"] != QJsonValue("int16"))
            return failWith(QObject::tr("info 'weights' must be \"int16\" or \"float32\""));
        file.float32 = info["weights"] == QJsonValue("float32");
    }
    for (auto it = info.begin(); it != info.end(); ++it)
        if (!kInfoKeys.contains(it.key()) && it.key() != QLatin1String("weights"))
            file.extraInfo.insert(it.key(), it.value());

    // shapes
    const QJsonArray shapes = top[1].toArray();
    const QJsonArray blobs = top[2].toArray();
    if (shapes.size() != blobs.size())
        return failWith(QObject::tr("%1 shapes but %2 blobs").arg(shapes.size()).arg(blobs.size()));
    for (int k = 0; k < shapes.size(); ++k) {
        if (!shapes[k].isArray())
            return failWith(QObject::tr("shape %1 is not an array of integers").arg(k));
        SketchRnnArray a;
        for (const QJsonValue &d : shapes[k].toArray()) {
            if (!isInteger(d))
                return failWith(QObject::tr("shape %1 is not an array of integers").arg(k));
            a.shape << d.toInt();
        }
        file.arrays << a;
    }
    // Count and shapes first (values are checked after decoding).
    {
        SketchRnnFile probe = file;
        for (SketchRnnArray &a : probe.arrays) {
            bool sane = !a.shape.isEmpty() && a.shape.size() <= 2;
            for (int d : a.shape)
                sane = sane && d > 0 && d <= kMaxDimension;
            if (sane && a.elementCount() <= kMaxElements)
                a.values.resize(size_t(a.elementCount()));
        }
        const QString problem = probe.validate();
        if (!problem.isEmpty())
            return failWith(problem);
    }

    // blobs
    for (int k = 0; k < blobs.size(); ++k) {
        if (!blobs[k].isString())
            return failWith(QObject::tr("blob %1 is not a string").arg(k));
        const QByteArray text = blobs[k].toString().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            return failWith(QObject::tr("blob %1 is not valid base64").arg(k));
        SketchRnnArray &a = file.arrays[k];
        const qsizetype n = a.elementCount();
        const qsizetype width = file.float32 ? 4 : 2;
        if (decoded.decoded.size() != width * n)
            return failWith(QObject::tr("blob %1 decodes to %2 bytes, shape %3 needs %4")
                                .arg(k).arg(decoded.decoded.size()).arg(shapeText(a.shape)).arg(width * n));
        const auto *bytes = reinterpret_cast<const unsigned char *>(decoded.decoded.constData());
        a.values.resize(size_t(n));
        if (file.float32) {
            for (qsizetype i = 0; i < n; ++i) {
                const std::uint32_t u = std::uint32_t(bytes[4 * i]) | std::uint32_t(bytes[4 * i + 1]) << 8
                                        | std::uint32_t(bytes[4 * i + 2]) << 16 | std::uint32_t(bytes[4 * i + 3]) << 24;
                float w;
                std::memcpy(&w, &u, sizeof w);
                if (!std::isfinite(w))
                    return failWith(QObject::tr("blob %1 holds a value that is not a finite number").arg(k));
                a.values[size_t(i)] = w;
            }
            continue;
        }
        for (qsizetype i = 0; i < n; ++i) {
            const auto q = std::int16_t(std::uint16_t(bytes[2 * i] | (bytes[2 * i + 1] << 8)));
            a.values[size_t(i)] = dequantise(q);
        }
    }
    return file;
}

int SketchRnnFile::quantise(double w)
{
    const double clipped = std::clamp(w / kMaxWeight, -1.0, 1.0);
    return int(std::nearbyint(clipped * kLevels));  // round half to even, as numpy's round
}

QByteArray SketchRnnFile::serialize() const
{
    QJsonObject info = extraInfo;
    info["mode"] = vae ? 0 : 2;
    info["version"] = version;
    info["max_seq_len"] = maxSeqLen;
    info["name"] = name;
    info["scale_factor"] = scaleFactor;
    if (float32)
        info["weights"] = "float32";
    QJsonArray shapes, blobs;
    for (const SketchRnnArray &a : arrays) {
        QJsonArray shape;
        for (int d : a.shape)
            shape.append(d);
        shapes.append(shape);
        if (float32) {
            QByteArray bytes(qsizetype(a.values.size()) * 4, Qt::Uninitialized);
            for (size_t i = 0; i < a.values.size(); ++i) {
                std::uint32_t u;
                std::memcpy(&u, &a.values[i], sizeof u);
                for (int b = 0; b < 4; ++b)
                    bytes[qsizetype(4 * i) + b] = char((u >> (8 * b)) & 0xff);
            }
            blobs.append(QString::fromLatin1(bytes.toBase64()));
            continue;
        }
        QByteArray bytes(qsizetype(a.values.size()) * 2, Qt::Uninitialized);
        for (size_t i = 0; i < a.values.size(); ++i) {
            const auto q = std::uint16_t(std::int16_t(quantise(a.values[i])));
            bytes[qsizetype(2 * i)] = char(q & 0xff);
            bytes[qsizetype(2 * i + 1)] = char(q >> 8);
        }
        blobs.append(QString::fromLatin1(bytes.toBase64()));
    }
    return QJsonDocument(QJsonArray{info, shapes, blobs}).toJson(QJsonDocument::Compact);
}

bool SketchRnnFile::write(const QString &path, QString *error) const
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = QFileInfo(path).fileName() + ": " + problem;
        return false;
    }
    QString reason;
    if (!core::AtomicFile::write(path, serialize(), &reason)) {
        if (error)
            *error = QObject::tr("%1: cannot write (%2)").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace atelier::models
