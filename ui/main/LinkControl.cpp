#include "main/LinkControl.h"

#include "common/Theme.h"
#include "sync/ClockFollowDriver.h"
#include "sync/LinkDriver.h"
#include "sync/LinkSession.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolBar>

namespace atelier::ui {

namespace {
const char *const kLinkKey = "sync/link";
const char *const kStartStopKey = "sync/linkStartStop";
const char *const kFollowKey = "sync/followClock";
}

LinkControl::LinkControl(core::LinkSession *session, core::LinkDriver *driver, QToolBar *bar, ClockOutput clockOutput)
    : QObject(bar), m_session(session), m_driver(driver), m_clockOutput(std::move(clockOutput))
{
    if (m_clockOutput) {
        m_clockOut = new QAction(tr("Send MIDI &Clock"), this);
        m_clockOut->setObjectName("clockOutAction");
        m_clockOut->setCheckable(true);
        m_clockOut->setToolTip(tr("Lead other programs: Atelier's MIDI port \"Atelier Clock\" sends MIDI clock, "
                                  "Start, Stop and Song Position while the song plays; connect a DAW's clock input "
                                  "to it"));
        connect(m_clockOut, &QAction::toggled, this, [this](bool on) {
            QString error;
            if (m_clockOutput(on, &error)) {
                emit statusMessage(on ? tr("Sending MIDI clock on \"Atelier Clock\"") : tr("MIDI clock off"));
                return;
            }
            QSignalBlocker block(m_clockOut);
            m_clockOut->setChecked(false);
            emit statusMessage(tr("No MIDI clock: %1").arg(error));
        });
    }
    m_link = new QAction(Theme::icon("network-wireless"), tr("&Link"), this);
    m_link->setObjectName("linkAction");
    m_link->setCheckable(true);
    m_link->setToolTip(tr("Ableton Link: share tempo and bar phase with Live, Bitwig, phone apps or another "
                          "Atelier on this network; Play then starts on the session's next bar"));
    m_startStop = new QAction(tr("Share &Start/Stop with Link"), this);
    m_startStop->setObjectName("linkStartStopAction");
    m_startStop->setCheckable(true);
    m_startStop->setToolTip(tr("Play and stop for every Link peer that shares start/stop too"));
    m_label = new QLabel(bar);
    m_label->setObjectName("syncSource");
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("Link · 88 peers · 888.8 bpm")));
    bar->addSeparator();
    bar->addAction(m_link);
    bar->addWidget(m_label);

    QSettings settings;
    m_startStop->setChecked(settings.value(kStartStopKey, false).toBool());
    m_session->setStartStopSync(m_startStop->isChecked());
    m_link->setChecked(settings.value(kLinkKey, false).toBool());
    m_session->setEnabled(m_link->isChecked());
    connect(m_link, &QAction::toggled, this, [this](bool on) {
        if (on && m_follow && m_follow->isChecked())
            m_follow->setChecked(false);   // one leader at a time
        m_session->setEnabled(on);
        QSettings().setValue(kLinkKey, on);
        refresh();
    });
    connect(m_startStop, &QAction::toggled, this, [this](bool on) {
        m_session->setStartStopSync(on);
        QSettings().setValue(kStartStopKey, on);
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &LinkControl::refresh);
    m_timer->start();
    refresh();
}

void LinkControl::addClockFollow(core::ClockFollowDriver *driver, std::function<void(bool)> follow)
{
    m_follower = driver;
    m_followFn = std::move(follow);
    m_follow = new QAction(tr("&Follow MIDI Clock"), this);
    m_follow->setObjectName("followClockAction");
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Let a MIDI clock lead: a DAW sending clock into \"Atelier In\" (or the MIDI input "
                            "chosen in Preferences) starts, stops and locates the song and sets its tempo"));
    connect(m_follow, &QAction::toggled, this, [this](bool on) {
        if (on && m_link->isChecked())
            m_link->setChecked(false);   // one leader at a time
        m_followFn(on);
        QSettings().setValue(kFollowKey, on);
        emit statusMessage(on ? tr("Following MIDI clock: start playback from the clock's source")
                              : tr("The song's own tempo leads again"));
        refresh();
    });
    if (QSettings().value(kFollowKey, false).toBool())
        m_follow->setChecked(true);
    refresh();
}

void LinkControl::refresh()
{
    if (m_follow && m_follow->isChecked() && m_follower) {
        const double bpm = m_follower->follower().bpm();
        if (m_follower->follower().clockLost())
            m_label->setText(tr("MIDI clock · no clock"));
        else if (!m_follower->follower().running())
            m_label->setText(tr("MIDI clock · waiting for Start"));
        else
            m_label->setText(tr("MIDI clock · %1 bpm").arg(bpm, 0, 'f', 1));
        m_label->setToolTip(tr("A MIDI clock leads: the song plays at its tempo, from where its Start or Song "
                               "Position says"));
        return;
    }
    if (!m_session->isEnabled()) {
        m_label->setText(tr("Internal clock"));
        m_label->setToolTip(tr("The song's own tempo leads"));
        return;
    }
    const double bpm = m_driver->bpm() > 0 ? m_driver->bpm() : m_session->tempo();
    m_label->setText(tr("Link · %n peer(s) · %1 bpm", nullptr, m_session->peers()).arg(bpm, 0, 'f', 1));
    m_label->setToolTip(tr("The Link session leads: the song plays at its tempo, its bars on the session's bars"));
}

} // namespace atelier::ui
