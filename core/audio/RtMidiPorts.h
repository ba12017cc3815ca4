#pragma once
// What MidiInput and MidiOutput share about RtMidi ports (include only in
// their .cpp files: it brings in RtMidi.h).

#include "audio/MidiSystem.h"

#include <QString>
#include <QStringList>
#include <RtMidi.h>

namespace atelier::core::rtmidi {

// On Linux only ALSA sequencer ports are used.
inline RtMidi::Api api()
{
#if defined(__linux__)
    return RtMidi::LINUX_ALSA;
#else
    return RtMidi::UNSPECIFIED;
#endif
}

inline RtMidi::Api api(MidiSystem system)
{
    return system == MidiSystem::Jack ? RtMidi::UNIX_JACK : api();
}

// The port called `name` exactly; else the first whose name starts with it
// (or the other way round: ALSA appends client:port numbers that can change
// between sessions); -1 if none. An empty name matches nothing.
inline int findPort(RtMidi &midi, const QString &name)
{
    if (name.isEmpty()) return -1;
    const unsigned count = midi.getPortCount();
    int prefix = -1;
    for (unsigned i = 0; i < count; ++i) {
        const QString port = QString::fromStdString(midi.getPortName(i));
        if (port == name) return int(i);
        if (prefix < 0 && !port.isEmpty() && (port.startsWith(name) || name.startsWith(port))) prefix = int(i);
    }
    return prefix;
}

// The port names an RtMidiIn or RtMidiOut (Port) on `api` sees; empty with
// *error set ("<noSystem>: <RtMidi's reason>") when there is no MIDI system.
template <typename Port>
QStringList listPorts(RtMidi::Api api, const QString &noSystem, QString *error)
{
    QStringList names;
    try {
        Port port(api, "Atelier");
        const unsigned count = port.getPortCount();
        for (unsigned i = 0; i < count; ++i)
            names.append(QString::fromStdString(port.getPortName(i)));
    } catch (const RtMidiError &e) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(noSystem, QString::fromStdString(e.getMessage()));
        return {};
    } catch (...) {
        if (error)
            *error = noSystem;
        return {};
    }
    if (error)
        error->clear();
    return names;
}

} // namespace atelier::core::rtmidi
