// The sketch canvas driven by QTest mouse events: pen, eraser, select/move,
// each one undo step; the stroke model under QAbstractItemModelTester; SVG
// export read back with QSvgRenderer; and the model panel's finish /
// alternatives / cancel plumbing with a small deterministic drawing model.

#include "common/ResultBrowser.h"
#include "sketch/SketchCanvas.h"
#include "sketch/SketchEditor.h"
#include "sketch/SketchModelPanel.h"
#include "sketch/SketchRenderer.h"

#include "sketch/SketchDocument.h"
#include "sketch/StrokeCodec.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QListWidget>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTimer>
#include <QDialog>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace atelier;
using core::Stroke;
using core::Stroke5;

namespace {
// Draws a square of side 1 (model units) after any prefix; honours cancel.
class SquareModel : public core::ISketchModel {
public:
    QString name() const override { return "square"; }
    double scaleFactor() const override { return 40.0; }
    int maxSeqLen() const override { return 10; }
    bool hasEncoder() const override { return false; }
    int latentSize() const override { return 0; }
    std::optional<QList<QList<Stroke5>>> continueSketch(const QList<Stroke5> &, int count,
                                                        const core::SketchSampleOptions &options,
                                                        const StepCallback &onStep) const override
    {
        QList<QList<Stroke5>> out;
        for (int v = 0; v < count; ++v) {
            const float s = 1.0f + 0.5f * v;  // each variation a bigger square
            QList<Stroke5> rows = {{0.5f, 0, Stroke5::Down}, {s, 0, Stroke5::Down}, {0, s, Stroke5::Down},
                                   {-s, 0, Stroke5::Down}, {0, -s, Stroke5::Up}, {0, 0, Stroke5::End}};
            for (const Stroke5 &r : rows) {
                QThread::msleep(options.maxSteps == 99 ? 200 : 1);  // maxSteps 99: slow, to cancel
                if (onStep && !onStep(v, r))
                    return std::nullopt;
            }
            out.append(rows);
        }
        return out;
    }
    QList<double> rowNll(const QList<Stroke5> &rows, double) const override
    {
        QList<double> out;
        for (const Stroke5 &r : rows)
            out.append(std::abs(r.dx) + std::abs(r.dy));  // long moves are "surprising"
        return out;
    }
};
} // namespace

class TestSketchCanvas : public QObject {
    Q_OBJECT

    core::SketchDocument *m_doc = nullptr;
    ui::SketchEditor *m_editor = nullptr;
    ui::SketchCanvas *canvas() const { return m_editor->canvas(); }
    QWidget *vp() const { return canvas()->viewport(); }

    void drag(const QList<QPoint> &points)
    {
        QTest::mousePress(vp(), Qt::LeftButton, {}, points.first());
        for (const QPoint &p : points.mid(1)) {
            QMouseEvent move(QEvent::MouseMove, p, vp()->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
            QApplication::sendEvent(vp(), &move);
        }
        QTest::mouseRelease(vp(), Qt::LeftButton, {}, points.last());
    }

private slots:
    void init()
    {
        m_doc = new core::SketchDocument;
        core::SketchModelLoader loader = [](const QString &, QString *) {
            return std::make_shared<SquareModel>();
        };
        m_editor = new ui::SketchEditor(m_doc, loader);
        new QAbstractItemModelTester(m_editor->strokeModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, m_editor);
        m_editor->resize(1100, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    }

    void cleanup()
    {
        delete m_editor;
        delete m_doc;
    }

    void importingDrawingsSkipsABadLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("two.ndjson");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"word\":\"cat\",\"drawing\":[[[0,40,80],[0,30,0]]]}\n"
                "{broken\n"
                "{\"word\":\"dog\",\"drawing\":[[[0,10],[0,50]],[[20,60],[20,20]]]}\n");
        f.close();
        QSignalSpy said(m_editor, &ui::SketchEditor::statusMessage);
        int offered = -1;
        QTimer::singleShot(300, this, [&] {   // the browser: take the second drawing
            auto *browser = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            auto *list = browser ? browser->findChild<QListWidget *>() : nullptr;
            if (!list)
                return;
            offered = list->count();
            list->setCurrentRow(1);
            browser->accept();
        });
        QVERIFY(m_editor->importQuickDraw(path));
        QCOMPARE(offered, 2);
        QCOMPARE(m_doc->strokeCount(), 2);   // the dog
        bool toldSkipped = false;
        for (const auto &args : said)
            toldSkipped = toldSkipped || args.first().toString().contains("two.ndjson: line 2: ");
        QVERIFY(toldSkipped);
    }

    void penEraserSelectAreOneStepEach()
    {
        drag({{100, 100}, {150, 110}, {200, 140}, {220, 200}});
        QCOMPARE(m_doc->strokeCount(), 1);
        QCOMPARE(m_doc->stroke(0).points.size(), 4);
        QCOMPARE(canvas()->toViewport(m_doc->stroke(0).points.first()), QPointF(100, 100));
        drag({{300, 300}, {400, 300}});
        QCOMPARE(m_doc->strokeCount(), 2);
        QCOMPARE(m_doc->undoStack()->count(), 2);
        const core::Sketch twoStrokes = m_doc->sketch();

        canvas()->setTool(ui::SketchCanvas::Tool::Select);
        drag({{350, 300}, {360, 320}, {370, 340}});  // grab the line and move it by (20, 40)
        QCOMPARE(m_doc->undoStack()->count(), 3);
        QCOMPARE(canvas()->toViewport(m_doc->stroke(1).points.first()), QPointF(320, 340));

        canvas()->setTool(ui::SketchCanvas::Tool::Eraser);
        drag({{150, 110}, {151, 111}});
        QCOMPARE(m_doc->strokeCount(), 1);
        QCOMPARE(m_doc->undoStack()->count(), 4);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->sketch(), twoStrokes);

        canvas()->selectRows({0, 1});
        canvas()->deleteSelection();
        QCOMPARE(m_doc->strokeCount(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->sketch(), twoStrokes);
    }

    void svgExportMatchesTheDrawing()
    {
        core::Sketch sk;
        sk.strokes = {Stroke{{{10, 10}, {110, 10}, {110, 60}}}, Stroke{{{20, 80}, {60, 90}}}};
        m_doc->resetSketch(sk);
        QTemporaryDir dir;
        QString error;
        const QString svg = dir.filePath("sketch.svg");
        QVERIFY2(ui::SketchRenderer::exportSvg(sk, svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        const QRectF ink = ui::SketchRenderer::bounds(sk.strokes);
        const double m = ui::SketchRenderer::kExportMargin_px;
        QCOMPARE(renderer.viewBoxF().size(), ink.size() + QSizeF(2 * m, 2 * m));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count("<path"), 2);  // one path per stroke
        // Rendered, the ink lands where it was drawn.
        QImage img(renderer.viewBox().size(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        renderer.render(&p);
        p.end();
        const QPoint onInk = (QPointF(60, 10) - ink.topLeft() + QPointF(m, m)).toPoint();
        QVERIFY(qGray(img.pixel(onInk)) < 128);
        QVERIFY(qGray(img.pixel(QPoint(3, int(img.height()) - 3))) > 200);
        QVERIFY(ui::SketchRenderer::exportPng(sk, dir.filePath("sketch.png"), &error));
        QCOMPARE(QImage(dir.filePath("sketch.png")).size(), renderer.viewBox().size());
        QVERIFY(!ui::SketchRenderer::exportSvg(sk, dir.filePath("missing/dir/x.svg"), &error));
    }

    void finishDrawingAddsOneUndoStep()
    {
        drag({{200, 200}, {260, 200}});
        ui::SketchModelPanel *panel = m_editor->modelPanel();
        QVERIFY(panel->modelCombo()->count() >= 0);
        if (panel->modelCombo()->count() == 0)
            panel->modelCombo()->addItem("square", "square");
        panel->finishDrawing();
        QTRY_VERIFY_WITH_TIMEOUT(m_doc->strokeCount() == 2, 5000);
        QCOMPARE(m_doc->undoStack()->count(), 2);
        QVERIFY(m_doc->stroke(1).generated);
        // The square starts half a unit (20 px) to the right of where the pen stopped.
        QCOMPARE(m_doc->stroke(1).points.first(), core::StrokeCodec::endPoint(core::Sketch{{m_doc->stroke(0)}})
                                                      + QPointF(20, 0));
        QCOMPARE(m_doc->stroke(1).points.size(), 5);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->strokeCount(), 1);
    }

    void drawFromScratchGoesBesideTheDrawingAndEverythingIsInView()
    {
        drag({{60, 300}, {400, 250}, {780, 320}});   // most of the view's width
        ui::SketchModelPanel *panel = m_editor->modelPanel();
        if (panel->modelCombo()->count() == 0)
            panel->modelCombo()->addItem("square", "square");
        panel->drawFromScratch();
        QTRY_VERIFY_WITH_TIMEOUT(m_doc->strokeCount() == 2, 5000);
        const QRectF mine = ui::SketchRenderer::bounds({m_doc->stroke(0)});
        const QRectF drawn = ui::SketchRenderer::bounds({m_doc->stroke(1)});
        QVERIFY2(drawn.left() > mine.right(), "not over the user's strokes");
        QVERIFY(drawn.intersects(QRectF(drawn.left(), mine.top(), drawn.width(), mine.height())));   // beside it
        const QRectF visible = canvas()->visibleDocumentRect();
        QVERIFY2(visible.contains(mine.united(drawn)),
                 qPrintable(QStringLiteral("visible %1,%2 %3x%4")
                                .arg(visible.x()).arg(visible.y()).arg(visible.width()).arg(visible.height())));
    }

    void staleResultsAreDropped()
    {
        ui::SketchModelPanel *panel = m_editor->modelPanel();
        if (panel->modelCombo()->count() == 0)
            panel->modelCombo()->addItem("square", "square");
        panel->showAlternatives();
        QTRY_COMPARE_WITH_TIMEOUT(panel->alternativesList()->count(), 3, 5000);
        drag({{100, 100}, {200, 120}});   // the drawing they continued is gone
        QCOMPARE(panel->alternativesList()->count(), 0);
        panel->showAlternatives();
        QTRY_COMPARE_WITH_TIMEOUT(panel->alternativesList()->count(), 3, 5000);
        m_doc->requestReplaceAll(core::Sketch{}, "Clear canvas");   // Clear
        QCOMPARE(panel->alternativesList()->count(), 0);
        panel->showAlternatives();
        QTRY_COMPARE_WITH_TIMEOUT(panel->alternativesList()->count(), 3, 5000);
        emit panel->modelCombo()->activated(0);   // another model
        QCOMPARE(panel->alternativesList()->count(), 0);
    }

    void alternativesPreviewOnTheCanvas()
    {
        ui::SketchModelPanel *panel = m_editor->modelPanel();
        if (panel->modelCombo()->count() == 0)
            panel->modelCombo()->addItem("square", "square");
        panel->showAlternatives();
        QTRY_COMPARE_WITH_TIMEOUT(panel->alternativesList()->count(), 3, 5000);
        auto *browser = panel->findChild<ui::ResultBrowser *>();
        QVERIFY(browser);
        browser->setCurrent(1);
        browser->previewButton()->click();
        QVERIFY(browser->isPreviewing());
        QVERIFY(!m_editor->canvas()->pendingStrokes().isEmpty());   // shown, not drawn
        QCOMPARE(m_doc->strokeCount(), 0);
        const QList<core::Stroke> second = m_editor->canvas()->pendingStrokes();
        browser->setCurrent(2);                                      // the preview follows
        QVERIFY(m_editor->canvas()->pendingStrokes() != second);
        browser->discardButton()->click();
        QVERIFY(m_editor->canvas()->pendingStrokes().isEmpty());
        QCOMPARE(panel->alternativesList()->count(), 0);
        QCOMPARE(m_doc->strokeCount(), 0);
    }

    void alternativesThenKeepOne()
    {
        ui::SketchModelPanel *panel = m_editor->modelPanel();
        if (panel->modelCombo()->count() == 0)
            panel->modelCombo()->addItem("square", "square");
        panel->showAlternatives();  // 3 by default
        QTRY_COMPARE_WITH_TIMEOUT(panel->alternativesList()->count(), 3, 5000);
        QCOMPARE(m_doc->strokeCount(), 0);
        panel->keepAlternative(2);
        QCOMPARE(m_doc->strokeCount(), 1);
        const QRectF b = ui::SketchRenderer::bounds({m_doc->stroke(0)});
        // The third square (side 2 units), after a half-unit lead-in drawn with the pen down
        // (an empty canvas starts with the pen down, like the model's start token).
        QVERIFY2(std::abs(b.width() - (2.5 * 40 + 3)) < 0.5, qPrintable(QString::number(b.width())));
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }
};

QTEST_MAIN(TestSketchCanvas)
#include "test_sketchcanvas.moc"
