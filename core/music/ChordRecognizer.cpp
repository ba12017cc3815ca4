#include "music/ChordRecognizer.h"

#include "document/BarGrid.h"

#include <algorithm>
#include <array>

namespace atelier::core::ChordRecognizer {

namespace {

constexpr double kMissingTone = 0.25;   // of the average weight of a played pitch class
constexpr double kRootInBass = 0.1;
constexpr double kHalfBarGain = 0.15;   // halves win when they explain this much more of the bar

struct Profile {
    std::array<double, 12> weight{};
    double total = 0;
    int lowest = -1;   // pitch class of the lowest note
};

Profile profileOf(const QList<Note> &notes)
{
    Profile p;
    int lowestPitch = 128;
    for (const Note &n : notes) {
        const double w = double(std::max<Tick>(n.length, 1));
        p.weight[std::size_t(((n.pitch % 12) + 12) % 12)] += w;
        p.total += w;
        if (n.pitch < lowestPitch) {
            lowestPitch = n.pitch;
            p.lowest = ((n.pitch % 12) + 12) % 12;
        }
    }
    return p;
}

double score(const Profile &p, const ChordSymbol &c)
{
    int played = 0;
    for (double w : p.weight)
        played += w > 0 ? 1 : 0;
    const double average = played > 0 ? p.total / played : 0;
    const QList<int> tones = c.pitchClasses();
    double s = 0;
    for (int pc = 0; pc < 12; ++pc)
        s += tones.contains(pc) ? p.weight[std::size_t(pc)] : -p.weight[std::size_t(pc)];
    for (int pc : tones)
        if (p.weight[std::size_t(pc)] <= 0)
            s -= kMissingTone * average;
    if (p.lowest == c.root)
        s += kRootInBass * average;
    return s;
}

ChordSymbol best(const Profile &p)
{
    if (p.total <= 0)
        return ChordSymbol::noChord();
    ChordSymbol chosen = ChordSymbol::noChord();
    double bestScore = 0;
    bool first = true;
    for (ChordSymbol::Quality q : ChordSymbol::qualities())   // simpler qualities first: they win ties
        for (int root = 0; root < 12; ++root) {
            const ChordSymbol c{root, q, -1};
            const double s = score(p, c);
            if (first || s > bestScore + 1e-9) {
                bestScore = s;
                chosen = c;
                first = false;
            }
        }
    if (p.lowest >= 0 && p.lowest != chosen.root && chosen.pitchClasses().contains(p.lowest))
        chosen.bass = p.lowest;
    return chosen;
}

// The notes sounding in [from, to), cut to it.
QList<Note> window(const QList<Note> &notes, Tick from, Tick to)
{
    QList<Note> out;
    for (const Note &n : notes) {
        const Tick s = std::max(n.start, from), e = std::min(n.end(), to);
        if (e > s)
            out.append(Note{n.pitch, s, e - s, n.velocity});
    }
    return out;
}

double coveredWeight(const Profile &p, const ChordSymbol &chord)
{
    double in = 0;
    for (int pc : chord.pitchClasses())
        in += p.weight[std::size_t(pc)];
    return in;
}

} // namespace

ChordSymbol recognize(const QList<Note> &notes) { return best(profileOf(notes)); }

double coverage(const QList<Note> &notes, const ChordSymbol &chord)
{
    const Profile p = profileOf(notes);
    return p.total > 0 ? coveredWeight(p, chord) / p.total : 0.0;
}

QList<ChordChange> fromTrack(const Song &song, int track)
{
    QList<ChordChange> out;
    if (track < 0 || track >= song.tracks.size())
        return out;
    const QList<Note> &notes = song.tracks.at(track).notes;
    Tick end = 0;
    for (const Note &n : notes)
        end = std::max(end, n.end());
    const BarGrid grid(song);
    auto add = [&out](Tick tick, const ChordSymbol &c) {
        if (c.isNoChord() || (!out.isEmpty() && out.last().chord == c))
            return;   // held, or unchanged
        out.append(ChordChange{tick, c});
    };
    for (int bar = 1;; ++bar) {
        const Tick from = grid.barStart(bar);
        if (from >= end)
            break;
        const Tick length = grid.barLength(from);
        const Tick middle = from + length / 2;
        const Profile whole = profileOf(window(notes, from, from + length));
        const ChordSymbol c = best(whole);
        const Profile a = profileOf(window(notes, from, middle)), b = profileOf(window(notes, middle, from + length));
        const ChordSymbol ca = best(a), cb = best(b);
        if (!ca.isNoChord() && !cb.isNoChord() && !(ca == cb)) {
            const double split = (coveredWeight(a, ca) + coveredWeight(b, cb)) / std::max(whole.total, 1.0);
            const double together = whole.total > 0 ? coveredWeight(whole, c) / whole.total : 0.0;
            if (split > together + kHalfBarGain) {
                add(from, ca);
                add(middle, cb);
                continue;
            }
        }
        add(from, c);
    }
    return out;
}

} // namespace atelier::core::ChordRecognizer
