#pragma once
// Interpolation through a VAE drawing model's latent space: drawing A (the
// canvas) and drawing B (picked from a Quick, Draw! file) are encoded, and
// the drawings decoded from points between their latent vectors are shown as
// a row of thumbnails. The chosen one replaces the canvas (one undo step).
// Encoding and decoding run on a worker thread; thumbnails appear as each
// drawing is decoded, and closing the dialog (or a new B) cancels the work.

#include "sketch/ISketchModel.h"

#include <QDialog>
#include <atomic>
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
    bool isBusy() const { return m_running->load() > 0; }
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
    std::shared_ptr<std::atomic<int>> m_job = std::make_shared<std::atomic<int>>(0);      // current job id
    std::shared_ptr<std::atomic<int>> m_running = std::make_shared<std::atomic<int>>(0);  // live workers
};

} // namespace atelier::ui
