#include "music/MusicTransformerFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QObject>

namespace atelier::models {

std::optional<MusicTransformerFile> MusicTransformerFile::parse(const QByteArray &json, const QString &fileName,
                                                                QString *error)
{
    auto fail = [&](const QString &problem) -> std::optional<MusicTransformerFile> {
        if (error)
            *error = fileName + QStringLiteral(": ") + problem;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QObject::tr("not valid JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject top = doc.object();
    if (top.value("format").toString() != QLatin1String(kFormat))
        return fail(QObject::tr("not an Atelier music Transformer (format is not \"%1\")").arg(kFormat));
    if (top.value("version").toInt(-1) != kVersion)
        return fail(QObject::tr("unsupported version %1 (this build reads version %2)")
                        .arg(top.value("version").toInt(-1)).arg(kVersion));
    if (!top.value("config").isObject())
        return fail(QObject::tr("'config' must be an object"));
    MusicTransformerFile file;
    file.name = top.value("name").toString();
    file.config = MusicTransformerConfig::fromJson(top.value("config").toObject());
    file.config.kind = top.value("kind").toString();
    file.config.dropout = 0;
    const QString sizes = file.config.validate();
    if (!sizes.isEmpty())
        return fail(sizes);
    file.training = top.value("training").toObject();
    const QString problem = readHalfTensors(top.value("tensors").toObject(), file.config.shapes(), &file.tensors);
    if (!problem.isEmpty())
        return fail(problem);
    return file;
}

bool MusicTransformerFile::write(const QString &path, QString *error) const
{
    auto fail = [&](const QString &problem) {
        if (error)
            *error = QFileInfo(path).fileName() + QStringLiteral(": ") + problem;
        return false;
    };
    QString problem = config.validate();
    if (problem.isEmpty())
        problem = checkTensors(tensors, config.shapes());
    QJsonObject tensorsJson;
    if (problem.isEmpty())
        problem = writeHalfTensors(tensors, &tensorsJson, float32);
    if (!problem.isEmpty())
        return fail(problem);
    QJsonObject c = config.toJson();
    c.remove("dropout");
    c.remove("kind");
    const QJsonObject top{{"format", kFormat}, {"version", kVersion}, {"kind", config.kind}, {"name", name},
                          {"config", c},       {"training", training}, {"tensors", tensorsJson}};
    return writeFileAtomically(path, QJsonDocument(top).toJson(QJsonDocument::Compact), error);
}

} // namespace atelier::models
