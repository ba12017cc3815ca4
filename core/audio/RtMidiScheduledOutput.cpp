#include "audio/RtMidiScheduledOutput.h"

#include "audio/MidiPortOpener.h"
#include "audio/RtMidiPorts.h"

#include <QObject>
#include <chrono>

namespace atelier::core {

RtMidiScheduledOutput::RtMidiScheduledOutput(const IMidiClock &clock, System system)
    : m_clock(clock), m_system(system)
{
}

RtMidiScheduledOutput::~RtMidiScheduledOutput()
{
    close();
}

QStringList RtMidiScheduledOutput::portNames(System system, QString *error)
{
    return rtmidi::listPorts<RtMidiOut>(rtmidi::api(system), QObject::tr("no MIDI output system"), error);
}

bool RtMidiScheduledOutput::open(const QString &port, const QString &virtualName, QString *error)
{
    close();
    const bool own = port == QLatin1String("virtual");
    m_out = openMidiPortSender(m_system, own ? virtualName : port, own, error);
    if (!m_out)
        return false;
    m_portName = m_out->portName();
    m_stop.store(false);
    m_worker = std::thread([this] { run(); });
    if (error)
        error->clear();
    return true;
}

void RtMidiScheduledOutput::close()
{
    if (!m_worker.joinable())
        return;
    m_queue.cancel();   // the worker sends the note-offs of what still sounds, then stops
    m_stop.store(true);
    m_worker.join();
    m_out.reset();
    m_portName.clear();
}

void RtMidiScheduledOutput::run()
{
    const double rate = m_clock.sampleRate();
    const Frame lateFrames = Frame(rate / 1000.0);
    const int aheadFrames = 1 + int(m_out->lookaheadSeconds() * rate);
    const auto send = [&](int offset, const MidiMessage &m) { m_out->send(m, offset / rate); };
    const auto takeBack = [&](int channel) { m_out->removePending(channel); };
    for (;;) {
        const bool stopping = m_stop.load();
        m_out->beginBatch();
        m_queue.takeDue(m_clock.nowFrame(), aheadFrames, lateFrames, send, takeBack);
        if (stopping)
            break;
        std::this_thread::sleep_for(std::chrono::microseconds(250));
    }
}

} // namespace atelier::core
