#pragma once
// JackServer: a private JACK server for tests and benchmarks: `jackd -n NAME
// -S --no-realtime -d dummy -r RATE -p PERIOD`, which needs no sound card.
// Synchronous (-S): the server waits for every client in a cycle, so MIDI
// between clients stays in its cycle even when one runs late (in JACK2's
// default asynchronous mode a late cycle shifts what follows by a period).
// start() returns once a client can connect; stop() (and the destructor)
// ends it. Clients reach it by name (JackMidiClient::Options::serverName or
// JACK_DEFAULT_SERVER=NAME in a child's environment).

#include <QProcess>
#include <QString>
#include <memory>

namespace atelier::core {

class JackServer {
public:
    JackServer() = default;
    ~JackServer();
    JackServer(const JackServer &) = delete;
    JackServer &operator=(const JackServer &) = delete;

    // A name no other run uses: "<prefix>-<pid>-<n>".
    static QString uniqueName(const QString &prefix);

    // False with *error (jackd missing, or it exited, or no client could
    // connect within timeout_ms) and nothing left running.
    bool start(const QString &name, int sampleRate, int periodFrames, QString *error, int timeout_ms = 15000);
    // Before start(): with real-time scheduling (jackd --realtime; where the
    // system refuses it, start() fails and the caller may try without).
    void setRealtime(bool realtime) { m_realtime = realtime; }
    void stop();
    bool isRunning() const;
    QString name() const { return m_name; }

private:
    std::unique_ptr<QProcess> m_process;
    bool m_realtime = false;
    QString m_name;
};

} // namespace atelier::core
