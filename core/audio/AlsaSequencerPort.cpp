#include "audio/AlsaSequencerPort.h"

#include <QObject>
#include <alsa/asoundlib.h>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <thread>

namespace atelier::core {

namespace {

constexpr unsigned kTimerHz = 6250;   // the sequencer's fastest queue timer (160 us)

snd_seq_t *seqOf(void *p)
{
    return static_cast<snd_seq_t *>(p);
}

// alsa-lib prints its own lines on stderr (e.g. "open /dev/snd/seq failed");
// our errors say the same in words, once.
void quiet(const char *, int, const char *, int, const char *, ...) {}

} // namespace

// ALSA's MIDI byte parser, which turns our three bytes into a sequencer event.
struct AlsaSequencerPort::Parser {
    snd_midi_event_t *p = nullptr;
    ~Parser()
    {
        if (p)
            snd_midi_event_free(p);
    }
};

AlsaSequencerPort::AlsaSequencerPort() = default;

AlsaSequencerPort::~AlsaSequencerPort()
{
    close(0.25);   // what was handed over leaves first (the last note-offs)
}

bool AlsaSequencerPort::openClient(const QString &portName, QString *error)
{
    close();
    snd_lib_error_set_handler(&quiet);
    snd_seq_t *seq = nullptr;
    const int err = snd_seq_open(&seq, "default", SND_SEQ_OPEN_OUTPUT, SND_SEQ_NONBLOCK);
    if (err < 0) {
        if (error)
            *error = QObject::tr("no ALSA sequencer: %1 (is /dev/snd/seq there? the snd-seq module loaded?)")
                         .arg(QString::fromLocal8Bit(snd_strerror(err)));
        return false;
    }
    // `message` holds the reason's place: %1.
    const auto fail = [&](const QString &message, int code) {
        if (error)
            *error = message.arg(QString::fromLocal8Bit(snd_strerror(code)));
        snd_seq_close(seq);
        m_port = m_queue = -1;
        return false;
    };
    snd_seq_set_client_name(seq, "Atelier");
    m_port = snd_seq_create_simple_port(seq, portName.toUtf8().constData(),
                                        SND_SEQ_PORT_CAP_READ | SND_SEQ_PORT_CAP_SUBS_READ,
                                        SND_SEQ_PORT_TYPE_MIDI_GENERIC | SND_SEQ_PORT_TYPE_APPLICATION);
    if (m_port < 0)
        return fail(QObject::tr("ALSA sequencer: cannot create the port \"%1\": %2").arg(portName, QStringLiteral("%1")), m_port);
    m_queue = snd_seq_alloc_named_queue(seq, "Atelier");
    if (m_queue < 0)
        return fail(QObject::tr("ALSA sequencer: cannot allocate a queue: %1"), m_queue);
    snd_seq_queue_timer_t *timer = nullptr;
    snd_seq_queue_timer_alloca(&timer);
    if (snd_seq_get_queue_timer(seq, m_queue, timer) == 0) {
        snd_seq_queue_timer_set_resolution(timer, kTimerHz);
        snd_seq_set_queue_timer(seq, m_queue, timer);   // the kernel's default (1000 Hz) where refused
    }
    const int started = snd_seq_start_queue(seq, m_queue, nullptr);
    if (started < 0)
        return fail(QObject::tr("ALSA sequencer: cannot start its queue: %1"), started);
    snd_seq_drain_output(seq);
    auto parser = std::make_unique<Parser>();
    if (snd_midi_event_new(16, &parser->p) < 0)
        return fail(QObject::tr("ALSA sequencer: cannot make a MIDI parser: %1"), -ENOMEM);
    snd_midi_event_no_status(parser->p, 1);   // every message with its status byte
    m_parser = std::move(parser);
    m_seq = seq;
    m_name = portName;
    return true;
}

bool AlsaSequencerPort::openOwn(const QString &name, QString *error)
{
    return openClient(name, error);
}

bool AlsaSequencerPort::openTo(int client, int port, const QString &displayName, QString *error)
{
    if (!openClient(QStringLiteral("Atelier out"), error))
        return false;
    const int err = snd_seq_connect_to(seqOf(m_seq), m_port, client, port);
    if (err < 0) {
        if (error)
            *error = QObject::tr("cannot open MIDI output port \"%1\": %2")
                         .arg(displayName, QString::fromLocal8Bit(snd_strerror(err)));
        close();
        return false;
    }
    m_name = displayName;
    return true;
}

void AlsaSequencerPort::close(double maxSeconds)
{
    if (!m_seq)
        return;
    snd_seq_t *seq = seqOf(m_seq);
    snd_seq_drain_output(seq);
    snd_seq_queue_status_t *status = nullptr;
    snd_seq_queue_status_alloca(&status);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(maxSeconds);
    while (std::chrono::steady_clock::now() < deadline && snd_seq_get_queue_status(seq, m_queue, status) == 0
           && snd_seq_queue_status_get_events(status) > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    snd_seq_free_queue(seq, m_queue);
    snd_seq_delete_simple_port(seq, m_port);
    snd_seq_close(seq);
    m_seq = nullptr;
    m_parser.reset();
    m_port = m_queue = -1;
    m_name.clear();
}

void AlsaSequencerPort::beginBatch()
{
    m_batchTime = -1.0;
    if (!m_seq)
        return;
    snd_seq_queue_status_t *status = nullptr;
    snd_seq_queue_status_alloca(&status);
    if (snd_seq_get_queue_status(seqOf(m_seq), m_queue, status) < 0)
        return;   // the messages then leave at once
    const snd_seq_real_time_t *t = snd_seq_queue_status_get_real_time(status);
    m_batchTime = double(t->tv_sec) + double(t->tv_nsec) * 1e-9;
}

bool AlsaSequencerPort::send(const MidiMessage &message, double delaySeconds)
{
    if (!m_seq)
        return false;
    snd_seq_event_t ev;
    snd_seq_ev_clear(&ev);
    snd_midi_event_reset_encode(m_parser->p);
    const unsigned char bytes[3] = {message.status, message.data1, message.data2};
    const long used = snd_midi_event_encode(m_parser->p, bytes, message.size(), &ev);
    if (used < message.size() || ev.type == SND_SEQ_EVENT_NONE)
        return false;   // not a message the sequencer knows
    snd_seq_ev_set_source(&ev, m_port);
    snd_seq_ev_set_subs(&ev);
    if (m_batchTime >= 0.0) {
        // Always through the queue, even when due: a message sent directly
        // could overtake one queued for a moment that has just passed.
        const double at = m_batchTime + std::max(delaySeconds, 0.0);
        snd_seq_real_time_t rt;
        rt.tv_sec = unsigned(at);
        rt.tv_nsec = unsigned(std::min((at - std::floor(at)) * 1e9, 999999999.0));
        snd_seq_ev_schedule_real(&ev, m_queue, 0, &rt);
    } else {
        snd_seq_ev_set_direct(&ev);
    }
    snd_seq_t *seq = seqOf(m_seq);
    if (snd_seq_event_output(seq, &ev) < 0)
        return false;   // the sequencer's pool is full: lost rather than block
    const int drained = snd_seq_drain_output(seq);
    return drained >= 0 || drained == -EAGAIN;
}

void AlsaSequencerPort::removePending(int channel)
{
    if (!m_seq)
        return;
    snd_seq_t *seq = seqOf(m_seq);
    snd_seq_drain_output(seq);
    snd_seq_remove_events_t *remove = nullptr;
    snd_seq_remove_events_alloca(&remove);
    unsigned condition = SND_SEQ_REMOVE_OUTPUT | SND_SEQ_REMOVE_IGNORE_OFF;
    if (channel >= 0 && channel < 16) {
        condition |= SND_SEQ_REMOVE_DEST_CHANNEL;
        snd_seq_remove_events_set_channel(remove, channel);
    }
    snd_seq_remove_events_set_queue(remove, m_queue);
    snd_seq_remove_events_set_condition(remove, condition);
    snd_seq_remove_events(seq, remove);
}

} // namespace atelier::core
