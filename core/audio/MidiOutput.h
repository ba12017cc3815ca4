#pragma once
// MidiOutput: sends the sequencer's MIDI-port events to MIDI output ports.
//
// The sequencer (audio thread) pushes MidiOutEvents into queue(); a worker
// thread owned by this object drains it about every millisecond and sends
// each message to the port with that index. The port list is set on the UI
// thread with setPorts() (the snapshot's append-only port list, so indices
// never change meaning); ports are opened there by name, under a mutex that
// only the UI thread and the worker use (never the audio thread). A port
// that cannot be opened is remembered as closed and its events are dropped.
//
// Timing: with the studio's audio clock given, each event carries the frame
// it sounds at (the sequencer stamps it) and the worker holds it until the
// clock is there plus the output latency (setLatencyFrames), so the MIDI
// leaves when its audio is heard, within about half a millisecond (the
// worker wakes every quarter millisecond while events wait) plus what the
// MIDI system adds; events keep their order. On the ALSA sequencer the
// worker hands each event over 10 ms ahead, stamped with its time on the
// sequencer's queue, and the sequencer sends it then (AlsaSequencerPort),
// so the polling thread's wake-ups do not show in the timing. Without a
// clock, or for events without a frame, they leave when the worker sees
// them. The ports live on the ALSA sequencer, or on a JACK server
// (MidiSystem::Jack: JackMidiPortSender, which never starts a server).
// Errors never escape: portNames() is empty without the system.

#include "audio/IMidiClock.h"
#include "audio/IMidiPortSender.h"
#include "audio/MidiMessage.h"
#include "audio/MidiSystem.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace atelier::core {

class MidiOutput {
public:
    // UI thread only. Starts the worker thread. `clock` (not owned, may be
    // null) is the studio's audio clock the events' frames are on.
    explicit MidiOutput(const IMidiClock *clock = nullptr, MidiSystem system = MidiSystem::Alsa);
    // UI thread only, after the producer (audio thread) has stopped. Sends
    // "all notes off" on every channel of every open port and closes them.
    ~MidiOutput();
    MidiOutput(const MidiOutput &) = delete;
    MidiOutput &operator=(const MidiOutput &) = delete;

    // UI thread only. Never throws; empty when there is no MIDI system.
    static QStringList portNames(MidiSystem system = MidiSystem::Alsa);
    // How long after the clock's now a frame is heard (any thread).
    void setLatencyFrames(std::int64_t frames) { m_latency.store(frames, std::memory_order_relaxed); }
    // A track whose port is this plays on Atelier's own output port of that
    // name (opened for it), which a DAW records from.
    static constexpr const char *kStudioPort = "Atelier Out";

    // The queue the sequencer (audio thread, the single producer) fills.
    MidiOutQueue &queue() { return *m_queue; }

    // UI thread only. Opens ports whose name is new at their index; keeps
    // the ones already open. Returns false if some port could not be opened
    // (see lastError()).
    bool setPorts(const QStringList &names);
    QStringList ports() const;
    QString lastError() const;

private:
    void run();  // worker thread
    void deliver(const MidiOutEvent &event, std::int64_t now);   // m_mutex held
    void sendAll(const MidiMessage &message);             // m_mutex held
    void beginBatches();   // every open port's batch begins now; m_mutex held

    // How many frames after `now` the event is heard (<= 0: due).
    std::int64_t waitFrames(const MidiOutEvent &event, std::int64_t now) const;   // worker

    const IMidiClock *m_clock;
    const MidiSystem m_system;
    std::atomic<std::int64_t> m_latency{0};
    std::unique_ptr<MidiOutQueue> m_queue;
    mutable std::mutex m_mutex;  // guards m_names, m_outs, m_lastError
    QStringList m_names;
    std::vector<std::unique_ptr<IMidiPortSender>> m_outs;  // null: could not open
    double m_lookahead = 0.0;   // seconds: the system's senders' lookahead
    QString m_lastError;
    std::atomic<bool> m_stop{false};
    std::thread m_worker;
};

} // namespace atelier::core
