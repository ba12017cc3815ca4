#pragma once
// openMidiPortSender: opens one MIDI output port on a MIDI system, the one
// place that knows how: on the ALSA sequencer an AlsaSequencerPort (queued,
// timed by the sequencer), on JACK a JackMidiPortSender (libjack). `own` opens Atelier's
// own port called `port` (others connect to it); otherwise `port` names
// another program's port as the port lists show it (exact, or its start).
// Null, with *error set, when it cannot be opened. Never throws.

#include "audio/IMidiPortSender.h"
#include "audio/MidiSystem.h"

#include <QString>
#include <memory>

namespace atelier::core {

std::unique_ptr<IMidiPortSender> openMidiPortSender(MidiSystem system, const QString &port, bool own,
                                                    QString *error);

} // namespace atelier::core
