// Music LSTM sizes; see MusicLstmConfig.h.

#include "music/MusicLstmConfig.h"

#include <QObject>

namespace atelier::models {

QString MusicLstmConfig::validate() const
{
    if (kind != QLatin1String("melody") && kind != QLatin1String("performance"))
        return QObject::tr("unsupported kind \"%1\" (expected \"melody\" or \"performance\")").arg(kind);
    if (vocab < 2 || vocab > 65536)
        return QObject::tr("vocab %1 out of range (2..65536)").arg(vocab);
    if (controls < 0 || controls > 1024)
        return QObject::tr("controls %1 out of range (0..1024)").arg(controls);
    if (embedding < 1 || embedding > 4096)
        return QObject::tr("embedding %1 out of range (1..4096)").arg(embedding);
    if (hidden < 1 || hidden > 4096)
        return QObject::tr("hidden %1 out of range (1..4096)").arg(hidden);
    if (layers < 1 || layers > 8)
        return QObject::tr("layers %1 out of range (1..8)").arg(layers);
    if (!(dropout >= 0.0 && dropout < 1.0))
        return QObject::tr("dropout %1 out of range [0, 1)").arg(dropout);
    return {};
}

bool MusicLstmConfig::sameShapes(const MusicLstmConfig &o) const
{
    return kind == o.kind && vocab == o.vocab && controls == o.controls && embedding == o.embedding &&
           hidden == o.hidden && layers == o.layers;
}

qint64 MusicLstmConfig::parameterCount() const
{
    qint64 n = qint64(vocab) * embedding + qint64(vocab) * hidden + vocab;
    for (int l = 0; l < layers; ++l)
        n += 4LL * hidden * (inputSize(l) + hidden + 2);
    return n;
}

QJsonObject MusicLstmConfig::toJson() const
{
    return QJsonObject{{"kind", kind},           {"vocab", vocab},   {"controls", controls},
                       {"embedding", embedding}, {"hidden", hidden}, {"layers", layers},
                       {"dropout", dropout}};
}

MusicLstmConfig MusicLstmConfig::fromJson(const QJsonObject &o)
{
    MusicLstmConfig c;
    c.kind = o.value("kind").toString(c.kind);
    c.vocab = o.value("vocab").toInt(c.vocab);
    c.controls = o.value("controls").toInt(c.controls);
    c.embedding = o.value("embedding").toInt(c.embedding);
    c.hidden = o.value("hidden").toInt(c.hidden);
    c.layers = o.value("layers").toInt(c.layers);
    c.dropout = o.value("dropout").toDouble(c.dropout);
    return c;
}

MusicLstmConfig MusicLstmConfig::melodyDefault()
{
    MusicLstmConfig c;
    c.kind = "melody";
    c.vocab = 38;
    c.controls = 0;
    c.embedding = 32;
    c.hidden = 256;
    c.layers = 2;
    return c;
}

MusicLstmConfig MusicLstmConfig::performanceDefault()
{
    MusicLstmConfig c;
    c.kind = "performance";
    c.vocab = 388;
    c.controls = 8;
    c.embedding = 64;
    c.hidden = 512;
    c.layers = 2;
    return c;
}

} // namespace atelier::models
