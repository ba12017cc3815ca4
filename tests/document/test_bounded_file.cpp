// BoundedFile: a regular file is read up to its limit (exactly at the limit
// too); a missing file, a folder, a FIFO (which would block a plain read)
// and /dev/zero (which never ends) are refused by name without reading, and
// so is a file over the limit.

#include "document/BoundedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace atelier::core;

class TestBoundedFile : public QObject {
    Q_OBJECT
private slots:
    void readsRegularFilesUpToTheLimit()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("ten.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0123456789");
        f.close();
        QString reason;
        auto bytes = BoundedFile::read(f.fileName(), 10, &reason);
        QVERIFY2(bytes, qPrintable(reason));
        QCOMPARE(*bytes, QByteArray("0123456789"));
        QVERIFY(!BoundedFile::read(f.fileName(), 9, &reason));
        QVERIFY2(reason.startsWith("larger than"), qPrintable(reason));
        QFile empty(dir.filePath("empty"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        bytes = BoundedFile::read(empty.fileName(), 10, &reason);
        QVERIFY(bytes && bytes->isEmpty());
    }

    void refusesWhatIsNotARegularFile()
    {
        QTemporaryDir dir;
        QString reason;
        QVERIFY(!BoundedFile::read(dir.filePath("missing"), 100, &reason));
        QCOMPARE(reason, QStringLiteral("no such file"));
        QVERIFY(!BoundedFile::read(dir.path(), 100, &reason));
        QCOMPARE(reason, QStringLiteral("not a regular file"));
        const QString fifo = dir.filePath("fifo");
        QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        QVERIFY(!BoundedFile::read(fifo, 100, &reason));   // returns at once: nothing writes to it
        QCOMPARE(reason, QStringLiteral("not a regular file"));
        QVERIFY(!BoundedFile::read("/dev/zero", 100, &reason));
        QCOMPARE(reason, QStringLiteral("not a regular file"));
    }
};

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "test_bounded_file.moc"
