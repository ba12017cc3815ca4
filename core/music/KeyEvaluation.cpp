#include "music/KeyEvaluation.h"

#include "midi/SmfReader.h"
#include "midi/SongConverter.h"

#include <QDir>
#include <QRegularExpression>

namespace atelier::core::KeyEvaluation {

namespace {

QList<Note> pitchedNotes(const Song &song)
{
    QList<Note> notes;
    for (const Track &t : song.tracks)
        if (t.channel != kDrumChannel)
            notes += t.notes;
    return notes;
}

QString described(const QString &file, const KeyScale &got, const KeyScale &want)
{
    return QStringLiteral("%1: %2, expected %3").arg(file, got.toString(), want.toString());
}

} // namespace

std::optional<KeyScale> bwvKey(int bwv)
{
    if (bwv < 846 || bwv > 893)
        return std::nullopt;
    const int i = (bwv - 846) % 24;
    return KeyScale{i / 2, i % 2 == 1};
}

Result wellTemperedClavier(const QString &dir, KeyFinder::Profile profile)
{
    static const QRegularExpression bwvName(QStringLiteral("bwv_?(\\d{3})"), QRegularExpression::CaseInsensitiveOption);
    Result r;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.mid"), QStringLiteral("*.midi")}, QDir::Files,
                                                   QDir::Name)) {
        const auto m = bwvName.match(name);
        const auto truth = m.hasMatch() ? bwvKey(m.captured(1).toInt()) : std::nullopt;
        if (!truth)
            continue;
        ++r.files;
        SmfError error;
        const auto smf = SmfReader::readFile(QDir(dir).filePath(name), &error);
        if (!smf) {
            r.wrong.append(QStringLiteral("%1: %2").arg(name, error.message()));
            continue;
        }
        const KeyScale got = KeyFinder::estimate(pitchedNotes(SongConverter::fromSmf(*smf)), profile).key;
        r.tonicCorrect += got.tonic == truth->tonic ? 1 : 0;
        if (got == *truth)
            ++r.correct;
        else
            r.wrong.append(described(name, got, *truth));
    }
    return r;
}

Result nottingham(const QString &dir, KeyFinder::Profile profile)
{
    Result r;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.mid")}, QDir::Files, QDir::Name)) {
        SmfError error;
        const auto smf = SmfReader::readFile(QDir(dir).filePath(name), &error);
        if (!smf)
            continue;
        std::optional<std::pair<int, bool>> signature;
        for (const SmfTrack &t : smf->tracks)
            for (const SmfEvent &e : t.events)
                if (!signature)
                    signature = e.keySignatureValue();
        const QList<Note> notes = pitchedNotes(SongConverter::fromSmf(*smf));
        if (!signature || notes.isEmpty())
            continue;
        ++r.files;
        const KeyScale want = KeyScale::fromKeySignature(signature->first, signature->second);
        const KeyScale got = KeyFinder::estimate(notes, profile).key;
        auto parentMajor = [](const KeyScale &k) { return k.minor ? (k.tonic + 3) % 12 : k.tonic; };
        r.sameSignature += parentMajor(got) == parentMajor(want) ? 1 : 0;
        if (got == want)
            ++r.correct;
        else
            r.wrong.append(described(name, got, want));
    }
    return r;
}

} // namespace atelier::core::KeyEvaluation
