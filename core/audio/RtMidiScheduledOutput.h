#pragma once
// RtMidiScheduledOutput: a MIDI output port as an IMidiOutput, for replies
// and MIDI clock that leave through a MIDI port instead of the internal
// synth (a hardware synth, a DAW). A worker thread polls every quarter
// millisecond. On the ALSA sequencer it hands each event to the sequencer's
// queue 10 ms ahead, stamped with its time (the audio clock's frame turned
// into the queue's time), and the sequencer sends it then; a cancel takes
// back what was handed over (note-offs stay). On JACK (JackMidiPortSender, also
// for tests on a private server) it sends each event when the clock reaches its
// frame, within about half a millisecond plus what JACK adds; for
// frame-exact JACK MIDI, JackMidiClient. Events whose time has passed by
// more than 1 ms when taken count as late.
//
// open() takes a port name, or "virtual" for Atelier's own port (other
// programs connect to it). Notes still sounding when the port closes get
// their note-offs. Errors never escape.
//
// Threads: open/close from one thread; schedule/cancelScheduled from one
// producer; the worker sends.

#include "audio/IMidiClock.h"
#include "audio/IMidiOutput.h"
#include "audio/IMidiPortSender.h"
#include "audio/MidiSystem.h"
#include "audio/ScheduledMidiQueue.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

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
    std::unique_ptr<IMidiPortSender> m_out;   // used by the worker while it runs
    QString m_portName;
    std::atomic<bool> m_stop{false};
    std::thread m_worker;
};

} // namespace atelier::core
