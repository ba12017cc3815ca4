#include "sketch/SketchEditor.h"
#include "common/DragOutButton.h"
#include "project/DragFiles.h"
#include "common/Theme.h"
#include "common/ExportPaths.h"
#include "common/Shortcuts.h"
#include "sketch/QuickDrawBrowser.h"
#include "sketch/SketchCanvas.h"
#include "sketch/SketchModelPanel.h"
#include "sketch/SketchRenderer.h"

#include "project/DataPaths.h"
#include "jobs/JobRunner.h"
#include "sketch/QuickDrawReader.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace atelier::ui {

SketchEditor::SketchEditor(core::SketchDocument *doc, core::SketchModelLoader loader, QWidget *parent)
    : QWidget(parent), m_doc(doc)
{
    m_model = new core::StrokeModel(doc, this);
    m_canvas = new SketchCanvas(this);
    m_canvas->setStrokeModel(m_model);
    m_panel = new SketchModelPanel(doc, m_canvas, std::move(loader), this);
    connect(m_panel, &SketchModelPanel::statusMessage, this, &SketchEditor::statusMessage);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *tools = new QActionGroup(this);
    const struct { QString text; QKeySequence key; SketchCanvas::Tool tool; const char *icon; } kinds[] = {
        {tr("Pen"), QKeySequence(Qt::Key_P), SketchCanvas::Tool::Pen, "draw-freehand"},
        {tr("Eraser"), QKeySequence(Qt::Key_E), SketchCanvas::Tool::Eraser, "draw-eraser"},
        {tr("Select"), QKeySequence(Qt::Key_V), SketchCanvas::Tool::Select, "edit-select"},
    };
    for (const auto &k : kinds) {
        QAction *a = tools->addAction(Theme::icon(k.icon), k.text);
        a->setCheckable(true);
        a->setShortcut(k.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setChecked(k.tool == SketchCanvas::Tool::Pen);
        const auto tool = k.tool;
        connect(a, &QAction::triggered, m_canvas, [this, tool] { m_canvas->setTool(tool); });
        bar->addAction(a);
        m_actions.append(a);
    }
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Width "), this));
    auto *width = new QSpinBox(this);
    width->setRange(1, 30);
    width->setValue(3);
    connect(width, &QSpinBox::valueChanged, m_canvas, [this](int w) { m_canvas->setPenWidth(w); });
    bar->addWidget(width);
    bar->addSeparator();
    auto add = [&](const QString &text, const QKeySequence &key, auto fn, const char *icon) {
        QAction *a = bar->addAction(Theme::icon(icon), text);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, fn);
        m_actions.append(a);
        return a;
    };
    add(tr("Delete"), QKeySequence::Delete, [this] { m_canvas->deleteSelection(); }, "edit-delete");
    add(tr("Clear"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] {
        m_doc->requestReplaceAll(core::Sketch{}, tr("Clear canvas"));
    }, "edit-clear-all");
    add(tr("Zoom In"), QKeySequence::ZoomIn, [this] { m_canvas->setZoom(m_canvas->zoom() * 1.25); }, "zoom-in")
        ->setShortcuts(keysFor(QKeySequence::ZoomIn, {QKeySequence(Qt::CTRL | Qt::Key_Equal)}));
    add(tr("Zoom Out"), QKeySequence::ZoomOut, [this] { m_canvas->setZoom(m_canvas->zoom() / 1.25); }, "zoom-out");
    bar->addSeparator();
    add(tr("Import Drawings…"), QKeySequence(), [this] { importQuickDraw(); }, "document-import");
    add(tr("Export Image…"), QKeySequence(), [this] { exportImage(); }, "document-export");
    m_dragOut = new DragOutButton(tr("Drag SVG"), QStringLiteral("image/svg+xml"), this);
    m_dragOut->setObjectName("sketchDragSvg");
    m_dragOut->setToolTip(tr("Drag the drawing into a file manager or another program as an SVG file"));
    m_dragOut->setWriter([this](QString *error) -> QString {
        if (m_doc->sketch().strokes.isEmpty()) {
            *error = tr("the canvas is empty");
            return {};
        }
        const QString path = core::DragFiles::newPath(tr("sketch"), QStringLiteral("svg"), error);
        if (path.isEmpty() || !SketchRenderer::exportSvg(m_doc->sketch(), path, error))
            return {};
        return path;
    });
    connect(m_dragOut, &DragOutButton::message, this, &SketchEditor::statusMessage);
    bar->addWidget(m_dragOut);
    addActions(m_actions);
    addActions(m_panel->modelActions());   // their keys work while the sketch instrument has the focus

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 1);
    split->setSizes({900, 280});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(split, 1);
}

bool SketchEditor::importQuickDraw(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import Drawings"), core::DataPaths::dataDir() + "/data/sketches",
                                            tr("Quick, Draw! drawings (*.ndjson);;All files (*)"));
    if (path.isEmpty())
        return false;
    // Read on a worker (50,000 drawings take a while); the studio stays live meanwhile.
    struct Read {
        std::optional<QList<core::QuickDrawEntry>> entries;
        QString error;
        core::QuickDrawReader::Skipped skipped;
    };
    auto read = std::make_shared<Read>();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    emit statusMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    QPointer<SketchEditor> self(this);
    const bool ended = core::JobRunner::instance().waitFor(core::JobRunner::instance().start(this, [read, path](core::JobContext &) {
        read->entries = core::QuickDrawReader::readFile(path, &read->error, core::QuickDrawReader::kDefaultMaxDrawings,
                                                        &read->skipped);
    }));
    QApplication::restoreOverrideCursor();
    // The studio may be quitting (its event loops end) or this editor gone:
    // the worker may still write `read`, so leave it alone.
    if (!ended || !self)
        return false;
    const auto &entries = read->entries;
    const QString &error = read->error;
    const core::QuickDrawReader::Skipped &skipped = read->skipped;
    if (!entries) {
        QMessageBox::critical(this, tr("Cannot import"), error);
        return false;
    }
    if (skipped.lines > 0)
        emit statusMessage(tr("%n line(s) could not be read and were left out; the first: %1", nullptr, skipped.lines)
                               .arg(skipped.first));
    QuickDrawBrowser browser(*entries, QFileInfo(path).fileName(), this);
    if (browser.exec() != QDialog::Accepted || !browser.chosen())
        return false;
    // Place the drawing on the visible canvas.
    core::Sketch sketch = *browser.chosen();
    const QRectF b = SketchRenderer::bounds(sketch.strokes);
    const QPointF shift = m_canvas->toDocument(QPointF(m_canvas->viewport()->rect().center())) - b.center();
    for (core::Stroke &s : sketch.strokes)
        for (QPointF &p : s.points)
            p += shift;
    return m_doc->requestReplaceAll(sketch, tr("Import drawing"));
}

bool SketchEditor::exportImage(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export Image"), ExportPaths::suggest(tr("Drawing"), "svg"),
                                            tr("SVG image (*.svg);;PNG image (*.png)"));
    if (!path.isEmpty() && givenPath.isEmpty())
        ExportPaths::remember(path);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(".svg", Qt::CaseInsensitive) && !path.endsWith(".png", Qt::CaseInsensitive))
        path += ".svg";
    QString error;
    const bool ok = path.endsWith(".png", Qt::CaseInsensitive)
        ? SketchRenderer::exportPng(m_doc->sketch(), path, &error)
        : SketchRenderer::exportSvg(m_doc->sketch(), path, &error);
    if (!ok)
        QMessageBox::critical(this, tr("Cannot export"), error);
    else
        emit statusMessage(tr("Exported %1").arg(QFileInfo(path).fileName()));
    return ok;
}

} // namespace atelier::ui
