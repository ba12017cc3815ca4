#include "music/MusicContinuation.h"

#include "document/BarGrid.h"
#include "document/TempoMap.h"
#include "music/ContinuationPlan.h"
#include "music/MusicEvaluation.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {


std::optional<ContinueResult> continueMusic(const IMusicModel &model, const ContinueRequest &request,
                                            const MusicProgress &progress, QString *error)
{
    const auto plan = ContinuationPlan::make(model, request, error);
    if (!plan)
        return std::nullopt;
    const auto rows = generate(model, plan->primer, plan->count, plan->length, plan->options, progress);
    if (!rows) {
        if (error)
            *error = model.name() + QStringLiteral(": cancelled");
        return std::nullopt;
    }
    ContinueResult result;
    result.key = plan->key;
    for (const std::vector<int> &row : *rows)
        result.variations.append(plan->decode(row));
    return result;
}

std::optional<QList<Note>> regenerateRange(const IMusicModel &model, const Song &song, int track, Tick rangeStart,
                                           Tick rangeEnd, int candidates, const MusicSampleOptions &options,
                                           const MusicProgress &progress, QString *error)
{
    const BarGrid grid(song);
    ContinueRequest request;
    request.song = song;
    request.track = track;
    request.contextStart = std::max<Tick>(0, rangeStart - 8 * grid.barLength(rangeStart));
    request.contextEnd = rangeStart;
    request.at = rangeStart;
    request.lengthTicks = rangeEnd - rangeStart;
    request.variations = std::clamp(candidates, 1, 8);
    request.options = options;
    if (rangeEnd <= rangeStart) {
        if (ContinuationPlan::checkModel(model, error) && error)
            *error = model.name() + QStringLiteral(": the range to regenerate is empty");
        return std::nullopt;
    }
    const auto plan = ContinuationPlan::make(model, request, error);
    if (!plan)
        return std::nullopt;
    const auto generated = generate(model, plan->primer, plan->count, plan->length, plan->options, progress);
    if (!generated) {
        if (error)
            *error = model.name() + QStringLiteral(": cancelled");
        return std::nullopt;
    }
    QList<QList<Note>> variations;
    for (const std::vector<int> &row : *generated)
        variations.append(plan->decode(row));
    if (variations.size() <= 1)
        return variations.value(0);

    // Rescore: how well does the model predict what follows the range, after each candidate?
    const Tick afterEnd = rangeEnd + 2 * grid.barLength(rangeEnd);
    const bool melody = model.kind() == MusicModelKind::Melody;
    const std::vector<float> controls =
        melody ? std::vector<float>{} : musicControls(model, plan->primer, options.densityBin);
    const TempoMap tempo(song);
    constexpr int kAfterEvents = 256;

    std::vector<MusicWindow> rows;
    std::vector<int> firsts;
    bool anythingAfter = false;
    for (const QList<Note> &candidate : variations) {
        Song edited = song;
        QList<Note> &notes = edited.tracks[track].notes;
        notes.removeIf([&](const Note &n) { return n.start >= rangeStart && n.start < rangeEnd; });
        notes += candidate;
        std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
            return a.start != b.start ? a.start < b.start : a.pitch < b.pitch;
        });
        MusicWindow w;
        qsizetype split = 0;
        if (melody) {
            const qint64 total = MelodyEncoding::nearestStep(song.ppq, plan->primerFrom, afterEnd);
            split = qsizetype(MelodyEncoding::nearestStep(song.ppq, plan->primerFrom, rangeEnd));
            w.tokens = MelodyEncoding::encode(notesIn(edited, track, plan->primerFrom, afterEnd), song.ppq, plan->primerFrom,
                                              int(std::min<qint64>(total, split + kAfterEvents)), plan->transpose);
            if (ChordConditioning::readsChords(model))   // a chord-conditioned model reads the lane
                w.controls = ChordConditioning::controlRows(
                    ChordConditioning::stepChords(song.chords, song.ppq, plan->primerFrom, int(w.tokens.size())));
        } else {
            w.tokens = PerformanceEncoding::encodeSplit(
                songNotesToTimed(edited, track, request.contextStart, afterEnd, true),
                tempo.tickToSeconds(rangeEnd) - tempo.tickToSeconds(request.contextStart), &split);
            if (w.tokens.size() > std::size_t(split) + kAfterEvents)
                w.tokens.resize(std::size_t(split) + kAfterEvents);
            w.controls = controls;
        }
        split = std::min<qsizetype>(split, qsizetype(w.tokens.size()));
        if (split == 0) {
            w.tokens.insert(w.tokens.begin(), neutralStartToken(model.kind()));
            split = 1;
        }
        anythingAfter = anythingAfter || qsizetype(w.tokens.size()) > split;
        rows.push_back(std::move(w));
        firsts.push_back(int(split));
    }
    if (!anythingAfter)
        return variations.first();
    const auto scores = sequenceLogLikelihoods(model, rows, firsts, 8);
    if (!scores) {
        if (error)
            *error = model.name() + QStringLiteral(": cancelled");
        return std::nullopt;
    }
    const auto best = std::max_element(scores->begin(), scores->end()) - scores->begin();
    return variations[best];
}

} // namespace atelier::core
