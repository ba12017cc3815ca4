#pragma once
// Tunes with their chords, for the harmonizer and the chord-following
// measures: a folder of MIDI files with a melody track and a chord
// accompaniment track (shared/data/midi/nottingham/melody_chords). The
// melody is the first track with notes (drums aside), the chords are
// recognized from the next one (ChordRecognizer::fromTrack: one per bar or
// half bar). Split by tune as MelodyCorpus splits (FNV-1a of the base name),
// so a tune is held out for every model alike. Files that cannot be read or
// have no second track are skipped and listed.

#include "document/Song.h"
#include "music/MusicCorpus.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace atelier::core {

struct HarmonyTune {
    QString name;                 // base name, e.g. "hpps17"
    MusicSplit split = MusicSplit::Train;
    Song song;                    // the whole file
    int melodyTrack = 0;
    QList<Note> melody;           // the melody track's notes
    QList<ChordChange> chords;    // recognized from the accompaniment
    Tick end = 0;                 // the melody's last note end
};

class HarmonyCorpus {
public:
    // nullopt and *error ("<dir>: problem") when nothing can be loaded.
    static std::optional<HarmonyCorpus> load(const QString &dir, QString *error, int maxFiles = 0);
    // The melody and chord tracks of a song (first two tracks with notes,
    // drums aside); false when it has fewer than two.
    static bool melodyAndChords(const Song &song, int *melodyTrack, QList<ChordChange> *chords);

    std::vector<const HarmonyTune *> tunes(MusicSplit split) const;
    const std::vector<HarmonyTune> &all() const { return m_tunes; }
    QStringList skippedFiles() const { return m_skipped; }

private:
    std::vector<HarmonyTune> m_tunes;
    QStringList m_skipped;
};

} // namespace atelier::core
