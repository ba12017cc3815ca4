#include "music/MusicContinuation.h"

#include "document/BarGrid.h"
#include "document/TempoMap.h"
#include "music/KeyFinder.h"
#include "music/MusicEvaluation.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

namespace {

void fail(QString *error, const IMusicModel &model, const QString &problem)
{
    if (error)
        *error = model.name() + QStringLiteral(": ") + problem;
}

// Checks the model against the encoding of its kind.
bool checkModel(const IMusicModel &model, QString *error)
{
    const bool melody = model.kind() == MusicModelKind::Melody;
    const int expected = melody ? MelodyEncoding::kVocab : PerformanceEncoding::kVocab;
    if (model.vocabSize() != expected) {
        fail(error, model, QStringLiteral("vocabulary %1 does not match the %2 encoding (%3)")
                               .arg(model.vocabSize())
                               .arg(melody ? QStringLiteral("melody") : QStringLiteral("performance"))
                               .arg(expected));
        return false;
    }
    return true;
}

// Notes of the track starting in [from, to); none when to <= from.
QList<Note> notesIn(const Song &song, int track, Tick from, Tick to)
{
    QList<Note> out;
    if (track < 0 || track >= song.tracks.size() || to <= from)
        return out;
    for (const Note &n : song.tracks[track].notes)
        if (n.start >= from && n.start < to)
            out.append(n);
    return out;
}

struct MelodyPrimer {
    Tick from = 0;
    int transpose = 0;
    int velocity = 90;
    QList<Note> notes;
    std::vector<int> labels;
};

MelodyPrimer melodyPrimer(const Song &song, int track, Tick contextStart, Tick contextEnd, Tick at)
{
    MelodyPrimer p;
    p.from = contextStart;
    qint64 steps = std::max<qint64>(MelodyEncoding::nearestStep(song.ppq, contextStart, at), 0);
    if (steps > kMaxPrimerSteps) {
        p.from = MelodyEncoding::stepTick(song.ppq, contextStart, steps - kMaxPrimerSteps);
        steps = kMaxPrimerSteps;
    }
    p.notes = notesIn(song, track, p.from, std::min(contextEnd, at));
    p.transpose = MelodyEncoding::transposeIntoRange(p.notes);
    p.labels = MelodyEncoding::encode(p.notes, song.ppq, p.from, int(steps), p.transpose);
    if (!p.notes.isEmpty()) {
        double sum = 0;
        for (const Note &n : p.notes)
            sum += n.velocity;
        p.velocity = std::clamp(int(std::lround(sum / double(p.notes.size()))), 1, 127);
    }
    return p;
}

struct PerformancePrimer {
    std::vector<int> tokens;   // ends exactly at `at` (when not empty)
};

PerformancePrimer performancePrimer(const Song &song, int track, Tick contextStart, Tick contextEnd, Tick at)
{
    PerformancePrimer p;
    const Tick to = std::min(contextEnd, at);
    if (to <= contextStart)
        return p;
    QList<TimedNote> notes = songNotesToTimed(song, track, contextStart, to, true);
    if (notes.isEmpty())
        return p;
    const TempoMap tempo(song);
    double until = tempo.tickToSeconds(at) - tempo.tickToSeconds(contextStart);
    p.tokens = PerformanceEncoding::encode(notes, until);
    // Too long: keep the notes of about the last kMaxPrimerEvents events.
    for (int round = 0; round < 8 && p.tokens.size() > std::size_t(kMaxPrimerEvents); ++round) {
        qint64 clock = 0;
        for (std::size_t i = 0; i < p.tokens.size() - std::size_t(kMaxPrimerEvents); ++i)
            clock += PerformanceEncoding::shiftStepsOf(p.tokens[i]);
        const double cut = double(clock) * PerformanceEncoding::kStepSeconds;
        QList<TimedNote> kept;
        for (TimedNote n : notes)
            if (n.start >= cut) {
                n.start -= cut;
                n.end -= cut;
                kept.append(n);
            }
        notes = kept;
        until -= cut;
        p.tokens = notes.isEmpty() ? std::vector<int>{} : PerformanceEncoding::encode(notes, until);
    }
    return p;
}

// Drops notes outside [at, end) and clips their ends to `end`.
QList<Note> clipped(const QList<Note> &notes, Tick at, Tick end)
{
    QList<Note> out;
    for (Note n : notes) {
        if (n.start < at || n.start >= end)
            continue;
        n.length = std::max<Tick>(std::min(n.end(), end) - n.start, 1);
        out.append(n);
    }
    return out;
}

} // namespace

std::optional<ContinueResult> continueMusic(const IMusicModel &model, const ContinueRequest &request,
                                            const MusicProgress &progress, QString *error)
{
    if (!checkModel(model, error))
        return std::nullopt;
    const Song &song = request.song;
    if (request.track < 0 || request.track >= song.tracks.size()) {
        fail(error, model, QStringLiteral("track %1 does not exist (the song has %2)")
                               .arg(request.track + 1).arg(song.tracks.size()));
        return std::nullopt;
    }
    if (request.lengthTicks <= 0) {
        fail(error, model, QStringLiteral("the continuation length is empty"));
        return std::nullopt;
    }
    if (request.at < request.contextStart || request.at < 0) {
        fail(error, model, QStringLiteral("the continuation starts before its context"));
        return std::nullopt;
    }
    const int count = std::clamp(request.variations, 1, 8);
    const Tick end = request.at + request.lengthTicks;
    MusicSampleOptions options = request.options;
    ContinueResult result;
    // The key of the whole part before the continuation (a context of a few
    // bars, a cadence with a Picardy third, says too little).
    const KeyScale partKey = KeyFinder::estimate(request.song, request.track, 0, request.at).key;
    if (options.keyBias != 0 && !options.biasKey)
        options.biasKey = options.key.value_or(partKey);
    result.key = options.key ? *options.key : options.biasKey ? *options.biasKey : partKey;
    // The chord lane, when it is to be followed (pulled toward, or read by a
    // chord-conditioned model): the chord of each step.
    const bool chordModel = ChordConditioning::readsChords(model);
    const bool followChords = (options.chordBias != 0 || chordModel) && options.chords.empty() && !song.chords.isEmpty();

    if (model.kind() == MusicModelKind::Melody) {
        const MelodyPrimer primer =
            melodyPrimer(song, request.track, request.contextStart, request.contextEnd, request.at);
        options.melodyTranspose = primer.transpose;
        MusicLength length;
        length.steps = int(std::clamp<qint64>(MelodyEncoding::nearestStep(song.ppq, request.at, end), 1, 1 << 20));
        if (followChords) {
            options.chords = ChordConditioning::stepChords(song.chords, song.ppq, request.at, length.steps);
            options.primerChords =
                ChordConditioning::stepChords(song.chords, song.ppq, primer.from, int(primer.labels.size()));
        }
        const auto rows = generate(model, primer.labels, count, length, options, progress);
        if (!rows) {
            fail(error, model, QStringLiteral("cancelled"));
            return std::nullopt;
        }
        for (const std::vector<int> &row : *rows)
            result.variations.append(
                clipped(MelodyEncoding::decode(row, song.ppq, request.at, primer.velocity, primer.transpose),
                        request.at, end));
        return result;
    }

    const PerformancePrimer primer =
        performancePrimer(song, request.track, request.contextStart, request.contextEnd, request.at);
    const TempoMap tempo(song);
    MusicLength length;
    length.seconds = tempo.tickToSeconds(end) - tempo.tickToSeconds(request.at);
    if (followChords) {
        const double start = tempo.tickToSeconds(request.at);
        const auto steps = std::size_t(std::ceil(length.seconds / PerformanceEncoding::kStepSeconds)) + 1;
        for (std::size_t s = 0; s < steps && s < (1u << 22); ++s)
            options.chords.push_back(
                StepChord::of(song.chordAt(tempo.secondsToTick(start + double(s) * PerformanceEncoding::kStepSeconds))));
    }
    const auto rows = generate(model, primer.tokens, count, length, options, progress);
    if (!rows) {
        fail(error, model, QStringLiteral("cancelled"));
        return std::nullopt;
    }
    const double primerSeconds = PerformanceEncoding::durationOf(primer.tokens);
    for (const std::vector<int> &row : *rows) {
        std::vector<int> all = primer.tokens;
        all.insert(all.end(), row.begin(), row.end());
        QList<TimedNote> fresh;
        for (TimedNote n : PerformanceEncoding::decode(all)) {
            if (n.start < primerSeconds - 1e-9)
                continue;   // the primer's own notes
            n.start -= primerSeconds;
            n.end -= primerSeconds;
            fresh.append(n);
        }
        result.variations.append(clipped(timedToSongNotes(fresh, song, request.at), request.at, end));
    }
    return result;
}

std::optional<QList<Note>> regenerateRange(const IMusicModel &model, const Song &song, int track, Tick rangeStart,
                                           Tick rangeEnd, int candidates, const MusicSampleOptions &options,
                                           const MusicProgress &progress, QString *error)
{
    if (rangeEnd <= rangeStart) {
        if (!checkModel(model, error))
            return std::nullopt;
        fail(error, model, QStringLiteral("the range to regenerate is empty"));
        return std::nullopt;
    }
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
    const auto generated = continueMusic(model, request, progress, error);
    if (!generated)
        return std::nullopt;
    if (generated->variations.size() <= 1)
        return generated->variations.value(0);

    // Rescore: how well does the model predict what follows the range, after each candidate?
    const Tick afterEnd = rangeEnd + 2 * grid.barLength(rangeEnd);
    const bool melody = model.kind() == MusicModelKind::Melody;
    const MelodyPrimer mp = melody ? melodyPrimer(song, track, request.contextStart, rangeStart, rangeStart)
                                   : MelodyPrimer{};
    const std::vector<float> controls =
        melody ? std::vector<float>{}
               : musicControls(model, performancePrimer(song, track, request.contextStart, rangeStart, rangeStart).tokens,
                               options.densityBin);
    const TempoMap tempo(song);
    constexpr int kAfterEvents = 256;

    std::vector<MusicWindow> rows;
    std::vector<int> firsts;
    bool anythingAfter = false;
    for (const QList<Note> &candidate : generated->variations) {
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
            const qint64 total = MelodyEncoding::nearestStep(song.ppq, mp.from, afterEnd);
            split = qsizetype(MelodyEncoding::nearestStep(song.ppq, mp.from, rangeEnd));
            w.tokens = MelodyEncoding::encode(notesIn(edited, track, mp.from, afterEnd), song.ppq, mp.from,
                                              int(std::min<qint64>(total, split + kAfterEvents)), mp.transpose);
            if (ChordConditioning::readsChords(model))   // a chord-conditioned model reads the lane
                w.controls = ChordConditioning::controlRows(
                    ChordConditioning::stepChords(song.chords, song.ppq, mp.from, int(w.tokens.size())));
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
        return generated->variations.first();
    const auto scores = sequenceLogLikelihoods(model, rows, firsts, 8);
    if (!scores) {
        fail(error, model, QStringLiteral("cancelled"));
        return std::nullopt;
    }
    const auto best = std::max_element(scores->begin(), scores->end()) - scores->begin();
    return generated->variations[best];
}

} // namespace atelier::core
