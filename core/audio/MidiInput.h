#pragma once
// MidiInput: one RtMidi input port (a MIDI keyboard) delivering channel
// messages to a callback.
//
// The callback runs on RtMidi's input thread (not the UI thread, not the
// audio thread): hand the message on, e.g. TimbreVoiceEngine::postMidi().
// Channel messages (note, controller, program, pressure, pitch bend) are
// delivered; with setAcceptClock(true) also MIDI clock, Start, Continue, Stop
// and Song Position Pointer. Other system messages (sysex, time code, active
// sensing) are ignored. On Linux only ALSA sequencer ports are
// used, as for MidiOutput.
//
// Errors never escape: portNames() and open() report them as text naming the
// port; without a MIDI system (no ALSA sequencer, e.g. in CI) portNames() is
// empty with an error and open() fails cleanly.
//
// Threading: open()/close()/portNames() from one thread (the UI thread).
// close() (and the destructor) returns only after the input thread has
// stopped, so the callback is never called after it.

#include "audio/MidiMessage.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class RtMidiIn;

namespace atelier::core {

class MidiInput {
public:
    using Callback = std::function<void(const MidiMessage &)>;

    MidiInput();
    ~MidiInput();  // closes
    MidiInput(const MidiInput &) = delete;
    MidiInput &operator=(const MidiInput &) = delete;

    // Input port names; empty with *error set when there is no MIDI system
    // (*error is cleared on success).
    static QStringList portNames(QString *error);

    // Opens the port of that name (exactly, else the first whose name starts
    // with it: ALSA appends client:port numbers). Closes any open port first.
    // False with *error set when there is no such port or it cannot be opened.
    bool open(const QString &portName, Callback callback, QString *error);
    // Opens Atelier's own port called `name`, for other programs to connect to.
    bool openVirtual(const QString &name, Callback callback, QString *error);
    void close();
    bool isOpen() const;
    QString portName() const;  // the port's full name while open, else empty
    // Before open(): deliver MIDI clock and song position too.
    void setAcceptClock(bool accept) { m_acceptClock = accept; }

    // One message as RtMidi delivers it: a channel message (with
    // `acceptClock`, also clock, Start, Continue, Stop or Song Position), or
    // nothing for other system messages, running-status data and empty input.
    static std::optional<MidiMessage> parse(const unsigned char *bytes, std::size_t size, bool acceptClock = false);
    static bool isClockMessage(std::uint8_t status);

private:
    bool openPort(const QString &portName, bool isVirtual, Callback callback, QString *error);
    static void onMessage(double timeStamp, std::vector<unsigned char> *message, void *self);

    std::unique_ptr<RtMidiIn> m_in;
    Callback m_callback;
    QString m_portName;
    bool m_acceptClock = false;
};

} // namespace atelier::core
