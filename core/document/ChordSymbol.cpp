#include "document/ChordSymbol.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace atelier::core {

namespace {

const char *const kRootNames[12] = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

// Semitones above the root.
QList<int> intervals(ChordSymbol::Quality q)
{
    using Q = ChordSymbol::Quality;
    switch (q) {
    case Q::Major: return {0, 4, 7};
    case Q::Minor: return {0, 3, 7};
    case Q::Dominant7: return {0, 4, 7, 10};
    case Q::Major7: return {0, 4, 7, 11};
    case Q::Minor7: return {0, 3, 7, 10};
    case Q::Diminished: return {0, 3, 6};
    case Q::Sus2: return {0, 2, 7};
    case Q::Sus4: return {0, 5, 7};
    }
    return {0, 4, 7};
}

std::optional<int> noteName(const QString &letter, const QString &accidental)
{
    static constexpr int kNatural[] = {9, 11, 0, 2, 4, 5, 7};   // A B C D E F G
    if (letter.size() != 1)
        return std::nullopt;
    const QChar c = letter.at(0).toUpper();
    if (c < QLatin1Char('A') || c > QLatin1Char('G'))
        return std::nullopt;
    int pc = kNatural[c.unicode() - 'A'];
    if (accidental == QLatin1String("#") || accidental == QStringLiteral("♯"))
        ++pc;
    else if (accidental == QLatin1String("b") || accidental == QStringLiteral("♭"))
        --pc;
    return (pc + 12) % 12;
}

} // namespace

QString ChordPlayback::styleName(Style style)
{
    switch (style) {
    case Style::Block: return QStringLiteral("block");
    case Style::Arpeggio: return QStringLiteral("arpeggio");
    case Style::Comp: return QStringLiteral("comp");
    }
    return QStringLiteral("block");
}

std::optional<ChordPlayback::Style> ChordPlayback::styleFromName(const QString &name)
{
    for (Style s : {Style::Block, Style::Arpeggio, Style::Comp})
        if (name == styleName(s))
            return s;
    return std::nullopt;
}

QList<ChordSymbol::Quality> ChordSymbol::qualities()
{
    return {Quality::Major, Quality::Minor,      Quality::Dominant7, Quality::Major7,
            Quality::Minor7, Quality::Diminished, Quality::Sus2,      Quality::Sus4};
}

QString ChordSymbol::suffix(Quality q)
{
    switch (q) {
    case Quality::Major: return {};
    case Quality::Minor: return QStringLiteral("m");
    case Quality::Dominant7: return QStringLiteral("7");
    case Quality::Major7: return QStringLiteral("maj7");
    case Quality::Minor7: return QStringLiteral("m7");
    case Quality::Diminished: return QStringLiteral("dim");
    case Quality::Sus2: return QStringLiteral("sus2");
    case Quality::Sus4: return QStringLiteral("sus4");
    }
    return {};
}

QList<int> ChordSymbol::pitchClasses() const
{
    QList<int> out;
    if (isNoChord())
        return out;
    for (int i : intervals(quality))
        out.append((root + i) % 12);
    return out;
}

QString ChordSymbol::toString() const
{
    if (isNoChord())
        return QStringLiteral("N.C.");
    QString s = QLatin1String(kRootNames[root % 12]) + suffix(quality);
    if (bass >= 0 && bass != root)
        s += QLatin1Char('/') + QLatin1String(kRootNames[bass % 12]);
    return s;
}

std::optional<ChordSymbol> ChordSymbol::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("N.C."), Qt::CaseInsensitive) == 0 || t.compare(QLatin1String("NC"), Qt::CaseInsensitive) == 0)
        return noChord();
    static const QRegularExpression re(
        QStringLiteral(R"(^([A-Ga-g])([#b♯♭]?)(maj7|M7|m7|min7|min|m|7|dim|sus2|sus4|sus)?(?:/([A-Ga-g])([#b♯♭]?))?$)"));
    const auto m = re.match(t);
    const auto root = m.hasMatch() ? noteName(m.captured(1), m.captured(2)) : std::nullopt;
    if (!root) {
        if (error)
            *error = QCoreApplication::translate("ChordSymbol",
                                                 "\"%1\" is not a chord symbol (examples: Am, F, C7, Gmaj7, Bm7, "
                                                 "Bdim, Dsus4, C/E, N.C.)")
                         .arg(t.left(40));
        return std::nullopt;
    }
    ChordSymbol c;
    c.root = *root;
    const QString q = m.captured(3);
    if (q == QLatin1String("m") || q == QLatin1String("min"))
        c.quality = Quality::Minor;
    else if (q == QLatin1String("7"))
        c.quality = Quality::Dominant7;
    else if (q == QLatin1String("maj7") || q == QLatin1String("M7"))
        c.quality = Quality::Major7;
    else if (q == QLatin1String("m7") || q == QLatin1String("min7"))
        c.quality = Quality::Minor7;
    else if (q == QLatin1String("dim"))
        c.quality = Quality::Diminished;
    else if (q == QLatin1String("sus2"))
        c.quality = Quality::Sus2;
    else if (q == QLatin1String("sus4") || q == QLatin1String("sus"))
        c.quality = Quality::Sus4;
    if (!m.captured(4).isEmpty()) {
        const int bass = *noteName(m.captured(4), m.captured(5));
        c.bass = bass == c.root ? -1 : bass;
    }
    return c;
}

std::optional<QList<ChordSymbol>> ChordSymbol::parseProgression(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[\\s|]+"));
    QList<ChordSymbol> out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const auto c = parse(part, error);
        if (!c)
            return std::nullopt;
        out.append(*c);
    }
    if (out.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ChordSymbol", "no chords given");
        return std::nullopt;
    }
    return out;
}

} // namespace atelier::core
