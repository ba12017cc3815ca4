#include "music/HarmonyCorpus.h"

#include "midi/SmfReader.h"
#include "midi/SongConverter.h"
#include "music/ChordRecognizer.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace atelier::core {

bool HarmonyCorpus::melodyAndChords(const Song &song, int *melodyTrack, QList<ChordChange> *chords)
{
    QList<int> voiced;
    for (int t = 0; t < song.tracks.size() && voiced.size() < 2; ++t)
        if (song.tracks[t].channel != kDrumChannel && !song.tracks[t].notes.isEmpty())
            voiced.append(t);
    if (voiced.size() < 2)
        return false;
    *melodyTrack = voiced[0];
    *chords = ChordRecognizer::fromTrack(song, voiced[1]);
    return true;
}

std::optional<HarmonyCorpus> HarmonyCorpus::load(const QString &dirPath, QString *error, int maxFiles)
{
    const QDir dir(dirPath);
    if (!dir.exists()) {
        if (error)
            *error = dirPath + QStringLiteral(": folder not found");
        return std::nullopt;
    }
    QStringList files = dir.entryList({QStringLiteral("*.mid"), QStringLiteral("*.midi")}, QDir::Files, QDir::Name);
    if (maxFiles > 0 && files.size() > maxFiles)
        files = files.mid(0, maxFiles);
    HarmonyCorpus corpus;
    for (const QString &name : files) {
        SmfError smfError;
        const auto smf = SmfReader::readFile(dir.filePath(name), &smfError);
        if (!smf) {
            corpus.m_skipped.append(smfError.message());
            continue;
        }
        HarmonyTune tune;
        tune.song = SongConverter::fromSmf(*smf);
        if (!melodyAndChords(tune.song, &tune.melodyTrack, &tune.chords)) {
            corpus.m_skipped.append(name + QStringLiteral(": no chord track"));
            continue;
        }
        tune.name = QFileInfo(name).completeBaseName();
        tune.split = MelodyCorpus::splitOf(tune.name);
        tune.melody = tune.song.tracks[tune.melodyTrack].notes;
        for (const Note &n : tune.melody)
            tune.end = std::max(tune.end, n.end());
        corpus.m_tunes.push_back(std::move(tune));
    }
    if (corpus.m_tunes.empty()) {
        if (error)
            *error = dirPath + (corpus.m_skipped.isEmpty() ? QStringLiteral(": no MIDI files")
                                                           : QStringLiteral(": no tunes with chords (") +
                                                                 corpus.m_skipped.first() + QLatin1Char(')'));
        return std::nullopt;
    }
    return corpus;
}

std::vector<const HarmonyTune *> HarmonyCorpus::tunes(MusicSplit split) const
{
    std::vector<const HarmonyTune *> out;
    for (const HarmonyTune &t : m_tunes)
        if (t.split == split)
            out.push_back(&t);
    return out;
}

} // namespace atelier::core
