// Words: English plural forms come from translations/atelier_en.ts ("1 note",
// "4 notes", never "note(s)" on screen), names read as words ("Palm tree",
// "Cello" unless two cellos need their sources), every plural message has its forms
// in English and German, and the German translation is complete (every change
// translates the strings it adds) with each placeholder kept.

#include "common/DisplayNames.h"

#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

namespace {

QString readTs(const QString &name)
{
    QFile f(QStringLiteral(ATELIER_SOURCE_DIR "/translations/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Untranslated entries ("unfinished"), counted.
int unfinished(const QString &ts)
{
    return int(ts.count(QStringLiteral("type=\"unfinished\"")));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void englishPluralsReadLikeEnglish()
    {
        QTranslator plurals;
        QVERIFY2(plurals.load(QStringLiteral(ATELIER_BINARY_DIR "/app/atelier_en.qm")), "atelier_en.qm is built");
        QCoreApplication::installTranslator(&plurals);
        const char *text = "Recorded %n note(s) (Ctrl+Z takes the take back).";
        QCOMPARE(QCoreApplication::translate("atelier::ui::RecordController", text, nullptr, 1),
                 QStringLiteral("Recorded 1 note (Ctrl+Z takes the take back)."));
        QCOMPARE(QCoreApplication::translate("atelier::ui::RecordController", text, nullptr, 4),
                 QStringLiteral("Recorded 4 notes (Ctrl+Z takes the take back)."));
        QCOMPARE(QCoreApplication::translate("atelier::ui::DuetPanel", "%n bar(s)", nullptr, 1), QStringLiteral("1 bar"));
        QCoreApplication::removeTranslator(&plurals);
    }

    void everyPluralHasItsForms()
    {
        for (const QString &name : {QStringLiteral("atelier_en.ts"), QStringLiteral("atelier_de.ts")}) {
            const QString ts = readTs(name);
            QVERIFY2(!ts.isEmpty(), qPrintable(name));
            static const QRegularExpression numerus(
                QStringLiteral("<message numerus=\"yes\">.*?<source>(.*?)</source>.*?<translation( type=\"unfinished\")?>(.*?)</translation>"),
                QRegularExpression::DotMatchesEverythingOption);
            int plurals = 0;
            for (const QRegularExpressionMatch &m : numerus.globalMatch(ts)) {
                ++plurals;
                QVERIFY2(m.captured(2).isEmpty(), qPrintable(name + ": " + m.captured(1)));
                QVERIFY2(!m.captured(3).contains(QStringLiteral("<numerusform></numerusform>")),
                         qPrintable(name + ": " + m.captured(1)));
                if (name.endsWith(QLatin1String("_en.ts")))
                    QVERIFY2(!m.captured(3).contains(QStringLiteral("(s)")), qPrintable(m.captured(3)));
            }
            QVERIFY2(plurals >= 20, qPrintable(QStringLiteral("%1: %2 plural messages").arg(name).arg(plurals)));
        }
        QCOMPARE(unfinished(readTs(QStringLiteral("atelier_en.ts"))), 0);
    }

    void namesReadAsWords()
    {
        QCOMPARE(atelier::ui::readableName("palm_tree"), QStringLiteral("Palm tree"));
        QCOMPARE(atelier::ui::readableName("roller_coaster"), QStringLiteral("Roller coaster"));
        QCOMPARE(atelier::ui::withoutUnneededSources({"Flute (FluidR3_GM)", "Flute (OtherGM)", "Cello (FluidR3_GM)",
                                                      "Electric Piano 1 (FluidR3_GM)"}),
                 (QStringList{"Flute (FluidR3_GM)", "Flute (OtherGM)", "Cello", "Electric Piano 1"}));
    }

    void germanIsComplete()
    {
        // Every string has its German; a change that adds a tr() string translates it in the same change.
        const int n = unfinished(readTs(QStringLiteral("atelier_de.ts")));
        QVERIFY2(n == 0, qPrintable(QStringLiteral("%1 untranslated strings in atelier_de.ts: translate what you "
                                                   "added (cmake --build build --target update_translations)")
                                        .arg(n)));
    }

    void germanKeepsThePlaceholders()
    {
        // "%1 of %2" translated without %2 would show a stray "%2" or lose the number.
        static const QRegularExpression message(
            QStringLiteral("<message>\\s*(?:<location[^>]*>\\s*)*<source>([^<]*)</source>\\s*"
                           "(?:<comment>[^<]*</comment>\\s*)?<translation( type=\"[^\"]*\")?>([^<]*)</translation>"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d"));
        auto placeholders = [](const QString &text) {
            QStringList found;
            for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
                found.append(m.captured(0));
            found.sort();
            return found;
        };
        int checked = 0;
        for (const QRegularExpressionMatch &m : message.globalMatch(readTs(QStringLiteral("atelier_de.ts")))) {
            if (!m.captured(2).isEmpty())
                continue;   // unfinished or vanished: germanIsComplete() speaks for those
            ++checked;
            QVERIFY2(placeholders(m.captured(1)) == placeholders(m.captured(3)),
                     qPrintable(m.captured(1) + QStringLiteral(" -> ") + m.captured(3)));
        }
        QVERIFY2(checked > 800, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
