#include "document/TempoMap.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

Tick Song::endTick() const
{
    Tick end = 0;
    for (const Track &t : tracks)
        for (const Note &n : t.notes)
            end = std::max(end, n.end());
    return end;
}

ChordSymbol Song::chordAt(Tick tick) const
{
    ChordSymbol at = ChordSymbol::noChord();
    for (const ChordChange &c : chords) {
        if (c.tick > tick)
            break;
        at = c.chord;
    }
    return at;
}

TempoMap::TempoMap(int ppq, const QList<TempoChange> &tempos) : m_ppq(ppq > 0 ? ppq : kDefaultPpq)
{
    auto secondsPerTick = [this](double bpm) {
        return 60.0 / (std::max(bpm, 1.0) * m_ppq);
    };
    QList<TempoChange> sorted = tempos;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TempoChange &a, const TempoChange &b) { return a.tick < b.tick; });
    m_segments.append({0, 0.0, secondsPerTick(kDefaultTempo_bpm)});
    for (const TempoChange &t : sorted) {
        Segment &last = m_segments.last();
        const Tick tick = std::max<Tick>(t.tick, 0);
        if (tick == last.tick) {
            last.secondsPerTick = secondsPerTick(t.bpm);
            continue;
        }
        const double sec = last.seconds + double(tick - last.tick) * last.secondsPerTick;
        m_segments.append({tick, sec, secondsPerTick(t.bpm)});
    }
}

double TempoMap::tickToSeconds(Tick tick) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), tick,
                               [](Tick t, const Segment &s) { return t < s.tick; });
    const Segment &s = (it == m_segments.begin()) ? m_segments.first() : *(it - 1);
    return s.seconds + double(tick - s.tick) * s.secondsPerTick;
}

Tick TempoMap::secondsToTick(double seconds) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), seconds,
                               [](double sec, const Segment &s) { return sec < s.seconds; });
    const Segment &s = (it == m_segments.begin()) ? m_segments.first() : *(it - 1);
    return s.tick + Tick(std::floor((seconds - s.seconds) / s.secondsPerTick + 1e-9));
}

double TempoMap::bpmAt(Tick tick) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), tick,
                               [](Tick t, const Segment &s) { return t < s.tick; });
    const Segment &s = (it == m_segments.begin()) ? m_segments.first() : *(it - 1);
    return 60.0 / (s.secondsPerTick * m_ppq);
}

} // namespace atelier::core
