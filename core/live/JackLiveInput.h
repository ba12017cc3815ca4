#pragma once
// JackLiveInput: the studio's MIDI input on a JACK server, through libjack
// (JackMidiClient with one input port, "Atelier:in", and no output). Events
// are stamped with JACK's frame time at their exact offset in the cycle and
// moved onto the studio's audio clock when read, through the offset between
// the two clocks (smoothed, and scaled when the rates differ). So recording
// and the duet stay on one clock whichever system delivers the keys.
//
// start() connects to a running server (never starts one); portNames() and
// open() need it. open() connects another program's MIDI output (or
// "virtual": nothing; others connect to Atelier:in themselves) after
// dropping the connections before. A port that goes away, or a server that
// stops, gives a status message and note-offs for held keys.
//
// Threads: start/stop/open/close/checkPort from the UI thread, and stop()
// only while nobody reads (the hub's source is switched first); readInput
// from one consumer.

#include "audio/IMidiClock.h"
#include "audio/IMidiInputDevice.h"
#include "live/JackMidiClient.h"

#include <atomic>
#include <mutex>

namespace atelier::core {

class JackLiveInput final : public IMidiInputDevice {
public:
    // serverName empty: $JACK_DEFAULT_SERVER or the default server.
    explicit JackLiveInput(const IMidiClock &studioClock, QString serverName = {});
    ~JackLiveInput() override;

    bool start(QString *error) override;
    void stop() override;
    bool isStarted() const { return m_jack.isOpen() && !m_jack.serverStopped(); }
    QString inputPortFullName() const { return m_jack.inputPortFullName(); }

    QString systemName() const override { return QStringLiteral("JACK"); }
    QStringList portNames(QString *error) override;
    bool open(const QString &port, QString *error) override;
    void close() override;
    bool isOpen() const override { return !m_port.isEmpty(); }
    QString portName() const override { return m_port; }
    bool checkPort() override;

    bool readInput(TimedMidiEvent &event) override;
    QString takeStatus() override;

private:
    const IMidiClock &m_clock;
    QString m_server;
    JackMidiClient m_jack;
    QString m_port;
    double m_offset = 0;        // reader thread: studio frame at JACK frame 0
    bool m_haveOffset = false;
    std::mutex m_statusMutex;
    QString m_status;
};

} // namespace atelier::core
