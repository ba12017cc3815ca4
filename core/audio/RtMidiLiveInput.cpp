#include "audio/RtMidiLiveInput.h"

#include "audio/MidiInputHub.h"

#include <QObject>

namespace atelier::core {

bool RtMidiLiveInput::start(QString *error)
{
    if (error)
        error->clear();
    if (m_studioIn.isOpen())
        return true;
    QString why;
    m_studioIn.setAcceptClock(m_acceptClock);
    if (!m_studioIn.openVirtual(QString::fromLatin1(kStudioPort),
                                [this](const MidiMessage &m) { received(m, m_studioQueue); }, &why)) {
        std::lock_guard lock(m_statusMutex);   // the chosen port may still work
        m_status = QObject::tr("Atelier's own MIDI port \"%1\" could not be opened: %2")
                       .arg(QString::fromLatin1(kStudioPort), why);
    }
    return true;
}

void RtMidiLiveInput::stop()
{
    close();
    if (m_studioIn.isOpen()) {
        m_studioIn.close();
        releaseHeld();
    }
}

bool RtMidiLiveInput::open(const QString &port, QString *error)
{
    close();
    m_virtual = false;
    m_input.setAcceptClock(m_acceptClock);
    return m_input.open(port, [this](const MidiMessage &m) { received(m, m_queue); }, error);
}

bool RtMidiLiveInput::openVirtual(const QString &name, QString *error)
{
    close();
    m_input.setAcceptClock(m_acceptClock);
    m_virtual = m_input.openVirtual(name, [this](const MidiMessage &m) { received(m, m_queue); }, error);
    return m_virtual;
}

void RtMidiLiveInput::close()
{
    if (!m_input.isOpen())
        return;
    m_input.close();   // the callback is not called after this
    releaseHeld();
}

void RtMidiLiveInput::received(const MidiMessage &m, TimedMidiQueue &queue)
{
    if (m.isNoteOn() || m.isNoteOff())
        m_held[std::size_t(m.channel()) * 128 + m.data1].store(m.isNoteOn() ? 1 : 0, std::memory_order_relaxed);
    if (!queue.push({m_clock.nowFrame(), m}))
        m_dropped.fetch_add(1, std::memory_order_relaxed);
}

void RtMidiLiveInput::releaseHeld()
{
    // Only after the input thread stopped: this thread is then that queue's only producer.
    const Frame now = m_clock.nowFrame();
    for (int ch = 0; ch < 16; ++ch)
        for (int p = 0; p < 128; ++p)
            if (m_held[std::size_t(ch) * 128 + std::size_t(p)].exchange(0))
                m_queue.push({now, MidiMessage::noteOff(ch, p)});
}

bool RtMidiLiveInput::checkPort()
{
    if (!m_input.isOpen() || m_virtual)
        return true;   // Atelier's own port cannot go away
    QString error;
    const QStringList ports = availablePorts(&error);
    const QString name = m_input.portName();
    if (ports.contains(name))
        return true;
    close();
    std::lock_guard lock(m_statusMutex);
    m_status = QObject::tr("MIDI input \"%1\" disappeared; choose another or Rescan").arg(name);
    return false;
}

QString RtMidiLiveInput::takeStatus()
{
    std::lock_guard lock(m_statusMutex);
    QString status;
    std::swap(status, m_status);
    const std::int64_t dropped = m_dropped.exchange(0);
    if (status.isEmpty() && dropped > 0)
        status = MidiInputHub::droppedMessage(dropped);
    return status;
}

} // namespace atelier::core
