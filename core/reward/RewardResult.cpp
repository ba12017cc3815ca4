#include "reward/RewardResult.h"

#include <QObject>

namespace atelier::core {

QString RewardResult::message(const QString &script) const
{
    const QString at = line > 0 ? QStringLiteral("%1:%2").arg(script).arg(line) : script;
    switch (error) {
    case Error::None:
        return {};
    case Error::Load:
    case Error::Thrown:
        return QStringLiteral("%1: %2").arg(at, detail);
    case Error::NotANumber:
        return QObject::tr("%1: score() returned %2, not a finite number").arg(at, detail);
    case Error::TimeLimit:
        return QObject::tr("%1: score() ran past its time limit of %2 ms").arg(at).arg(limit_ms);
    case Error::Crashed:
        return QObject::tr("%1: the script's helper process ended (%2); it may have used more than its memory "
                           "or CPU-time limit").arg(at, detail);
    }
    return {};
}

QJsonObject RewardResult::toJson() const
{
    if (!ok())
        return QJsonObject{{"error", detail.isEmpty() ? kindName(error) : detail},
                           {"kind", kindName(error)},
                           {"line", line},
                           {"limit_ms", limit_ms}};
    QJsonObject p;
    for (auto it = parts.begin(); it != parts.end(); ++it)
        p.insert(it.key(), it.value());
    return QJsonObject{{"reward", reward}, {"parts", p}};
}

RewardResult RewardResult::fromJson(const QJsonObject &o)
{
    if (o.contains("error")) {
        RewardResult r = failure(kindFromName(o.value("kind").toString()), o.value("error").toString(),
                                 o.value("line").toInt());
        r.limit_ms = o.value("limit_ms").toInt();
        return r;
    }
    RewardResult r;
    r.reward = o.value("reward").toDouble();
    const QJsonObject p = o.value("parts").toObject();
    for (auto it = p.begin(); it != p.end(); ++it)
        r.parts.insert(it.key(), it.value().toDouble());
    return r;
}

QString RewardResult::kindName(Error e)
{
    switch (e) {
    case Error::None: return QStringLiteral("none");
    case Error::Load: return QStringLiteral("load");
    case Error::Thrown: return QStringLiteral("thrown");
    case Error::NotANumber: return QStringLiteral("nan");
    case Error::TimeLimit: return QStringLiteral("time");
    case Error::Crashed: return QStringLiteral("crashed");
    }
    return {};
}

RewardResult::Error RewardResult::kindFromName(const QString &name)
{
    for (Error e : {Error::None, Error::Load, Error::Thrown, Error::NotANumber, Error::TimeLimit, Error::Crashed})
        if (kindName(e) == name)
            return e;
    return Error::Thrown;
}

} // namespace atelier::core
