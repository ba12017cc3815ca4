// The shared tensor codec of the JSON model files; see HalfTensors.h.

#include "HalfTensors.h"

#include "document/AtomicFile.h"

#include <QFloat16>
#include <QJsonArray>
#include <QObject>
#include <QSaveFile>
#include <QStringList>
#include <QtEndian>
#include <cmath>

namespace atelier::models {

namespace {

constexpr double kMaxHalf = 65504.0;

} // namespace

qint64 elementCount(const QList<int> &shape)
{
    qint64 n = 1;
    for (int d : shape)
        n *= d;
    return n;
}

QString shapeText(const QList<int> &shape)
{
    QStringList parts;
    for (int d : shape)
        parts << QString::number(d);
    return "[" + parts.join(", ") + "]";
}

QString checkTensors(const Tensors &tensors, const TensorShapes &expected)
{
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

QString readHalfTensors(const QJsonObject &tensors, const TensorShapes &expected, Tensors *out)
{
    for (auto it = tensors.begin(); it != tensors.end(); ++it)
        if (!expected.count(it.key()))
            return QObject::tr("unexpected tensor '%1'").arg(it.key());
    for (const auto &[name, shape] : expected) {
        if (!tensors.contains(name))
            return QObject::tr("tensor '%1' is missing").arg(name);
        if (!tensors.value(name).isObject())
            return QObject::tr("tensor '%1' must be an object").arg(name);
        const QJsonObject t = tensors.value(name).toObject();
        if (!t.value("shape").isArray())
            return QObject::tr("tensor '%1' has no shape array").arg(name);
        QList<int> got;
        for (const QJsonValue &d : t.value("shape").toArray()) {
            const double v = d.toDouble(-1);
            if (!d.isDouble() || v < 0 || v > 1e9 || v != std::floor(v))
                return QObject::tr("tensor '%1' has a malformed shape").arg(name);
            got << int(v);
        }
        if (got != shape)
            return QObject::tr("tensor '%1' has shape %2, expected %3").arg(name, shapeText(got), shapeText(shape));
        const QString dtype = t.value("dtype").toString();
        if (dtype != QLatin1String("f16") && dtype != QLatin1String("f32"))
            return QObject::tr("tensor '%1' has unsupported dtype \"%2\" (expected \"f16\" or \"f32\")")
                .arg(name, dtype);
        const qint64 width = dtype == QLatin1String("f32") ? 4 : 2;
        if (!t.value("data").isString())
            return QObject::tr("tensor '%1' has no data string").arg(name);
        const qint64 count = elementCount(shape);
        const QByteArray text = t.value("data").toString().toLatin1();
        // Cheap length check before decoding: base64 of width · n bytes.
        const qint64 bytes = width * count;
        const qint64 maxText = (bytes + 2) / 3 * 4;
        if (text.size() > maxText + 4 || text.size() < (bytes * 4 + 2) / 3)
            return QObject::tr("tensor '%1' data has the wrong length (%2 base64 characters for %3 values)")
                .arg(name)
                .arg(text.size())
                .arg(count);
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            return QObject::tr("tensor '%1' data is not valid base64").arg(name);
        if (decoded.decoded.size() != bytes)
            return QObject::tr("tensor '%1' data has %2 bytes, expected %3").arg(name).arg(decoded.decoded.size()).arg(bytes);
        MusicTensor tensor;
        tensor.shape = shape;
        tensor.values.resize(static_cast<std::size_t>(count));
        if (width == 4) {
            qFromLittleEndian<quint32>(decoded.decoded.constData(), count, tensor.values.data());
        } else {
            std::vector<qfloat16> halves(static_cast<std::size_t>(count));
            qFromLittleEndian<quint16>(decoded.decoded.constData(), count, halves.data());
            qFloatFromFloat16(tensor.values.data(), halves.data(), count);
        }
        for (float v : tensor.values)
            if (!std::isfinite(v))
                return QObject::tr("tensor '%1' has a non-finite value").arg(name);
        (*out)[name] = std::move(tensor);
    }
    return {};
}

QString writeHalfTensors(const Tensors &tensors, QJsonObject *out, bool float32)
{
    QJsonObject json;
    for (const auto &[name, t] : tensors) {
        QJsonArray shape;
        for (int d : t.shape)
            shape.append(d);
        if (float32) {
            for (float v : t.values)
                if (!std::isfinite(v))
                    return QObject::tr("tensor '%1' has a non-finite value").arg(name);
            QByteArray bytes(qsizetype(4 * t.values.size()), Qt::Uninitialized);
            qToLittleEndian<quint32>(t.values.data(), qsizetype(t.values.size()), bytes.data());
            json.insert(name, QJsonObject{{"shape", shape}, {"dtype", "f32"}, {"data", QString::fromLatin1(bytes.toBase64())}});
            continue;
        }
        for (float v : t.values)
            if (!(std::abs(v) <= kMaxHalf))
                return QObject::tr("tensor '%1' has a value beyond the float16 range").arg(name);
        std::vector<qfloat16> halves(t.values.size());
        qFloatToFloat16(halves.data(), t.values.data(), qsizetype(t.values.size()));
        QByteArray bytes(qsizetype(2 * halves.size()), Qt::Uninitialized);
        qToLittleEndian<quint16>(halves.data(), qsizetype(halves.size()), bytes.data());
        json.insert(name, QJsonObject{{"shape", shape}, {"dtype", "f16"}, {"data", QString::fromLatin1(bytes.toBase64())}});
    }
    *out = json;
    return {};
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QString reason;
    if (!core::AtomicFile::write(path, bytes, &reason)) {
        if (error)
            *error = QObject::tr("%1: cannot write (%2)").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace atelier::models
