#pragma once
// Music ▸ Tune a Model… and Sketch ▸ Tune a Drawing Model…: tunes a melody,
// performance or drawing model toward a reward script or the user's own
// ratings with the same runs as `atelier tune` (core::ITuningJob), as a job
// of the studio's JobRunner: live curves of the mean reward and the KL to
// the base model (QCustomPlot), Stop (the model so far is saved) and
// Resume (tuning goes on where it stopped, the time already spent counts),
// and, at the end, the tuned model written to the user's model folder where
// the model lists find it. Its file records its base, β and the script.

#include "jobs/JobContext.h"
#include "reward/TuningJob.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QCPGraph;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace atelier::ui {

class TuningDialog : public QDialog {
    Q_OBJECT
public:
    explicit TuningDialog(core::TuningJobFactory factory, QWidget *parent = nullptr);
    ~TuningDialog() override;

    void start();    // a new run (or Resume after Stop: the same run goes on)
    void stop();
    bool isRunning() const { return m_running; }
    bool canResume() const { return bool(m_job); }
    core::TuningSpec spec() const;

    // For tests.
    void selectKind(const QString &kind);   // "melody" | "performance" | "sketch"
    QComboBox *baseCombo() const { return m_base; }
    QComboBox *rewardCombo() const { return m_reward; }
    QDoubleSpinBox *betaSpin() const { return m_beta; }
    QDoubleSpinBox *minutesSpin() const { return m_minutes; }
    QLineEdit *outputEdit() const { return m_output; }
    QCustomPlot *plot() const { return m_plot; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *compareButton() const { return m_compare; }
    void setSteps(int steps) { m_steps = steps; }   // tests tune a few steps
    void setContexts(int contexts) { m_contexts = contexts; }

signals:
    void modelTuned(const QString &path);
    // "Compare with the Base…": a blind test of the tuned model against its base.
    void compareRequested(const QString &kind, const QString &base, const QString &tuned);
    void finished(bool ok);

protected:
    void reject() override;

private:
    void kindChanged();
    void addRewardFile();
    void report(const core::TuningReport &r);
    void done(bool ok, bool stopped, const QString &message, const QString &path);
    void setEditable(bool editable);

    core::TuningJobFactory m_factory;
    QComboBox *m_kind, *m_base, *m_reward;
    QDoubleSpinBox *m_beta, *m_minutes;
    QLineEdit *m_output;
    QPushButton *m_start, *m_stop, *m_compare, *m_close, *m_browseReward, *m_browseOut;
    QProgressBar *m_progress;
    QLabel *m_status;
    QCustomPlot *m_plot;
    QCPGraph *m_rewardGraph = nullptr, *m_klGraph = nullptr;
    std::shared_ptr<core::ITuningJob> m_job;   // kept after Stop for Resume
    std::shared_ptr<std::atomic<bool>> m_stopFlag = std::make_shared<std::atomic<bool>>(false);
    core::JobId m_jobId = 0;
    bool m_running = false;
    int m_steps = 0, m_contexts = 64;
    QString m_tunedBase, m_tuned;   // the last model tuned here and its base (for Compare)
};

} // namespace atelier::ui
