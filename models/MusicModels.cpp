// The music-model factory; see MusicModels.h.

#include "MusicModels.h"

#include "document/BoundedFile.h"
#include "music/MusicLstmModel.h"
#include "music/MusicModelFile.h"
#include "music/MusicTransformerFile.h"
#include "music/MusicTransformerModel.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace atelier::models {

std::shared_ptr<const core::IMusicModel> loadMusicModel(const QString &path, QString *error)
{
    auto fail = [&](const QString &problem) -> std::shared_ptr<const core::IMusicModel> {
        if (error)
            *error = QObject::tr("%1: %2").arg(path, problem);
        return nullptr;
    };
    const QFileInfo info(path);
    QString reason;
    const auto read = core::BoundedFile::read(path, core::BoundedFile::kMaxModelFileBytes, &reason);
    if (!read)
        return fail(reason);
    const QByteArray &bytes = *read;
    // The format names the network: the LSTMs' files, or a Transformer's.
    const QString format = QJsonDocument::fromJson(bytes).object().value("format").toString();
    if (format == QLatin1String(MusicTransformerFile::kFormat)) {
        const auto file = MusicTransformerFile::parse(bytes, info.fileName(), error);
        if (!file)
            return nullptr;
        return std::make_shared<MusicTransformerModel>(file->name, file->config, file->tensors);
    }
    const auto file = MusicModelFile::parse(bytes, info.fileName(), error);
    if (!file)
        return nullptr;
    return std::make_shared<MusicLstmModel>(*file);
}

} // namespace atelier::models
