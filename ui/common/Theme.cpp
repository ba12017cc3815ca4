#include "common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace atelier::ui {

namespace {

Theme::Kind g_kind = Theme::Light;

ThemeColours lightColours()
{
    ThemeColours c;
    c.rollRow = QColor(248, 249, 251);
    c.rollBlackRow = QColor(232, 234, 238);
    c.rollOutOfScaleRow = QColor(214, 217, 224);
    c.rollTonicRow = QColor(226, 238, 226);
    c.rollOctaveLine = QColor(205, 208, 215);
    c.gridFine = QColor(236, 237, 241);
    c.gridBeat = QColor(210, 213, 220);
    c.gridBar = QColor(150, 155, 168);
    c.ruler = QColor(236, 238, 242);
    c.rulerText = QColor(110, 115, 128);
    c.rulerLine = QColor(170, 172, 180);
    c.keyWhite = QColor(252, 252, 252);
    c.keyBlack = QColor(40, 42, 48);
    c.keyLine = QColor(190, 190, 196);
    c.keyText = QColor(60, 60, 70);
    c.lane = QColor(244, 245, 248);
    c.laneLine = QColor(220, 222, 228);
    c.noteOutline = QColor(30, 50, 90);
    c.noteText = QColor(20, 20, 30);
    c.outOfKeyMark = QColor(200, 30, 30);
    c.playhead = QColor(220, 40, 40);
    c.selection = QColor(40, 90, 200);
    c.canvasPaper = Qt::white;
    c.ink = Qt::black;
    c.legendBackground = QColor(255, 255, 255, 230);
    c.legendText = Qt::black;
    c.plotBackground = Qt::white;
    c.plotText = QColor(40, 40, 48);
    c.plotGrid = QColor(220, 220, 226);
    c.warningText = QColor(0xb4, 0x53, 0x09);
    c.errorText = QColor(0xb9, 0x1c, 0x1c);
    return c;
}

ThemeColours darkColours()
{
    ThemeColours c;
    c.rollRow = QColor(44, 47, 53);
    c.rollBlackRow = QColor(36, 38, 43);
    c.rollOutOfScaleRow = QColor(27, 29, 33);
    c.rollTonicRow = QColor(42, 60, 48);
    c.rollOctaveLine = QColor(62, 66, 74);
    c.gridFine = QColor(50, 53, 60);
    c.gridBeat = QColor(60, 64, 72);
    c.gridBar = QColor(100, 106, 118);
    c.ruler = QColor(38, 40, 45);
    c.rulerText = QColor(184, 188, 196);
    c.rulerLine = QColor(70, 73, 80);
    c.keyWhite = QColor(214, 216, 220);
    c.keyBlack = QColor(24, 25, 28);
    c.keyLine = QColor(120, 122, 128);
    c.keyText = QColor(40, 42, 48);
    c.lane = QColor(34, 36, 40);
    c.laneLine = QColor(56, 59, 66);
    c.noteOutline = QColor(12, 14, 20);
    c.noteText = QColor(12, 14, 20);
    c.outOfKeyMark = QColor(255, 90, 90);
    c.playhead = QColor(255, 80, 80);
    c.selection = QColor(90, 150, 240);
    c.canvasPaper = QColor(250, 250, 247);   // artists draw on paper, also in a dark studio
    c.ink = Qt::black;
    c.legendBackground = QColor(30, 32, 36, 230);
    c.legendText = QColor(230, 230, 230);
    c.plotBackground = QColor(30, 32, 36);
    c.plotText = QColor(200, 204, 210);
    c.plotGrid = QColor(58, 61, 68);
    c.warningText = QColor(0xfb, 0xbf, 0x24);
    c.errorText = QColor(0xf8, 0x71, 0x71);
    return c;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(43, 45, 49), base(30, 32, 36), text(230, 230, 230), disabled(122, 125, 131);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 40, 44));
    p.setColor(QPalette::ToolTipBase, QColor(55, 58, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(53, 56, 61));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(74, 77, 83));
    p.setColor(QPalette::Midlight, QColor(62, 65, 71));
    p.setColor(QPalette::Mid, QColor(68, 71, 77));
    p.setColor(QPalette::Dark, QColor(24, 25, 28));
    p.setColor(QPalette::Shadow, QColor(12, 12, 14));
    p.setColor(QPalette::Highlight, QColor(61, 143, 214));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(108, 180, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(46, 48, 52));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 72, 78));
    return p;
}

} // namespace

void Theme::apply(Kind kind)
{
    g_kind = kind;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(kind == Dark ? darkPalette() : QApplication::style()->standardPalette());
    // Platform plugins without a desktop theme (offscreen, minimal) search only
    // the resources; the XDG icon folders are where breeze-icon-theme lives.
    QStringList paths = QIcon::themeSearchPaths();
    for (const QString &dir :
         QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"), QStandardPaths::LocateDirectory))
        if (!paths.contains(dir))
            paths.append(dir);
    QIcon::setThemeSearchPaths(paths);
    QIcon::setThemeName(kind == Dark ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"));
    QIcon::setFallbackThemeName(QStringLiteral("hicolor"));
}

Theme::Kind Theme::current() { return g_kind; }

const ThemeColours &Theme::colours()
{
    static const ThemeColours light = lightColours();
    static const ThemeColours dark = darkColours();
    return g_kind == Dark ? dark : light;
}

Theme::Kind Theme::saved()
{
    return QSettings().value("appearance/theme").toString() == QLatin1String("light") ? Light : Dark;
}

void Theme::save(Kind kind)
{
    QSettings().setValue("appearance/theme", kind == Light ? QStringLiteral("light") : QStringLiteral("dark"));
}

QIcon Theme::icon(const QString &name)
{
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : QIcon();
}

} // namespace atelier::ui
