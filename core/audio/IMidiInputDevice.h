#pragma once
// IMidiInputDevice: the studio's MIDI input system as the panels see it: an
// IMidiInput whose port the user chooses. Adapters: RtMidiLiveInput (the ALSA
// sequencer) and JackLiveInput (a JACK client, libjack). Every event is
// stamped on the studio's audio clock, whichever system delivers it.
//
// Threads: everything but readInput/takeStatus from the UI thread.

#include "audio/IMidiInput.h"

#include <QString>
#include <QStringList>

namespace atelier::core {

class IMidiInputDevice : public IMidiInput {
public:
    // Shown in Preferences and in messages, e.g. "ALSA" or "JACK".
    virtual QString systemName() const = 0;
    // Joins the system (e.g. connects to the JACK server) before the hub
    // reads it; stop() only once the hub no longer does.
    virtual bool start(QString *error) { (void)error; return true; }
    virtual void stop() { close(); }
    // Ports that can be played into Atelier; empty with *error set when the
    // system is not there (no ALSA sequencer, no JACK server).
    virtual QStringList portNames(QString *error) = 0;
    // Opens (connects) that port, closing the one before. False with *error naming the port.
    virtual bool open(const QString &port, QString *error) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual QString portName() const = 0;
    // Now and then: false (a status message, note-offs for held keys) when
    // the open port has gone away.
    virtual bool checkPort() = 0;
};

} // namespace atelier::core
