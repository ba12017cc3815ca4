#include "music/MusicTransformerConfig.h"

#include <QObject>

namespace atelier::models {

QString MusicTransformerConfig::validate() const
{
    if (kind != QLatin1String("melody") && kind != QLatin1String("performance"))
        return QObject::tr("unsupported kind \"%1\" (expected \"melody\" or \"performance\")").arg(kind);
    const struct { const char *name; int value, lo, hi; } sizes[] = {
        {"vocab", vocab, 2, 65536}, {"controls", controls, 0, 1024}, {"model", model, 1, 4096},
        {"heads", heads, 1, 64},    {"layers", layers, 1, 32},       {"feed_forward", feedForward, 1, 16384},
        {"window", window, 1, 16384}};
    for (const auto &s : sizes)
        if (s.value < s.lo || s.value > s.hi)
            return QObject::tr("%1 %2 out of range (%3..%4)").arg(QLatin1String(s.name)).arg(s.value).arg(s.lo).arg(s.hi);
    if (model % heads != 0)
        return QObject::tr("model size %1 is not a multiple of the %2 heads").arg(model).arg(heads);
    if (!(dropout >= 0.0 && dropout < 1.0))
        return QObject::tr("dropout %1 out of range [0, 1)").arg(dropout);
    return {};
}

std::map<QString, QList<int>> MusicTransformerConfig::shapes() const
{
    std::map<QString, QList<int>> s;
    s["embedding.weight"] = {vocab, model};
    if (controls > 0) {
        s["control.weight"] = {model, controls};
        s["control.bias"] = {model};
    }
    for (int l = 0; l < layers; ++l) {
        const QString p = QStringLiteral("blocks.%1.").arg(l);
        s[p + "norm1.weight"] = {model};
        s[p + "norm1.bias"] = {model};
        s[p + "qkv.weight"] = {3 * model, model};
        s[p + "qkv.bias"] = {3 * model};
        s[p + "relative"] = {heads, window, headSize()};
        s[p + "out.weight"] = {model, model};
        s[p + "out.bias"] = {model};
        s[p + "norm2.weight"] = {model};
        s[p + "norm2.bias"] = {model};
        s[p + "ffn1.weight"] = {feedForward, model};
        s[p + "ffn1.bias"] = {feedForward};
        s[p + "ffn2.weight"] = {model, feedForward};
        s[p + "ffn2.bias"] = {model};
    }
    s["norm.weight"] = {model};
    s["norm.bias"] = {model};
    s["head.weight"] = {vocab, model};
    s["head.bias"] = {vocab};
    return s;
}

qint64 MusicTransformerConfig::parameterCount() const
{
    qint64 n = 0;
    for (const auto &[name, shape] : shapes()) {
        qint64 k = 1;
        for (int d : shape)
            k *= d;
        n += k;
    }
    return n;
}

QJsonObject MusicTransformerConfig::toJson() const
{
    return QJsonObject{{"kind", kind},   {"vocab", vocab},   {"controls", controls},         {"model", model},
                       {"heads", heads}, {"layers", layers}, {"feed_forward", feedForward}, {"window", window},
                       {"dropout", dropout}};
}

MusicTransformerConfig MusicTransformerConfig::fromJson(const QJsonObject &o)
{
    MusicTransformerConfig c;
    c.kind = o.value("kind").toString(c.kind);
    c.vocab = o.value("vocab").toInt(c.vocab);
    c.controls = o.value("controls").toInt(c.controls);
    c.model = o.value("model").toInt(c.model);
    c.heads = o.value("heads").toInt(c.heads);
    c.layers = o.value("layers").toInt(c.layers);
    c.feedForward = o.value("feed_forward").toInt(c.feedForward);
    c.window = o.value("window").toInt(c.window);
    c.dropout = o.value("dropout").toDouble(c.dropout);
    return c;
}

} // namespace atelier::models
