// The sketch canvas with a real pretrained model (Magenta's bird): half a
// bird drawn on the canvas gets three different endings, one is kept and
// edited, and the result exports as SVG. The surprise map scores the strokes.

#include "common/ResultBrowser.h"
#include "reward/PreferenceLog.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QToolButton>
#include "../TestData.h"
#include "sketch/InterpolateDialog.h"
#include "sketch/SketchCanvas.h"
#include "sketch/SketchEditor.h"
#include "sketch/SketchModelPanel.h"
#include "sketch/SketchRenderer.h"

#include "SketchModels.h"
#include "sketch/SketchDocument.h"
#include "sketch/QuickDrawReader.h"
#include "sketch/StrokeCodec.h"

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace atelier;

class TestSketchModels : public QObject {
    Q_OBJECT

    static QString model(const QString &name)
    {
        return qEnvironmentVariable("ATELIER_DATA") + "/models/sketch-rnn/" + name + ".gen.json";
    }

    static core::Sketch halfABird()
    {
        core::Stroke head;
        for (int a = 0; a <= 360; a += 20)
            head.points.append({350 + 40 * std::cos(a * M_PI / 180), 300 + 40 * std::sin(a * M_PI / 180)});
        core::Stroke beak{{{312, 290}, {285, 300}, {312, 308}}};
        core::Stroke back{{{388, 315}, {430, 310}, {480, 320}, {530, 345}, {560, 370}}};
        return core::Sketch{{head, beak, back}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFile::exists(model("bird")))
            ATELIER_SKIP_OR_FAIL("the pretrained models are not in $ATELIER_DATA/models/sketch-rnn");
    }

    void threeEndingsForHalfABird()
    {
        core::SketchDocument doc;
        ui::SketchEditor editor(&doc, &models::loadSketchModel);
        editor.resize(1100, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        doc.resetSketch(halfABird());
        ui::SketchModelPanel *panel = editor.modelPanel();
        const int bird = panel->modelCombo()->findText("Bird");   // shown as a word
        QVERIFY(bird >= 0);  // found on the model search path
        panel->modelCombo()->setCurrentIndex(bird);
        QVERIFY(panel->currentModel());
        QCOMPARE(panel->currentModel()->name(), QString("bird"));

        panel->showAlternatives();
        QTRY_COMPARE_WITH_TIMEOUT(panel->alternativesList()->count(), 3, 20000);
        // A thumb down on the first: the log keeps the batch, each ending as a script sees it,
        // going on from where the half bird ends.
        QFile::remove(core::PreferenceLog::defaultPath());
        auto *browser = panel->findChild<ui::ResultBrowser *>();
        browser->setCurrent(0);
        browser->dislikeButton()->click();
        QString logError;
        const auto rated = core::PreferenceLog::read(core::PreferenceLog::defaultPath(), &logError);
        QVERIFY2(rated, qPrintable(logError));
        QCOMPARE(int(rated->size()), 3);
        QCOMPARE(rated->front().rating, -1);
        QCOMPARE(rated->front().kind, QStringLiteral("sketch"));
        QCOMPARE(rated->front().model, QStringLiteral("bird"));
        QCOMPARE(rated->front().sample.value("context").toArray().size(), 3);   // head, beak, back
        QVERIFY(!rated->front().sample.value("strokes").toArray().isEmpty());
        // Keep the second ending: it is added as ordinary strokes in one undo step.
        panel->keepAlternative(1);
        QVERIFY(doc.strokeCount() > 3);
        QCOMPARE(doc.undoStack()->count(), 1);
        for (int i = 3; i < doc.strokeCount(); ++i)
            QVERIFY(doc.stroke(i).generated);
        // Edit a generated stroke: move it.
        QVERIFY(doc.requestMoveStrokes({3}, QPointF(5, 5)));
        QTemporaryDir dir;
        QString error;
        QVERIFY(ui::SketchRenderer::exportSvg(doc.sketch(), dir.filePath("bird.svg"), &error));
        QSvgRenderer svg(dir.filePath("bird.svg"));
        QVERIFY(svg.isValid());
    }

    void endingsDiffer()
    {
        QString error;
        auto bird = models::loadSketchModel(model("bird"), &error);
        QVERIFY2(bird, qPrintable(error));
        const auto prefix = core::StrokeCodec::encode(halfABird(), bird->scaleFactor());
        core::SketchSampleOptions o;
        o.temperature = 0.45;
        o.seed = 7;
        const auto endings = bird->continueSketch(prefix, 3, o);
        QVERIFY(endings.has_value());
        QCOMPARE(endings->size(), 3);
        for (const auto &e : *endings)
            QVERIFY(e.size() > 5);
        QVERIFY((*endings)[0] != (*endings)[1]);
        QVERIFY((*endings)[1] != (*endings)[2]);
        // The same seed gives the same endings.
        QCOMPARE(*bird->continueSketch(prefix, 3, o), *endings);
    }

    void surpriseScoresEveryRow()
    {
        QString error;
        auto bird = models::loadSketchModel(model("bird"), &error);
        QVERIFY(bird);
        const auto rows = core::StrokeCodec::encode(halfABird(), bird->scaleFactor());
        const QList<double> nll = bird->rowNll(rows);
        QCOMPARE(nll.size(), rows.size());
        for (double v : nll)
            QVERIFY(std::isfinite(v));
        // A wild jump is more surprising than a small step along a stroke.
        QList<core::Stroke5> wild = rows;
        wild[5].dx += 25.0f;
        QVERIFY(bird->rowNll(wild)[5] > nll[5] + 5);
    }

    // Our sheep VAE: two test-split sheep encoded, seven drawings decoded
    // between them on the dialog's worker thread.
    void interpolateBetweenTwoSheep()
    {
        const QString sheepModel = QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/sheep-vae.gen.json");
        QString error;
        auto sheep = models::loadSketchModel(sheepModel, &error);
        QVERIFY2(sheep, qPrintable(error));
        QVERIFY(sheep->hasEncoder());
        const auto entries = core::QuickDrawReader::readFile(
            qEnvironmentVariable("ATELIER_DATA") + "/data/sketches/aaron_sheep.ndjson", &error);
        QVERIFY2(entries && entries->size() > 2, qPrintable(error));
        ui::InterpolateDialog dialog(sheep, entries->at(0).sketch);
        QSignalSpy finished(&dialog, &ui::InterpolateDialog::finished);
        QVERIFY(dialog.interpolate(entries->at(1).sketch, 0.1));
        QVERIFY(dialog.isBusy() || finished.size() == 1);  // the UI thread is free meanwhile
        QVERIFY(finished.size() == 1 || finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QList<core::Sketch> results = dialog.results();
        QCOMPARE(results.size(), int(ui::InterpolateDialog::kSteps));
        for (const core::Sketch &s : results)
            QVERIFY(!s.strokes.isEmpty());
        QVERIFY(dialog.chosen());
    }

    void interpolationClosesWhileDecoding()
    {
        QString error;
        auto sheep = models::loadSketchModel(QStringLiteral(ATELIER_SOURCE_DIR "/assets/models/sheep-vae.gen.json"),
                                             &error);
        QVERIFY(sheep);
        auto dialog = std::make_unique<ui::InterpolateDialog>(sheep, halfABird());
        QVERIFY(dialog->interpolate(halfABird(), 0.5));
        dialog.reset();  // must wait for or stop the worker, not crash
    }
};

QTEST_MAIN(TestSketchModels)
#include "test_sketch_models.moc"
