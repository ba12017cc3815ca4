#pragma once
// The one message for "no JACK server to talk to", for every libjack client
// of Atelier's (MIDI ports, the live client): names the server asked for
// (`server`, else $JACK_DEFAULT_SERVER, else "default") and how to start one.

#include <QString>

namespace atelier::core {

QString noJackServerMessage(const QString &server = QString());

} // namespace atelier::core
