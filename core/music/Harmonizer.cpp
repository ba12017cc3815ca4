#include "music/Harmonizer.h"

#include "document/BarGrid.h"
#include "music/KeyFinder.h"

#include "document/BoundedFile.h"
#include "document/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace atelier::core {

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();
constexpr double kOnsetBeats = 1.0;          // a note sounding at the half bar's start weighs this much more
constexpr qint64 kMaxFileBytes = 4 << 20;   // a harmonizer file is a few hundred kB

int mod12(int x) { return ((x % 12) + 12) % 12; }

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(std::isfinite(x) ? x : -1e9);
    return a;
}

bool fromArray(const QJsonValue &value, std::size_t size, std::vector<double> *out)
{
    const QJsonArray a = value.toArray();
    if (std::size_t(a.size()) != size)
        return false;
    out->assign(size, 0.0);
    for (std::size_t i = 0; i < size; ++i) {
        if (!a[qsizetype(i)].isDouble())
            return false;
        const double x = a[qsizetype(i)].toDouble();
        if (!std::isfinite(x) || x > 0 || x < -1e9)
            return false;   // log probabilities
        (*out)[i] = x;
    }
    return true;
}

} // namespace

std::vector<Harmonizer::Segment> Harmonizer::segments(const Song &song, const QList<Note> &melody, Tick end)
{
    std::vector<Segment> out;
    const BarGrid grid(song);
    const double ppq = std::max(song.ppq, 1);
    for (int bar = 1; bar < 100000; ++bar) {
        const Tick from = grid.barStart(bar);
        if (from >= end)
            break;
        const Tick length = grid.barLength(from);
        const Tick middle = from + length / 2;
        for (int half = 0; half < 2; ++half) {
            Segment s;
            s.from = half == 0 ? from : middle;
            s.to = half == 0 ? middle : from + length;
            s.bar = bar;
            s.half = half;
            for (const Note &n : melody) {
                const Tick a = std::max(n.start, s.from), b = std::min(n.end(), s.to);
                if (b <= a)
                    continue;
                double w = double(b - a) / ppq;
                if (n.start <= s.from && n.end() > s.from)
                    w += kOnsetBeats;
                s.weight[std::size_t(mod12(n.pitch))] += w;
            }
            out.push_back(s);
        }
    }
    return out;
}

int Harmonizer::referenceTonic(const KeyScale &key) { return key.minor ? mod12(key.tonic + 3) : mod12(key.tonic); }

int Harmonizer::stateOf(const ChordSymbol &chord, int tonic)
{
    if (chord.isNoChord())
        return -1;
    const int q = int(ChordSymbol::qualities().indexOf(chord.quality));
    if (q < 0 || q >= kQualities)
        return -1;
    return mod12(chord.root - tonic) * kQualities + q;
}

ChordSymbol Harmonizer::chordOf(int state, int tonic)
{
    if (state < 0 || state >= kStates)
        return ChordSymbol::noChord();
    return ChordSymbol{mod12(state / kQualities + tonic), ChordSymbol::qualities().at(state % kQualities), -1};
}

double Harmonizer::emissionScore(const Segment &segment, int state, int tonic) const
{
    const int root = mod12(state / kQualities + tonic);
    const double *e = emission.data() + std::size_t(state % kQualities) * 12;
    double sum = 0;
    for (int pc = 0; pc < 12; ++pc)
        if (segment.weight[std::size_t(pc)] > 0)
            sum += segment.weight[std::size_t(pc)] * e[mod12(pc - root)];
    return emissionWeight * sum;
}

Harmonizer::Result Harmonizer::harmonize(const Song &song, const QList<Note> &melody, const QList<ChordChange> &fixed,
                                         Tick end) const
{
    Result r;
    if (end < 0) {
        end = 0;
        for (const Note &n : melody)
            end = std::max(end, n.end());
    }
    r.key = KeyFinder::estimate(melody).key;
    const int tonic = referenceTonic(r.key);
    r.segments = segments(song, melody, end);
    const std::size_t n = r.segments.size();
    if (n == 0)
        return r;

    // The fixed state of each segment (-1: free): from the first fixed chord
    // to the end of the bar of the last one, the chord sounding at its start.
    std::vector<int> fixedState(n, -1);
    if (!fixed.isEmpty()) {
        Song lane;
        lane.chords = fixed;
        const Tick until = BarGrid(song).nextBarLine(fixed.last().tick);
        for (std::size_t i = 0; i < n; ++i)
            if (r.segments[i].from >= fixed.first().tick && r.segments[i].from < until)
                fixedState[i] = stateOf(lane.chordAt(r.segments[i].from), tonic);
    }

    // Viterbi.
    const int S = kStates;
    std::vector<double> score(static_cast<std::size_t>(S)), next(static_cast<std::size_t>(S));
    std::vector<int> back(n * std::size_t(S), -1);
    auto allowed = [&](std::size_t i, int s) { return fixedState[i] < 0 || fixedState[i] == s; };
    for (int s = 0; s < S; ++s)
        score[std::size_t(s)] = allowed(0, s) ? initial[std::size_t(s)] + emissionScore(r.segments[0], s, tonic) : kNegInf;
    for (std::size_t i = 1; i < n; ++i) {
        const std::vector<double> &table = r.segments[i].half == 1 ? withinBar : acrossBar;
        for (int s = 0; s < S; ++s) {
            if (!allowed(i, s)) {
                next[std::size_t(s)] = kNegInf;
                continue;
            }
            double best = kNegInf;
            int arg = -1;
            for (int p = 0; p < S; ++p) {
                const double v = score[std::size_t(p)] + table[std::size_t(p) * std::size_t(S) + std::size_t(s)];
                if (v > best) {
                    best = v;
                    arg = p;
                }
            }
            back[i * std::size_t(S) + std::size_t(s)] = arg;
            next[std::size_t(s)] = best + emissionScore(r.segments[i], s, tonic);
        }
        std::swap(score, next);
    }
    int state = int(std::max_element(score.begin(), score.end()) - score.begin());
    std::vector<int> path(n, 0);
    for (std::size_t i = n; i-- > 0;) {
        path[i] = std::max(state, 0);
        if (i > 0)
            state = back[i * std::size_t(S) + std::size_t(std::max(state, 0))];
    }
    for (std::size_t i = 0; i < n; ++i) {
        const ChordSymbol c = chordOf(path[i], tonic);
        r.chords.push_back(c);
        if (r.changes.isEmpty() || !(r.changes.last().chord == c))
            r.changes.append(ChordChange{r.segments[i].from, c});
    }
    return r;
}

QJsonObject Harmonizer::toJson() const
{
    return QJsonObject{{"format", "atelier-harmonizer"},
                       {"version", 1},
                       {"states", "12 roots above the reference tonic x 8 qualities (maj m 7 maj7 m7 dim sus2 sus4)"},
                       {"emission_weight", emissionWeight},
                       {"initial", toArray(initial)},
                       {"within_bar", toArray(withinBar)},
                       {"across_bar", toArray(acrossBar)},
                       {"emission", toArray(emission)},
                       {"training", training}};
}

std::optional<Harmonizer> Harmonizer::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [&](const QString &problem) -> std::optional<Harmonizer> {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    if (o.value("format").toString() != QLatin1String("atelier-harmonizer"))
        return fail(QObject::tr("not an Atelier harmonizer (format is not \"atelier-harmonizer\")"));
    if (o.value("version").toInt() != 1)
        return fail(QObject::tr("unsupported version %1 (this build reads version 1)").arg(o.value("version").toInt()));
    Harmonizer h;
    h.emissionWeight = o.value("emission_weight").toDouble(-1);
    if (!(h.emissionWeight >= 0 && h.emissionWeight <= 100))
        return fail(QObject::tr("'emission_weight' must be a number from 0 to 100"));
    const struct { const char *name; std::size_t size; std::vector<double> *out; } tables[] = {
        {"initial", kStates, &h.initial},
        {"within_bar", std::size_t(kStates) * kStates, &h.withinBar},
        {"across_bar", std::size_t(kStates) * kStates, &h.acrossBar},
        {"emission", std::size_t(kQualities) * 12, &h.emission}};
    for (const auto &t : tables)
        if (!fromArray(o.value(QLatin1String(t.name)), t.size, t.out))
            return fail(QObject::tr("'%1' must hold %2 numbers (log probabilities)").arg(QLatin1String(t.name)).arg(t.size));
    h.training = o.value("training").toObject();
    return h;
}

std::optional<Harmonizer> Harmonizer::load(const QString &path, QString *error)
{
    auto fail = [&](const QString &problem) -> std::optional<Harmonizer> {
        if (error)
            *error = QFileInfo(path).fileName() + QStringLiteral(": ") + problem;
        return std::nullopt;
    };
    QString reason;
    const auto bytes = BoundedFile::read(path, kMaxFileBytes, &reason);
    if (!bytes)
        return fail(reason);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QObject::tr("not valid JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    QString why;
    auto h = fromJson(doc.object(), &why);
    if (!h)
        return fail(why);
    return h;
}

bool Harmonizer::save(const QString &path, QString *error) const
{
    QString reason;
    if (!AtomicFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Compact), &reason)) {
        if (error)
            *error = QObject::tr("%1: cannot write (%2)").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace atelier::core
