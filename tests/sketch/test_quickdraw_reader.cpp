// Quick, Draw! ndjson: good lines are read, blank lines skipped, a bad line
// among good ones is left out and counted (the first one's problem kept), a
// file of bad lines only is an error naming the line, the drawing limit
// holds, and a file without line breaks is refused, not read whole.

#include "sketch/QuickDrawReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using atelier::core::QuickDrawReader;

class TestQuickDrawReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }

    static QByteArray drawing(const QByteArray &word)
    {
        return "{\"word\":\"" + word + "\",\"key_id\":\"1\",\"drawing\":[[[0,10,20],[0,5,0]],[[5,5],[10,30]]]}\n";
    }

private slots:
    void goodLinesAndABadOne()
    {
        const QString path = write("mixed.ndjson", drawing("cat") + "\n" + "{not json\n" + drawing("dog")
                                                       + "{\"word\":\"x\",\"drawing\":[[[1,2],[3]]]}\n");
        QString error;
        QuickDrawReader::Skipped skipped;
        const auto entries = QuickDrawReader::readFile(path, &error, 100, &skipped);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).word, QString("cat"));
        QCOMPARE(entries->at(1).word, QString("dog"));
        QCOMPARE(entries->at(0).sketch.strokes.size(), 2);
        QCOMPARE(entries->at(0).sketch.strokes.at(0).points.at(1), QPointF(10, 5));
        QCOMPARE(skipped.lines, 2);
        QVERIFY2(skipped.first.startsWith("mixed.ndjson: line 3: "), qPrintable(skipped.first));
    }

    void onlyBadLinesIsAnError()
    {
        QString error;
        QVERIFY(!QuickDrawReader::readFile(write("bad.ndjson", "\n{\"word\":1}\n"), &error));
        QVERIFY2(error.startsWith("bad.ndjson: line 2: "), qPrintable(error));
    }

    void aFileWithoutDrawingsIsAnError()
    {
        QString error;
        QVERIFY(!QuickDrawReader::readFile(write("empty.ndjson", ""), &error));
        QCOMPARE(error, QString("empty.ndjson: no drawings in the file"));
        QVERIFY(!QuickDrawReader::readFile(write("blank.ndjson", "\n\n  \n"), &error));
        QCOMPARE(error, QString("blank.ndjson: no drawings in the file"));
    }

    void theLimitHolds()
    {
        QByteArray text;
        for (int i = 0; i < 30; ++i)
            text += drawing("cat");
        QString error;
        const auto entries = QuickDrawReader::readFile(write("many.ndjson", text), &error, 7);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 7);
    }

    void noLineBreaksIsRefused()
    {
        const QString path = write("one-line.ndjson", QByteArray(5 << 20, ' ') + drawing("cat"));
        QString error;
        QVERIFY(!QuickDrawReader::readFile(path, &error));
        QVERIFY2(error.contains("one-line.ndjson: line 1 is longer than 4 MiB"), qPrintable(error));
    }
};

QTEST_MAIN(TestQuickDrawReader)
#include "test_quickdraw_reader.moc"
