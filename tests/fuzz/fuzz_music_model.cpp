// libFuzzer harness: music model files (`*.music.json`): the format field
// picks the Transformer's reader or the LSTMs', as loadMusicModel does. A
// file it accepts validates, and an LSTM file writes and reads back.

#include "FuzzInput.h"
#include "music/MusicModelFile.h"
#include "music/MusicTransformerFile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString name = QStringLiteral("fuzz.music.json");
    QString error;
    const QString format = QJsonDocument::fromJson(bytes).object().value("format").toString();
    if (format == QLatin1String(models::MusicTransformerFile::kFormat)) {
        const auto file = models::MusicTransformerFile::parse(bytes, name, &error);
        if (file && !file->config.validate().isEmpty())
            fuzz::broken("accepted a Transformer with unusable sizes:", file->config.validate());
        return 0;
    }
    const auto file = models::MusicModelFile::parse(bytes, name, &error);
    if (!file)
        return 0;
    if (!file->validate().isEmpty())
        fuzz::broken("accepted an LSTM file that does not validate:", file->validate());
    const QByteArray written = file->serialize(&error);
    if (written.isEmpty())
        fuzz::broken("an LSTM file it read does not write:", error);
    if (!models::MusicModelFile::parse(written, name, &error))
        fuzz::broken("an LSTM file it wrote does not read:", error);
    return 0;
}
