#pragma once
// ModelDialogs: the studio's two dialogs that make models, Train a Model
// (TrainingDialog) and Tune a Model (TuningDialog), each made once and shown
// again, with the factories the app injects. A model either of them writes
// is announced through `onNewModel` (the main window refreshes its model
// lists and says where the file went). Compare Models (CompareDialog), the
// blind A/B test, is here too: a tuned model is compared with its base.

#include "music/MusicContinuation.h"
#include "music/TrainingJob.h"
#include "reward/TuningJob.h"
#include "sketch/ISketchModel.h"

#include <QObject>
#include <functional>

class QWidget;

namespace atelier::core {
class AudioEngine;
class SongDocument;
} // namespace atelier::core

namespace atelier::ui {

class ModelDialogs : public QObject {
    Q_OBJECT
public:
    using NewModel = std::function<void(const QString &path)>;
    ModelDialogs(QWidget *window, core::TrainingJobFactory training, NewModel onNewModel);

    void setTuning(core::TuningJobFactory tuning) { m_tuning = std::move(tuning); }
    void showTraining(const QString &kind = {});   // "" keeps the dialog's choice
    // Make It Mine: the training dialog set to personalise `base` on the user's `data`.
    void showPersonalising(const QString &kind, const QString &base, const QString &data);
    void showTuning(const QString &kind = {});     // "melody" | "performance" | "sketch"

    // What Compare Models compares with: the model loaders, what music and
    // drawings continue (Continue's request, the canvas), where music plays.
    struct CompareSources {
        core::MusicModelLoader music;
        core::SketchModelLoader sketch;
        std::function<std::optional<core::ContinueRequest>()> musicContext;
        std::function<core::Sketch()> sketchContext;
        core::SongDocument *doc = nullptr;
        core::AudioEngine *engine = nullptr;
    };
    void setCompareSources(CompareSources sources) { m_compare = std::move(sources); }
    // "music" | "sketch"; with two model files, those are chosen.
    void showComparison(const QString &kind, const QString &first = {}, const QString &second = {});

private:
    QWidget *m_window;
    core::TrainingJobFactory m_training;
    core::TuningJobFactory m_tuning;
    NewModel m_onNewModel;
    CompareSources m_compare;
};

} // namespace atelier::ui
