#pragma once
// RtMidiScheduledOutput: an RtMidi output port as an IMidiOutput, for
// replies that leave through a MIDI port instead of the internal synth (a
// hardware synth, a DAW). A worker thread polls every quarter millisecond
// and sends each scheduled event when the clock (the studio's audio clock)
// reaches its frame, so an event leaves within about half a millisecond of
// its time, plus what the MIDI system adds; it cannot be sample-accurate
// (for that, JackMidiClient). Events whose time has passed by more than 1 ms
// count as late.
//
// open() takes a port name, or "virtual" for Atelier's own port (other
// programs connect to it). The system is the ALSA sequencer; JACK is for
// tests on a private JACK server. Notes still sounding when the port closes
// get their note-offs. RtMidi errors never escape.
//
// Threads: open/close from one thread; schedule/cancelScheduled from one
// producer; the worker sends.

#include "audio/IMidiClock.h"
#include "audio/IMidiOutput.h"
#include "audio/MidiSystem.h"
#include "audio/ScheduledMidiQueue.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

class RtMidiOut;

namespace atelier::core {

class RtMidiScheduledOutput final : public IMidiOutput {
public:
    using System = MidiSystem;

    explicit RtMidiScheduledOutput(const IMidiClock &clock, System system = System::Alsa);
    ~RtMidiScheduledOutput() override;   // closes
    RtMidiScheduledOutput(const RtMidiScheduledOutput &) = delete;
    RtMidiScheduledOutput &operator=(const RtMidiScheduledOutput &) = delete;

    // Never throws; empty (and *error set) without a MIDI system.
    static QStringList portNames(System system, QString *error);
    // `port`: a port name (exact, or its start), or "virtual" to open a port
    // called `virtualName` that others connect to.
    bool open(const QString &port, const QString &virtualName, QString *error);
    void close();
    bool isOpen() const { return m_worker.joinable(); }
    QString portName() const { return m_portName; }

    bool schedule(const TimedMidiEvent &event) override { return m_queue.schedule(event); }
    void cancelScheduled(int channel = -1) override { m_queue.cancel(channel); }
    std::int64_t lateEvents() const override { return m_queue.lateEvents(); }

private:
    void run();

    const IMidiClock &m_clock;
    System m_system;
    ScheduledMidiQueue m_queue;
    std::unique_ptr<RtMidiOut> m_out;   // used by the worker while it runs
    QString m_portName;
    std::atomic<bool> m_stop{false};
    std::thread m_worker;
};

} // namespace atelier::core
