// The thumbs under every result browser: rating the selected tile with the
// buttons or with + and -, taking a rating back, the label showing it, a new
// batch starting unrated, and RatingRecorder writing each rating with its
// batch to the ratings log (a temporary file here); a log that cannot be
// written is said, not lost silently.

#include "common/RatingRecorder.h"
#include "common/ResultBrowser.h"
#include "reward/PreferenceLog.h"

#include <QImage>
#include <QJsonArray>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace atelier;

namespace {
QJsonObject sample(int pitch)
{
    return QJsonObject{{"notes", QJsonArray{QJsonObject{{"pitch", pitch}, {"velocity", 90}, {"start", 0.0},
                                                        {"duration", 1.0}}}},
                       {"context", QJsonArray()}, {"key", QJsonValue()}, {"bpm", 100}};
}
} // namespace

class TestResultRatings : public QObject {
    Q_OBJECT
private slots:
    void thumbsRateAndTheLogKeepsThem()
    {
        QTemporaryDir dir;
        ui::ResultBrowser browser(QStringLiteral("Audition"), QSize(64, 48));
        ui::RatingRecorder recorder(&browser, QStringLiteral("music"), nullptr, dir.filePath("ratings.jsonl"));
        QSignalSpy said(&recorder, &ui::RatingRecorder::statusMessage);
        browser.setResults({QImage(64, 48, QImage::Format_RGB32), QImage(64, 48, QImage::Format_RGB32),
                            QImage(64, 48, QImage::Format_RGB32)},
                           {"One", "Two", "Three"});
        recorder.setBatch({sample(60), sample(62), sample(64)}, QStringLiteral("melody-test"));
        QVERIFY(!browser.likeButton()->isEnabled());   // nothing selected
        browser.setCurrent(1);
        QVERIFY(browser.likeButton()->isEnabled());
        browser.likeButton()->click();
        QCOMPARE(browser.rating(1), 1);
        QVERIFY(browser.likeButton()->isChecked());
        QCOMPARE(browser.list()->item(1)->text(), QStringLiteral("Two  ▲"));
        // The minus key turns it around; the dislike button again takes it back.
        browser.list()->setFocus();
        QTest::keyClick(browser.list(), Qt::Key_Minus);
        QCOMPARE(browser.rating(1), -1);
        QVERIFY(browser.dislikeButton()->isChecked() && !browser.likeButton()->isChecked());
        browser.dislikeButton()->click();
        QCOMPARE(browser.rating(1), 0);
        QCOMPARE(browser.list()->item(1)->text(), QStringLiteral("Two"));
        browser.setCurrent(2);
        QTest::keyClick(browser.list(), Qt::Key_Plus);
        QCOMPARE(browser.rating(2), 1);
        QCOMPARE(said.count(), 4);

        QString error;
        const auto entries = core::PreferenceLog::read(dir.filePath("ratings.jsonl"), &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(int(entries->size()), 3);
        QCOMPARE((*entries)[0].rating, 0);
        QCOMPARE((*entries)[1].rating, 0);   // up, down, then taken back: the latest
        QCOMPARE((*entries)[2].rating, 1);
        QCOMPARE((*entries)[2].sample.value("notes").toArray().first().toObject().value("pitch").toInt(), 64);
        QCOMPARE((*entries)[2].model, QStringLiteral("melody-test"));
        const QString firstBatch = (*entries)[0].batch;

        // A new batch starts unrated and is a batch of its own.
        browser.setResults({QImage(64, 48, QImage::Format_RGB32), QImage(64, 48, QImage::Format_RGB32)}, {"A", "B"});
        recorder.setBatch({sample(70), sample(72)}, QStringLiteral("melody-test"));
        QCOMPARE(browser.rating(0), 0);
        browser.setCurrent(0);
        QVERIFY(!browser.likeButton()->isChecked());
        browser.likeButton()->click();
        const auto again = core::PreferenceLog::read(dir.filePath("ratings.jsonl"), &error);
        QCOMPARE(int(again->size()), 5);
        QVERIFY((*again)[3].batch != firstBatch);
    }

    void aLogThatCannotBeWrittenIsSaid()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath("file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ui::ResultBrowser browser(QStringLiteral("Preview"), QSize(64, 48));
        // Its folder is a file: nothing can be written there.
        ui::RatingRecorder recorder(&browser, QStringLiteral("sketch"), nullptr, dir.filePath("file/ratings.jsonl"));
        QSignalSpy said(&recorder, &ui::RatingRecorder::statusMessage);
        browser.setResults({QImage(64, 48, QImage::Format_RGB32)}, {"Alternative 1"});
        recorder.setBatch({QJsonObject{{"strokes", QJsonArray()}, {"context", QJsonArray()}}}, "bird");
        browser.setCurrent(0);
        browser.likeButton()->click();
        QCOMPARE(said.count(), 1);
        QVERIFY2(said.first().first().toString().contains("cannot write"), qPrintable(said.first().first().toString()));
    }
};

QTEST_MAIN(TestResultRatings)
#include "test_result_ratings.moc"
