#pragma once
// The model side of the sketch canvas: pick a drawing model from the model
// search path, set the temperature, and ask it to finish the drawing, offer
// alternatives (1–9, as thumbnails; pick one to keep), draw from scratch, or
// colour the user's strokes by how surprising the model finds them.
// Generation runs on worker threads (SketchGeneration) and can be cancelled;
// a kept result is one undoable command, and its strokes stay editable.

#include "common/ModelCache.h"
#include "sketch/ISketchModel.h"
#include "sketch/SketchDocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace atelier::ui {

class RatingRecorder;
class ResultBrowser;

class SketchCanvas;
class SketchGeneration;

class SketchModelPanel : public QWidget {
    Q_OBJECT
public:
    SketchModelPanel(core::SketchDocument *doc, SketchCanvas *canvas, core::SketchModelLoader loader,
                     QWidget *parent = nullptr);

    // Model files found on the search path (bundled, user folder, data folder).
    static QStringList findModelFiles();
    // The user's choice stays; `select` (a model just trained) is chosen
    // when it is one of these.
    void refreshModels(const QString &select = {});
    std::shared_ptr<const core::ISketchModel> currentModel();  // loads on first use

    void finishDrawing();
    void showAlternatives();
    void drawFromScratch();
    void toggleSurprise();
    void interpolate();  // VAE models: opens the interpolation dialog
    void cancel();
    void keepAlternative(int index);

    QComboBox *modelCombo() const { return m_models; }
    QListWidget *alternativesList() const { return m_alternatives; }
    // Finish, Alternatives, From Scratch, Surprise Map, Interpolate: for the Sketch menu, with keys.
    QList<QAction *> modelActions() const { return m_modelActions; }
    bool isBusy() const;

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode { None, Finish, Alternatives, Scratch };
    core::SketchSampleOptions options() const;
    void startContinuation(Mode mode, int count);
    void onContinuation(int job, const QList<QList<core::Stroke5>> &variations);
    void onScores(int job, const QList<double> &nll);
    QList<core::Stroke> placeRows(const QList<core::Stroke5> &rows, const core::ISketchModel &model) const;
    void animateStep();
    void dropStaleResults();   // the strokes or the model changed
    void setBusy(bool busy);

    core::SketchDocument *m_doc;
    SketchCanvas *m_canvas;
    SketchGeneration *m_generation;
    ModelCache<core::ISketchModel> m_cache;

    QComboBox *m_models;
    QSlider *m_temperature;
    QLabel *m_temperatureLabel;
    QSpinBox *m_count;
    QPushButton *m_finish, *m_alternativesButton, *m_scratch, *m_surprise, *m_interpolate, *m_cancel;
    QListWidget *m_alternatives;   // the browser's tiles
    QList<QAction *> m_modelActions;
    ResultBrowser *m_browser;
    RatingRecorder *m_ratings;
    QList<core::Stroke5> m_prefix;   // what the running job continues
    QLabel *m_status;

    Mode m_mode = Mode::None;
    int m_job = 0;
    std::shared_ptr<const core::ISketchModel> m_jobModel;
    QList<QList<core::Stroke>> m_results;  // per variation, placed on the canvas
    QTimer *m_animation;
    int m_revealed = 0;
    bool m_surpriseOn = false;
};

} // namespace atelier::ui
