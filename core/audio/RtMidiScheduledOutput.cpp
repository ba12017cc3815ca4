#include "audio/RtMidiScheduledOutput.h"

#include "audio/RtMidiPorts.h"

#include <QObject>
#include <chrono>
#include <vector>

namespace atelier::core {

namespace {

RtMidi::Api apiOf(MidiSystem system)
{
    return rtmidi::api(system);
}

void ignoreError(RtMidiError::Type, const std::string &, void *) {}

} // namespace

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
    return rtmidi::listPorts<RtMidiOut>(apiOf(system), QObject::tr("no MIDI output system"), error);
}

bool RtMidiScheduledOutput::open(const QString &port, const QString &virtualName, QString *error)
{
    close();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    try {
        auto out = std::make_unique<RtMidiOut>(apiOf(m_system), "Atelier");
        if (port == QLatin1String("virtual")) {
            out->openVirtualPort(virtualName.toStdString());
            m_portName = virtualName;
        } else {
            const int index = rtmidi::findPort(*out, port);
            if (index < 0)
                return fail(QObject::tr("MIDI output port \"%1\" not found").arg(port));
            m_portName = QString::fromStdString(out->getPortName(unsigned(index)));
            out->openPort(unsigned(index), "Atelier out");
        }
        out->setErrorCallback(&ignoreError, nullptr);
        m_out = std::move(out);
    } catch (const RtMidiError &e) {
        m_portName.clear();
        return fail(QObject::tr("cannot open MIDI output port \"%1\": %2")
                        .arg(port, QString::fromStdString(e.getMessage())));
    } catch (...) {
        m_portName.clear();
        return fail(QObject::tr("cannot open MIDI output port \"%1\"").arg(port));
    }
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
    try {
        m_out->closePort();
    } catch (...) {
    }
    m_out.reset();
    m_portName.clear();
}

void RtMidiScheduledOutput::run()
{
    std::vector<unsigned char> bytes;
    const Frame lateFrames = Frame(m_clock.sampleRate() / 1000.0);
    const auto send = [&](int, const MidiMessage &m) {
        bytes.assign({m.status, m.data1, m.data2});
        bytes.resize(std::size_t(m.size()));
        try {
            m_out->sendMessage(&bytes);
        } catch (...) {
            // A vanished port: the message is lost, the duet goes on.
        }
    };
    for (;;) {
        const bool stopping = m_stop.load();
        m_queue.takeDue(m_clock.nowFrame(), 1, lateFrames, send);
        if (stopping)
            break;
        std::this_thread::sleep_for(std::chrono::microseconds(250));
    }
}

} // namespace atelier::core
