#pragma once
// Interpolation through a VAE drawing model's latent space: drawing A (the
// canvas) and drawing B (picked from a Quick, Draw! file) are encoded, and
// the drawings decoded from points between their latent vectors are shown as
// a row of thumbnails. The chosen one replaces the canvas (one undo step).

#include "sketch/ISketchModel.h"

#include <QDialog>

class QListWidget;
class QLabel;

namespace atelier::ui {

class InterpolateDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kSteps = 7;

    InterpolateDialog(std::shared_ptr<const core::ISketchModel> model, const core::Sketch &a,
                      QWidget *parent = nullptr);
    // Interpolates between a and b now (also used by tests). False with a message on failure.
    bool interpolate(const core::Sketch &b, double temperature);
    std::optional<core::Sketch> chosen() const;
    QList<core::Sketch> results() const { return m_results; }

private:
    void chooseB();
    std::shared_ptr<const core::ISketchModel> m_model;
    core::Sketch m_a;
    QList<core::Sketch> m_results;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace atelier::ui
