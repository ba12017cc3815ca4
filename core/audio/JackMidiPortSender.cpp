#include "audio/JackMidiPortSender.h"

#include "audio/JackNoServer.h"
#include "live/JackPorts.h"

#include <QObject>
#include <cerrno>
#include <chrono>
#include <thread>
#include <jack/midiport.h>
#include <jack/ringbuffer.h>

namespace atelier::core {

namespace {

// One message in the ring: its length, then up to three bytes.
constexpr std::size_t kRecord = 4;
constexpr std::size_t kRingBytes = 16384;

std::unique_ptr<JackMidiPortSender> failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return nullptr;
}

} // namespace

std::unique_ptr<JackMidiPortSender> JackMidiPortSender::open(const QString &port, bool own, QString *error)
{
    std::unique_ptr<JackMidiPortSender> s(new JackMidiPortSender);
    jack_status_t status{};
    s->m_client = jack_client_open("Atelier", JackNoStartServer, &status);
    if (!s->m_client) {
        return failWith(error, QObject::tr("cannot open MIDI output port \"%1\": %2").arg(port, noJackServerMessage()));
    }
    QString target;
    if (!own) {
        target = jackports::find(jackports::listOthers(s->m_client, JACK_DEFAULT_MIDI_TYPE, JackPortIsInput), port);
        if (target.isEmpty())
            return failWith(error, QObject::tr("MIDI output port \"%1\" not found").arg(port));
    }
    s->m_ring = jack_ringbuffer_create(kRingBytes);
    const QByteArray portName = (own ? port : QStringLiteral("Atelier out")).toUtf8();
    s->m_port = jack_port_register(s->m_client, portName.constData(), JACK_DEFAULT_MIDI_TYPE, JackPortIsOutput, 0);
    if (!s->m_ring || !s->m_port)
        return failWith(error, QObject::tr("JACK refused to register Atelier's ports"));
    jack_set_process_callback(s->m_client, &JackMidiPortSender::onProcess, s.get());
    jack_on_shutdown(s->m_client, &JackMidiPortSender::onShutdown, s.get());
    if (jack_activate(s->m_client) != 0)
        return failWith(error, QObject::tr("the JACK client could not be activated"));
    if (!own) {
        const int rc = jack_connect(s->m_client, jack_port_name(s->m_port), target.toUtf8().constData());
        if (rc != 0 && rc != EEXIST)
            return failWith(error, QObject::tr("MIDI port \"%1\" could not be connected").arg(target));
    }
    s->m_name = own ? port : target;
    if (error)
        error->clear();
    return s;
}

JackMidiPortSender::~JackMidiPortSender()
{
    if (m_client) {
        if (!m_shutdown.load() && m_ring)
            drain();
        if (!m_shutdown.load())
            jack_deactivate(m_client);   // returns once no process callback runs
        jack_client_close(m_client);
    }
    if (m_ring)
        jack_ringbuffer_free(m_ring);
}

void JackMidiPortSender::drain()
{
    // Until the ring is empty and two more cycles have ended (the one that
    // wrote its last message, and the one a later client may read it in).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    std::uint64_t until = 0;
    while (!m_shutdown.load() && std::chrono::steady_clock::now() < deadline) {
        if (until == 0 && jack_ringbuffer_read_space(m_ring) == 0)
            until = m_cycles.load() + 2;
        if (until != 0 && m_cycles.load() >= until)
            return;
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
}

bool JackMidiPortSender::send(const MidiMessage &message, double)
{
    if (m_shutdown.load() || jack_ringbuffer_write_space(m_ring) < kRecord)
        return false;
    const char record[kRecord] = {char(message.size()), char(message.status), char(message.data1),
                                  char(message.data2)};
    jack_ringbuffer_write(m_ring, record, kRecord);
    return true;
}

int JackMidiPortSender::onProcess(unsigned frames, void *self)
{
    auto *s = static_cast<JackMidiPortSender *>(self);
    void *buffer = jack_port_get_buffer(s->m_port, frames);
    jack_midi_clear_buffer(buffer);
    char record[kRecord];
    while (jack_ringbuffer_peek(s->m_ring, record, kRecord) == kRecord) {
        const std::size_t size = std::size_t(record[0]);
        if (size < 1 || size > 3) {   // never written so; skip it rather than stall
            jack_ringbuffer_read_advance(s->m_ring, kRecord);
            continue;
        }
        if (jack_midi_event_write(buffer, 0, reinterpret_cast<const jack_midi_data_t *>(record + 1), size) != 0)
            break;   // the cycle's buffer is full: the rest goes in the next one
        jack_ringbuffer_read_advance(s->m_ring, kRecord);
    }
    s->m_cycles.fetch_add(1, std::memory_order_release);
    return 0;
}

void JackMidiPortSender::onShutdown(void *self)
{
    static_cast<JackMidiPortSender *>(self)->m_shutdown.store(true);
}

} // namespace atelier::core
