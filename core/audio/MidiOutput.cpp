#include "audio/MidiOutput.h"

#include "audio/AlsaSequencerPort.h"
#include "audio/MidiPortOpener.h"
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
    : m_clock(clock), m_system(system), m_queue(std::make_unique<MidiOutQueue>()),
      m_lookahead(system == MidiSystem::Alsa ? AlsaSequencerPort::kLookahead : 0.0)
{
    m_worker = std::thread([this] { run(); });
}

MidiOutput::~MidiOutput()
{
    m_stop.store(true);
    if (m_worker.joinable())
        m_worker.join();
    std::lock_guard<std::mutex> lock(m_mutex);
    beginBatches();
    for (int ch = 0; ch < 16; ++ch) {
        sendAll(MidiMessage::controlChange(ch, MidiMessage::kCcSustain, 0));
        sendAll(MidiMessage::controlChange(ch, MidiMessage::kCcAllNotesOff, 0));
    }
    m_outs.clear();
}

QStringList MidiOutput::portNames(MidiSystem system)
{
    return rtmidi::listPorts<RtMidiOut>(rtmidi::api(system), QString(), nullptr);
}

bool MidiOutput::setPorts(const QStringList &names)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    bool ok = true;
    m_outs.resize(std::size_t(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        if (i < m_names.size() && m_names[i] == names[i])
            continue;  // already open (or already failed)
        QString error;
        m_outs[std::size_t(i)] = openMidiPortSender(m_system, names[i], names[i] == QLatin1String(kStudioPort), &error);
        if (!m_outs[std::size_t(i)]) {
            m_lastError = error;
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

std::int64_t MidiOutput::waitFrames(const MidiOutEvent &event, std::int64_t now) const
{
    if (event.frame < 0 || !m_clock)
        return 0;
    return event.frame + m_latency.load(std::memory_order_relaxed) - now;
}

void MidiOutput::run()
{
    // Events wait here in the order they came until their time (less the
    // senders' lookahead: the ALSA sequencer takes them early, with their time).
    std::deque<MidiOutEvent> waiting;
    MidiOutEvent event;
    const auto aheadFrames = [this] {
        return m_clock ? std::int64_t(m_lookahead * m_clock->sampleRate()) : std::int64_t(0);
    };
    while (!m_stop.load(std::memory_order_acquire)) {
        while (waiting.size() < kMaxWaiting && m_queue->pop(event))
            waiting.push_back(event);
        const std::int64_t now = m_clock ? m_clock->nowFrame() : 0;
        if (!waiting.empty() && waitFrames(waiting.front(), now) <= aheadFrames()) {
            std::lock_guard<std::mutex> lock(m_mutex);
            beginBatches();
            while (!waiting.empty() && waitFrames(waiting.front(), now) <= aheadFrames()) {
                deliver(waiting.front(), now);
                waiting.pop_front();
            }
        }
        std::this_thread::sleep_for(waiting.empty() ? kPollInterval : kWaitInterval);
    }
    // Send what is left so that final note-offs still go out.
    std::lock_guard<std::mutex> lock(m_mutex);
    const std::int64_t now = m_clock ? m_clock->nowFrame() : 0;
    beginBatches();
    for (const MidiOutEvent &e : waiting)
        deliver(e, now);
    while (m_queue->pop(event))
        deliver(event, now);
}

void MidiOutput::deliver(const MidiOutEvent &event, std::int64_t now)
{
    if (event.port < 0 || std::size_t(event.port) >= m_outs.size() || !m_outs[std::size_t(event.port)])
        return;  // unknown or closed port: dropped
    const std::int64_t wait = waitFrames(event, now);
    const double delay = wait > 0 && m_clock ? double(wait) / m_clock->sampleRate() : 0.0;
    m_outs[std::size_t(event.port)]->send(event.message, delay);   // a vanished port loses it
}

void MidiOutput::beginBatches()
{
    for (auto &out : m_outs)
        if (out)
            out->beginBatch();
}

void MidiOutput::sendAll(const MidiMessage &m)
{
    for (auto &out : m_outs)
        if (out)
            out->send(m, 0.0);
}

} // namespace atelier::core
