#include "main/GettingStartedDialog.h"

#include "common/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace atelier::ui {

namespace {
constexpr const char *kSettingsKey = "start/gettingStarted";
}

GettingStartedDialog::GettingStartedDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName("gettingStarted");
    setWindowTitle(tr("Getting Started"));
    auto *title = new QLabel(tr("<h2>Welcome to Atelier</h2><p>Three instruments, each with a model that plays "
                                "along. Pick one to start; everything here is also in the menus.</p>"),
                             this);
    title->setWordWrap(true);

    auto *grid = new QGridLayout;
    auto card = [&](int column, const QString &icon, const QString &name, const QString &steps) {
        auto *button = new QToolButton(this);
        button->setIcon(Theme::icon(icon));
        button->setIconSize(QSize(48, 48));
        button->setText(name);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setMinimumSize(200, 96);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto *text = new QLabel(steps, this);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        text->setMinimumWidth(200);
        grid->addWidget(button, 0, column);
        grid->addWidget(text, 1, column);
        return button;
    };
    m_tune = card(0, "media-playback-start", tr("Continue a Tune"),
                  tr("<ol><li>A short tune of ours opens in the piano roll.</li>"
                     "<li>The melody model writes four continuations (<i>Continue</i>, Ctrl+J).</li>"
                     "<li><i>Audition</i> them (Tab flips between two) and <i>Keep</i> the one you like.</li></ol>"));
    m_tune->setObjectName("startTune");
    m_draw = card(1, "draw-freehand", tr("Finish a Drawing"),
                  tr("<ol><li>Choose a model (a bird, a cat…) on the right.</li>"
                     "<li>Draw the start of it on the canvas.</li>"
                     "<li><i>Finish My Drawing</i> (Ctrl+Return), or ask for <i>Alternatives</i>.</li></ol>"));
    m_draw->setObjectName("startDraw");
    m_morph = card(2, "audio-volume-high", tr("Morph a Sound"),
                   tr("<ol><li>Four instruments sit in the corners of the pad.</li>"
                      "<li>Drag the point between them.</li>"
                      "<li>Play with the keys A to K, the mouse or a MIDI keyboard; <i>Bake</i> the sound into a "
                      "track.</li></ol>"));
    m_morph->setObjectName("startMorph");

    m_again = new QCheckBox(tr("Show this at start"), this);
    m_again->setChecked(showAtStart());
    connect(m_again, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kSettingsKey, on); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(grid);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_again);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    for (auto [button, chosen] : {std::pair{m_tune, &GettingStartedDialog::continueTuneChosen},
                                  std::pair{m_draw, &GettingStartedDialog::drawChosen},
                                  std::pair{m_morph, &GettingStartedDialog::morphChosen}})
        connect(button, &QToolButton::clicked, this, [this, chosen] {
            // Seen once: the next start opens straight into the studio unless asked otherwise.
            if (!QSettings().contains(kSettingsKey))
                QSettings().setValue(kSettingsKey, false);
            accept();
            emit (this->*chosen)();
        });
}

bool GettingStartedDialog::showAtStart() { return QSettings().value(kSettingsKey, true).toBool(); }

} // namespace atelier::ui
