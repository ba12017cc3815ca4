#pragma once
// LinkControl: Ableton Link in the transport bar. A Link button joins or
// leaves the session (remembered across runs); beside it, where the tempo
// comes from and what it is ("Link · 2 peers · 120.0 bpm", or "Internal
// clock" when off), refreshed four times a second. "Share Start/Stop"
// makes play and stop go through the session. While Link is on, Play
// starts the song on the session's next bar (the audio engine hands play to
// the LinkDriver). The session and the driver are the app's (app/ makes
// them and hands them in); this only binds to them. "Send MIDI Clock" opens
// (through a function the app gives) Atelier's clock port, "Atelier Clock",
// and leads whatever connects to it with MIDI clock while the song plays.
// "Follow MIDI Clock" (with addClockFollow) lets a clock coming in on the
// studio's MIDI input lead instead: its Start, Stop and Song Position play
// the song at its tempo; it and Link exclude each other. The label then
// reads "MIDI clock · 120.0 bpm" (or that it waits for Start, or that the
// clock went quiet).

#include <QObject>
#include <functional>

class QAction;
class QLabel;
class QTimer;
class QToolBar;

namespace atelier::core {
class ClockFollowDriver;
class LinkSession;
class LinkDriver;
} // namespace atelier::core

namespace atelier::ui {

class LinkControl : public QObject {
    Q_OBJECT
public:
    // Opens (true) or closes (false) the clock port; false with *error when it cannot.
    using ClockOutput = std::function<bool(bool on, QString *error)>;

    // Adds its button and label to `bar`. Without `clockOutput`, no clock action.
    LinkControl(core::LinkSession *session, core::LinkDriver *driver, QToolBar *bar, ClockOutput clockOutput = {});

    QAction *linkAction() const { return m_link; }
    QAction *startStopAction() const { return m_startStop; }
    QAction *clockOutAction() const { return m_clockOut; }   // null without a clock output
    // Adds "Follow MIDI Clock": `follow(on)` makes `driver` lead the song (or
    // hands it back); the driver's readings fill the label.
    void addClockFollow(core::ClockFollowDriver *driver, std::function<void(bool on)> follow);
    QAction *followAction() const { return m_follow; }      // null before addClockFollow

signals:
    void statusMessage(const QString &text);

public:
    QLabel *sourceLabel() const { return m_label; }
    void refresh();

private:
    core::LinkSession *m_session;
    core::LinkDriver *m_driver;
    QAction *m_link, *m_startStop;
    QAction *m_clockOut = nullptr;
    QAction *m_follow = nullptr;
    core::ClockFollowDriver *m_follower = nullptr;
    std::function<void(bool)> m_followFn;
    ClockOutput m_clockOutput;
    QLabel *m_label;
    QTimer *m_timer;
};

} // namespace atelier::ui
