#include "document/BarGrid.h"

#include <algorithm>

namespace atelier::core {

BarGrid::BarGrid(int ppq, const QList<TimeSignature> &signatures)
{
    if (ppq <= 0)
        ppq = kDefaultPpq;
    auto make = [ppq](Tick tick, int firstBar, int num, int den) {
        const Tick beat = std::max<Tick>(1, Tick(ppq) * 4 / std::max(1, den));
        return Section{tick, firstBar, beat * std::max(1, num), beat};
    };
    QList<TimeSignature> sorted = signatures;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TimeSignature &a, const TimeSignature &b) { return a.tick < b.tick; });
    m_sections.append(make(0, 1, 4, 4));
    for (const TimeSignature &ts : sorted) {
        const Section &last = m_sections.last();
        // A signature change takes effect at the next bar line at or after its tick.
        const Tick bars = (std::max<Tick>(ts.tick, last.tick) - last.tick + last.barTicks - 1)
            / last.barTicks;
        const Tick at = last.tick + bars * last.barTicks;
        const Section s = make(at, last.firstBar + int(bars), ts.numerator, ts.denominator);
        if (at == last.tick)
            m_sections.last() = s;
        else
            m_sections.append(s);
    }
}

const BarGrid::Section &BarGrid::sectionAt(Tick tick) const
{
    auto it = std::upper_bound(m_sections.begin(), m_sections.end(), tick,
                               [](Tick t, const Section &s) { return t < s.tick; });
    return it == m_sections.begin() ? m_sections.first() : *(it - 1);
}

QList<BarGrid::Line> BarGrid::lines(Tick from, Tick to, bool beats) const
{
    QList<Line> out;
    Tick t = std::max<Tick>(0, from);
    const Section *s = &sectionAt(t);
    // Start at the beat (or bar) at or before 'from'.
    const Tick step0 = beats ? s->beatTicks : s->barTicks;
    t = s->tick + ((t - s->tick) / step0) * step0;
    while (t <= to && out.size() < 100000) {
        s = &sectionAt(t);
        const Tick inSection = t - s->tick;
        const bool isBar = inSection % s->barTicks == 0;
        out.append({t, s->firstBar + int(inSection / s->barTicks), isBar});
        t += beats ? s->beatTicks : s->barTicks;
        // Snap onto a new section's start if we stepped over it.
        const Section &next = sectionAt(t);
        if (&next != s && t != next.tick)
            t = next.tick;
    }
    return out;
}

Tick BarGrid::barStart(int bar) const
{
    const Section *s = &m_sections.first();
    for (const Section &sec : m_sections)
        if (sec.firstBar <= bar)
            s = &sec;
    return s->tick + Tick(std::max(0, bar - s->firstBar)) * s->barTicks;
}

Tick BarGrid::barStartAt(Tick tick) const
{
    tick = std::max<Tick>(0, tick);
    const Section &s = sectionAt(tick);   // sections start on bar lines
    return s.tick + ((tick - s.tick) / s.barTicks) * s.barTicks;
}

Tick BarGrid::nextBarLine(Tick tick) const
{
    // A later section starts on a bar line of this one, so this lands on it too.
    return barStartAt(tick) + sectionAt(std::max<Tick>(0, tick)).barTicks;
}

Tick BarGrid::barLength(Tick at) const { return sectionAt(at).barTicks; }

Tick BarGrid::beatLength(Tick at) const { return sectionAt(at).beatTicks; }

QString BarGrid::positionText(Tick tick) const
{
    const Section &s = sectionAt(std::max<Tick>(0, tick));
    const Tick in = std::max<Tick>(0, tick) - s.tick;
    const int bar = s.firstBar + int(in / s.barTicks);
    const Tick inBar = in % s.barTicks;
    return QStringLiteral("%1.%2.%3").arg(bar).arg(inBar / s.beatTicks + 1).arg(inBar % s.beatTicks);
}

} // namespace atelier::core
