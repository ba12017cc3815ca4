#pragma once
// LiveDuet: runs a DuetEngine on a worker thread between a live MIDI input
// and output (IMidiInput, IMidiOutput) on one clock (IMidiClock). The loop
// drains the input, lets the engine notice phrase ends, generates a few
// tokens at a time (so input is never kept waiting long), and hands what
// the engine schedules to the output. It sleeps 0.5 ms when idle.
//
// Callbacks run on the worker thread: onReply when every note of a reply is
// known (or it was cut short), onStatus for input problems (a vanished port,
// dropped events). A controller can be learned to set the temperature.
//
// stop() ends the duet at the clock's now (reply notes cut, note-offs sent)
// and joins the worker; afterwards the engine's record is final and safe to
// read from the calling thread.

#include "live/DuetEngine.h"
#include "audio/IMidiClock.h"
#include "audio/IMidiInput.h"
#include "audio/IMidiOutput.h"

#include <QString>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace atelier::core {

class LiveDuet {
public:
    using ReplyCallback = std::function<void(const DuetReply &reply)>;
    using StatusCallback = std::function<void(const QString &message)>;

    LiveDuet(DuetEngine &engine, IMidiInput &input, IMidiOutput &output, const IMidiClock &clock);
    ~LiveDuet();   // stops

    void setReplyCallback(ReplyCallback cb) { m_onReply = std::move(cb); }
    void setStatusCallback(StatusCallback cb) { m_onStatus = std::move(cb); }
    // Controller number whose value 0..127 sets the temperature 0.1..2.0 (-1: none).
    void setTemperatureController(int cc) { m_temperatureCc.store(cc); }
    // Channel on which the output also plays what comes in (so the player
    // hears the keyboard through the same synth); -1: none (the default).
    void setMonitorChannel(int channel) { m_monitorChannel.store(channel); }

    void start();
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    Frame originFrame() const { return m_origin; }

    // Any thread: asks the worker to do it at its next turn.
    void requestPanic() { m_panic.store(true); }
    void requestMutate() { m_mutate.store(true); }
    void requestTemperature(double t) { m_requestedTemperature.store(t); }

private:
    void run();
    void apply(DuetEngine::Output &out);
    void monitor(const TimedMidiEvent &event);

    DuetEngine &m_engine;
    IMidiInput &m_input;
    IMidiOutput &m_output;
    const IMidiClock &m_clock;
    ReplyCallback m_onReply;
    StatusCallback m_onStatus;
    std::atomic<int> m_temperatureCc{-1};
    std::atomic<int> m_monitorChannel{-1};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_panic{false};
    std::atomic<bool> m_mutate{false};
    std::atomic<double> m_requestedTemperature{-1.0};
    Frame m_origin = 0;
    std::thread m_thread;
};

} // namespace atelier::core
