#pragma once
// A plain libjack MIDI client for end-to-end tests, written apart from
// Atelier's own JACK code so that the tests do not check that code with
// itself: one output port "play" that sends raw bytes at exact frames, and
// one input port "hear" that keeps everything it receives with its frame.
// Events to play are appended (in frame order) before or while it runs; the
// process callback publishes what it hears through an atomic count.

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <jack/jack.h>
#include <jack/midiport.h>
#include <vector>

class JackTestClient {
public:
    struct Event {
        jack_nframes_t frame = 0;
        // When it was heard (or played) on the wall clock, in frames: the time
        // the cycle ran (jack_get_time) plus its offset. For comparing with a clock that
        // runs on the wall clock (the silent audio device): a dummy server on
        // a loaded machine runs some cycles late or drops them, so its frames
        // fall behind the wall clock.
        double wallFrame = 0;
        unsigned char bytes[8] = {};
        int size = 0;
    };

    JackTestClient() { m_out.resize(200000); m_in.resize(200000); }
    ~JackTestClient() { close(); }

    bool open(const QString &server, const char *name)
    {
        jack_status_t status{};
        m_client = jack_client_open(name, jack_options_t(JackNoStartServer | JackServerName), &status,
                                    server.toUtf8().constData());
        if (!m_client)
            return false;
        m_rate = double(jack_get_sample_rate(m_client));
        m_play = jack_port_register(m_client, "play", JACK_DEFAULT_MIDI_TYPE, JackPortIsOutput, 0);
        m_hear = jack_port_register(m_client, "hear", JACK_DEFAULT_MIDI_TYPE, JackPortIsInput, 0);
        jack_set_process_callback(m_client, &JackTestClient::process, this);
        return m_play && m_hear && jack_activate(m_client) == 0;
    }
    void close()
    {
        if (!m_client)
            return;
        jack_deactivate(m_client);
        jack_client_close(m_client);
        m_client = nullptr;
    }
    QByteArray playName() const { return QByteArray(jack_port_name(m_play)); }
    QByteArray hearName() const { return QByteArray(jack_port_name(m_hear)); }
    bool connect(const QByteArray &from, const QByteArray &to)
    {
        return jack_connect(m_client, from.constData(), to.constData()) == 0;
    }
    jack_nframes_t now() const { return jack_frame_time(m_client); }
    // The first frame of the last cycle this client ran. Unlike now(), which
    // extrapolates from the wall clock, it never runs ahead of the cycles
    // (a dummy server on a loaded machine runs some cycles late).
    jack_nframes_t cycleStart() const { return m_cycleStart.load(std::memory_order_acquire); }
    // Full names of the MIDI output ports whose name matches `pattern` (a regular expression).
    QList<QByteArray> outputPorts(const char *pattern) const
    {
        QList<QByteArray> names;
        if (const char **ports = jack_get_ports(m_client, pattern, JACK_DEFAULT_MIDI_TYPE, JackPortIsOutput)) {
            for (const char **p = ports; *p; ++p)
                names.append(QByteArray(*p));
            jack_free(ports);
        }
        return names;
    }
    double rate() const { return double(jack_get_sample_rate(m_client)); }
    jack_nframes_t bufferFrames() const { return jack_get_buffer_size(m_client); }

    // Appends one event (frames must not decrease from one call to the next).
    void send(jack_nframes_t frame, std::initializer_list<unsigned char> bytes)
    {
        const std::size_t i = m_outCount.load(std::memory_order_relaxed);
        if (i >= m_out.size())
            return;
        Event &e = m_out[i];
        e.frame = frame;
        e.size = 0;
        for (unsigned char b : bytes)
            if (e.size < 8)
                e.bytes[e.size++] = b;
        m_outCount.store(i + 1, std::memory_order_release);
    }
    std::vector<Event> heard() const
    {
        const std::size_t n = m_inCount.load(std::memory_order_acquire);
        return std::vector<Event>(m_in.begin(), m_in.begin() + std::ptrdiff_t(n));
    }
    std::size_t sentSoFar() const { return m_outSent.load(); }
    // The events played so far, each with the wall-clock frame it left at.
    std::vector<Event> sent() const
    {
        const std::size_t n = m_outSent.load(std::memory_order_acquire);
        return std::vector<Event>(m_out.begin(), m_out.begin() + std::ptrdiff_t(n));
    }
    // Events JACK refused (its port buffer was full in that cycle).
    std::size_t writeFailures() const { return m_writeFailures.load(); }

private:
    static int process(jack_nframes_t n, void *self)
    {
        auto *c = static_cast<JackTestClient *>(self);
        const jack_nframes_t start = jack_last_frame_time(c->m_client);
        c->m_cycleStart.store(start, std::memory_order_release);
        const double wall = double(jack_get_time()) * 1e-6 * c->m_rate;
        void *out = jack_port_get_buffer(c->m_play, n);
        jack_midi_clear_buffer(out);
        const std::size_t count = c->m_outCount.load(std::memory_order_acquire);
        std::size_t i = c->m_outSent.load(std::memory_order_relaxed);
        jack_nframes_t last = 0;
        for (; i < count; ++i) {
            Event &e = c->m_out[i];
            if (jack_nframes_t(e.frame - start) < n || std::int32_t(e.frame - start) < 0) {
                jack_nframes_t offset = std::int32_t(e.frame - start) < 0 ? 0 : e.frame - start;
                offset = std::max(offset, last);
                last = offset;
                e.wallFrame = wall + double(offset);
                if (jack_midi_event_write(out, offset, e.bytes, std::size_t(e.size)) != 0)
                    c->m_writeFailures.fetch_add(1, std::memory_order_relaxed);
            } else {
                break;
            }
        }
        c->m_outSent.store(i, std::memory_order_release);
        void *in = jack_port_get_buffer(c->m_hear, n);
        const jack_nframes_t events = jack_midi_get_event_count(in);
        std::size_t k = c->m_inCount.load(std::memory_order_relaxed);
        for (jack_nframes_t j = 0; j < events && k < c->m_in.size(); ++j) {
            jack_midi_event_t ev;
            if (jack_midi_event_get(&ev, in, j) != 0)
                continue;
            Event &e = c->m_in[k++];
            e.frame = start + ev.time;
            e.wallFrame = wall + double(ev.time);
            e.size = int(std::min<std::size_t>(ev.size, 8));
            for (int b = 0; b < e.size; ++b)
                e.bytes[b] = ev.buffer[b];
        }
        c->m_inCount.store(k, std::memory_order_release);
        return 0;
    }

    jack_client_t *m_client = nullptr;
    jack_port_t *m_play = nullptr;
    jack_port_t *m_hear = nullptr;
    std::vector<Event> m_out, m_in;
    std::atomic<std::size_t> m_outCount{0}, m_outSent{0}, m_inCount{0}, m_writeFailures{0};
    std::atomic<jack_nframes_t> m_cycleStart{0};
    double m_rate = 48000.0;
};
