#pragma once
// Interpolation through a VAE drawing model's latent space: drawing A (the
// canvas) and drawing B (picked from a Quick, Draw! file) are encoded, and
// the drawings decoded from points between their latent vectors are shown as
// a row of thumbnails. The chosen one replaces the canvas (one undo step).
// Encoding and decoding run on a worker thread; thumbnails appear as each
// drawing is decoded, and closing the dialog (or a new B) cancels the work.

#include "jobs/JobContext.h"
#include "sketch/ISketchModel.h"

#include <QDialog>
#include <memory>

class QListWidget;
class QLabel;

namespace atelier::ui {

class InterpolateDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kSteps = 7;

    InterpolateDialog(std::shared_ptr<const core::ISketchModel> model, const core::Sketch &a,
                      QWidget *parent = nullptr);
    ~InterpolateDialog() override;
    // Starts interpolating between a and b (also used by tests); finished()
    // follows. False with a message when the model has no encoder.
    bool interpolate(const core::Sketch &b, double temperature);
    bool isBusy() const;
    std::optional<core::Sketch> chosen() const;
    QList<core::Sketch> results() const { return m_results; }

signals:
    void finished(bool ok);

private:
    void chooseB();
    void decoded(int job, int index, const core::Sketch &sketch);
    std::shared_ptr<const core::ISketchModel> m_model;
    core::Sketch m_a;
    QList<core::Sketch> m_results;
    QListWidget *m_list;
    QLabel *m_status;
    int m_job = 0;                 // the interpolation whose drawings count
    core::JobId m_runnerJob = 0;   // its job on the studio's JobRunner
};

} // namespace atelier::ui
