#include "main/ModelDialogs.h"

#include "training/CompareDialog.h"
#include "training/TrainingDialog.h"
#include "training/TuningDialog.h"

#include <QWidget>

namespace atelier::ui {

ModelDialogs::ModelDialogs(QWidget *window, core::TrainingJobFactory training, NewModel onNewModel)
    : QObject(window), m_window(window), m_training(std::move(training)), m_onNewModel(std::move(onNewModel))
{
}

void ModelDialogs::showTraining(const QString &kind)
{
    auto *dialog = m_window->findChild<TrainingDialog *>();
    if (!dialog) {
        dialog = new TrainingDialog(m_training, m_window);
        connect(dialog, &TrainingDialog::modelTrained, this, [this](const QString &path) { m_onNewModel(path); });
    }
    if (!kind.isEmpty())
        dialog->selectKind(kind);
    dialog->show();
    dialog->raise();
}

void ModelDialogs::showPersonalising(const QString &kind, const QString &base, const QString &data)
{
    showTraining();
    auto *dialog = m_window->findChild<TrainingDialog *>();
    if (!dialog->isRunning())
        dialog->personalise(kind, base, data);
}

void ModelDialogs::showTuning(const QString &kind)
{
    auto *dialog = m_window->findChild<TuningDialog *>();
    if (!dialog) {
        dialog = new TuningDialog(m_tuning, m_window);
        connect(dialog, &TuningDialog::modelTuned, this, [this](const QString &path) { m_onNewModel(path); });
        connect(dialog, &TuningDialog::compareRequested, this, [this](const QString &kind, const QString &base,
                                                                      const QString &tuned) {
            showComparison(kind == QLatin1String("sketch") ? kind : QStringLiteral("music"), base, tuned);
        });
    }
    if (!kind.isEmpty() && !dialog->isRunning())
        dialog->selectKind(kind);
    dialog->show();
    dialog->raise();
}

void ModelDialogs::showComparison(const QString &kind, const QString &first, const QString &second)
{
    auto *dialog = m_window->findChild<CompareDialog *>();
    if (!dialog) {
        dialog = new CompareDialog(m_compare.music, m_compare.sketch, m_window);
        dialog->setMusicSource(m_compare.musicContext, m_compare.doc, m_compare.engine);
        dialog->setSketchSource(m_compare.sketchContext);
    }
    if (!dialog->test() || dialog->test()->finished()) {
        dialog->selectKind(kind);
        dialog->refreshModels();
        dialog->selectModels(first, second);
    }
    dialog->show();
    dialog->raise();
}

} // namespace atelier::ui
