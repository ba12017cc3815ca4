#include "music/HarmonyEvaluation.h"

#include "document/BarGrid.h"
#include "music/MusicContinuation.h"

#include <QHash>
#include <algorithm>

namespace atelier::core::HarmonyEvaluation {

int onBeatChordToneCounts(const Song &song, const QList<Note> &notes, int *onBeat)
{
    const BarGrid grid(song);
    int counted = 0, tones = 0;
    for (const Note &n : notes) {
        const Tick beat = std::max<Tick>(grid.beatLength(n.start), 1);
        bool isBeat = false;
        for (const BarGrid::Line &l : grid.lines(std::max<Tick>(0, n.start - beat), n.start + 1, true))
            isBeat |= l.tick == n.start;
        const ChordSymbol chord = song.chordAt(n.start);
        if (!isBeat || chord.isNoChord())
            continue;
        ++counted;
        tones += chord.pitchClasses().contains(((n.pitch % 12) + 12) % 12) ? 1 : 0;
    }
    *onBeat = counted;
    return tones;
}

double onBeatChordTones(const Song &song, const QList<Note> &notes)
{
    int onBeat = 0;
    const int tones = onBeatChordToneCounts(song, notes, &onBeat);
    return onBeat > 0 ? double(tones) / onBeat : 0.0;
}

HarmonizerScore scoreHarmonizer(const Harmonizer &harmonizer, const std::vector<const HarmonyTune *> &tunes,
                                std::vector<TuneHarmony> *details)
{
    HarmonizerScore score;
    int roots = 0, chords = 0, baseline = 0;
    for (const HarmonyTune *tune : tunes) {
        Song own = tune->song;
        own.chords = tune->chords;
        const Harmonizer::Result r = harmonizer.harmonize(tune->song, tune->melody, {}, tune->end);
        QHash<int, int> rootCounts;
        std::vector<std::pair<ChordSymbol, ChordSymbol>> bars;   // (the tune's, the harmonizer's)
        for (std::size_t i = 0; i < r.segments.size(); ++i) {
            if (r.segments[i].half != 0)
                continue;
            const ChordSymbol truth = own.chordAt(r.segments[i].from);
            if (truth.isNoChord())
                continue;
            bars.emplace_back(truth, r.chords[i]);
            ++rootCounts[truth.root];
        }
        if (bars.empty())
            continue;
        int common = -1, most = 0;
        for (auto it = rootCounts.cbegin(); it != rootCounts.cend(); ++it)
            if (it.value() > most || (it.value() == most && it.key() < common)) {
                most = it.value();
                common = it.key();
            }
        ++score.tunes;
        if (details) {
            TuneHarmony d;
            d.name = tune->name;
            for (const auto &[truth, guess] : bars) {
                d.own.append(truth.toString());
                d.proposed.append(guess.toString());
            }
            details->push_back(d);
        }
        for (const auto &[truth, guess] : bars) {
            ++score.bars;
            roots += truth.root == guess.root ? 1 : 0;
            chords += truth.root == guess.root && truth.quality == guess.quality ? 1 : 0;
            baseline += truth.root == common ? 1 : 0;
        }
    }
    if (score.bars > 0) {
        score.rootAgreement = double(roots) / score.bars;
        score.chordAgreement = double(chords) / score.bars;
        score.baselineRootAgreement = double(baseline) / score.bars;
    }
    return score;
}

ChordFollowing chordFollowing(const IMusicModel &model, const std::vector<const HarmonyTune *> &tunes,
                              const MusicSampleOptions &options, int contextBars, int bars,
                              const std::function<bool(int done, int total)> &progress)
{
    ChordFollowing out;
    int ownTones = 0, genTones = 0;
    int done = 0;
    for (const HarmonyTune *tune : tunes) {
        if (progress && !progress(done++, int(tunes.size())))
            break;
        Song song = tune->song;
        song.chords = tune->chords;
        const BarGrid grid(song);
        const Tick at = grid.barStart(contextBars + 1), until = grid.barStart(contextBars + bars + 1);
        if (at >= tune->end || song.chords.isEmpty())
            continue;
        ContinueRequest request;
        request.song = song;
        request.track = tune->melodyTrack;
        request.contextStart = 0;
        request.contextEnd = at;
        request.at = at;
        request.lengthTicks = until - at;
        request.variations = 1;
        request.options = options;
        QString error;
        const auto result = continueMusic(model, request, {}, &error);
        if (!result || result->variations.isEmpty())
            continue;
        QList<Note> own;
        for (const Note &n : tune->melody)
            if (n.start >= at && n.start < until)
                own.append(n);
        int ownOnBeat = 0, genOnBeat = 0;
        ownTones += onBeatChordToneCounts(song, own, &ownOnBeat);
        genTones += onBeatChordToneCounts(song, result->variations.first(), &genOnBeat);
        out.heldOutOnBeat += ownOnBeat;
        out.generatedOnBeat += genOnBeat;
        ++out.tunes;
    }
    out.heldOut = out.heldOutOnBeat > 0 ? double(ownTones) / out.heldOutOnBeat : 0.0;
    out.generated = out.generatedOnBeat > 0 ? double(genTones) / out.generatedOnBeat : 0.0;
    return out;
}

} // namespace atelier::core::HarmonyEvaluation
