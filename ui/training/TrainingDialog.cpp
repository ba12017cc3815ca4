#include "training/TrainingDialog.h"
#include "common/PlotStyle.h"

#include "jobs/JobRunner.h"
#include "project/DataPaths.h"

#include <QCheckBox>
#include <QComboBox>
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
#include <QStandardPaths>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace atelier::ui {

namespace {
QString checkpointDirFor(const QString &kind)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/checkpoints/" + kind;
}

// The data a bundled model learned from (in the data path), where personalising
// it measures what it forgot; "" for models whose data we do not have.
QString referenceDataFor(const QString &model)
{
    const QString name = QFileInfo(model).fileName();
    const QString midi = core::DataPaths::dataDir() + "/data/midi/";
    const QString data = name == QLatin1String("sheep-vae.gen.json")           ? core::DataPaths::dataDir() + "/data/sketches/aaron_sheep.ndjson"
                         : name == QLatin1String("melody-lstm.music.json")       ? midi + "nottingham/melody"
                         : name == QLatin1String("chord-melody-lstm.music.json") ? midi + "nottingham/melody_chords"
                         : name.startsWith(QLatin1String("performance-"))
                                 && model.contains(QLatin1String("/assets/models/")) ? midi + "asap-maestro-subset"
                                                                                     : QString();
    return !data.isEmpty() && QFileInfo::exists(data) ? QDir::cleanPath(data) : QString();
}

// "3.21 → 2.40 (25.2 % lower)"
QString change(double before, double after)
{
    const double relative = core::relativeChange(after, before);
    const QString how = relative <= 0 ? TrainingDialog::tr("%1 % lower").arg(-100 * relative, 0, 'f', 1)
                                      : TrainingDialog::tr("%1 % higher").arg(100 * relative, 0, 'f', 1);
    return QStringLiteral("%1 → %2 (%3)").arg(before, 0, 'f', 3).arg(after, 0, 'f', 3).arg(how);
}

QString duration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    const int s = int(seconds + 0.5);
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

TrainingDialog::TrainingDialog(core::TrainingJobFactory factory, QWidget *parent)
    : QDialog(parent), m_factory(std::move(factory))
{
    setObjectName("trainingDialog");
    setWindowTitle(tr("Train a Model"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Melody (one voice, 16th-note steps)"), QStringLiteral("melody"));
    m_kind->addItem(tr("Melody over chords (reads the chords of a second, accompaniment track)"),
                    QStringLiteral("chord-melody"));
    m_kind->addItem(tr("Performance (piano, expressive timing and dynamics)"), QStringLiteral("performance"));
    m_kind->addItem(tr("Performance, Transformer (relative attention; slower to train, resumable)"),
                    QStringLiteral("performance-transformer"));
    m_kind->addItem(tr("Timbre (Sound Morph; learns from GM SoundFonts)"), QStringLiteral("timbre"));
    m_kind->addItem(tr("Drawing (Sketch-RNN; learns from Quick, Draw! drawings or your own)"), QStringLiteral("sketch"));
    form->addRow(tr("Model"), m_kind);
    auto *dataRow = new QHBoxLayout;
    m_data = new QLineEdit(this);
    m_data->setToolTip(tr("A folder of MIDI files to learn from (searched without subfolders)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    dataRow->addWidget(m_data, 1);
    dataRow->addWidget(browse);
    m_dataLabel = new QLabel(tr("MIDI folder"), this);
    form->addRow(m_dataLabel, dataRow);
    auto *outRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    auto *browseOut = new QPushButton(tr("Browse…"), this);
    outRow->addWidget(m_output, 1);
    outRow->addWidget(browseOut);
    form->addRow(tr("Save model as"), outRow);
    m_minutes = new QDoubleSpinBox(this);
    m_minutes->setRange(0.5, 24 * 60);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Training time in total; a resumed run counts the time already spent"));
    form->addRow(tr("Train for"), m_minutes);
    m_resume = new QCheckBox(tr("Resume from the last checkpoint of this model kind"), this);
    m_resume->setChecked(true);
    form->addRow(QString(), m_resume);
    m_startFrom = new QComboBox(this);
    m_startFrom->setObjectName("startFrom");
    form->addRow(tr("Start from"), m_startFrom);
    m_form = form;
    layout->addLayout(form);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName("lossCurve");
    m_plot->setMinimumSize(520, 260);
    m_trainGraph = m_plot->addGraph();
    m_trainGraph->setName(tr("training"));
    m_trainGraph->setPen(QPen(QColor(40, 90, 200), 1.5));
    m_validGraph = m_plot->addGraph();
    m_validGraph->setName(tr("held-out"));
    m_validGraph->setPen(QPen(QColor(220, 90, 30), 2));
    m_validGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss (nats per event)"));
    m_plot->legend->setVisible(true);
    stylePlot(m_plot);
    layout->addWidget(m_plot, 1);

    m_progress = new QProgressBar(this);
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Choose a folder of MIDI files and press Train."), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_start = new QPushButton(tr("Train"), this);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setToolTip(tr("Stop training; a checkpoint is kept, and the model so far is saved"));
    m_cancel->setEnabled(false);
    m_close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TrainingDialog::kindChanged);
    connect(m_startFrom, &QComboBox::currentIndexChanged, this, &TrainingDialog::startFromChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (isSketch()) {   // a file of drawings (a folder of them can be typed)
            const QString f = QFileDialog::getOpenFileName(this, tr("Drawings"), m_data->text(),
                                                           tr("Drawings (*.ndjson)"));
            if (!f.isEmpty())
                m_data->setText(f);
            return;
        }
        const QString dir = QFileDialog::getExistingDirectory(this, isTimbre() ? tr("SoundFont Folder") : tr("MIDI Folder"),
                                                              m_data->text());
        if (!dir.isEmpty())
            m_data->setText(dir);
    });
    connect(browseOut, &QPushButton::clicked, this, [this] {
        const QString suffix = isTimbre() ? QStringLiteral(".timbre.json")
                               : isSketch() ? QStringLiteral(".gen.json") : QStringLiteral(".music.json");
        const QString f = QFileDialog::getSaveFileName(this, tr("Save Model As"), m_output->text(),
                                                       isTimbre()   ? tr("Timbre models (*.timbre.json)")
                                                       : isSketch() ? tr("Drawing models (*.gen.json)")
                                                                    : tr("Music models (*.music.json)"));
        if (!f.isEmpty())
            m_output->setText(f.endsWith(suffix) ? f : f + suffix);
    });
    connect(m_start, &QPushButton::clicked, this, &TrainingDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &TrainingDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &TrainingDialog::reject);
    kindChanged();
    if (!m_factory) {
        m_start->setEnabled(false);
        m_status->setText(tr("Training is not available in this build."));
    }
}

TrainingDialog::~TrainingDialog()
{
    // Training stops at its next step and keeps a checkpoint: wait for that.
    m_stop->store(true);
    core::JobRunner::instance().waitFor(m_job);
}

bool TrainingDialog::isTimbre() const { return m_kind->currentData().toString() == QLatin1String("timbre"); }
bool TrainingDialog::isSketch() const { return m_kind->currentData().toString() == QLatin1String("sketch"); }
bool TrainingDialog::isPersonalising() const
{
    return !isTimbre() && !m_startFrom->currentData().toString().isEmpty();
}

void TrainingDialog::personalise(const QString &kind, const QString &base, const QString &data)
{
    selectKind(kind);
    int i = m_startFrom->findData(base);
    if (i < 0) {
        m_startFrom->addItem(QFileInfo(base).fileName(), base);
        i = m_startFrom->count() - 1;
    }
    m_startFrom->setCurrentIndex(i);
    m_data->setText(data);
}

void TrainingDialog::selectKind(const QString &kind)
{
    const int i = m_kind->findData(kind);
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

void TrainingDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("timbre")) {
        m_dataLabel->setText(tr("SoundFont folder"));
        m_data->clear();
        m_data->setPlaceholderText(tr("empty: the General MIDI SoundFonts installed with Debian"));
        m_data->setToolTip(tr("A folder of SoundFonts (.sf2, .sf3); single notes of GM programs 0–111 are "
                              "rendered from them (about 40 s per SoundFont, kept in a cache)"));
        m_output->setText(QDir::cleanPath(core::DataPaths::userModelDir() + "/timbre-mine.timbre.json"));
        m_plot->yAxis->setLabel(tr("multi-scale spectral loss"));
        m_status->setText(tr("Press Train: the notes are rendered first, then the model learns."));
        m_startFrom->clear();
        m_startFrom->addItem(tr("Nothing: a new model"), QString());
        for (const QString &f : core::DataPaths::modelFiles(QStringLiteral("*.timbre.json")))
            m_startFrom->addItem(QFileInfo(f).fileName().chopped(int(qstrlen(".timbre.json"))), f);
        m_startFrom->setCurrentIndex(m_startFrom->count() > 1 ? 1 : 0);  // the first model found: the bundled one
        m_startFrom->setToolTip(tr("Fine-tune a timbre model you have (much faster than from scratch: its network "
                                   "and the instruments it knows are the starting point), or train a new one"));
        m_form->setRowVisible(m_startFrom, true);
        m_form->setRowVisible(m_resume, true);
        m_minutes->setValue(30);
        return;
    }
    // Music and drawings: from scratch, or making a model yours (personalising it on a few examples).
    m_startFrom->blockSignals(true);
    m_startFrom->clear();
    m_startFrom->addItem(tr("Nothing: a new model"), QString());
    const QStringList models = kind == QLatin1String("sketch")
        ? core::DataPaths::modelFiles(QStringLiteral("*.gen.json"), {QString(), QStringLiteral("sketch-rnn")})
        : core::DataPaths::modelFiles((kind == QLatin1String("performance-transformer") ? QStringLiteral("performance")
                                                                                          : kind)
                                      + QStringLiteral("*.music.json"));
    for (const QString &f : models)
        m_startFrom->addItem(QFileInfo(f).fileName().section('.', 0, 0), f);
    m_startFrom->setToolTip(tr("Make a model yours: fine-tune it on a few of your own examples (10–50 drawings, or "
                               "1–10 MIDI files) in a couple of minutes, or train a new one from scratch"));
    m_startFrom->blockSignals(false);
    m_form->setRowVisible(m_startFrom, kind != QLatin1String("performance-transformer"));
    startFromChanged();
}

void TrainingDialog::startFromChanged()
{
    if (isTimbre())
        return;
    const QString kind = m_kind->currentData().toString();
    const QString base = m_startFrom->currentData().toString();
    const bool personal = !base.isEmpty();
    m_form->setRowVisible(m_resume, !personal);
    if (kind == QLatin1String("sketch")) {
        m_dataLabel->setText(personal ? tr("Your drawings") : tr("Drawings"));
        m_data->setToolTip(tr("A Quick, Draw! .ndjson file of drawings, a folder of them, or a folder of Atelier "
                              "projects (their canvases); Sketch ▸ Keep Drawing for Make It Mine collects yours"));
        if (m_data->text().isEmpty() || !m_data->text().endsWith(QLatin1String(".ndjson")))
            m_data->setText(QDir::cleanPath(core::DataPaths::dataDir() + "/data/sketches/aaron_sheep.ndjson"));
        m_plot->yAxis->setLabel(personal ? tr("loss (nats per row)") : tr("reconstruction loss"));
    } else {
        m_dataLabel->setText(personal ? tr("Your MIDI folder") : tr("MIDI folder"));
        m_data->setToolTip(tr("A folder of MIDI files to learn from (searched without subfolders)"));
        if (!personal) {
            const QString data = core::DataPaths::dataDir() + "/data/midi/"
                                 + (kind == "melody"         ? QStringLiteral("nottingham/melody")
                                    : kind == "chord-melody" ? QStringLiteral("nottingham/melody_chords")
                                                             : QStringLiteral("asap-maestro-subset"));
            m_data->setText(QDir::cleanPath(data));
        }
        m_plot->yAxis->setLabel(tr("loss (nats per event)"));
    }
    m_data->setPlaceholderText(QString());
    const QString suffix = kind == QLatin1String("sketch") ? QStringLiteral(".gen.json") : QStringLiteral(".music.json");
    const QString stem = personal ? QFileInfo(base).fileName().section('.', 0, 0) : kind;
    m_output->setText(QDir::cleanPath(core::DataPaths::userModelDir() + "/" + stem + "-mine" + suffix));
    m_minutes->setValue(personal ? 2 : 30);
    m_status->setText(personal ? tr("Press Train: %1 learns from your examples for a couple of minutes; every fifth "
                                    "one is held out to measure how much closer it came to them.")
                                     .arg(QFileInfo(base).fileName())
                               : tr("Choose the data to learn from and press Train."));
}

core::TrainingSpec TrainingDialog::spec() const
{
    core::TrainingSpec s;
    const QString choice = m_kind->currentData().toString();
    s.kind = choice;
    if (choice == QLatin1String("performance-transformer")) {
        s.kind = QStringLiteral("performance");
        s.architecture = QStringLiteral("transformer");
    }
    s.dataPath = m_data->text();
    s.outPath = m_output->text();
    s.checkpointDir = checkpointDirFor(choice);   // each choice its own checkpoints
    s.resume = m_resume->isChecked();
    s.initFrom = m_startFrom->currentData().toString();
    if (isPersonalising()) {   // where the base model's own data is, to see what it forgot
        s.referencePath = referenceDataFor(s.initFrom);
        s.resume = false;
    }
    s.minutes = m_steps > 0 ? 0 : m_minutes->value();
    s.steps = m_steps;
    s.maxFiles = m_maxFiles;
    return s;
}

void TrainingDialog::start()
{
    if (m_running || !m_factory)
        return;
    const core::TrainingSpec s = spec();
    const bool timbre = s.kind == QLatin1String("timbre"), sketch = s.kind == QLatin1String("sketch");
    const bool personal = !timbre && !s.initFrom.isEmpty();
    if (sketch && !QFileInfo(s.dataPath).isFile() && !QFileInfo(s.dataPath).isDir()) {
        m_status->setText(tr("%1: no such file or folder of drawings").arg(s.dataPath));
        return;
    }
    if (!sketch && !(timbre && s.dataPath.trimmed().isEmpty()) && !QFileInfo(s.dataPath).isDir()) {
        m_status->setText(tr("%1: not a folder").arg(s.dataPath));
        return;
    }
    QDir().mkpath(QFileInfo(s.outPath).absolutePath());
    m_running = true;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_trainGraph->data()->clear();
    m_validGraph->data()->clear();
    m_plot->replot();
    for (QWidget *w : std::initializer_list<QWidget *>{m_start, m_kind, m_data, m_output, m_minutes, m_resume, m_startFrom})
        w->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_status->setText(timbre ? tr("Rendering the notes to learn from (about 40 s per SoundFont the first time; "
                                  "they are kept in a cache)…")
                             : tr("Loading %1…").arg(s.dataPath));

    // The job stops on m_stop (Stop, closing), not on the runner's cancel:
    // it still saves a checkpoint and reports, so its posts must arrive.
    const core::TrainingJobFactory factory = m_factory;
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    m_job = core::JobRunner::instance().start(this, [=, this](core::JobContext &context) {
        std::atomic<bool> *cancelFlag = stop.get();
        auto post = [&](std::function<void()> fn) { context.post(std::move(fn)); };
        QString error;
        std::unique_ptr<core::ITrainingJob> job = factory(s, cancelFlag, &error);
        if (!job) {
            post([=, this] { done(false, error, QString()); });
            return;
        }
        // Making a model yours: how the base model does, before the first step.
        const double baseHeldOut = personal ? job->evaluate(true) : 0.0;
        const double baseReference = personal ? job->referenceLoss() : 0.0;
        const QString what = job->describe();
        const QList<QPointF> earlier = job->lossCurve(), earlierValid = job->validCurve();
        post([=, this] {
            m_status->setText(what);
            for (const QPointF &p : earlier)
                m_trainGraph->addData(p.x(), p.y());
            for (const QPointF &p : earlierValid)
                m_validGraph->addData(p.x(), p.y());
            if (personal && earlierValid.isEmpty())   // where the base model starts on the user's held-out examples
                m_validGraph->addData(0, baseHeldOut);
        });
        const bool ok = job->run(cancelFlag, [&](const core::TrainingReport &r) { post([=, this] { report(r); }); },
                                 &error);
        QString message;
        bool saved = false;
        if (ok) {
            saved = job->exportModel(s.outPath, &error);
            if (saved && personal) {
                message = tr("Saved %1 after %2 steps. On your held-out examples the loss went %3.")
                              .arg(s.outPath).arg(job->step()).arg(change(baseHeldOut, job->evaluate(true)));
                const double reference = job->referenceLoss();
                if (std::isfinite(reference) && std::isfinite(baseReference))
                    message += QLatin1Char(' ')
                               + tr("On the data it first learned from: %1.").arg(change(baseReference, reference));
            } else if (saved) {
                const double valid = job->evaluate(false);
                message = s.kind == QLatin1String("timbre")
                    ? tr("Saved %1 after %2 steps (held-out spectral loss %3).").arg(s.outPath).arg(job->step()).arg(valid, 0, 'f', 3)
                    : tr("Saved %1 after %2 steps (held-out loss %3 nats per event).")
                          .arg(s.outPath).arg(job->step()).arg(valid, 0, 'f', 3);
            }
        }
        post([=, this] { done(ok && saved, ok && saved ? message : error, s.outPath); });
    });
}

void TrainingDialog::report(const core::TrainingReport &r)
{
    if (r.validation)
        m_validGraph->addData(r.step, r.validLoss);
    else
        m_trainGraph->addData(r.step, r.loss);
    m_plot->rescaleAxes();
    m_plot->yAxis->scaleRange(1.15);   // room for the markers at the extremes
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    const double total = r.elapsedSeconds + std::max(0.0, r.etaSeconds);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * r.elapsedSeconds / total));
    }
    const double loss = r.validation ? r.validLoss : r.loss;
    if (r.eventsPerSecond > 0)
        m_status->setText(tr("Step %1 · loss %2 · %3 events/s · elapsed %4 · remaining %5")
                              .arg(r.step)
                              .arg(loss, 0, 'f', 3)
                              .arg(qRound(r.eventsPerSecond))
                              .arg(duration(r.elapsedSeconds), duration(r.etaSeconds)));
    else  // the timbre trainer counts steps, not events
        m_status->setText(tr("Step %1 · loss %2 · %3 steps/s · elapsed %4 · remaining %5")
                              .arg(r.step)
                              .arg(loss, 0, 'f', 3)
                              .arg(r.stepsPerSecond, 0, 'f', 2)
                              .arg(duration(r.elapsedSeconds), duration(r.etaSeconds)));
}

void TrainingDialog::cancel()
{
    if (!m_running)
        return;
    m_stop->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping after this step; keeping a checkpoint…"));
}

void TrainingDialog::done(bool ok, const QString &message, const QString &path)
{
    m_running = false;
    for (QWidget *w : std::initializer_list<QWidget *>{m_start, m_kind, m_data, m_output, m_minutes, m_resume, m_startFrom})
        w->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_status->setText(message);
    if (ok)
        emit modelTrained(path);
    emit finished(ok);
}

void TrainingDialog::reject()
{
    if (m_running) {
        if (QMessageBox::question(this, tr("Stop Training?"),
                                  tr("Training is running. Stop it (a checkpoint is kept) and close?"))
            != QMessageBox::Yes)
            return;
        cancel();
        core::JobRunner::instance().waitFor(m_job);   // it saves its checkpoint
        QCoreApplication::processEvents();             // and reports
    }
    QDialog::reject();
}

} // namespace atelier::ui
