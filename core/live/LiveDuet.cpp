#include "live/LiveDuet.h"

#include <QObject>
#include <algorithm>
#include <chrono>

namespace atelier::core {

namespace {
constexpr int kTokensPerTurn = 16;
}

LiveDuet::LiveDuet(DuetEngine &engine, IMidiInput &input, IMidiOutput &output, const IMidiClock &clock)
    : m_engine(engine), m_input(input), m_output(output), m_clock(clock)
{
}

LiveDuet::~LiveDuet()
{
    stop();
}

void LiveDuet::start()
{
    if (m_thread.joinable())
        return;
    m_stop.store(false);
    m_origin = m_clock.nowFrame();
    m_thread = std::thread([this] { run(); });
}

void LiveDuet::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop.store(true);
    m_thread.join();
    DuetEngine::Output out;
    m_engine.stop(m_clock.nowFrame(), out);
    apply(out);
}

void LiveDuet::apply(DuetEngine::Output &out)
{
    if (out.cancel)
        m_output.cancelScheduled(m_engine.settings().replyChannel);
    for (const TimedMidiEvent &e : out.events)
        m_output.schedule(e);
    if (out.phraseTooDense && m_onStatus)
        m_onStatus(QObject::tr("this phrase is too dense for the model to hear all of it; every note is still recorded"));
    if (m_onReply)
        for (int index : out.finishedReplies)
            m_onReply(m_engine.replies()[std::size_t(index)]);
    out.clear();
}

void LiveDuet::monitor(const TimedMidiEvent &e)
{
    const int ch = m_monitorChannel.load();
    const MidiMessage &m = e.message;
    if (ch < 0 || !(m.isNoteOn() || m.isNoteOff() || m.isController(MidiMessage::kCcSustain)))
        return;
    TimedMidiEvent out = e;
    out.message.status = std::uint8_t((m.status & 0xF0) | (ch & 0x0F));
    out.frame = std::max(e.frame, m_clock.nowFrame());
    m_output.schedule(out);
}

void LiveDuet::run()
{
    DuetEngine::Output out;
    while (!m_stop.load()) {
        TimedMidiEvent e;
        int read = 0;
        while (read < 4096 && m_input.readInput(e)) {
            ++read;
            const int cc = m_temperatureCc.load();
            if (cc >= 0 && e.message.isController(cc)) {
                m_engine.setTemperature(0.1 + 1.9 * e.message.data2 / 127.0);
                continue;
            }
            monitor(e);
            m_engine.hear(e, out);
            apply(out);
        }
        if (m_panic.exchange(false)) {
            m_engine.silence(m_clock.nowFrame(), out);
            out.cancel = false;
            apply(out);
            m_output.cancelScheduled(-1);   // panic: every channel, the monitor too
        }
        if (const double t = m_requestedTemperature.exchange(-1.0); t >= 0)
            m_engine.setTemperature(t);
        if (m_mutate.exchange(false)) {
            m_engine.mutate(m_clock.nowFrame(), m_clock.earliestOutputFrame(), out);
            apply(out);
        }
        m_engine.advance(m_clock.nowFrame(), m_clock.earliestOutputFrame(), out);
        apply(out);
        const bool busy = m_engine.hasWork() && m_engine.work(kTokensPerTurn, out);
        apply(out);
        const QString status = m_input.takeStatus();
        if (!status.isEmpty() && m_onStatus)
            m_onStatus(status);
        if (!busy && read == 0)
            std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
}

} // namespace atelier::core
