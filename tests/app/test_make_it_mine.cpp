// Make It Mine end to end, on the real path, as a newcomer does it: the
// studio with its real model loaders and training jobs; fifteen sheep drawn
// with the mouse on the canvas in one's own style (narrower, taller, facing
// the other way), each kept with Sketch ▸ Keep Drawing for Make It Mine;
// Sketch ▸ Make It Mine trains the canvas's sheep VAE on them for real; the
// dialog says how much lower the loss on the held-out drawings went (it must
// be lower), the new model is in the canvas's list and chosen, it is stored
// in float32, and the canvas finishes the next sheep with it. And Music ▸
// Make It Mine on the song in the piano roll, to a melody model Continue uses.

#include "../TestData.h"
#include "main/MainWindow.h"
#include "main/FileController.h"
#include "music/ContinuePanel.h"
#include "sketch/SketchCanvas.h"
#include "sketch/SketchEditor.h"
#include "sketch/SketchModelPanel.h"
#include "training/TrainingDialog.h"

#include "MusicModels.h"
#include "SketchModels.h"
#include "TimbreModels.h"
#include "TrainingJobs.h"

#include "audio/AudioEngine.h"
#include "audio/NullAudioDevice.h"
#include "document/SongDocument.h"
#include "project/DataPaths.h"
#include "project/DrawingCollection.h"
#include "sketch/SketchDocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace atelier;

namespace {

using Drawing = QList<QList<QPointF>>;

// The first `n` valid-split sheep of aaron_sheep, drawn "my way": mirrored,
// 0.7 times as wide and 1.3 times as tall (the README's mine.ndjson).
QList<Drawing> mySheep(int n)
{
    QFile f(core::DataPaths::dataDir() + "/data/sketches/aaron_sheep.ndjson");
    QList<Drawing> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (out.size() < n && !f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o["split"].toString() != QLatin1String("valid"))
            continue;
        Drawing d;
        for (const QJsonValue &s : o["drawing"].toArray()) {
            const QJsonArray xs = s.toArray()[0].toArray(), ys = s.toArray()[1].toArray();
            QList<QPointF> stroke;
            for (int i = 0; i < xs.size(); ++i)
                stroke.append(QPointF(40 + 0.7 * (300 - xs[i].toDouble()), 20 + 1.3 * ys[i].toDouble()));
            d.append(stroke);
        }
        out.append(d);
    }
    return out;
}

} // namespace

class TestMakeItMine : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::SongDocument> m_doc;
    std::unique_ptr<core::SketchDocument> m_sketch;
    std::unique_ptr<core::AudioEngine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::SketchCanvas *canvas() const { return m_window->sketchEditor()->canvas(); }

    // One stroke with the pen, as the mouse draws it (document → screen).
    void drawStroke(const QList<QPointF> &points)
    {
        QWidget *vp = canvas()->viewport();
        const auto at = [&](const QPointF &p) { return canvas()->toViewport(p).toPoint(); };
        QTest::mousePress(vp, Qt::LeftButton, {}, at(points.first()));
        for (const QPointF &p : points.mid(1)) {
            QMouseEvent move(QEvent::MouseMove, at(p), vp->mapToGlobal(at(p)), Qt::NoButton, Qt::LeftButton, {});
            QApplication::sendEvent(vp, &move);
        }
        QTest::mouseRelease(vp, Qt::LeftButton, {}, at(points.last()));
    }

    void clearCanvas()
    {
        m_sketch->requestReplaceAll(core::Sketch{}, QStringLiteral("Clear canvas"));
        QCOMPARE(m_sketch->strokeCount(), 0);
    }

    void startStudio()
    {
        m_doc = std::make_unique<core::SongDocument>();
        m_sketch = std::make_unique<core::SketchDocument>();
        m_engine = std::make_unique<core::AudioEngine>(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        m_window = std::make_unique<ui::MainWindow>(m_doc.get(), m_sketch.get(), m_engine.get(), nullptr,
                                                    &models::loadSketchModel, &models::loadMusicModel,
                                                    app::trainingJobFactory(), &models::loadTimbreModel);
        m_window->files()->newSong();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("ATELIER_CACHE", m_dir.filePath("cache").toUtf8());
        // A newcomer: no drawings kept yet, no model of their own.
        QFile::remove(core::DrawingCollection::defaultPath());
        QFile::remove(core::DataPaths::userModelDir() + "/sheep-vae-mine.gen.json");
    }

    void tenSheepInMyStyleThenTheCanvasFinishesTheNext()
    {
        const QList<Drawing> sheep = mySheep(16);
        if (sheep.size() < 16)
            ATELIER_SKIP_OR_FAIL("no aaron_sheep.ndjson in the data path");

        startStudio();
        if (QTest::currentTestFailed())
            return;
        m_window->showInstrument(1);

        ui::SketchModelPanel *panel = m_window->sketchEditor()->modelPanel();
        const QString base = panel->modelCombo()->currentData().toString();
        QVERIFY2(base.endsWith("assets/models/sheep-vae.gen.json"), qPrintable(base));

        // Fifteen drawings, each drawn with the mouse and kept; the menu item
        // refuses before the tenth.
        QVERIFY(action("keepDrawing") && action("makeSketchMine"));
        for (int i = 0; i < 15; ++i) {
            clearCanvas();
            for (const QList<QPointF> &stroke : sheep[i])
                drawStroke(stroke);
            QCOMPARE(m_sketch->strokeCount(), int(sheep[i].size()));
            action("keepDrawing")->trigger();
            QCOMPARE(core::DrawingCollection::count(core::DrawingCollection::defaultPath()), i + 1);
            if (i == 8) {   // nine: the user is told how many more, and nothing starts
                QString told;
                QTimer::singleShot(200, this, [&] {
                    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                        told = box->text();
                        box->accept();
                    }
                });
                action("makeSketchMine")->trigger();
                QVERIFY2(told.contains("at least 10") && told.contains("kept 9"), qPrintable(told));
                QVERIFY(!m_window->findChild<ui::TrainingDialog *>());
            }
        }

        action("makeSketchMine")->trigger();
        auto *dialog = m_window->findChild<ui::TrainingDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->startFromCombo()->currentData().toString(), base);
        QCOMPARE(dialog->dataEdit()->text(), core::DrawingCollection::defaultPath());
        const QString out = dialog->outputEdit()->text();
        QCOMPARE(out, core::DataPaths::userModelDir() + "/sheep-vae-mine.gen.json");

        // Real training: thirty steps rather than the dialog's two minutes.
        dialog->setSteps(30);
        QSignalSpy finished(dialog, &ui::TrainingDialog::finished);
        dialog->start();
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.wait(8 * 60 * 1000));
        const QString said = dialog->statusLabel()->text();
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(said));
        qInfo("%s", qPrintable(said));

        // The figures the user reads: their held-out drawings (every fifth:
        // 3 of 15) scored by the sheep VAE and by their model; and the data
        // it first learned from (aaron_sheep's test split).
        const QRegularExpression went(QStringLiteral("loss went (-?[0-9.]+) → (-?[0-9.]+)"));
        const QRegularExpressionMatch mine = went.match(said);
        QVERIFY2(mine.hasMatch(), qPrintable(said));
        QVERIFY2(mine.captured(2).toDouble() < mine.captured(1).toDouble(), qPrintable(said));
        QVERIFY2(said.contains("On the data it first learned from"), qPrintable(said));

        // Stored in float32, listed on the canvas and chosen there.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"float32\""));
        QCOMPARE(panel->modelCombo()->currentData().toString(), out);

        // The next sheep: its first stroke by hand, the rest by the model.
        clearCanvas();
        drawStroke(sheep[15].first());
        QCOMPARE(m_sketch->strokeCount(), 1);
        panel->finishDrawing();
        QTRY_VERIFY_WITH_TIMEOUT(m_sketch->strokeCount() > 1 && !panel->isBusy(), 120000);
        for (int r = 1; r < m_sketch->strokeCount(); ++r)
            QVERIFY(m_sketch->stroke(r).generated);
        QVERIFY(!m_sketch->stroke(0).generated);
        QCOMPARE(m_sketch->undoStack()->undoText(), QStringLiteral("Finish drawing"));
    }

    // Music ▸ Make It Mine: the song in the piano roll (a long Nottingham
    // jig) teaches our melody model; the model is chosen in Continue, which
    // continues the song with it.
    void theCurrentSongTeachesTheMelodyModel()
    {
        const QString tune = core::DataPaths::dataDir() + "/data/midi/nottingham/melody/jigs110.mid";
        if (!QFile::exists(tune))
            ATELIER_SKIP_OR_FAIL("no Nottingham melodies in the data path");
        const QString out = core::DataPaths::userModelDir() + "/melody-lstm-mine.music.json";
        QFile::remove(out);
        startStudio();
        if (QTest::currentTestFailed())
            return;
        QString error;
        QVERIFY2(m_window->files()->openFile(tune, &error), qPrintable(error));
        QVERIFY(action("makeMusicMine"));
        action("makeMusicMine")->trigger();
        auto *dialog = m_window->findChild<ui::TrainingDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("melody"));
        QVERIFY(dialog->startFromCombo()->currentData().toString().endsWith("assets/models/melody-lstm.music.json"));
        QCOMPARE(dialog->outputEdit()->text(), out);
        QVERIFY(QFileInfo(dialog->dataEdit()->text() + "/current-song.mid").size() > 0);

        dialog->setSteps(20);
        QSignalSpy finished(dialog, &ui::TrainingDialog::finished);
        dialog->start();
        QVERIFY(finished.wait(8 * 60 * 1000));
        const QString said = dialog->statusLabel()->text();
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(said));
        qInfo("%s", qPrintable(said));
        const QRegularExpressionMatch mine = QRegularExpression(QStringLiteral("loss went ([0-9.]+) → ([0-9.]+)")).match(said);
        QVERIFY2(mine.hasMatch(), qPrintable(said));
        QVERIFY2(mine.captured(2).toDouble() < mine.captured(1).toDouble(), qPrintable(said));
        QVERIFY2(said.contains("On the data it first learned from"), qPrintable(said));

        ui::ContinuePanel *panel = m_window->continuePanel();
        QCOMPARE(panel->modelCombo()->currentData().toString(), out);
        QSignalSpy ready(panel, &ui::ContinuePanel::resultsReady);
        panel->continueMusic();
        QVERIFY(ready.wait(120000));
        QVERIFY2(panel->variationCount() > 0, qPrintable(panel->statusLabel()->text()));
    }

    // Make It Mine starts from the model the user chose in Continue: a
    // performance model is personalised as one.
    void makeItMineStartsFromTheModelChosenInContinue()
    {
        const QString tune = core::DataPaths::dataDir() + "/data/midi/nottingham/melody/jigs110.mid";
        if (!QFile::exists(tune))
            ATELIER_SKIP_OR_FAIL("no Nottingham melodies in the data path");
        startStudio();
        if (QTest::currentTestFailed())
            return;
        QString error;
        QVERIFY2(m_window->files()->openFile(tune, &error), qPrintable(error));
        QComboBox *models = m_window->continuePanel()->modelCombo();
        int performance = -1;
        for (int i = 0; i < models->count(); ++i)
            if (models->itemData(i).toString().endsWith("assets/models/performance-lstm.music.json"))
                performance = i;
        QVERIFY(performance >= 0);
        models->setCurrentIndex(performance);
        action("makeMusicMine")->trigger();
        auto *dialog = m_window->findChild<ui::TrainingDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("performance"));
        QCOMPARE(dialog->startFromCombo()->currentData().toString(), models->itemData(performance).toString());
        QVERIFY2(dialog->outputEdit()->text().endsWith("/performance-lstm-mine.music.json"),
                 qPrintable(dialog->outputEdit()->text()));
        QVERIFY2(m_window->statusBar()->currentMessage().contains("performance-lstm learns from the song"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        dialog->close();
    }

    void cleanup()
    {
        m_window.reset();
        m_engine.reset();
    }
};

QTEST_MAIN(TestMakeItMine)
#include "test_make_it_mine.moc"
