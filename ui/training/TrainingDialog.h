#pragma once
// Music ▸ Train a Music Model, Sketch ▸ Train a Drawing Model: trains a
// melody, performance, timbre or drawing model on the user's data (or the
// bundled corpora in the data path) from scratch, or makes a model the
// user's own from a few of their examples ("Start from" a model: Make It
// Mine; the result reports the held-out loss on their examples before and
// after, and on the data the model first learned from where we have it),
// with the same trainers as `atelier train`, as a job of the studio's JobRunner: progress, elapsed and
// remaining time, a live loss curve (QCustomPlot: training and held-out NLL
// per event), cancel (a checkpoint is kept, Resume continues it) and, at the
// end, the model file written where the Continue panel finds it.

#include "jobs/JobContext.h"
#include "music/TrainingJob.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QFormLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace atelier::ui {

class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainingDialog(core::TrainingJobFactory factory, QWidget *parent = nullptr);
    ~TrainingDialog() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    core::TrainingSpec spec() const;

    // For tests.
    QComboBox *kindCombo() const { return m_kind; }
    void selectKind(const QString &kind);  // "melody" | "chord-melody" | "performance" | "timbre" | "sketch"
    // Make It Mine: the kind, starting from `base`, learning from the user's `data`, for two minutes.
    void personalise(const QString &kind, const QString &base, const QString &data);
    QLineEdit *dataEdit() const { return m_data; }
    QLineEdit *outputEdit() const { return m_output; }
    QDoubleSpinBox *minutesSpin() const { return m_minutes; }
    QComboBox *startFromCombo() const { return m_startFrom; }  // timbre: a model to fine-tune, or none
    QCustomPlot *plot() const { return m_plot; }
    QLabel *statusLabel() const { return m_status; }
    void setMaxFiles(int files) { m_maxFiles = files; }  // tests train on a few files
    void setSteps(int steps) { m_steps = steps; }

signals:
    void modelTrained(const QString &path);
    void finished(bool ok);

protected:
    void reject() override;

private:
    void kindChanged();
    void startFromChanged();   // from scratch, or making a model yours
    void report(const core::TrainingReport &r);
    void done(bool ok, const QString &message, const QString &path);

    core::TrainingJobFactory m_factory;
    QComboBox *m_kind;
    QLabel *m_dataLabel = nullptr;
    bool isTimbre() const;
    bool isSketch() const;
    bool isPersonalising() const;
    QLineEdit *m_data, *m_output;
    QDoubleSpinBox *m_minutes;
    QCheckBox *m_resume;
    QComboBox *m_startFrom = nullptr;
    QFormLayout *m_form = nullptr;
    QPushButton *m_start, *m_cancel, *m_close;
    QProgressBar *m_progress;
    QLabel *m_status;
    QCustomPlot *m_plot;
    QCPGraph *m_trainGraph = nullptr, *m_validGraph = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);   // asks the job to stop
    core::JobId m_job = 0;
    bool m_running = false;
    int m_maxFiles = 0;
    int m_steps = 0;
};

} // namespace atelier::ui
