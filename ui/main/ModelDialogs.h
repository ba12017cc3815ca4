#pragma once
// ModelDialogs: the studio's two dialogs that make models, Train a Model
// (TrainingDialog) and Tune a Model (TuningDialog), each made once and shown
// again, with the factories the app injects. A model either of them writes
// is announced through `onNewModel` (the main window refreshes its model
// lists and says where the file went).

#include "music/TrainingJob.h"
#include "reward/TuningJob.h"

#include <QObject>
#include <functional>

class QWidget;

namespace atelier::ui {

class ModelDialogs : public QObject {
    Q_OBJECT
public:
    using NewModel = std::function<void(const QString &path)>;
    ModelDialogs(QWidget *window, core::TrainingJobFactory training, NewModel onNewModel);

    void setTuning(core::TuningJobFactory tuning) { m_tuning = std::move(tuning); }
    void showTraining(const QString &kind = {});   // "" keeps the dialog's choice
    void showTuning(const QString &kind = {});     // "melody" | "performance" | "sketch"

private:
    QWidget *m_window;
    core::TrainingJobFactory m_training;
    core::TuningJobFactory m_tuning;
    NewModel m_onNewModel;
};

} // namespace atelier::ui
