#include "music/ContinuationPlan.h"

#include "document/TempoMap.h"
#include "music/ChordConditioning.h"
#include "music/KeyFinder.h"
#include "music/MusicContinuation.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

namespace {

void fail(QString *error, const IMusicModel &model, const QString &problem)
{
    if (error)
        *error = model.name() + QStringLiteral(": ") + problem;
}

} // namespace

bool ContinuationPlan::checkModel(const IMusicModel &model, QString *error)
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

namespace {

// The melody primer: 16th steps from `from`, octave-shifted into range.
void planMelodyPrimer(ContinuationPlan &p, Tick contextStart, Tick contextEnd)
{
    const Song &song = p.song;
    p.primerFrom = contextStart;
    qint64 steps = std::max<qint64>(MelodyEncoding::nearestStep(song.ppq, contextStart, p.at), 0);
    if (steps > kMaxPrimerSteps) {
        p.primerFrom = MelodyEncoding::stepTick(song.ppq, contextStart, steps - kMaxPrimerSteps);
        steps = kMaxPrimerSteps;
    }
    const QList<Note> notes = notesIn(song, p.track, p.primerFrom, std::min(contextEnd, p.at));
    p.transpose = MelodyEncoding::transposeIntoRange(notes);
    p.primer = MelodyEncoding::encode(notes, song.ppq, p.primerFrom, int(steps), p.transpose);
    if (!notes.isEmpty()) {
        double sum = 0;
        for (const Note &n : notes)
            sum += n.velocity;
        p.velocity = std::clamp(int(std::lround(sum / double(notes.size()))), 1, 127);
    }
}

// The performance primer: ends exactly at `at` (when not empty).
std::vector<int> performancePrimer(const Song &song, int track, Tick contextStart, Tick contextEnd, Tick at)
{
    const Tick to = std::min(contextEnd, at);
    if (to <= contextStart)
        return {};
    QList<TimedNote> notes = songNotesToTimed(song, track, contextStart, to, true);
    if (notes.isEmpty())
        return {};
    const TempoMap tempo(song);
    double until = tempo.tickToSeconds(at) - tempo.tickToSeconds(contextStart);
    std::vector<int> tokens = PerformanceEncoding::encode(notes, until);
    // Too long: keep the notes of about the last kMaxPrimerEvents events.
    for (int round = 0; round < 8 && tokens.size() > std::size_t(kMaxPrimerEvents); ++round) {
        qint64 clock = 0;
        for (std::size_t i = 0; i < tokens.size() - std::size_t(kMaxPrimerEvents); ++i)
            clock += PerformanceEncoding::shiftStepsOf(tokens[i]);
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
        tokens = notes.isEmpty() ? std::vector<int>{} : PerformanceEncoding::encode(notes, until);
    }
    return tokens;
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

std::optional<ContinuationPlan> ContinuationPlan::make(const IMusicModel &model, const ContinueRequest &request,
                                                       QString *error)
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
    ContinuationPlan p;
    p.kind = model.kind();
    p.song = song;
    p.track = request.track;
    p.count = std::clamp(request.variations, 1, 8);
    p.at = request.at;
    p.end = request.at + request.lengthTicks;
    p.options = request.options;
    MusicSampleOptions &options = p.options;
    // The key of the whole part before the continuation (a context of a few
    // bars, a cadence with a Picardy third, says too little).
    const KeyScale partKey = KeyFinder::estimate(song, request.track, 0, request.at).key;
    if (options.keyBias != 0 && !options.biasKey)
        options.biasKey = options.key.value_or(partKey);
    p.key = options.key ? *options.key : options.biasKey ? *options.biasKey : partKey;
    // The chord lane, when it is to be followed (pulled toward, or read by a
    // chord-conditioned model): the chord of each step.
    const bool chordModel = ChordConditioning::readsChords(model);
    const bool followChords = (options.chordBias != 0 || chordModel) && options.chords.empty() && !song.chords.isEmpty();

    if (p.kind == MusicModelKind::Melody) {
        planMelodyPrimer(p, request.contextStart, request.contextEnd);
        options.melodyTranspose = p.transpose;
        p.length.steps = int(std::clamp<qint64>(MelodyEncoding::nearestStep(song.ppq, p.at, p.end), 1, 1 << 20));
        if (followChords) {
            options.chords = ChordConditioning::stepChords(song.chords, song.ppq, p.at, p.length.steps);
            options.primerChords =
                ChordConditioning::stepChords(song.chords, song.ppq, p.primerFrom, int(p.primer.size()));
        }
        return p;
    }

    p.primer = performancePrimer(song, request.track, request.contextStart, request.contextEnd, request.at);
    p.primerSeconds = PerformanceEncoding::durationOf(p.primer);
    const TempoMap tempo(song);
    p.length.seconds = tempo.tickToSeconds(p.end) - tempo.tickToSeconds(p.at);
    if (followChords) {
        const double start = tempo.tickToSeconds(p.at);
        const auto steps = std::size_t(std::ceil(p.length.seconds / PerformanceEncoding::kStepSeconds)) + 1;
        for (std::size_t s = 0; s < steps && s < (1u << 22); ++s)
            options.chords.push_back(
                StepChord::of(song.chordAt(tempo.secondsToTick(start + double(s) * PerformanceEncoding::kStepSeconds))));
    }
    return p;
}

QList<Note> ContinuationPlan::decode(const std::vector<int> &row) const
{
    if (kind == MusicModelKind::Melody)
        return clipped(MelodyEncoding::decode(row, song.ppq, at, velocity, transpose), at, end);
    std::vector<int> all = primer;
    all.insert(all.end(), row.begin(), row.end());
    QList<TimedNote> fresh;
    for (TimedNote n : PerformanceEncoding::decode(all)) {
        if (n.start < primerSeconds - 1e-9)
            continue;   // the primer's own notes
        n.start -= primerSeconds;
        n.end -= primerSeconds;
        fresh.append(n);
    }
    return clipped(timedToSongNotes(fresh, song, at), at, end);
}

} // namespace atelier::core
