#pragma once
// JackMidiPortSender: one JACK MIDI output port as an IMidiPortSender,
// through libjack itself. It sends at once (lookahead 0: the worker hands
// each message over when it is due) and the process callback writes what
// arrived at frame 0 of the next cycle (frame-exact JACK MIDI is
// JackMidiClient's).
//
// Not RtMidi's JACK backend: its output frees the ring buffer its process
// callback reads before it closes the client, so closing a port could crash
// while a cycle ran. Here the client is deactivated (JACK waits for the
// callback to return) before anything it reads is freed.
//
// Threads: send() from one thread (the output's worker); the process
// callback on JACK's thread never locks or allocates.

#include "audio/IMidiPortSender.h"

#include <atomic>
#include <cstdint>
#include <jack/ringbuffer.h>
#include <jack/types.h>
#include <memory>


namespace atelier::core {

class JackMidiPortSender final : public IMidiPortSender {
public:
    // On the default JACK server ($JACK_DEFAULT_SERVER): `own` registers
    // Atelier's port called `port`; otherwise `port` names another program's
    // MIDI input as the port lists show it (exact, or its start) and Atelier's
    // port "Atelier out" is connected to it. Null with *error set when there
    // is no server or no such port.
    static std::unique_ptr<JackMidiPortSender> open(const QString &port, bool own, QString *error);
    // Lets what was sent leave first (up to a second: the note-offs of a
    // closing output), then deactivates and closes the client.
    ~JackMidiPortSender() override;
    JackMidiPortSender(const JackMidiPortSender &) = delete;
    JackMidiPortSender &operator=(const JackMidiPortSender &) = delete;

    double lookaheadSeconds() const override { return 0.0; }
    // False when the server has stopped or the ring is full (the message is lost).
    bool send(const MidiMessage &message, double delaySeconds) override;
    QString portName() const override { return m_name; }

private:
    JackMidiPortSender() = default;
    static int onProcess(unsigned frames, void *self);
    static void onShutdown(void *self);
    void drain();

    jack_client_t *m_client = nullptr;
    jack_port_t *m_port = nullptr;
    jack_ringbuffer_t *m_ring = nullptr;
    std::atomic<bool> m_shutdown{false};
    std::atomic<std::uint64_t> m_cycles{0};   // process callbacks that have ended
    QString m_name;
};

} // namespace atelier::core
