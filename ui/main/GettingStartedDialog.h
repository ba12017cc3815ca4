#pragma once
// Help > Getting Started, and the first run's welcome: the three instruments
// in a few steps each, with a button that starts each one — continue a demo
// tune (ours, compiled in), draw and let the model finish, morph a sound and
// play it. "Show at start" (QSettings "start/gettingStarted") decides whether
// it greets the next start; the first run always shows it.

#include <QDialog>

class QCheckBox;
class QToolButton;

namespace atelier::ui {

class GettingStartedDialog : public QDialog {
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    static bool showAtStart();

    QToolButton *tuneButton() const { return m_tune; }
    QToolButton *drawButton() const { return m_draw; }
    QToolButton *morphButton() const { return m_morph; }

signals:
    void continueTuneChosen();
    void drawChosen();
    void morphChosen();

private:
    QToolButton *m_tune, *m_draw, *m_morph;
    QCheckBox *m_again;
};

} // namespace atelier::ui
