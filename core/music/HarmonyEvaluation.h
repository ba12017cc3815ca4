#pragma once
// How well music follows chords, as numbers a user can check.
//
// onBeatChordTones(): of the notes that start on a beat (BarGrid beat
// lines), the share whose pitch class is a tone of the chord sounding there
// (notes under N.C. are not counted). 0 when no note counts;
// onBeatChordToneCounts() gives the counts.
//
// scoreHarmonizer(): the harmonizer's chords against each tune's own chord
// track, bar by bar (the chord sounding at each bar line the melody
// reaches, bars under N.C. in the tune left out): how often the root agrees,
// how often the whole chord (root and quality, slash basses aside) agrees;
// and a baseline that puts the tune's most frequent root (over those bars)
// on every bar, which knows the answer's commonest root in advance.
//
// chordFollowing(): for each tune, the melody model continues the first
// `contextBars` bars for `bars` bars over the tune's own chords (one
// variation, the given options), and the on-beat chord-tone share of the
// generated notes is set beside the tune's own notes over the same bars.

#include "music/HarmonyCorpus.h"
#include "music/Harmonizer.h"
#include "music/IMusicModel.h"
#include "music/MusicGenerator.h"

#include <functional>
#include <vector>

namespace atelier::core::HarmonyEvaluation {

double onBeatChordTones(const Song &song, const QList<Note> &notes);
// The chord tones among the on-beat notes; *onBeat: the on-beat notes counted.
int onBeatChordToneCounts(const Song &song, const QList<Note> &notes, int *onBeat);

struct HarmonizerScore {
    int tunes = 0;
    int bars = 0;
    double rootAgreement = 0;       // 0..1
    double chordAgreement = 0;      // 0..1
    double baselineRootAgreement = 0;
};
struct TuneHarmony {
    QString name;
    QStringList own, proposed;   // the chord at each bar line, the tune's and the harmonizer's
};
// details: when given, each scored tune's bars.
HarmonizerScore scoreHarmonizer(const Harmonizer &harmonizer, const std::vector<const HarmonyTune *> &tunes,
                                std::vector<TuneHarmony> *details = nullptr);

struct ChordFollowing {
    int tunes = 0;
    int heldOutOnBeat = 0, generatedOnBeat = 0;   // on-beat notes counted
    double heldOut = 0;     // the tunes' own share over the continued bars
    double generated = 0;   // the continuations' share
};
ChordFollowing chordFollowing(const IMusicModel &model, const std::vector<const HarmonyTune *> &tunes,
                              const MusicSampleOptions &options, int contextBars = 8, int bars = 8,
                              const std::function<bool(int done, int total)> &progress = {});

} // namespace atelier::core::HarmonyEvaluation
