#include "audio/MidiInputHub.h"

#include <QObject>
#include <algorithm>
#include <chrono>

namespace atelier::core {

QString MidiInputHub::Tap::takeStatus()
{
    QString status = m_hub.takeStatus();
    const std::int64_t dropped = m_dropped.exchange(0);
    if (status.isEmpty() && dropped > 0)
        status = droppedMessage(dropped);
    return status;
}

QString MidiInputHub::droppedMessage(std::int64_t count)
{
    return QObject::tr("%n MIDI input event(s) dropped: more than Atelier can take in at once", nullptr, int(count));
}

MidiInputHub::MidiInputHub(const IMidiClock &clock) : m_clock(clock)
{
    m_thread = std::thread([this] { run(); });
}

MidiInputHub::~MidiInputHub()
{
    m_stop.store(true);
    m_thread.join();
}

void MidiInputHub::setSource(IMidiInput *source)
{
    std::lock_guard lock(m_mutex);
    m_source = source;
}

void MidiInputHub::post(const MidiMessage &message)
{
    m_posted.push({m_clock.nowFrame(), message});
}

std::shared_ptr<MidiInputHub::Tap> MidiInputHub::openTap(Kind kind)
{
    std::shared_ptr<Tap> tap(new Tap(*this, kind));
    std::lock_guard lock(m_mutex);
    m_taps.push_back(tap);
    return tap;
}

void MidiInputHub::closeTap(const std::shared_ptr<Tap> &tap)
{
    std::lock_guard lock(m_mutex);
    m_taps.erase(std::remove(m_taps.begin(), m_taps.end(), tap), m_taps.end());
}

int MidiInputHub::addListener(Listener listener)
{
    std::lock_guard lock(m_mutex);
    const int id = m_nextListener++;
    m_listeners.emplace_back(id, std::move(listener));
    return id;
}

void MidiInputHub::removeListener(int id)
{
    std::lock_guard lock(m_mutex);
    m_listeners.erase(std::remove_if(m_listeners.begin(), m_listeners.end(),
                                     [id](const auto &entry) { return entry.first == id; }),
                      m_listeners.end());
}

QString MidiInputHub::takeStatus()
{
    std::lock_guard lock(m_mutex);
    QString status;
    std::swap(status, m_status);
    return status;
}

void MidiInputHub::dispatch(const TimedMidiEvent &event)
{
    const Kind kind = event.message.status >= 0xF0 ? Kind::Clock : Kind::Channel;
    for (const std::shared_ptr<Tap> &tap : m_taps)
        if (tap->m_kind == kind && tap->isEnabled() && !tap->m_queue.push(event))
            tap->m_dropped.fetch_add(1, std::memory_order_relaxed);
    if (kind == Kind::Clock)
        return;
    for (const auto &[id, listener] : m_listeners) {
        try {
            listener(event);
        } catch (...) {
        }
    }
}

void MidiInputHub::run()
{
    while (!m_stop.load()) {
        int handled = 0;
        {
            std::lock_guard lock(m_mutex);
            TimedMidiEvent e;
            while (handled < 4096 && m_posted.pop(e)) {
                dispatch(e);
                ++handled;
            }
            if (m_source) {
                while (handled < 8192 && m_source->readInput(e)) {
                    dispatch(e);
                    ++handled;
                }
                const QString status = m_source->takeStatus();
                if (!status.isEmpty())
                    m_status = status;
            }
        }
        if (handled == 0)
            std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
}

} // namespace atelier::core
