// The music-model factory; see MusicModels.h.

#include "MusicModels.h"

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

namespace {
constexpr qint64 kMaxModelBytes = qint64(512) << 20;   // far above any music model we train
}

std::shared_ptr<const core::IMusicModel> loadMusicModel(const QString &path, QString *error)
{
    auto fail = [&](const QString &problem) -> std::shared_ptr<const core::IMusicModel> {
        if (error)
            *error = QObject::tr("%1: %2").arg(path, problem);
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QObject::tr("cannot open (No such file or directory)"));
    if (!info.isFile())
        return fail(QObject::tr("not a regular file"));
    if (info.size() > kMaxModelBytes)
        return fail(QObject::tr("too large for a music model (%1 bytes)").arg(info.size()));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QObject::tr("cannot open (%1)").arg(f.errorString()));
    const QByteArray bytes = f.read(kMaxModelBytes + 1);
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
