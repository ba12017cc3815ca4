#pragma once
// Bars and beats of a song's time-signature list: where bar and beat lines
// fall between two ticks, and "bar.beat" position text (bars count from 1).

#include "document/Song.h"

#include <QList>
#include <QString>

namespace atelier::core {

class BarGrid {
public:
    BarGrid(int ppq, const QList<TimeSignature> &signatures);
    explicit BarGrid(const Song &song) : BarGrid(song.ppq, song.timeSignatures) {}

    struct Line {
        Tick tick;
        int bar;      // 1-based bar number
        bool isBar;   // bar line (else a beat line)
    };
    QList<Line> lines(Tick from, Tick to, bool beats) const;
    Tick barStart(int bar) const;          // 1-based
    Tick barStartAt(Tick tick) const;      // the bar line at or before tick
    Tick nextBarLine(Tick tick) const;     // the first bar line after tick
    Tick barLength(Tick at) const;
    Tick beatLength(Tick at) const;
    QString positionText(Tick tick) const;  // "3.2.120"

private:
    struct Section {
        Tick tick;
        int firstBar;
        Tick barTicks;
        Tick beatTicks;
    };
    const Section &sectionAt(Tick tick) const;
    QList<Section> m_sections;  // never empty
};

} // namespace atelier::core
