#include "sketch/InterpolateDialog.h"
#include "sketch/QuickDrawBrowser.h"
#include "sketch/SketchRenderer.h"

#include "jobs/JobRunner.h"
#include "project/DataPaths.h"
#include "sketch/QuickDrawReader.h"
#include "sketch/StrokeCodec.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier::ui {

namespace {
constexpr QSize kThumb{120, 100};

QIcon icon(const core::Sketch &s) { return QIcon(QPixmap::fromImage(SketchRenderer::thumbnail(s.strokes, kThumb))); }
} // namespace

InterpolateDialog::InterpolateDialog(std::shared_ptr<const core::ISketchModel> model, const core::Sketch &a,
                                     QWidget *parent)
    : QDialog(parent), m_model(std::move(model)), m_a(a)
{
    setWindowTitle(tr("Interpolate with %1").arg(m_model->name()));
    resize(980, 260);
    m_list = new QListWidget(this);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kThumb);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setMovement(QListView::Static);
    m_status = new QLabel(tr("The canvas is drawing A. Choose drawing B to interpolate towards."), this);
    auto *choose = new QPushButton(tr("Choose Drawing B…"), this);
    connect(choose, &QPushButton::clicked, this, &InterpolateDialog::chooseB);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use This Drawing"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(choose, 0, Qt::AlignLeft);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

void InterpolateDialog::chooseB()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Drawing B"), core::DataPaths::dataDir() + "/data/sketches",
                                                      tr("Quick, Draw! drawings (*.ndjson)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto entries = core::QuickDrawReader::readFile(path, &error);
    if (!entries) {
        m_status->setText(error);
        return;
    }
    QuickDrawBrowser browser(*entries, tr("Drawing B"), this);
    if (browser.exec() == QDialog::Accepted && browser.chosen())
        interpolate(*browser.chosen(), 0.1);
}

InterpolateDialog::~InterpolateDialog() { core::JobRunner::instance().cancelAll(this); }

bool InterpolateDialog::isBusy() const { return core::JobRunner::instance().activeCount(this) > 0; }

bool InterpolateDialog::interpolate(const core::Sketch &b, double temperature)
{
    if (!m_model->hasEncoder()) {
        m_status->setText(tr("%1 cannot encode drawings (it has no encoder).").arg(m_model->name()));
        return false;
    }
    const int job = ++m_job;
    m_results = QList<core::Sketch>(kSteps);
    m_list->clear();
    for (int i = 0; i < kSteps; ++i) {
        const double t = double(i) / (kSteps - 1);
        new QListWidgetItem(i == 0 ? tr("A") : i == kSteps - 1 ? tr("B") : QString::number(t, 'f', 2), m_list);
    }
    m_status->setText(tr("Encoding and decoding…"));
    const QPointF origin = SketchRenderer::bounds(m_a.strokes).center();
    const double scale = m_model->scaleFactor();
    const auto model = m_model;
    const core::Sketch a = m_a;
    core::JobRunner::instance().cancel(m_runnerJob);   // an earlier interpolation stops
    m_runnerJob = core::JobRunner::instance().start(this, [=, this](core::JobContext &context) {
        const auto za = model->encode(core::StrokeCodec::encode(a, scale));
        const auto zb = model->encode(core::StrokeCodec::encode(b, scale));
        if (!za || !zb || za->size() != zb->size()) {
            context.post([=, this] {
                m_status->setText(tr("The drawings could not be encoded."));
                emit finished(false);
            });
            return;
        }
        for (int i = 0; i < kSteps && !context.cancelled(); ++i) {
            const double t = double(i) / (kSteps - 1);
            QList<float> z(za->size());
            for (int k = 0; k < z.size(); ++k)
                z[k] = float((1 - t) * (*za)[k] + t * (*zb)[k]);
            core::SketchSampleOptions options;
            options.temperature = temperature;
            options.seed = 1234;  // the same noise for every step: only z changes
            const auto rows = model->decodeLatent(z, options, [&](int, const core::Stroke5 &) {
                return !context.cancelled();
            });
            core::Sketch s;
            if (rows) {
                s.strokes = core::StrokeCodec::decode(*rows, {}, scale, true);
                const QPointF shift = origin - SketchRenderer::bounds(s.strokes).center();
                for (core::Stroke &st : s.strokes) {
                    st.generated = true;
                    for (QPointF &p : st.points)
                        p += shift;
                }
            }
            context.post([=, this] { decoded(job, i, s); });
        }
        context.post([=, this] {
            if (m_job != job)
                return;
            m_status->setText(tr("From A (left) to B (right): double-click a drawing to use it."));
            m_list->setCurrentRow(kSteps / 2);
            emit finished(true);
        });
    });
    return true;
}

void InterpolateDialog::decoded(int job, int index, const core::Sketch &sketch)
{
    if (m_job != job || index < 0 || index >= m_results.size())
        return;
    m_results[index] = sketch;
    if (QListWidgetItem *item = m_list->item(index))
        item->setIcon(icon(sketch));
}

std::optional<core::Sketch> InterpolateDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_results.size())
        return std::nullopt;
    return m_results[row];
}

} // namespace atelier::ui
