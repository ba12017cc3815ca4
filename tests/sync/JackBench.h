#pragma once
// A private JACK server (dummy driver, 48 kHz, 128 frames) that RtMidi's
// JACK backend uses (it is made the default server), and a plain libjack
// client on it (JackTestClient). Members go in reverse: the client closes
// before the server stops.

#include "../app/JackTestClient.h"

#include "live/JackServer.h"

#include <QString>

namespace atelier::core::test {

struct JackBench {
    JackServer server;
    JackTestClient client;
    // `name`: the server name's prefix; `clientName`: the test client's.
    bool start(const QString &name, QString *error, const char *clientName = "listener")
    {
        if (!server.start(JackServer::uniqueName(name), 48000, 128, error))
            return false;
        qputenv("JACK_DEFAULT_SERVER", server.name().toUtf8());
        return client.open(server.name(), clientName);
    }
};

} // namespace atelier::core::test
