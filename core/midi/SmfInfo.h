#pragma once
// Summary figures of an SmfFile, defined to match what python mido reports
// (the corpus tests compare against figures computed with mido 1.2.10):
// notes counts note-ons with velocity > 0; tempos and time signatures are
// listed in file order (tracks in order, events in order); the duration is
// the time of the latest event of any track, End of Track included, under the
// tempo map of all tempo events of all tracks (mido's MidiFile.length).

#include "midi/SmfFile.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace atelier::core {

struct SmfInfo {
    int format = 0;
    int tracks = 0;
    int ppq = 0;
    int notes = 0;
    QList<double> temposBpm;
    QStringList timeSignatures;  // "N/D"
    double durationSeconds = 0.0;

    static SmfInfo fromSmf(const SmfFile &file);
    // Seconds from the start at an absolute tick, under every tempo event of
    // the file (at equal ticks the later track / event wins).
    static double secondsAt(const SmfFile &file, SmfTick tick);

    // Keys: format, tracks, ppq, notes, tempos_bpm, time_signatures, duration_seconds.
    QJsonObject toJson() const;
};

} // namespace atelier::core
