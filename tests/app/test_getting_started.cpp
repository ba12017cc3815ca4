// Help > Getting Started, end to end on the real path: the studio with the
// bundled melody and timbre models, the first run's three starts. "Continue a
// tune" opens our demo tune (compiled in; the counts below are those written
// in assets/demo/first-tune.atelier) as an untitled song and the melody model
// continues it into four variations; "Finish a drawing" and "Morph a sound"
// bring their instrument to the front. Once a start was taken, the next start
// opens straight into the studio.

#include "MusicModels.h"
#include "TimbreModels.h"
#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "common/ResultBrowser.h"
#include "document/SongDocument.h"
#include "main/FileController.h"
#include "main/GettingStartedDialog.h"
#include "main/MainWindow.h"
#include "music/ContinuePanel.h"
#include "sketch/SketchDocument.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace atelier;

class TestGettingStarted : public QObject {
    Q_OBJECT

    core::SongDocument m_doc;
    core::SketchDocument m_sketch;
    std::unique_ptr<core::AudioEngine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::GettingStartedDialog *openDialog()
    {
        m_window->showGettingStarted();
        for (auto *dialog : m_window->findChildren<ui::GettingStartedDialog *>())
            if (dialog->isVisible())   // (one closed before may wait for its deletion)
                return dialog;
        return nullptr;
    }

    int currentInstrument() const { return m_window->findChild<QTabWidget *>("instrumentTabs")->currentIndex(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("AtelierTest");
        QCoreApplication::setApplicationName("test_getting_started");
        QSettings().clear();
        m_engine = std::make_unique<core::AudioEngine>(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        m_window = std::make_unique<ui::MainWindow>(&m_doc, &m_sketch, m_engine.get(), nullptr,
                                                    core::SketchModelLoader{}, &models::loadMusicModel,
                                                    core::TrainingJobFactory{}, &models::loadTimbreModel);
        m_window->files()->newSong();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine->shutdown();
    }

    void theFirstRunOffersThreeStarts()
    {
        QVERIFY(ui::GettingStartedDialog::showAtStart());   // nothing chosen yet: the first run shows it
        ui::GettingStartedDialog *dialog = openDialog();
        QVERIFY(dialog);
        for (QToolButton *b : {dialog->tuneButton(), dialog->drawButton(), dialog->morphButton()})
            QVERIFY(b->isVisible() && !b->text().isEmpty());
        dialog->close();
    }

    void continueATuneOpensTheDemoAndContinuesIt()
    {
        m_window->showInstrument(2);
        ui::GettingStartedDialog *dialog = openDialog();
        QVERIFY(dialog);
        QSignalSpy ready(m_window->continuePanel(), &ui::ContinuePanel::resultsReady);
        dialog->tuneButton()->click();
        QCOMPARE(currentInstrument(), 0);
        QCOMPARE(m_doc.trackCount(), 2);
        QCOMPARE(m_doc.track(0).name, QStringLiteral("Melody"));
        QCOMPARE(m_doc.track(0).notes.size(), 25);
        QCOMPARE(m_doc.track(1).notes.size(), 14);
        QCOMPARE(m_doc.song().key, (core::SongKey{0, 1}));   // C major
        QCOMPARE(m_window->files()->displayName(), QStringLiteral("First Tune.atelier"));
        QVERIFY(m_window->files()->currentPath().isEmpty());   // Save asks where
        QVERIFY(!m_window->files()->isModified());
        // The real melody model continues it.
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        QCOMPARE(m_window->continuePanel()->variationCount(), 4);
        QCOMPARE(m_window->continuePanel()->results()->count(), 4);
        QVERIFY(!ui::GettingStartedDialog::showAtStart());   // a start was taken
    }

    void drawAndMorphComeToTheFront()
    {
        ui::GettingStartedDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->drawButton()->click();
        QCOMPARE(currentInstrument(), 1);
        dialog = openDialog();
        QVERIFY(dialog);
        dialog->morphButton()->click();
        QCOMPARE(currentInstrument(), 2);
    }
};

QTEST_MAIN(TestGettingStarted)
#include "test_getting_started.moc"
