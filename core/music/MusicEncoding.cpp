#include "music/MusicEncoding.h"
#include "music/KeyFinder.h"

#include "document/TempoMap.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace atelier::core {

namespace {

int validPpq(int ppq) { return ppq > 0 ? ppq : kDefaultPpq; }

int foldIntoMelodyRange(int pitch)
{
    while (pitch < MelodyEncoding::kMinPitch)
        pitch += 12;
    while (pitch > MelodyEncoding::kMaxPitch)
        pitch -= 12;
    return pitch;
}

// Seconds -> 10 ms steps on the absolute clock (half up).
qint64 quantise(double seconds)
{
    return qint64(std::floor(seconds / PerformanceEncoding::kStepSeconds + 0.5));
}

} // namespace

// ---- MelodyEncoding ---------------------------------------------------------

int MelodyEncoding::noteOn(int pitch)
{
    if (pitch < kMinPitch || pitch > kMaxPitch)
        return -1;
    return kFirstNoteOn + pitch - kMinPitch;
}

Tick MelodyEncoding::stepTick(int ppq, Tick from, qint64 step)
{
    return from + Tick(std::llround(double(step) * validPpq(ppq) / kStepsPerQuarter));
}

qint64 MelodyEncoding::nearestStep(int ppq, Tick from, Tick tick)
{
    return qint64(std::floor(double(tick - from) * kStepsPerQuarter / validPpq(ppq) + 0.5));
}

std::vector<int> MelodyEncoding::encode(const QList<Note> &notes, int ppq, Tick from, int steps, int transpose)
{
    std::vector<int> labels(std::size_t(std::max(steps, 0)), kNoEvent);
    if (steps <= 0)
        return labels;

    struct Quantised { qint64 start, end; int pitch; };
    std::vector<Quantised> q;
    q.reserve(std::size_t(notes.size()));
    for (const Note &n : notes) {
        const qint64 s = nearestStep(ppq, from, n.start);
        if (s < 0 || s >= steps)
            continue;   // sounding across `from`, or after the end
        const qint64 e = std::max(nearestStep(ppq, from, n.end()), s + 1);
        q.push_back({s, e, foldIntoMelodyRange(n.pitch + transpose)});
    }
    std::stable_sort(q.begin(), q.end(), [](const Quantised &a, const Quantised &b) {
        return a.start != b.start ? a.start < b.start : a.pitch > b.pitch;
    });
    // Polyphony: the highest onset of each step.
    std::vector<Quantised> kept;
    kept.reserve(q.size());
    for (const Quantised &n : q)
        if (kept.empty() || kept.back().start != n.start)
            kept.push_back(n);

    for (std::size_t i = 0; i < kept.size(); ++i) {
        labels[std::size_t(kept[i].start)] = noteOn(kept[i].pitch);
        const qint64 nextOnset = i + 1 < kept.size() ? kept[i + 1].start : std::numeric_limits<qint64>::max();
        if (kept[i].end < nextOnset && kept[i].end < steps)
            labels[std::size_t(kept[i].end)] = kNoteOff;
    }
    return labels;
}

QList<Note> MelodyEncoding::decode(const std::vector<int> &labels, int ppq, Tick from, int velocity, int transpose)
{
    QList<Note> out;
    const int vel = std::clamp(velocity, 1, 127);
    int pitch = -1;
    qint64 startStep = 0;
    auto close = [&](qint64 step) {
        if (pitch < 0)
            return;
        const Tick start = stepTick(ppq, from, startStep);
        const Tick end = stepTick(ppq, from, step);
        out.append(Note{std::clamp(pitch, 0, 127), start, std::max<Tick>(end - start, 1), vel});
        pitch = -1;
    };
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const int l = labels[i];
        if (isNoteOn(l)) {
            close(qint64(i));
            pitch = pitchOf(l) - transpose;
            startStep = qint64(i);
        } else if (l == kNoteOff) {
            close(qint64(i));
        }
    }
    close(qint64(labels.size()));
    return out;
}

int MelodyEncoding::transposeIntoRange(const QList<Note> &notes)
{
    int best = 0, bestCount = -1;
    // 0, +12, -12, +24, -24, ...: the first best is the smallest shift, upward on a tie.
    for (int k = 0; k <= 10; ++k) {
        for (int sign : {1, -1}) {
            if (k == 0 && sign < 0)
                continue;
            const int shift = sign * 12 * k;
            int count = 0;
            for (const Note &n : notes)
                if (n.pitch + shift >= kMinPitch && n.pitch + shift <= kMaxPitch)
                    ++count;
            if (count > bestCount) {
                bestCount = count;
                best = shift;
            }
        }
    }
    return notes.isEmpty() ? 0 : best;
}

// ---- PerformanceEncoding ----------------------------------------------------

int PerformanceEncoding::velocityToBin(int velocity)
{
    return std::clamp((velocity - 1) / 4 + 1, 1, kVelocityBins);
}

int PerformanceEncoding::binToVelocity(int bin)
{
    return std::clamp(bin * 4 - 2, 1, 127);
}

int PerformanceEncoding::densityBin(double notesPerSecond)
{
    static constexpr double kEdges[] = {1, 2, 4, 8, 16, 32, 64};
    int bin = 0;
    for (double edge : kEdges)
        if (notesPerSecond >= edge)
            ++bin;
    return bin;
}

std::vector<float> PerformanceEncoding::densityControl(int bin)
{
    std::vector<float> v(kDensityBins, 0.0f);
    v[std::size_t(std::clamp(bin, 0, kDensityBins - 1))] = 1.0f;
    return v;
}

double PerformanceEncoding::durationOf(const std::vector<int> &tokens)
{
    qint64 steps = 0;
    for (int t : tokens)
        steps += shiftStepsOf(t);
    return double(steps) * kStepSeconds;
}

double PerformanceEncoding::tokenDensity(const std::vector<int> &tokens)
{
    const auto ons = std::count_if(tokens.begin(), tokens.end(), [](int t) { return isNoteOn(t); });
    return double(ons) / std::max(durationOf(tokens), 1.0);
}

namespace {

// The one encoder behind encode(), encode(until) and encodeSplit().
// untilStep < 0: no limit; splitStep < 0: no split.
std::vector<int> encodePerformance(const QList<TimedNote> &notes, qint64 untilStep, qint64 splitStep,
                                   qsizetype *splitIndex)
{
    using PE = PerformanceEncoding;
    struct Q { qint64 start, end; int pitch, velocity; };
    std::vector<Q> q;
    q.reserve(std::size_t(notes.size()));
    for (const TimedNote &n : notes) {
        if (n.pitch < 0 || n.pitch > 127 || !(n.end > 0) || !std::isfinite(n.start) || !std::isfinite(n.end))
            continue;
        const qint64 s = std::max<qint64>(quantise(std::max(n.start, 0.0)), 0);
        const qint64 e = std::max(quantise(n.end), s + 1);
        q.push_back({s, e, n.pitch, std::clamp(n.velocity, 1, 127)});
    }
    // One pitch sounds once at a time: a re-strike ends the sounding note;
    // notes of one pitch starting on one step merge (the longest end).
    std::stable_sort(q.begin(), q.end(), [](const Q &a, const Q &b) {
        return a.pitch != b.pitch ? a.pitch < b.pitch : a.start < b.start;
    });
    std::vector<Q> clean;
    clean.reserve(q.size());
    for (const Q &n : q) {
        if (!clean.empty() && clean.back().pitch == n.pitch) {
            Q &prev = clean.back();
            if (prev.start == n.start) {
                prev.end = std::max(prev.end, n.end);
                continue;
            }
            if (prev.end > n.start)
                prev.end = n.start;
        }
        clean.push_back(n);
    }

    struct Event { qint64 time; int kind; int pitch; int velocity; };   // kind 0 = off, 1 = on
    std::vector<Event> events;
    events.reserve(clean.size() * 2);
    for (const Q &n : clean) {
        if (untilStep < 0 || n.start < untilStep)
            events.push_back({n.start, 1, n.pitch, n.velocity});
        if (untilStep < 0 || n.end <= untilStep)
            events.push_back({n.end, 0, n.pitch, 0});
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.time != b.time)
            return a.time < b.time;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.pitch < b.pitch;
    });

    std::vector<int> tokens;
    tokens.reserve(events.size() * 2);
    qint64 clock = 0;
    int bin = 0;   // none yet
    auto advanceTo = [&](qint64 time) {
        while (clock < time) {
            const qint64 k = std::min<qint64>(time - clock, PE::kMaxShiftSteps);
            tokens.push_back(PE::timeShift(int(k)));
            clock += k;
        }
    };
    bool splitDone = splitStep < 0;
    auto markSplit = [&] {
        advanceTo(splitStep);
        if (splitIndex)
            *splitIndex = qsizetype(tokens.size());
        splitDone = true;
    };
    for (const Event &e : events) {
        if (!splitDone && (e.time > splitStep || (e.time == splitStep && e.kind == 1)))
            markSplit();
        advanceTo(e.time);
        if (e.kind == 0) {
            tokens.push_back(PE::noteOff(e.pitch));
        } else {
            const int b = PE::velocityToBin(e.velocity);
            if (b != bin) {
                tokens.push_back(PE::velocity(b));
                bin = b;
            }
            tokens.push_back(PE::noteOn(e.pitch));
        }
    }
    if (!splitDone)
        markSplit();
    if (untilStep >= 0)
        advanceTo(untilStep);
    return tokens;
}

} // namespace

std::vector<int> PerformanceEncoding::encode(const QList<TimedNote> &notes)
{
    return encodePerformance(notes, -1, -1, nullptr);
}

std::vector<int> PerformanceEncoding::encode(const QList<TimedNote> &notes, double untilSeconds)
{
    if (!(untilSeconds > 0))
        return {};
    return encodePerformance(notes, quantise(untilSeconds), -1, nullptr);
}

std::vector<int> PerformanceEncoding::encodeSplit(const QList<TimedNote> &notes, double splitSeconds,
                                                  qsizetype *splitIndex)
{
    if (splitIndex)
        *splitIndex = 0;
    return encodePerformance(notes, -1, std::max<qint64>(quantise(std::max(splitSeconds, 0.0)), 0), splitIndex);
}

QList<TimedNote> PerformanceEncoding::decode(const std::vector<int> &tokens, double maxNoteSeconds)
{
    const qint64 maxSteps = maxNoteSeconds > 0 ? std::max<qint64>(quantise(maxNoteSeconds), 1)
                                               : std::numeric_limits<qint64>::max() / 4;
    struct Open { qint64 start = -1; int velocity = 0; };
    std::array<Open, 128> open{};
    QList<TimedNote> out;
    qint64 clock = 0;
    int velocity = kDefaultVelocity;

    auto close = [&](int pitch, qint64 end, bool keepEmpty) {
        Open &o = open[std::size_t(pitch)];
        if (o.start < 0)
            return;
        end = std::min(end, o.start + maxSteps);
        if (end <= o.start) {
            if (!keepEmpty) {   // struck twice at one time: one note
                o.start = -1;
                return;
            }
            end = o.start + 1;
        }
        out.append(TimedNote{double(o.start) * kStepSeconds, double(end) * kStepSeconds, pitch, o.velocity});
        o.start = -1;
    };

    for (int t : tokens) {
        if (isTimeShift(t)) {
            clock += shiftStepsOf(t);
            for (int p = 0; p < 128; ++p)
                if (open[std::size_t(p)].start >= 0 && open[std::size_t(p)].start + maxSteps <= clock)
                    close(p, clock, true);
        } else if (isNoteOn(t)) {
            close(t, clock, false);
            open[std::size_t(t)] = Open{clock, velocity};
        } else if (isNoteOff(t)) {
            close(pitchOf(t), clock, true);
        } else if (isVelocity(t)) {
            velocity = binToVelocity(velocityBinOf(t));
        }
    }
    for (int p = 0; p < 128; ++p)
        close(p, clock, true);
    std::stable_sort(out.begin(), out.end(), [](const TimedNote &a, const TimedNote &b) {
        return a.start != b.start ? a.start < b.start : a.pitch < b.pitch;
    });
    return out;
}

QList<TimedNote> PerformanceEncoding::applySustain(const QList<TimedNote> &notes,
                                                   const QList<QPair<double, int>> &cc64)
{
    QList<QPair<double, int>> pedal = cc64;
    std::stable_sort(pedal.begin(), pedal.end(),
                     [](const QPair<double, int> &a, const QPair<double, int> &b) { return a.first < b.first; });
    constexpr double kOpen = std::numeric_limits<double>::infinity();
    struct Span { double down, up; };
    std::vector<Span> spans;
    bool down = false;
    double downAt = 0, lastTime = -kOpen;
    for (const auto &[time, value] : pedal) {
        lastTime = std::max(lastTime, time);
        if (value >= 64 && !down) {
            down = true;
            downAt = time;
        } else if (value < 64 && down) {
            down = false;
            spans.push_back({downAt, time});
        }
    }
    if (down)
        spans.push_back({downAt, kOpen});
    if (spans.empty())
        return notes;

    double materialEnd = lastTime;
    std::array<std::vector<double>, 128> starts;
    for (const TimedNote &n : notes) {
        materialEnd = std::max(materialEnd, n.end);
        if (n.pitch >= 0 && n.pitch < 128)
            starts[std::size_t(n.pitch)].push_back(n.start);
    }
    for (auto &s : starts)
        std::sort(s.begin(), s.end());

    QList<TimedNote> out = notes;
    for (TimedNote &n : out) {
        // The span with down <= release < up, if any.
        auto it = std::upper_bound(spans.begin(), spans.end(), n.end,
                                   [](double t, const Span &s) { return t < s.down; });
        if (it == spans.begin())
            continue;
        const Span &span = *(it - 1);
        if (!(n.end < span.up))
            continue;
        double end = std::isinf(span.up) ? materialEnd : span.up;
        if (n.pitch >= 0 && n.pitch < 128) {
            const auto &s = starts[std::size_t(n.pitch)];
            auto next = std::lower_bound(s.begin(), s.end(), n.end);
            if (next != s.end())
                end = std::min(end, *next);
        }
        n.end = std::max(n.end, end);
    }
    return out;
}

// ---- Song <-> timed notes ---------------------------------------------------

QList<TimedNote> songNotesToTimed(const Song &song, int trackIndex, Tick from, Tick to, bool withSustain)
{
    if (trackIndex < 0 || trackIndex >= song.tracks.size())
        return {};
    const Track &track = song.tracks[trackIndex];
    const TempoMap tempo(song);
    const double origin = tempo.tickToSeconds(from);
    QList<TimedNote> notes;
    for (const Note &n : track.notes) {
        if (n.start < from || (to > from && n.start >= to))
            continue;
        notes.append(TimedNote{tempo.tickToSeconds(n.start) - origin, tempo.tickToSeconds(n.end()) - origin,
                               n.pitch, n.velocity});
    }
    if (withSustain) {
        QList<QPair<double, int>> cc;
        for (const ControlChange &c : track.controls)
            if (c.controller == 64)
                cc.append({tempo.tickToSeconds(c.tick) - origin, c.value});
        if (!cc.isEmpty())
            notes = PerformanceEncoding::applySustain(notes, cc);
    }
    std::stable_sort(notes.begin(), notes.end(), [](const TimedNote &a, const TimedNote &b) {
        return a.start != b.start ? a.start < b.start : a.pitch < b.pitch;
    });
    return notes;
}

QList<Note> timedToSongNotes(const QList<TimedNote> &notes, const Song &song, Tick origin)
{
    const TempoMap tempo(song);
    const double base = tempo.tickToSeconds(origin);
    auto toTick = [&](double seconds) {   // nearest tick
        const double s = base + seconds;
        Tick t = tempo.secondsToTick(s);
        if (std::abs(tempo.tickToSeconds(t + 1) - s) < std::abs(s - tempo.tickToSeconds(t)))
            ++t;
        return t;
    };
    QList<Note> out;
    out.reserve(notes.size());
    for (const TimedNote &n : notes) {
        const Tick start = toTick(n.start);
        const Tick end = toTick(n.end);
        out.append(Note{std::clamp(n.pitch, 0, 127), start, std::max<Tick>(end - start, 1),
                        std::clamp(n.velocity, 1, 127)});
    }
    return out;
}

// ---- KeyScale -----------------------------------------------------------------

std::optional<KeyScale> KeyScale::parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([A-Ga-g])([#b♯♭]?)\s*[: ]?\s*(major|minor|maj|min|m)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    static constexpr int kNatural[] = {9, 11, 0, 2, 4, 5, 7};   // A B C D E F G
    int tonic = kNatural[m.captured(1).toUpper().at(0).unicode() - 'A'];
    const QString acc = m.captured(2);
    if (acc == QLatin1String("#") || acc == QStringLiteral("♯"))
        tonic += 1;
    else if (acc == QLatin1String("b") || acc == QStringLiteral("♭"))
        tonic -= 1;
    const QString mode = m.captured(3).toLower();
    KeyScale key;
    key.tonic = (tonic + 12) % 12;
    key.minor = mode == QLatin1String("minor") || mode == QLatin1String("min") || mode == QLatin1String("m");
    return key;
}

KeyScale KeyScale::fromKeySignature(int sharps, bool minor)
{
    const int major = ((sharps * 7) % 12 + 12) % 12;   // each sharp a fifth up
    return KeyScale{minor ? (major + 9) % 12 : major, minor};
}

bool KeyScale::contains(int pitch) const
{
    static constexpr bool kMajor[12] = {1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1};
    static constexpr bool kMinor[12] = {1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1};
    const int degree = ((pitch - tonic) % 12 + 12) % 12;
    if (degrees != 0)
        return (degrees >> degree) & 1;
    return minor ? kMinor[degree] : kMajor[degree];
}

QString KeyScale::toString() const
{
    static const char *const kNames[12] = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    return QLatin1String(kNames[((tonic % 12) + 12) % 12]) +
           (minor ? QLatin1String(":minor") : QLatin1String(":major"));
}

KeyScale KeyScale::estimate(const QList<Note> &notes) { return KeyFinder::estimate(notes).key; }

} // namespace atelier::core
