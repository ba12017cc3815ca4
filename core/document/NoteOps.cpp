#include "document/NoteOps.h"
#include "document/GeneralMidi.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <limits>

namespace atelier::core::NoteOps {

const char *const kClipboardMimeType = "application/x-atelier-notes+json";

Tick snap(Tick tick, Tick grid)
{
    if (grid <= 0)
        return tick;
    const Tick down = snapDown(tick, grid);
    return (tick - down) * 2 >= grid ? down + grid : down;
}

Tick snapDown(Tick tick, Tick grid)
{
    if (grid <= 0)
        return tick;
    Tick q = tick / grid;
    if (tick < 0 && q * grid != tick)
        --q;
    return q * grid;
}

QList<Note> quantize(const QList<Note> &notes, Tick grid)
{
    QList<Note> out = notes;
    for (Note &n : out)
        n.start = std::max<Tick>(0, snap(n.start, grid));
    return out;
}

std::optional<QList<Note>> moved(const QList<Note> &notes, Tick dt, int semitones)
{
    QList<Note> out = notes;
    for (Note &n : out) {
        n.start += dt;
        n.pitch += semitones;
        if (n.start < 0 || n.pitch < 0 || n.pitch > 127)
            return std::nullopt;
    }
    return out;
}

QList<Note> resized(const QList<Note> &notes, Tick dLength, Tick minLength)
{
    QList<Note> out = notes;
    for (Note &n : out)
        n.length = std::max(std::max<Tick>(minLength, 1), n.length + dLength);
    return out;
}

Tick earliestStart(const QList<Note> &notes)
{
    Tick t = std::numeric_limits<Tick>::max();
    for (const Note &n : notes)
        t = std::min(t, n.start);
    return notes.isEmpty() ? 0 : t;
}

Tick latestEnd(const QList<Note> &notes)
{
    Tick t = 0;
    for (const Note &n : notes)
        t = std::max(t, n.end());
    return t;
}

QList<Note> duplicated(const QList<Note> &notes, Tick grid)
{
    if (notes.isEmpty())
        return {};
    const Tick first = earliestStart(notes);
    Tick span = latestEnd(notes) - first;
    if (grid > 0)
        span = ((span + grid - 1) / grid) * grid;
    return *moved(notes, span, 0);
}

QByteArray toClipboard(const QList<Note> &notes)
{
    const Tick origin = earliestStart(notes);
    QJsonArray arr;
    for (const Note &n : notes)
        arr.append(QJsonArray{n.pitch, qint64(n.start - origin), qint64(n.length), n.velocity});
    return QJsonDocument(QJsonObject{{"notes", arr}}).toJson(QJsonDocument::Compact);
}

QList<Note> fromClipboard(const QByteArray &bytes, Tick at)
{
    QList<Note> out;
    const QJsonArray arr = QJsonDocument::fromJson(bytes).object().value("notes").toArray();
    for (const QJsonValue &v : arr) {
        const QJsonArray a = v.toArray();
        if (a.size() != 4)
            continue;
        Note n{a[0].toInt(), at + Tick(a[1].toInteger()), Tick(a[2].toInteger()), a[3].toInt()};
        if (n.pitch >= 0 && n.pitch <= 127 && n.start >= 0 && n.length > 0 && n.velocity >= 1
            && n.velocity <= 127)
            out.append(n);
    }
    return out;
}

const QList<Scale> &scales()
{
    static const QList<Scale> kScales = {
        {QT_TRANSLATE_NOOP("Scales", "Chromatic"), {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}},
        {QT_TRANSLATE_NOOP("Scales", "Major"), {0, 2, 4, 5, 7, 9, 11, -1}},
        {QT_TRANSLATE_NOOP("Scales", "Natural minor"), {0, 2, 3, 5, 7, 8, 10, -1}},
        {QT_TRANSLATE_NOOP("Scales", "Harmonic minor"), {0, 2, 3, 5, 7, 8, 11, -1}},
        {QT_TRANSLATE_NOOP("Scales", "Dorian"), {0, 2, 3, 5, 7, 9, 10, -1}},
        {QT_TRANSLATE_NOOP("Scales", "Mixolydian"), {0, 2, 4, 5, 7, 9, 10, -1}},
        {QT_TRANSLATE_NOOP("Scales", "Major pentatonic"), {0, 2, 4, 7, 9, -1}},
        {QT_TRANSLATE_NOOP("Scales", "Minor pentatonic"), {0, 3, 5, 7, 10, -1}},
        {QT_TRANSLATE_NOOP("Scales", "Blues"), {0, 3, 5, 6, 7, 10, -1}},
    };
    return kScales;
}

bool inScale(int pitch, int root, int scaleIndex)
{
    const auto &all = scales();
    if (scaleIndex < 0 || scaleIndex >= all.size())
        return true;
    const int pc = (((pitch - root) % 12) + 12) % 12;
    for (int s : all[scaleIndex].steps) {
        if (s < 0)
            break;
        if (s == pc)
            return true;
    }
    return false;
}

QString scaleDisplayName(int scaleIndex)
{
    const auto &all = scales();
    if (scaleIndex < 0 || scaleIndex >= all.size())
        return {};
    return QCoreApplication::translate("Scales", all[scaleIndex].name);
}

QString keyDisplayName(const SongKey &key)
{
    if (!key.isSet() || key.scale >= scales().size())
        return {};
    return GeneralMidi::pitchName(key.tonic + 60).chopped(1) + QLatin1Char(' ') + scaleDisplayName(key.scale);
}

} // namespace atelier::core::NoteOps
