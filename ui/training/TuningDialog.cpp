#include "training/TuningDialog.h"
#include "common/PlotStyle.h"

#include "jobs/JobRunner.h"
#include "project/DataPaths.h"
#include "reward/PreferenceLog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace atelier::ui {

namespace {
const QString kRatings = QStringLiteral("ratings:");   // a reward item's data: "ratings:<log>" or a script path
}

TuningDialog::TuningDialog(core::TuningJobFactory factory, QWidget *parent)
    : QDialog(parent), m_factory(std::move(factory))
{
    setObjectName("tuningDialog");
    setWindowTitle(tr("Tune a Model"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Melody"), QStringLiteral("melody"));
    m_kind->addItem(tr("Performance (piano)"), QStringLiteral("performance"));
    m_kind->addItem(tr("Drawing (Sketch-RNN)"), QStringLiteral("sketch"));
    form->addRow(tr("Kind"), m_kind);
    m_base = new QComboBox(this);
    m_base->setToolTip(tr("The model to start from; it stays as it is, the tuned one is a new file"));
    form->addRow(tr("Base model"), m_base);
    auto *rewardRow = new QHBoxLayout;
    m_reward = new QComboBox(this);
    m_reward->setToolTip(tr("What you like: a reward script (JavaScript, score(sample)) or your thumbs up and down"));
    m_browseReward = new QPushButton(tr("Other Script…"), this);
    rewardRow->addWidget(m_reward, 1);
    rewardRow->addWidget(m_browseReward);
    form->addRow(tr("Reward"), rewardRow);
    m_beta = new QDoubleSpinBox(this);
    m_beta->setRange(0, 10);
    m_beta->setDecimals(2);
    m_beta->setSingleStep(0.05);
    m_beta->setValue(0.3);
    m_beta->setToolTip(tr("How strongly the model is kept close to where it started (the KL term): higher keeps "
                          "more of what it learned from its data, lower follows the reward further"));
    form->addRow(tr("β (stay close)"), m_beta);
    m_minutes = new QDoubleSpinBox(this);
    m_minutes->setRange(0.5, 24 * 60);
    m_minutes->setValue(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Tuning time in total; a resumed run counts the time already spent"));
    form->addRow(tr("Tune for"), m_minutes);
    auto *outRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_browseOut = new QPushButton(tr("Browse…"), this);
    outRow->addWidget(m_output, 1);
    outRow->addWidget(m_browseOut);
    form->addRow(tr("Save model as"), outRow);
    layout->addLayout(form);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName("tuningCurves");
    m_plot->setMinimumSize(520, 260);
    m_rewardGraph = m_plot->addGraph();
    m_rewardGraph->setName(tr("mean reward"));
    m_rewardGraph->setPen(QPen(QColor(40, 150, 80), 1.5));
    m_klGraph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_klGraph->setName(tr("KL to the base (nats per event)"));
    m_klGraph->setPen(QPen(QColor(220, 90, 30), 1.5));
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("reward"));
    m_plot->yAxis2->setLabel(tr("KL"));
    m_plot->yAxis2->setVisible(true);
    m_plot->legend->setVisible(true);
    stylePlot(m_plot);
    layout->addWidget(m_plot, 1);

    m_progress = new QProgressBar(this);
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Choose a model and a reward, then press Tune."), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_start = new QPushButton(tr("Tune"), this);
    m_start->setDefault(true);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setToolTip(tr("Stop tuning; the model so far is saved, and Resume goes on from there"));
    m_stop->setEnabled(false);
    m_compare = new QPushButton(tr("Compare with the Base…"), this);
    m_compare->setToolTip(tr("A blind test: the tuned model and its base continue the same music, you pick the one "
                             "you like without knowing which is which"));
    m_compare->setEnabled(false);
    m_close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TuningDialog::kindChanged);
    connect(m_browseReward, &QPushButton::clicked, this, &TuningDialog::addRewardFile);
    connect(m_browseOut, &QPushButton::clicked, this, [this] {
        const bool sketch = m_kind->currentData() == QLatin1String("sketch");
        const QString suffix = sketch ? QStringLiteral(".gen.json") : QStringLiteral(".music.json");
        const QString f = QFileDialog::getSaveFileName(this, tr("Save Model As"), m_output->text(),
                                                       sketch ? tr("Drawing models (*.gen.json)")
                                                              : tr("Music models (*.music.json)"));
        if (!f.isEmpty())
            m_output->setText(f.endsWith(suffix) ? f : f + suffix);
    });
    // Another model, reward or β is another run: Resume no longer applies.
    auto forget = [this] {
        if (m_running)
            return;
        m_job.reset();
        m_start->setText(tr("Tune"));
    };
    connect(m_base, &QComboBox::currentIndexChanged, this, forget);
    connect(m_reward, &QComboBox::currentIndexChanged, this, forget);
    connect(m_beta, &QDoubleSpinBox::valueChanged, this, forget);
    connect(m_base, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = QFileInfo(m_base->currentData().toString()).fileName().section('.', 0, 0);
        const bool sketch = m_kind->currentData() == QLatin1String("sketch");
        m_output->setText(QDir::cleanPath(core::DataPaths::userModelDir() + "/" + (name.isEmpty() ? QStringLiteral("model") : name)
                                          + "-tuned" + (sketch ? ".gen.json" : ".music.json")));
    });
    connect(m_start, &QPushButton::clicked, this, &TuningDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &TuningDialog::stop);
    connect(m_close, &QPushButton::clicked, this, &TuningDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        emit compareRequested(m_kind->currentData().toString(), m_tunedBase, m_tuned);
    });
    kindChanged();
    if (!m_factory) {
        m_start->setEnabled(false);
        m_status->setText(tr("Tuning is not available in this build."));
    }
}

TuningDialog::~TuningDialog()
{
    m_stopFlag->store(true);
    core::JobRunner::instance().waitFor(m_jobId);
}

void TuningDialog::selectKind(const QString &kind)
{
    const int i = m_kind->findData(kind);
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

void TuningDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool sketch = kind == QLatin1String("sketch");
    m_base->clear();
    const QStringList files = sketch ? core::DataPaths::modelFiles(QStringLiteral("*.gen.json"),
                                                                    {QString(), QStringLiteral("sketch-rnn")})
                                     : core::DataPaths::modelFiles(QStringLiteral("*.music.json"));
    for (const QString &f : files) {
        const QString name = QFileInfo(f).fileName().section('.', 0, 0);
        if (sketch || name.startsWith(kind))
            m_base->addItem(name, f);
    }
    // The examples that fit the kind (each script says what it scores in its name).
    m_reward->clear();
    const QStringList drawing{"no-straight-lines.js", "round-shapes.js", "fewer-strokes.js"};
    for (const QFileInfo &f : QDir(core::DataPaths::rewardExamplesDir()).entryInfoList({"*.js"}, QDir::Files, QDir::Name))
        if (drawing.contains(f.fileName()) == sketch)
            m_reward->addItem(f.fileName(), f.absoluteFilePath());
    m_reward->addItem(tr("Your ratings"), kRatings + core::PreferenceLog::defaultPath());
    m_plot->yAxis2->setLabel(sketch ? tr("KL (nats per point)") : tr("KL (nats per event)"));
}

void TuningDialog::addRewardFile()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Reward Script"), core::DataPaths::rewardExamplesDir(),
                                                   tr("Reward scripts (*.js)"));
    if (f.isEmpty())
        return;
    m_reward->insertItem(0, QFileInfo(f).fileName(), f);
    m_reward->setCurrentIndex(0);
}

core::TuningSpec TuningDialog::spec() const
{
    core::TuningSpec s;
    s.kind = m_kind->currentData().toString();
    s.base = m_base->currentData().toString();
    const QString reward = m_reward->currentData().toString();
    if (reward.startsWith(kRatings))
        s.ratingsLog = reward.mid(kRatings.size());
    else
        s.rewardScript = reward;
    s.outPath = m_output->text();
    s.beta = m_beta->value();
    s.steps = m_steps;
    s.minutes = m_steps > 0 ? 0 : m_minutes->value();
    s.contexts = m_contexts;
    return s;
}

void TuningDialog::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_start, m_kind, m_base, m_reward, m_beta, m_minutes, m_output,
                                                       m_browseReward, m_browseOut})
        w->setEnabled(editable);
    m_stop->setEnabled(!editable);
}

void TuningDialog::start()
{
    if (m_running || !m_factory)
        return;
    const core::TuningSpec s = spec();
    if (s.base.isEmpty()) {
        m_status->setText(tr("No base model of this kind was found."));
        return;
    }
    QDir().mkpath(QFileInfo(s.outPath).absolutePath());
    m_running = true;
    m_stopFlag = std::make_shared<std::atomic<bool>>(false);
    const bool resume = bool(m_job);
    if (!resume) {
        m_rewardGraph->data()->clear();
        m_klGraph->data()->clear();
        m_plot->replot();
    }
    setEditable(false);
    m_progress->setRange(0, 0);
    m_status->setText(resume ? tr("Resuming…") : tr("Reading the model, the reward and the contexts…"));

    const core::TuningJobFactory factory = m_factory;
    const std::shared_ptr<std::atomic<bool>> stop = m_stopFlag;
    std::shared_ptr<core::ITuningJob> job = m_job;
    // The job stops on the flag (Stop, closing), not on the runner's cancel:
    // it still saves the model so far and reports, so its posts must arrive.
    m_jobId = core::JobRunner::instance().start(this, [=, this](core::JobContext &context) mutable {
        auto post = [&](std::function<void()> fn) { context.post(std::move(fn)); };
        QString error;
        if (!job) {
            job = factory(s, &error);
            if (!job) {
                post([=, this] { done(false, false, error, QString()); });
                return;
            }
            post([=, this] { m_job = job; });
        }
        job->setTargets(s.steps, s.minutes);
        const QString what = job->describe();
        post([=, this] { m_status->setText(what); });
        const bool ok = job->run(stop.get(), [&](const core::TuningReport &r) { post([=, this] { report(r); }); },
                                 &error);
        const bool saved = ok && job->exportModel(s.outPath, &error);
        const bool stopped = job->stopped();
        const QString message =
            tr("Saved %1 after %2 steps (%3 min).").arg(s.outPath).arg(job->step()).arg(job->elapsedSeconds() / 60, 0, 'f', 1);
        post([=, this] { done(saved, stopped, saved ? message : error, s.outPath); });
    });
}

void TuningDialog::report(const core::TuningReport &r)
{
    if (std::isfinite(r.reward))
        m_rewardGraph->addData(r.step, r.reward);
    m_klGraph->addData(r.step, r.kl);
    m_rewardGraph->rescaleAxes();
    m_klGraph->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    const double total = m_steps > 0 ? 0 : m_minutes->value() * 60;
    m_progress->setRange(0, 1000);
    m_progress->setValue(m_steps > 0 ? 1000 * r.step / m_steps : int(1000 * std::min(1.0, r.elapsedSeconds / total)));
    m_status->setText(tr("Step %1 · mean reward %2 · KL %3 · failed rewards %4 of %5")
                          .arg(r.step)
                          .arg(r.reward, 0, 'f', 3)
                          .arg(r.kl, 0, 'f', 4)
                          .arg(r.errors)
                          .arg(r.samples));
}

void TuningDialog::stop()
{
    if (!m_running)
        return;
    m_stopFlag->store(true);
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping after this step; saving the model so far…"));
}

void TuningDialog::done(bool ok, bool stopped, const QString &message, const QString &path)
{
    m_running = false;
    setEditable(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_status->setText(message);
    m_start->setText(ok && stopped ? tr("Resume") : tr("Tune"));
    if (!(ok && stopped))
        m_job.reset();   // finished or failed: the next press starts afresh
    if (ok) {
        m_tunedBase = m_base->currentData().toString();
        m_tuned = path;
        m_compare->setEnabled(true);
        emit modelTuned(path);
    }
    emit finished(ok);
}

void TuningDialog::reject()
{
    if (m_running) {
        if (QMessageBox::question(this, tr("Stop Tuning?"), tr("Tuning is running. Stop it (the model so far is saved) and close?"))
            != QMessageBox::Yes)
            return;
        stop();
        core::JobRunner::instance().waitFor(m_jobId);
        QCoreApplication::processEvents();
    }
    QDialog::reject();
}

} // namespace atelier::ui
