#pragma once
// A chord symbol as musicians write it above a melody: a root, a quality and
// an optional slash bass, or N.C. (no chord).
//
// Text form (parse and toString): a root A–G with # or b; a quality: none
// (major), m, 7, maj7, m7, dim, sus2, sus4 (also "sus" for sus4, "min" for
// m, "M7" for maj7); an optional "/" and a bass note; or "N.C.". Printed
// roots are spelled C C# D Eb E F F# G Ab A Bb B. A progression is symbols
// separated by spaces or "|" ("Am F C G", "| Am | F | C G |").

#include <QList>
#include <QString>
#include <optional>

namespace atelier::core {

struct ChordSymbol {
    enum class Quality { Major, Minor, Dominant7, Major7, Minor7, Diminished, Sus2, Sus4 };

    int root = 0;        // pitch class 0..11 (0 = C); -1: N.C.
    Quality quality = Quality::Major;
    int bass = -1;       // slash bass pitch class; -1: the root

    static ChordSymbol noChord() { return ChordSymbol{-1, Quality::Major, -1}; }
    bool isNoChord() const { return root < 0; }
    // The chord's pitch classes, root first (none for N.C.).
    QList<int> pitchClasses() const;
    // The lowest note: the slash bass, else the root (-1 for N.C.).
    int bassPitchClass() const { return isNoChord() ? -1 : (bass >= 0 ? bass : root); }

    QString toString() const;
    // nullopt and *error naming the text when it is not a chord symbol.
    static std::optional<ChordSymbol> parse(const QString &text, QString *error = nullptr);
    static std::optional<QList<ChordSymbol>> parseProgression(const QString &text, QString *error = nullptr);
    // The quality's suffix as printed ("", "m", "7", "maj7", "m7", "dim", "sus2", "sus4").
    static QString suffix(Quality quality);
    static QList<Quality> qualities();

    bool operator==(const ChordSymbol &o) const = default;
};

// How the chord lane sounds when the song plays (ChordVoicer makes the notes).
struct ChordPlayback {
    enum class Style { Block, Arpeggio, Comp };
    bool enabled = false;
    int program = 0;           // General MIDI program (0: Acoustic Grand Piano)
    Style style = Style::Block;
    double volume = 0.6;       // 0..1, as a track's
    bool operator==(const ChordPlayback &o) const = default;
    static QString styleName(Style style);   // "block", "arpeggio", "comp" (the project file's words)
    static std::optional<Style> styleFromName(const QString &name);
};

// A chord from its tick on (the chord lane: sorted by tick, one per tick).
struct ChordChange {
    qint64 tick = 0;
    ChordSymbol chord;
    bool operator==(const ChordChange &o) const = default;
};

} // namespace atelier::core
