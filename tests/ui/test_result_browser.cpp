// One way of showing results: equal tiles; Audition/Preview, Keep and
// Discard; double-click or Enter keeps; Tab flips the audition between the
// two tiles auditioned last; Escape stops it. And Continue's thumbnails: the
// context in grey, each variation in its own colour, where its notes are.

#include "common/ResultBrowser.h"
#include "music/VariationThumbnail.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace atelier;
using ui::ResultBrowser;

class TestResultBrowser : public QObject {
    Q_OBJECT

    static QList<QImage> images(int n)
    {
        QList<QImage> out;
        for (int i = 0; i < n; ++i) {
            QImage image(QSize(60, 40), QImage::Format_ARGB32_Premultiplied);
            image.fill(QColor::fromHsv(40 * i, 200, 200));
            out.append(image);
        }
        return out;
    }

private slots:
    void tilesAndButtons()
    {
        ResultBrowser browser(QStringLiteral("Audition"), QSize(60, 40));
        browser.resize(400, 300);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(!browser.keepButton()->isEnabled());
        QVERIFY(!browser.discardButton()->isEnabled());
        browser.setResults(images(3), {"One", "Two", "Three — a much longer label than the others"});
        QCOMPARE(browser.count(), 3);
        QVERIFY(browser.discardButton()->isEnabled());
        QVERIFY(!browser.keepButton()->isEnabled());   // nothing chosen yet
        // Equal tiles, whatever the label.
        QListWidget *list = browser.list();
        const QRect a = list->visualItemRect(list->item(0)), c = list->visualItemRect(list->item(2));
        QCOMPARE(a.size(), c.size());
        QCOMPARE(a.top(), c.top());   // side by side in 400 px

        QSignalSpy keep(&browser, &ResultBrowser::keepRequested);
        QSignalSpy discard(&browser, &ResultBrowser::discardRequested);
        browser.setCurrent(1);
        QVERIFY(browser.keepButton()->isEnabled());
        browser.keepButton()->click();
        QCOMPARE(keep.count(), 1);
        QCOMPARE(keep.last().at(0).toInt(), 1);
        const QPoint third = list->visualItemRect(list->item(2)).center();
        QTest::mousePress(list->viewport(), Qt::LeftButton, {}, third);   // a double-click starts with a press
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, third);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, third);
        QCOMPARE(keep.count(), 2);
        QCOMPARE(keep.last().at(0).toInt(), 2);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(keep.count(), 3);
        browser.discardButton()->click();
        QCOMPARE(discard.count(), 1);
        browser.clear();
        QCOMPARE(browser.count(), 0);
        QVERIFY(!browser.discardButton()->isEnabled());
    }

    void tabFlipsBetweenTheTwoAuditionedLast()
    {
        ResultBrowser browser(QStringLiteral("Audition"), QSize(60, 40));
        browser.show();
        browser.setResults(images(4), {"1", "2", "3", "4"});
        QSignalSpy preview(&browser, &ResultBrowser::previewRequested);
        QSignalSpy stopped(&browser, &ResultBrowser::previewStopped);
        browser.list()->setFocus();
        QTest::keyClick(browser.list(), Qt::Key_Tab);   // nothing auditioned yet: Tab does nothing
        QCOMPARE(preview.count(), 0);
        browser.setCurrent(0);
        browser.previewButton()->click();                // audition 1
        QCOMPARE(preview.count(), 1);
        QCOMPARE(preview.last().at(0).toInt(), 0);
        browser.setCurrent(2);                           // the audition follows the selection: 3
        QCOMPARE(preview.count(), 2);
        QCOMPARE(preview.last().at(0).toInt(), 2);
        QTest::keyClick(browser.list(), Qt::Key_Tab);   // back to 1
        QCOMPARE(preview.last().at(0).toInt(), 0);
        QCOMPARE(browser.current(), 0);
        QTest::keyClick(browser.list(), Qt::Key_Tab);   // and to 3 again
        QCOMPARE(preview.last().at(0).toInt(), 2);
        QCOMPARE(browser.current(), 2);
        QCOMPARE(preview.count(), 4);
        QTest::keyClick(browser.list(), Qt::Key_Escape);
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!browser.isPreviewing());
    }

    void variationThumbnailsShowTheNotesInTheirColour()
    {
        // Context: one C4 bar; the variation: one G4 after it. Pitches 60..67 fill the height.
        const QList<core::Note> context{{60, 0, 1920, 90}};
        const QList<core::Note> variation{{67, 1920, 1920, 90}};
        const QColor colour = ui::VariationThumbnail::colour(3);
        const QImage image = ui::VariationThumbnail::render(context, variation, colour, QSize(200, 100));
        QCOMPARE(image.size(), QSize(200, 100));
        // Pitch rows: 58..69 (two rows of margin), 12 rows over 98 px; G4 is row 2 from the top.
        const double rowH = 98.0 / 12;
        const QPoint g4(150, int(1 + 2.5 * rowH));
        const QPoint c4(50, int(1 + 9.5 * rowH));
        QCOMPARE(image.pixelColor(g4).rgb(), colour.rgb());
        QVERIFY(image.pixelColor(c4).rgb() != colour.rgb());
        QVERIFY(image.pixelColor(QPoint(150, int(1 + 9.5 * rowH))).rgb() != colour.rgb());   // no variation note down there
        // Eight variations, eight colours.
        QSet<QRgb> colours;
        for (int i = 0; i < 8; ++i)
            colours.insert(ui::VariationThumbnail::colour(i).rgb());
        QCOMPARE(colours.size(), 8);
    }
};

QTEST_MAIN(TestResultBrowser)
#include "test_result_browser.moc"
