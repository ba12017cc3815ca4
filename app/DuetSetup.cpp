#include "DuetSetup.h"

#include <QJsonArray>
#include <QObject>

namespace atelier::app {

bool readDuetSettings(Args &args, core::DuetSettings *s, QString *error)
{
    double silenceMs = s->silence_s * 1000, maxPhrase = s->maxPhrase_s, temperature = s->temperature;
    double bars = s->replyBars, tempo = s->tempo_bpm, seed = double(s->seed);
    const std::pair<const char *, double *> numbers[] = {{"--silence-ms", &silenceMs}, {"--max-phrase-s", &maxPhrase},
                                                         {"--temperature", &temperature}, {"--bars", &bars},
                                                         {"--tempo", &tempo}, {"--seed", &seed}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, error))
            return false;
    if (silenceMs < 10 || silenceMs > 10000) {
        *error = QObject::tr("--silence-ms must be between 10 and 10000");
        return false;
    }
    if (maxPhrase < 0.5 || maxPhrase > 60) {
        *error = QObject::tr("--max-phrase-s must be between 0.5 and 60");
        return false;
    }
    if (temperature < 0 || temperature > 5) {
        *error = QObject::tr("--temperature must be between 0 and 5");
        return false;
    }
    if (bars < 0 || bars > 64 || tempo < 20 || tempo > 400 || seed < 0) {
        *error = QObject::tr("--bars must be 0..64, --tempo 20..400 and --seed positive");
        return false;
    }
    s->silence_s = silenceMs / 1000.0;
    s->maxPhrase_s = maxPhrase;
    s->temperature = temperature;
    s->replyBars = int(bars);
    s->tempo_bpm = tempo;
    s->seed = std::uint64_t(seed);
    const QString key = args.option("--key").value_or(QStringLiteral("auto"));
    if (key == QLatin1String("auto")) {
        s->keyMode = core::DuetSettings::KeyMode::Auto;
    } else if (key == QLatin1String("any")) {
        s->keyMode = core::DuetSettings::KeyMode::Any;
    } else if (const auto k = core::KeyScale::parse(key)) {
        s->keyMode = core::DuetSettings::KeyMode::Fixed;
        s->fixedKey = *k;
    } else {
        *error = QObject::tr("--key takes auto, any or a key such as C:major or G:minor, not \"%1\"").arg(key);
        return false;
    }
    return true;
}

QJsonObject replyJson(const core::DuetReply &reply, core::Frame origin, double rate)
{
    QJsonArray notes;
    for (const core::DuetNote &n : reply.notes)
        notes.append(QJsonObject{{"t_s", double(n.start - origin) / rate},
                                 {"pitch", n.pitch},
                                 {"velocity", n.velocity},
                                 {"duration_s", n.end >= n.start ? double(n.end - n.start) / rate : 0.0}});
    return {{"phrase_end_s", double(reply.phraseEnd - origin) / rate},
            {"reply_start_s", double(reply.start - origin) / rate},
            {"reaction_ms", double(reply.start - reply.phraseEnd) / rate * 1000.0},
            {"notes", notes},
            {"key", reply.key ? QJsonValue(reply.key->toString()) : QJsonValue()},
            {"interrupted", reply.interrupted}};
}

} // namespace atelier::app
