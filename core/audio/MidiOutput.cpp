#include "audio/MidiOutput.h"

#include "audio/RtMidiPorts.h"

#include <chrono>
#include <deque>

namespace atelier::core {

namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(1);
constexpr auto kWaitInterval = std::chrono::microseconds(250);   // while events wait for their time
constexpr std::size_t kMaxWaiting = 8192;

} // namespace

MidiOutput::MidiOutput(const IMidiClock *clock, MidiSystem system)
    : m_clock(clock), m_system(system), m_queue(std::make_unique<MidiOutQueue>())
{
    m_worker = std::thread([this] { run(); });
}

MidiOutput::~MidiOutput()
{
    m_stop.store(true);
    if (m_worker.joinable())
        m_worker.join();
    std::lock_guard<std::mutex> lock(m_mutex);
    for (int ch = 0; ch < 16; ++ch) {
        sendAll(MidiMessage::controlChange(ch, MidiMessage::kCcSustain, 0));
        sendAll(MidiMessage::controlChange(ch, MidiMessage::kCcAllNotesOff, 0));
    }
    m_outs.clear();
}

QStringList MidiOutput::portNames(MidiSystem system)
{
    QStringList names;
    try {
        RtMidiOut out(rtmidi::api(system), "Atelier");
        const unsigned count = out.getPortCount();
        for (unsigned i = 0; i < count; ++i)
            names.append(QString::fromStdString(out.getPortName(i)));
    } catch (...) {
        return {};
    }
    return names;
}

bool MidiOutput::setPorts(const QStringList &names)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    bool ok = true;
    m_outs.resize(std::size_t(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        if (i < m_names.size() && m_names[i] == names[i])
            continue;  // already open (or already failed)
        m_outs[std::size_t(i)].reset();
        try {
            auto out = std::make_unique<RtMidiOut>(rtmidi::api(m_system), "Atelier");
            if (names[i] == QLatin1String(kStudioPort)) {
                out->openVirtualPort(kStudioPort);
                m_outs[std::size_t(i)] = std::move(out);
                continue;
            }
            const int index = rtmidi::findPort(*out, names[i]);
            if (index < 0) {
                m_lastError = QStringLiteral("MIDI output port \"%1\" not found").arg(names[i]);
                ok = false;
                continue;
            }
            out->openPort(unsigned(index), "Atelier out");
            m_outs[std::size_t(i)] = std::move(out);
        } catch (const std::exception &e) {
            m_lastError = QStringLiteral("cannot open MIDI output port \"%1\": %2")
                              .arg(names[i], QString::fromStdString(e.what()));
            ok = false;
        } catch (...) {
            m_lastError = QStringLiteral("cannot open MIDI output port \"%1\"").arg(names[i]);
            ok = false;
        }
    }
    m_names = names;
    return ok;
}

QStringList MidiOutput::ports() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_names;
}

QString MidiOutput::lastError() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_lastError;
}

bool MidiOutput::due(const MidiOutEvent &event) const
{
    return event.frame < 0 || !m_clock
        || event.frame + m_latency.load(std::memory_order_relaxed) <= m_clock->nowFrame();
}

void MidiOutput::run()
{
    // Events wait here in the order they came until their time.
    std::deque<MidiOutEvent> waiting;
    MidiOutEvent event;
    while (!m_stop.load(std::memory_order_acquire)) {
        while (waiting.size() < kMaxWaiting && m_queue->pop(event))
            waiting.push_back(event);
        if (!waiting.empty() && due(waiting.front())) {
            std::lock_guard<std::mutex> lock(m_mutex);
            while (!waiting.empty() && due(waiting.front())) {
                deliver(waiting.front());
                waiting.pop_front();
            }
        }
        std::this_thread::sleep_for(waiting.empty() ? kPollInterval : kWaitInterval);
    }
    // Send what is left at once so that final note-offs still go out.
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const MidiOutEvent &e : waiting)
        deliver(e);
    while (m_queue->pop(event))
        deliver(event);
}

void MidiOutput::deliver(const MidiOutEvent &event)
{
    if (event.port < 0 || std::size_t(event.port) >= m_outs.size() || !m_outs[std::size_t(event.port)])
        return;  // unknown or closed port: dropped
    const unsigned char bytes[3] = {event.message.status, event.message.data1, event.message.data2};
    try {
        m_outs[std::size_t(event.port)]->sendMessage(bytes, std::size_t(event.message.size()));
    } catch (...) {
        // A vanished port: drop the message.
    }
}

void MidiOutput::sendAll(const MidiMessage &m)
{
    const unsigned char bytes[3] = {m.status, m.data1, m.data2};
    for (auto &out : m_outs) {
        if (!out)
            continue;
        try {
            out->sendMessage(bytes, std::size_t(m.size()));
        } catch (...) {
        }
    }
}

} // namespace atelier::core
