// Export proposals: the last export folder, else Music/home; a name
// "<base> (export).<ext>" that is new, so the dialog never offers to
// overwrite the source file or an earlier export.

#include "common/ExportPaths.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier::ui;

class TestExportPaths : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // a private QSettings
        QCoreApplication::setOrganizationName("AtelierTest");
        QCoreApplication::setApplicationName("test_export_paths");
    }

    void proposesANewNameInTheLastExportFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportPaths::remember(dir.filePath("earlier.wav"));
        QCOMPARE(ExportPaths::lastFolder(), dir.path());
        // The song's own file sits there too: it is never proposed.
        QFile source(dir.filePath("Bach Prelude.mid"));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.close();
        const QString first = ExportPaths::suggest("Bach Prelude", "mid");
        QCOMPARE(first, dir.filePath("Bach Prelude (export).mid"));
        QFile taken(first);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.close();
        QCOMPARE(ExportPaths::suggest("Bach Prelude", "mid"), dir.filePath("Bach Prelude (export 2).mid"));
        QCOMPARE(ExportPaths::suggest("", "svg"), dir.filePath("Untitled (export).svg"));
        QCOMPARE(ExportPaths::suggest("a/b", "wav"), dir.filePath("a-b (export).wav"));
    }

    void aFolderThatIsGoneFallsBackToMusicOrHome()
    {
        QString gone;
        {
            QTemporaryDir dir;
            gone = dir.path();
            ExportPaths::remember(dir.filePath("x.mid"));
        }
        const QString folder = ExportPaths::lastFolder();
        QVERIFY(folder != gone);
        QVERIFY2(QFileInfo(folder).isDir() && QFileInfo(folder).isWritable(), qPrintable(folder));
    }
};

QTEST_GUILESS_MAIN(TestExportPaths)
#include "test_export_paths.moc"
