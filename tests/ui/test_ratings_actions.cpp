// Music > Export Your Ratings… / Import Ratings…: a log exported and
// imported elsewhere keeps every rating; a missing or hostile file is said
// in the status line and adds nothing.

#include "main/RatingsActions.h"
#include "reward/PreferenceLog.h"

#include <QAction>
#include <QJsonArray>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace atelier;

class TestRatingsActions : public QObject {
    Q_OBJECT
private slots:
    void exportAndImport()
    {
        QTemporaryDir dir;
        core::PreferenceLog mine(dir.filePath("mine.jsonl"));
        const QJsonObject sample{{"notes", QJsonArray{QJsonObject{{"pitch", 60}, {"velocity", 80}, {"start", 0.0},
                                                                  {"duration", 1.0}}}},
                                 {"context", QJsonArray()}, {"key", QJsonValue()}, {"bpm", 120}};
        QString error;
        QVERIFY(mine.rate("music", "b1", {sample, sample}, 1, 1, "melody", &error));
        QStringList said;
        QMenu menu;
        ui::RatingsActions actions(&menu, nullptr, [&](const QString &m) { said << m; }, dir.filePath("mine.jsonl"));
        QVERIFY(menu.findChild<QAction *>("exportRatingsAction"));
        QVERIFY(menu.findChild<QAction *>("importRatingsAction"));
        QVERIFY(actions.exportTo(dir.filePath("shared.jsonl")));
        QVERIFY(said.last().contains("shared.jsonl"));

        QStringList theirsSaid;
        QMenu other;
        ui::RatingsActions theirs(&other, nullptr, [&](const QString &m) { theirsSaid << m; }, dir.filePath("theirs.jsonl"));
        QVERIFY(theirs.importFrom(dir.filePath("shared.jsonl")));
        QVERIFY2(theirsSaid.last().startsWith("2 rating"), qPrintable(theirsSaid.last()));
        const auto entries = core::PreferenceLog::read(dir.filePath("theirs.jsonl"), &error);
        QVERIFY(entries);
        QCOMPARE(int(entries->size()), 2);
        QCOMPARE((*entries)[1].rating, 1);

        QVERIFY(!theirs.importFrom("/dev/zero"));
        QVERIFY(theirsSaid.last().contains("not a regular file"));
        QVERIFY(!theirs.importFrom(dir.filePath("missing.jsonl")));
        QCOMPARE(int(core::PreferenceLog::read(dir.filePath("theirs.jsonl"), &error)->size()), 2);
        QVERIFY(!actions.exportTo(dir.filePath("no/such/folder/x.jsonl")));
        QVERIFY(said.last().startsWith("Ratings not exported"));
    }
};

QTEST_MAIN(TestRatingsActions)
#include "test_ratings_actions.moc"
