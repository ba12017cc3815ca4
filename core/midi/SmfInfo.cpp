#include "midi/SmfInfo.h"

#include <QJsonArray>
#include <algorithm>
#include <utility>

namespace atelier::core {

namespace {
constexpr int kDefaultTempo_us = 500000;  // 120 bpm, the SMF default
}

double SmfInfo::secondsAt(const SmfFile &file, SmfTick tick)
{
    QList<std::pair<SmfTick, int>> tempos;  // (tick, microseconds per quarter)
    for (const SmfTrack &t : file.tracks)
        for (const SmfEvent &e : t.events)
            if (const auto us = e.tempoMicroseconds())
                tempos.append({e.tick, *us});
    std::stable_sort(tempos.begin(), tempos.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    const double ppq = std::max(file.ppq, 1);
    double seconds = 0.0;
    SmfTick at = 0;
    int us = kDefaultTempo_us;
    for (const auto &[changeTick, changeUs] : tempos) {
        if (changeTick >= tick)
            break;
        seconds += double(changeTick - at) * us / (1e6 * ppq);
        at = changeTick;
        us = changeUs;
    }
    return seconds + double(tick - at) * us / (1e6 * ppq);
}

SmfInfo SmfInfo::fromSmf(const SmfFile &file)
{
    SmfInfo info;
    info.format = file.format;
    info.tracks = int(file.tracks.size());
    info.ppq = file.ppq;
    SmfTick end = 0;
    for (const SmfTrack &t : file.tracks) {
        for (const SmfEvent &e : t.events) {
            end = std::max(end, e.tick);
            if (e.isNoteOn())
                ++info.notes;
            else if (const auto bpm = e.tempoBpm())
                info.temposBpm.append(*bpm);
            else if (const auto sig = e.timeSignatureValue())
                info.timeSignatures.append(QStringLiteral("%1/%2").arg(sig->first).arg(sig->second));
        }
    }
    info.durationSeconds = secondsAt(file, end);
    return info;
}

QJsonObject SmfInfo::toJson() const
{
    QJsonArray tempos;
    for (double bpm : temposBpm)
        tempos.append(bpm);
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("tracks"), tracks},
        {QStringLiteral("ppq"), ppq},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("tempos_bpm"), tempos},
        {QStringLiteral("time_signatures"), QJsonArray::fromStringList(timeSignatures)},
        {QStringLiteral("duration_seconds"), durationSeconds},
    };
}

} // namespace atelier::core
