#include "common/RatingRecorder.h"
#include "reward/RewardSample.h"
#include "sketch/SketchModelPanel.h"
#include "common/ResultBrowser.h"
#include "common/DisplayNames.h"
#include "sketch/InterpolateDialog.h"
#include "sketch/SketchCanvas.h"
#include "sketch/SketchGeneration.h"
#include "sketch/SketchRenderer.h"

#include "project/DataPaths.h"
#include "sketch/StrokeCodec.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QAction>
#include <QEvent>
#include <QSignalBlocker>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace atelier::ui {

using core::Stroke;
using core::Stroke5;

namespace {
constexpr int kRevealInterval_ms = 70;
constexpr QSize kThumbSize{104, 84};   // two tiles side by side in the panel

} // namespace

SketchModelPanel::SketchModelPanel(core::SketchDocument *doc, SketchCanvas *canvas,
                                   core::SketchModelLoader loader, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_canvas(canvas), m_cache(std::move(loader))
{
    m_generation = new SketchGeneration(this);
    connect(m_generation, &SketchGeneration::continuationReady, this, &SketchModelPanel::onContinuation);
    connect(m_generation, &SketchGeneration::scoringReady, this, &SketchModelPanel::onScores);
    m_animation = new QTimer(this);
    m_animation->setInterval(kRevealInterval_ms);
    connect(m_animation, &QTimer::timeout, this, &SketchModelPanel::animateStep);

    m_models = new QComboBox(this);
    m_models->setObjectName("sketchModelCombo");
    m_temperature = new QSlider(Qt::Horizontal, this);
    m_temperature->setObjectName("temperatureSlider");
    m_temperature->setRange(5, 150);  // hundredths
    m_temperature->setValue(45);
    m_temperatureLabel = new QLabel(this);
    connect(m_temperature, &QSlider::valueChanged, this,
            [this](int v) { m_temperatureLabel->setText(QString::number(v / 100.0, 'f', 2)); });
    m_temperatureLabel->setText("0.45");
    m_count = new QSpinBox(this);
    m_count->setRange(1, 9);
    m_count->setValue(3);
    m_finish = new QPushButton(tr("Finish My Drawing"), this);
    m_alternativesButton = new QPushButton(tr("Alternatives"), this);
    m_scratch = new QPushButton(tr("Draw From Scratch"), this);
    m_surprise = new QPushButton(tr("Surprise Map"), this);
    m_surprise->setCheckable(true);
    m_surprise->setToolTip(tr("Colour each stroke by how unexpected the model finds it"));
    m_interpolate = new QPushButton(tr("Interpolate…"), this);
    m_interpolate->setToolTip(tr("Morph the drawing into another through the model's latent space "
                                 "(models with an encoder)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_browser = new ResultBrowser(tr("Preview"), kThumbSize, this);
    m_alternatives = m_browser->list();
    m_alternatives->setObjectName("alternativesList");
    m_alternatives->setToolTip(tr("Preview shows an alternative on the canvas; double-click or Keep adds it; Tab "
                                  "flips between the two previewed last"));
    m_status = new QLabel(this);
    m_ratings = new RatingRecorder(m_browser, QStringLiteral("sketch"), this);
    connect(m_ratings, &RatingRecorder::statusMessage, m_status, &QLabel::setText);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Model"), m_models);
    auto *tempRow = new QHBoxLayout;
    tempRow->addWidget(m_temperature, 1);
    tempRow->addWidget(m_temperatureLabel);
    form->addRow(tr("Temperature"), tempRow);
    form->addRow(tr("Alternatives"), m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    for (QPushButton *b : {m_finish, m_alternativesButton, m_scratch, m_surprise, m_interpolate, m_cancel})
        layout->addWidget(b);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_status);

    // The same commands as actions, with keys, for the Sketch menu: each presses its button
    // and is enabled (and checked) with it.
    const struct { QPushButton *button; QKeySequence key; } commands[] = {
        {m_finish, QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {m_alternativesButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)},
        {m_scratch, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return)},
        {m_surprise, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {m_interpolate, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
    };
    for (const auto &c : commands) {
        auto *a = new QAction(c.button->text(), this);
        a->setShortcut(c.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);   // while the sketch instrument has the focus
        a->setToolTip(c.button->toolTip());
        a->setCheckable(c.button->isCheckable());
        QPushButton *button = c.button;
        connect(a, &QAction::triggered, button, [button] { button->click(); });
        if (button->isCheckable())
            connect(button, &QPushButton::toggled, a, [a](bool on) {
                QSignalBlocker block(a);
                a->setChecked(on);
            });
        button->installEventFilter(this);   // EnabledChange: the action follows
        button->setProperty("atelierAction", QVariant::fromValue(static_cast<QObject *>(a)));
        m_modelActions.append(a);
    }
    connect(m_finish, &QPushButton::clicked, this, &SketchModelPanel::finishDrawing);
    connect(m_alternativesButton, &QPushButton::clicked, this, &SketchModelPanel::showAlternatives);
    connect(m_scratch, &QPushButton::clicked, this, &SketchModelPanel::drawFromScratch);
    connect(m_surprise, &QPushButton::clicked, this, &SketchModelPanel::toggleSurprise);
    connect(m_interpolate, &QPushButton::clicked, this, &SketchModelPanel::interpolate);
    connect(m_cancel, &QPushButton::clicked, this, &SketchModelPanel::cancel);
    connect(m_browser, &ResultBrowser::keepRequested, this, &SketchModelPanel::keepAlternative);
    connect(m_browser, &ResultBrowser::previewRequested, this, [this](int i) {
        if (i < 0 || i >= m_results.size() || m_mode != Mode::None)
            return;
        m_canvas->setPendingStrokes(m_results[i]);   // on top of the drawing, not in it
        const QRectF all = SketchRenderer::bounds(m_doc->sketch().strokes + m_results[i]);
        if (!all.isNull() && !m_canvas->visibleDocumentRect().contains(all))
            m_canvas->fitToView(all);   // all of it in view
    });
    connect(m_browser, &ResultBrowser::previewStopped, this, [this] {
        if (m_mode == Mode::None)
            m_canvas->setPendingStrokes({});
    });
    connect(m_browser, &ResultBrowser::discardRequested, this, [this] {
        m_canvas->setPendingStrokes({});
        m_results.clear();
        m_browser->clear();
        m_status->clear();
    });
    // A result is only shown while what it was computed from holds: the
    // strokes (any edit, Clear) and the model.
    connect(m_doc, &core::SketchDocument::changed, this, &SketchModelPanel::dropStaleResults);
    connect(m_models, &QComboBox::activated, this, &SketchModelPanel::dropStaleResults);
    refreshModels();
}

bool SketchModelPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange)
        if (auto *a = qobject_cast<QAction *>(watched->property("atelierAction").value<QObject *>()))
            a->setEnabled(static_cast<QWidget *>(watched)->isEnabled());
    return QWidget::eventFilter(watched, event);
}

QStringList SketchModelPanel::findModelFiles()
{
    return core::DataPaths::modelFiles(QStringLiteral("*.gen.json"), {QString(), QStringLiteral("sketch-rnn")});
}

void SketchModelPanel::refreshModels(const QString &select)
{
    const QString chosen = m_models->currentData().toString();
    m_models->clear();
    for (const QString &f : findModelFiles()) {
        const QString name = readableName(QFileInfo(f).fileName().chopped(int(strlen(".gen.json"))));
        const bool bundled = f.contains("/assets/models/");
        m_models->addItem(bundled ? tr("%1 (ours)").arg(name) : name, f);
    }
    // Our own trained model (bundled in assets/models) is the default.
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->itemData(i).toString().contains("/assets/models/")) {
            m_models->setCurrentIndex(i);
            break;
        }
    for (const QString &want : {select, chosen})
        if (const int i = want.isEmpty() ? -1 : m_models->findData(want); i >= 0) {
            m_models->setCurrentIndex(i);
            break;
        }
    const bool any = m_models->count() > 0 && m_cache.canLoad();
    for (QPushButton *b : {m_finish, m_alternativesButton, m_scratch, m_surprise, m_interpolate})
        b->setEnabled(any);
    if (!any)
        m_status->setText(tr("No drawing models found. Put .gen.json models in %1.")
                              .arg(core::DataPaths::userModelDir()));
}

std::shared_ptr<const core::ISketchModel> SketchModelPanel::currentModel()
{
    const QString path = m_models->currentData().toString();
    QString error;
    auto model = m_cache.get(path, &error);
    if (!model && !error.isEmpty()) {
        m_status->setText(error);
        emit statusMessage(error);
    }
    return model;
}

core::SketchSampleOptions SketchModelPanel::options() const
{
    core::SketchSampleOptions o;
    o.temperature = m_temperature->value() / 100.0;
    o.seed = QRandomGenerator::global()->generate64();
    return o;
}

bool SketchModelPanel::isBusy() const { return m_mode != Mode::None; }

void SketchModelPanel::setBusy(bool busy)
{
    m_cancel->setEnabled(busy);
    for (QPushButton *b : {m_finish, m_alternativesButton, m_scratch})
        b->setEnabled(!busy);
}

void SketchModelPanel::startContinuation(Mode mode, int count)
{
    auto model = currentModel();
    if (!model)
        return;
    cancel();
    m_mode = mode;
    m_jobModel = model;
    const QList<Stroke5> prefix =
        mode == Mode::Scratch ? QList<Stroke5>{} : core::StrokeCodec::encode(m_doc->sketch(), model->scaleFactor());
    m_prefix = prefix;
    m_job = m_generation->startContinuation(model, prefix, count, options());
    setBusy(true);
    m_status->setText(tr("Drawing with %1…").arg(model->name()));
}

void SketchModelPanel::finishDrawing() { startContinuation(Mode::Finish, 1); }
void SketchModelPanel::showAlternatives() { startContinuation(Mode::Alternatives, m_count->value()); }
void SketchModelPanel::drawFromScratch() { startContinuation(Mode::Scratch, 1); }

void SketchModelPanel::cancel()
{
    m_generation->cancel();
    m_animation->stop();
    m_canvas->setPendingStrokes({});
    if (m_mode != Mode::None)
        m_status->setText(tr("Cancelled"));
    m_mode = Mode::None;
    setBusy(false);
}

QList<Stroke> SketchModelPanel::placeRows(const QList<Stroke5> &rows, const core::ISketchModel &model) const
{
    if (m_mode == Mode::Scratch) {
        // A drawing from scratch goes to the right of what is drawn, or in
        // the middle of an empty view; never over the user's strokes.
        QList<Stroke> s = core::StrokeCodec::decode(rows, QPointF(0, 0), model.scaleFactor(), true);
        const QRectF b = SketchRenderer::bounds(s);
        const QRectF ink = SketchRenderer::bounds(m_doc->sketch().strokes);
        const QPointF centre = m_doc->strokeCount() > 0 && !ink.isNull()
            ? QPointF(ink.right() + std::max(40.0, 0.15 * ink.width()) + b.width() / 2, ink.center().y())
            : m_canvas->toDocument(QPointF(m_canvas->viewport()->rect().center()));
        for (Stroke &st : s)
            for (QPointF &p : st.points)
                p += centre - b.center();
        return s;
    }
    const bool fromEmpty = m_doc->strokeCount() == 0;
    const QPointF start = fromEmpty ? m_canvas->toDocument(QPointF(m_canvas->viewport()->rect().center()))
                                    : core::StrokeCodec::endPoint(m_doc->sketch());
    return core::StrokeCodec::decode(rows, start, model.scaleFactor(), fromEmpty);
}

void SketchModelPanel::onContinuation(int job, const QList<QList<Stroke5>> &variations)
{
    if (job != m_job || m_mode == Mode::None || !m_jobModel)
        return;
    m_results.clear();
    for (const QList<Stroke5> &rows : variations) {
        QList<Stroke> strokes = placeRows(rows, *m_jobModel);
        for (Stroke &s : strokes)
            s.generated = true;
        m_results.append(strokes);
    }
    if (m_mode == Mode::Alternatives) {
        QList<QImage> thumbnails;
        QStringList labels;
        for (int i = 0; i < m_results.size(); ++i) {
            thumbnails.append(SketchRenderer::thumbnail(m_doc->sketch().strokes + m_results[i], kThumbSize));
            labels.append(tr("Alternative %1").arg(i + 1));
        }
        m_browser->setResults(thumbnails, labels);
        QList<QJsonObject> samples;   // for the thumbs: what a reward script would see
        for (const QList<Stroke5> &rows : variations)
            samples.append(core::RewardSample::sketch(rows, m_prefix));
        m_ratings->setBatch(samples, m_jobModel->name());
        m_status->setText(tr("%n alternative(s): Preview shows one on the canvas, Keep (or a double-click) adds it", "", int(m_results.size())));
        m_mode = Mode::None;
        setBusy(false);
        return;
    }
    // Finish / scratch: everything in view (zoomed out if need be), then
    // reveal stroke by stroke, and keep as one undo step.
    if (!m_results.isEmpty()) {
        const QRectF all = SketchRenderer::bounds(m_doc->sketch().strokes + m_results.first());
        if (!all.isNull() && !m_canvas->visibleDocumentRect().contains(all))
            m_canvas->fitToView(all);
    }
    m_revealed = 0;
    m_animation->start();
    animateStep();
}

void SketchModelPanel::animateStep()
{
    if (m_results.isEmpty()) {
        m_animation->stop();
        return;
    }
    const QList<Stroke> &strokes = m_results.first();
    if (m_revealed < strokes.size()) {
        m_canvas->setPendingStrokes(strokes.mid(0, ++m_revealed));
        return;
    }
    m_animation->stop();
    m_canvas->setPendingStrokes({});
    const QString text = m_mode == Mode::Scratch ? tr("Draw from scratch") : tr("Finish drawing");
    if (!strokes.isEmpty())
        m_doc->requestAddStrokes(strokes, text);
    m_status->setText(strokes.isEmpty() ? tr("The model added nothing: it thinks the drawing is done")
                                        : tr("%n stroke(s) added; they are ordinary strokes now", "",
                                             int(strokes.size())));
    m_mode = Mode::None;
    setBusy(false);
}

void SketchModelPanel::keepAlternative(int index)
{
    if (index < 0 || index >= m_results.size() || m_results[index].isEmpty())
        return;
    const QList<Stroke> kept = m_results[index];   // the edit drops the results it makes stale
    m_canvas->setPendingStrokes({});
    m_browser->clear();
    m_results.clear();
    m_doc->requestAddStrokes(kept, tr("Keep alternative"));
}

void SketchModelPanel::dropStaleResults()
{
    if (m_surpriseOn) {
        m_surpriseOn = false;
        m_surprise->setChecked(false);
        m_canvas->setStrokeColors({});
    }
    if (m_alternatives->count() > 0 || !m_results.isEmpty()) {
        if (m_mode == Mode::None) {   // (a finish or scratch in progress keeps its own result)
            m_results.clear();
            m_canvas->setPendingStrokes({});
        }
        m_browser->clear();
        m_status->clear();
    }
}

void SketchModelPanel::toggleSurprise()
{
    if (m_surpriseOn || m_doc->strokeCount() == 0) {
        m_surpriseOn = false;
        m_surprise->setChecked(false);
        m_canvas->setStrokeColors({});
        return;
    }
    auto model = currentModel();
    if (!model) {
        m_surprise->setChecked(false);
        return;
    }
    m_surpriseOn = true;
    m_jobModel = model;
    m_job = m_generation->startScoring(model, core::StrokeCodec::encode(m_doc->sketch(), model->scaleFactor()));
}

void SketchModelPanel::interpolate()
{
    auto model = currentModel();
    if (!model)
        return;
    if (!model->hasEncoder()) {
        m_status->setText(tr("%1 has no encoder, so it cannot interpolate. Models trained with "
                             "`atelier train sketch` (like the bundled sheep) can.").arg(model->name()));
        return;
    }
    if (m_doc->strokeCount() == 0) {
        m_status->setText(tr("Draw something first: the canvas is one end of the interpolation."));
        return;
    }
    InterpolateDialog dialog(model, m_doc->sketch(), this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto s = dialog.chosen())
            m_doc->requestReplaceAll(*s, tr("Interpolate drawing"));
}

void SketchModelPanel::onScores(int job, const QList<double> &nll)
{
    if (job != m_job || !m_surpriseOn)
        return;
    // Rows per stroke, as StrokeCodec::encode produced them.
    QList<double> perStroke;
    int row = 0;
    const auto &strokes = m_doc->sketch().strokes;
    for (int i = 0; i < strokes.size(); ++i) {
        const int n = int(core::StrokeCodec::simplify(strokes[i].points, core::StrokeCodec::kRdpEpsilon_px).size());
        const int rows = i == 0 ? std::max(1, n - 1) : n;
        double sum = 0;
        int count = 0;
        for (int k = 0; k < rows && row < nll.size(); ++k, ++row, ++count)
            sum += nll[row];
        perStroke.append(count ? sum / count : 0.0);
    }
    if (perStroke.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(perStroke.begin(), perStroke.end());
    QList<QColor> colors;
    for (double v : perStroke) {
        const double t = *hi > *lo ? (v - *lo) / (*hi - *lo) : 0.0;
        colors.append(QColor::fromHsvF(0.33 * (1 - t), 0.85, 0.85));
    }
    m_canvas->setStrokeColors(colors, tr("Expected  →  Surprising\n(%1 … %2 nats per point)")
                                          .arg(*lo, 0, 'f', 1).arg(*hi, 0, 'f', 1));
}

} // namespace atelier::ui
