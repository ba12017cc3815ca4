#include "document/ChordVoicer.h"

#include "document/BarGrid.h"

#include <algorithm>

namespace atelier::core::ChordVoicer {

namespace {

constexpr int kBassFloor = 40;    // E2
constexpr int kChordFloor = 55;   // G3
constexpr int kBassVelocity = 80;
constexpr int kChordVelocity = 70;

int above(int floor, int pitchClass)
{
    int p = floor;
    while (((p % 12) + 12) % 12 != pitchClass)
        ++p;
    return p;
}

QList<int> upper(const ChordSymbol &c)
{
    QList<int> out;
    for (int pc : c.pitchClasses())
        out.append(above(kChordFloor, pc));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

QList<Note> voice(const ChordSymbol &chord, Tick from, Tick to, ChordPlayback::Style style, const Song &song)
{
    QList<Note> out;
    if (chord.isNoChord() || to <= from)
        return out;
    const int bass = above(kBassFloor, chord.bassPitchClass());
    const QList<int> tones = upper(chord);
    const BarGrid grid(song);
    // The span cut at bar lines: block chords are struck again on each bar.
    QList<std::pair<Tick, Tick>> pieces;
    for (Tick t = from; t < to;) {
        const Tick next = std::min(to, grid.nextBarLine(t));
        pieces.append({t, next});
        t = next;
    }
    switch (style) {
    case ChordPlayback::Style::Block:
        for (const auto &[a, b] : pieces) {
            out.append(Note{bass, a, b - a, kBassVelocity});
            for (int p : tones)
                out.append(Note{p, a, b - a, kChordVelocity});
        }
        break;
    case ChordPlayback::Style::Arpeggio: {
        QList<int> cycle{bass};
        cycle += tones;
        for (int i = int(tones.size()) - 2; i >= 0; --i)   // and down again, without repeating the top
            cycle.append(tones[i]);
        const Tick eighth = std::max<Tick>(song.ppq / 2, 1);
        int i = 0;
        for (Tick t = from; t < to; t += eighth, ++i)
            out.append(Note{cycle[i % cycle.size()], t, std::min(eighth, to - t), i % cycle.size() == 0 ? kBassVelocity : kChordVelocity});
        break;
    }
    case ChordPlayback::Style::Comp:
        for (const BarGrid::Line &l : grid.lines(from, to, true)) {
            if (l.tick < from || l.tick >= to)
                continue;
            const Tick beat = grid.beatLength(l.tick);
            const Tick barStart = grid.barStartAt(l.tick);
            const int beatIndex = int((l.tick - barStart) / std::max<Tick>(beat, 1));
            const int beats = int(grid.barLength(l.tick) / std::max<Tick>(beat, 1));
            const bool bassBeat = beats == 4 ? (beatIndex == 0 || beatIndex == 2) : beatIndex == 0;
            const Tick length = std::min(beat, to - l.tick);
            if (bassBeat)
                out.append(Note{bass, l.tick, length, kBassVelocity});
            else
                for (int p : tones)
                    out.append(Note{p, l.tick, std::max<Tick>(length / 2, 1), kChordVelocity});
        }
        // A chord that starts off the beat still sounds at once.
        if (out.isEmpty() || out.first().start > from) {
            const Tick length = std::min<Tick>(to - from, std::max<Tick>(song.ppq / 2, 1));
            out.prepend(Note{bass, from, length, kBassVelocity});
        }
        break;
    }
    return out;
}

int freeChannel(const Song &song)
{
    for (int ch = 0; ch < 16; ++ch) {
        if (ch == kDrumChannel)
            continue;
        if (std::none_of(song.tracks.begin(), song.tracks.end(), [ch](const Track &t) { return t.channel == ch; }))
            return ch;
    }
    return 15;
}

Tick soundingEnd(const Song &song)
{
    Tick end = song.endTick();
    if (song.chordPlayback.enabled && !song.chords.isEmpty())
        for (const Note &n : track(song).notes)
            end = std::max(end, n.end());
    return end;
}

Track track(const Song &song)
{
    Track t;
    t.name = QStringLiteral("Chords");
    t.program = std::clamp(song.chordPlayback.program, 0, 127);
    t.channel = freeChannel(song);
    t.volume = std::clamp(song.chordPlayback.volume, 0.0, 1.0);
    const BarGrid grid(song);
    for (int i = 0; i < song.chords.size(); ++i) {
        const Tick from = song.chords[i].tick;
        Tick to;
        if (i + 1 < song.chords.size()) {
            to = song.chords[i + 1].tick;
        } else {
            to = std::max(grid.nextBarLine(from), song.endTick());
        }
        t.notes += voice(song.chords[i].chord, from, to, song.chordPlayback.style, song);
    }
    std::stable_sort(t.notes.begin(), t.notes.end(), [](const Note &a, const Note &b) { return a.start < b.start; });
    return t;
}

} // namespace atelier::core::ChordVoicer
