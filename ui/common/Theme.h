#pragma once
// The studio's look in one place: Fusion with a dark (default) or light
// palette, the icon theme that matches it (Breeze / Breeze Dark, from
// breeze-icon-theme), and the named colours the custom views paint with
// (piano roll, ruler, keyboard, velocity lane, canvas, plots). Views read
// Theme::colours() on every paint, so switching the theme in Preferences
// repaints everything at once.

#include <QColor>
#include <QIcon>
#include <QString>

namespace atelier::ui {

struct ThemeColours {
    QColor rollRow, rollBlackRow, rollOutOfScaleRow, rollTonicRow, rollOctaveLine;
    QColor gridFine, gridBeat, gridBar;
    QColor ruler, rulerText, rulerLine;
    QColor keyWhite, keyBlack, keyLine, keyText;
    QColor lane, laneLine;
    QColor noteOutline, noteText, outOfKeyMark;
    QColor playhead, selection;
    QColor canvasPaper, ink, legendBackground, legendText;
    QColor plotBackground, plotText, plotGrid;
    QColor warningText, errorText;
};

class Theme {
public:
    enum Kind { Dark, Light };

    // Sets the style, palette and icon theme for the whole application.
    static void apply(Kind kind);
    static Kind current();
    static const ThemeColours &colours();

    // The saved choice (QSettings "appearance/theme"); dark unless the user chose light.
    static Kind saved();
    static void save(Kind kind);

    // An icon from the icon theme, or a null icon (callers keep their text) when the theme lacks it.
    static QIcon icon(const QString &name);
};

} // namespace atelier::ui
