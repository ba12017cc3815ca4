#include "live/JackMidiClient.h"

#include "audio/IEventSink.h"
#include "audio/JackNoServer.h"
#include "audio/IMidiCycle.h"
#include "audio/MidiInput.h"
#include "audio/MidiInputHub.h"
#include "audio/RealtimeGuards.h"
#include "audio/ScheduledMidiQueue.h"
#include "live/JackPorts.h"

#include <jack/jack.h>
#include <jack/midiport.h>

#include <QObject>
#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <vector>

namespace atelier::core {

namespace {

constexpr std::size_t kMaxCycleEvents = 8192;
constexpr double kLateThreshold_s = 0.001;

} // namespace

struct JackMidiClient::Impl {
    Options options;
    jack_client_t *client = nullptr;
    jack_port_t *midiIn = nullptr;
    jack_port_t *midiOut = nullptr;
    jack_port_t *audioL = nullptr;
    jack_port_t *audioR = nullptr;
    double rate = 48000;
    unsigned frames = 128;

    TimedMidiQueue inQueue;
    ScheduledMidiQueue out;

    // Process-thread state (never touched elsewhere while active).
    std::vector<TimedMidiEvent> cycleEvents;    // this cycle's events for the sink (capacity reserved)
    std::atomic<IMidiCycle *> cycle{nullptr};
    std::vector<RawMidiEvent> rawIn;            // a cycle's raw input (capacity reserved)
    RawMidiBuffer rawOut{int(kMaxCycleEvents)};

    std::atomic<std::int64_t> droppedIn{0};
    std::atomic<std::int64_t> droppedOut{0};   // JACK's port buffer was full in a cycle
    std::atomic<bool> shutdown{false};
    std::atomic<bool> inputLost{false};
    std::array<std::uint8_t, 16 * 128> heldIn{};    // keys down on the input (process thread)

    std::mutex statusMutex;   // control and JACK's notification thread only
    QString status;
    QStringList connectedPorts;   // other programs' ports we connected to
    QStringList leaving;          // ports we disconnect on purpose (no status for them)
    std::int64_t reportedDroppedIn = 0;
    std::atomic<std::int64_t> xruns{0};
    std::atomic<std::int64_t> silenced{0};   // cycles whose audio held a NaN or an infinity
    std::int64_t reportedXruns = 0;

    void setStatus(const QString &text)
    {
        std::lock_guard lock(statusMutex);
        status = text;
    }

    // The cycle hands everything to an IMidiCycle.
    void processCycle(IMidiCycle &c, Frame cycleStart, jack_nframes_t n)
    {
        rawIn.clear();
        if (midiIn) {
            void *buffer = jack_port_get_buffer(midiIn, n);
            const jack_nframes_t count = jack_midi_get_event_count(buffer);
            for (jack_nframes_t i = 0; i < count && rawIn.size() < rawIn.capacity(); ++i) {
                jack_midi_event_t ev;
                if (jack_midi_event_get(&ev, buffer, i) != 0 || ev.size == 0 || ev.size > 3 || ev.buffer[0] < 0x80)
                    continue;   // sysex and stray data bytes
                rawIn.push_back(RawMidiEvent::make(int(ev.time), ev.buffer[0], int(ev.size), ev.size > 1 ? ev.buffer[1] : 0,
                                                   ev.size > 2 ? ev.buffer[2] : 0));
            }
        }
        float *left = audioL ? static_cast<float *>(jack_port_get_buffer(audioL, n)) : nullptr;
        float *right = audioR ? static_cast<float *>(jack_port_get_buffer(audioR, n)) : nullptr;
        rawOut.clear();
        c.processCycle(cycleStart, int(n), rawIn.data(), int(rawIn.size()), left, right, rawOut);
        if (left && right && silenceIfNotFinite(left, right, int(n)))
            silenced.fetch_add(1, std::memory_order_relaxed);
        void *outBuffer = midiOut ? jack_port_get_buffer(midiOut, n) : nullptr;
        if (!outBuffer)
            return;
        jack_midi_clear_buffer(outBuffer);
        jack_nframes_t last = 0;
        for (int i = 0; i < rawOut.size(); ++i) {
            const RawMidiEvent &e = rawOut[i];
            last = std::max(last, jack_nframes_t(std::clamp(e.offset, 0, int(n) - 1)));
            if (jack_midi_event_write(outBuffer, last, e.bytes, e.size) != 0)
                droppedOut.fetch_add(1, std::memory_order_relaxed);
        }
    }

    int process(jack_nframes_t n)
    {
        const ScopedFlushDenormals ftz;
        const Frame cycleStart = Frame(jack_last_frame_time(client));
        if (IMidiCycle *c = cycle.load(std::memory_order_acquire)) {
            processCycle(*c, cycleStart, n);
            return 0;
        }
        cycleEvents.clear();

        if (midiIn) {
            void *buffer = jack_port_get_buffer(midiIn, n);
            const jack_nframes_t count = jack_midi_get_event_count(buffer);
            for (jack_nframes_t i = 0; i < count; ++i) {
                jack_midi_event_t ev;
                if (jack_midi_event_get(&ev, buffer, i) != 0)
                    continue;
                const std::optional<MidiMessage> m = MidiInput::parse(ev.buffer, ev.size, options.acceptClock);
                if (!m)
                    continue;
                const TimedMidiEvent e{cycleStart + Frame(ev.time), *m};
                if (m->isNoteOn() || m->isNoteOff())
                    heldIn[std::size_t(m->channel()) * 128 + m->data1] = m->isNoteOn() ? 1 : 0;
                if (!inQueue.push(e))
                    droppedIn.fetch_add(1, std::memory_order_relaxed);
                if (options.sink && options.monitorChannel >= 0 && m->status < 0xF0
                    && cycleEvents.size() < cycleEvents.capacity()) {
                    TimedMidiEvent mon = e;
                    mon.message.status = std::uint8_t((mon.message.status & 0xF0) | (options.monitorChannel & 0x0F));
                    cycleEvents.push_back(mon);
                }
            }
        }

        if (inputLost.exchange(false))
            releaseHeldInput(cycleStart);

        void *outBuffer = midiOut ? jack_port_get_buffer(midiOut, n) : nullptr;
        if (outBuffer)
            jack_midi_clear_buffer(outBuffer);
        out.takeDue(cycleStart, int(n), Frame(kLateThreshold_s * rate), [&](int offset, const MidiMessage &m) {
            if (outBuffer && options.outputToPort) {
                const unsigned char bytes[3] = {m.status, m.data1, m.data2};
                jack_midi_event_write(outBuffer, jack_nframes_t(offset), bytes, std::size_t(m.size()));
            }
            if (options.sink && options.outputToSink && cycleEvents.size() < cycleEvents.capacity())
                cycleEvents.push_back({cycleStart + offset, m});
        });

        if (audioL && audioR && !options.sink) {   // ports for a cycle that has not begun yet
            auto *left = static_cast<float *>(jack_port_get_buffer(audioL, n));
            auto *right = static_cast<float *>(jack_port_get_buffer(audioR, n));
            std::fill(left, left + n, 0.0f);
            std::fill(right, right + n, 0.0f);
        } else if (audioL && audioR) {
            auto *left = static_cast<float *>(jack_port_get_buffer(audioL, n));
            auto *right = static_cast<float *>(jack_port_get_buffer(audioR, n));
            // Insertion sort by frame: stable, and it never allocates (stable_sort may).
            for (std::size_t i = 1; i < cycleEvents.size(); ++i)
                for (std::size_t j = i; j > 0 && cycleEvents[j].frame < cycleEvents[j - 1].frame; --j)
                    std::swap(cycleEvents[j], cycleEvents[j - 1]);
            int done = 0;
            for (const TimedMidiEvent &c : cycleEvents) {
                const int at = int(std::clamp<Frame>(c.frame - cycleStart, 0, Frame(n)));
                if (at > done) {
                    options.sink->render(left + done, right + done, at - done);
                    done = at;
                }
                options.sink->sendMidi(c.message);
            }
            if (int(n) > done)
                options.sink->render(left + done, right + done, int(n) - done);
            if (silenceIfNotFinite(left, right, int(n)))
                silenced.fetch_add(1, std::memory_order_relaxed);
        }
        return 0;
    }

    static int onProcess(jack_nframes_t n, void *self) { return static_cast<Impl *>(self)->process(n); }

    static int onXrun(void *self)
    {
        static_cast<Impl *>(self)->xruns.fetch_add(1, std::memory_order_relaxed);
        return 0;
    }

    static void onShutdown(void *self)
    {
        auto *d = static_cast<Impl *>(self);
        d->shutdown.store(true);
        d->setStatus(QObject::tr("the JACK server stopped"));
    }

    static void onConnect(jack_port_id_t a, jack_port_id_t b, int connect, void *self)
    {
        auto *d = static_cast<Impl *>(self);
        if (connect || !d->client)
            return;
        jack_port_t *pa = jack_port_by_id(d->client, a), *pb = jack_port_by_id(d->client, b);
        if (!pa || !pb)
            return;
        const bool aMine = pa == d->midiIn || pa == d->midiOut, bMine = pb == d->midiIn || pb == d->midiOut;
        if (aMine == bMine)
            return;   // neither, or both ours
        jack_port_t *ours = aMine ? pa : pb, *other = aMine ? pb : pa;
        if (ours == d->midiIn)
            d->inputLost.store(true);   // the next cycle releases the keys held on it
        const QString name = QString::fromUtf8(jack_port_name(other));
        std::lock_guard lock(d->statusMutex);
        d->connectedPorts.removeAll(name);
        if (d->leaving.removeAll(name))
            return;   // disconnectInput()
        d->status = QObject::tr("MIDI port \"%1\" was disconnected from %2 (did its program quit?)")
                        .arg(name, QString::fromUtf8(jack_port_name(ours)));
    }

    // Process thread: a note-off for every key still held on the input.
    void releaseHeldInput(Frame at)
    {
        for (int ch = 0; ch < 16; ++ch)
            for (int p = 0; p < 128; ++p) {
                std::uint8_t &held = heldIn[std::size_t(ch) * 128 + std::size_t(p)];
                if (!held)
                    continue;
                held = 0;
                const TimedMidiEvent e{at, MidiMessage::noteOff(ch, p)};
                if (!inQueue.push(e))
                    droppedIn.fetch_add(1, std::memory_order_relaxed);
                if (options.sink && options.monitorChannel >= 0 && cycleEvents.size() < cycleEvents.capacity())
                    cycleEvents.push_back({at, MidiMessage::noteOff(options.monitorChannel, p)});
            }
    }
};

JackMidiClient::JackMidiClient() : d(std::make_unique<Impl>()) {}

JackMidiClient::~JackMidiClient()
{
    close();
}

bool JackMidiClient::open(const Options &options, QString *error)
{
    close();
    d->options = options;
    d->shutdown.store(false);
    jack_status_t status{};
    const QByteArray name = options.clientName.toUtf8();
    const QByteArray server = options.serverName.toUtf8();
    int flags = JackNoStartServer;
    if (!server.isEmpty())
        flags |= JackServerName;
    d->client = server.isEmpty() ? jack_client_open(name.constData(), jack_options_t(flags), &status)
                                 : jack_client_open(name.constData(), jack_options_t(flags), &status, server.constData());
    if (!d->client) {
        *error = noJackServerMessage(options.serverName);
        return false;
    }
    d->rate = double(jack_get_sample_rate(d->client));
    d->frames = jack_get_buffer_size(d->client);
    d->cycleEvents.reserve(kMaxCycleEvents);
    d->rawIn.reserve(kMaxCycleEvents);
    d->out.reset();
    d->heldIn.fill(0);
    d->inputLost.store(false);
    auto registerPort = [&](const QString &portName, const char *type, unsigned long flags) -> jack_port_t * {
        if (portName.isEmpty())
            return nullptr;
        return jack_port_register(d->client, portName.toUtf8().constData(), type, flags, 0);
    };
    d->midiIn = registerPort(options.inputPort, JACK_DEFAULT_MIDI_TYPE, JackPortIsInput);
    d->midiOut = registerPort(options.outputPort, JACK_DEFAULT_MIDI_TYPE, JackPortIsOutput);
    if (options.sink || options.audioPorts) {
        d->audioL = registerPort(QStringLiteral("out_L"), JACK_DEFAULT_AUDIO_TYPE, JackPortIsOutput);
        d->audioR = registerPort(QStringLiteral("out_R"), JACK_DEFAULT_AUDIO_TYPE, JackPortIsOutput);
    }
    if ((!options.inputPort.isEmpty() && !d->midiIn) || (!options.outputPort.isEmpty() && !d->midiOut)
        || ((options.sink || options.audioPorts) && (!d->audioL || !d->audioR))) {
        *error = QObject::tr("JACK refused to register Atelier's ports");
        close();
        return false;
    }
    jack_set_process_callback(d->client, &Impl::onProcess, d.get());
    jack_on_shutdown(d->client, &Impl::onShutdown, d.get());
    jack_set_xrun_callback(d->client, &Impl::onXrun, d.get());
    jack_set_port_connect_callback(d->client, &Impl::onConnect, d.get());
    if (jack_activate(d->client) != 0) {
        *error = QObject::tr("the JACK client could not be activated");
        close();
        return false;
    }
    return true;
}

void JackMidiClient::close()
{
    if (!d->client)
        return;
    if (!d->shutdown.load())
        jack_deactivate(d->client);
    jack_client_close(d->client);
    d->client = nullptr;
    d->midiIn = d->midiOut = d->audioL = d->audioR = nullptr;
    TimedMidiEvent e;
    while (d->inQueue.pop(e)) {
    }
    d->out.reset();
    std::lock_guard lock(d->statusMutex);
    d->connectedPorts.clear();
}

bool JackMidiClient::isOpen() const { return d->client != nullptr; }
bool JackMidiClient::serverStopped() const { return d->shutdown.load(); }
std::int64_t JackMidiClient::xruns() const { return d->xruns.load(); }

std::int64_t JackMidiClient::silencedCycles() const
{
    return d->silenced.load(std::memory_order_relaxed);
}

unsigned JackMidiClient::outputLatencyFrames() const
{
    if (!d->client || !d->audioL || d->shutdown.load())
        return 0;
    jack_latency_range_t range{};
    jack_port_get_latency_range(d->audioL, JackPlaybackLatency, &range);
    return range.max;
}
unsigned JackMidiClient::bufferFrames() const { return d->frames; }
double JackMidiClient::sampleRate() const { return d->rate; }

QString JackMidiClient::inputPortFullName() const
{
    return d->midiIn ? QString::fromUtf8(jack_port_name(d->midiIn)) : QString();
}

QString JackMidiClient::outputPortFullName() const
{
    return d->midiOut ? QString::fromUtf8(jack_port_name(d->midiOut)) : QString();
}

bool JackMidiClient::connectAudioToPlayback(QString *error)
{
    if (!d->client || !d->audioL || d->shutdown.load())
        return true;
    const QStringList playback = jackports::list(d->client, JACK_DEFAULT_AUDIO_TYPE, JackPortIsInput | JackPortIsPhysical);
    if (playback.isEmpty()) {
        *error = QObject::tr("the JACK server has no playback ports");
        return false;
    }
    jack_connect(d->client, jack_port_name(d->audioL), playback.first().toUtf8().constData());
    jack_connect(d->client, jack_port_name(d->audioR), playback.value(1, playback.first()).toUtf8().constData());
    return true;
}

QStringList JackMidiClient::inputPortNames() const
{
    if (!d->client || d->shutdown.load())
        return {};
    return jackports::listOthers(d->client, JACK_DEFAULT_MIDI_TYPE, JackPortIsOutput);
}

QStringList JackMidiClient::outputPortNames() const
{
    if (!d->client || d->shutdown.load())
        return {};
    return jackports::listOthers(d->client, JACK_DEFAULT_MIDI_TYPE, JackPortIsInput);
}

namespace {

bool connectPorts(JackMidiClient::Impl &d, jack_port_t *ours, const QStringList &candidates, const QString &port,
                  bool ourIsSource, QString *error)
{
    if (port == QLatin1String("virtual"))
        return true;
    if (!d.client || !ours || d.shutdown.load()) {
        *error = QObject::tr("MIDI port \"%1\": JACK is not running").arg(port);
        return false;
    }
    const QString found = jackports::find(candidates, port);
    if (found.isEmpty()) {
        *error = QObject::tr("MIDI port \"%1\" not found (JACK has: %2)")
                     .arg(port, candidates.isEmpty() ? QObject::tr("none") : candidates.join(", "));
        return false;
    }
    const QByteArray other = found.toUtf8();
    const char *mine = jack_port_name(ours);
    const int rc = ourIsSource ? jack_connect(d.client, mine, other.constData())
                               : jack_connect(d.client, other.constData(), mine);
    if (rc != 0 && rc != EEXIST) {
        *error = QObject::tr("MIDI port \"%1\" could not be connected").arg(found);
        return false;
    }
    std::lock_guard lock(d.statusMutex);
    d.connectedPorts.append(found);
    return true;
}

} // namespace

bool JackMidiClient::connectInput(const QString &port, QString *error)
{
    return connectPorts(*d, d->midiIn, inputPortNames(), port, false, error);
}

bool JackMidiClient::connectOutput(const QString &port, QString *error)
{
    return connectPorts(*d, d->midiOut, outputPortNames(), port, true, error);
}

void JackMidiClient::disconnectInput()
{
    if (!d->client || !d->midiIn || d->shutdown.load())
        return;
    if (const char **ports = jack_port_get_all_connections(d->client, d->midiIn)) {
        std::lock_guard lock(d->statusMutex);
        for (const char **p = ports; *p; ++p)
            d->leaving.append(QString::fromUtf8(*p));
        jack_free(ports);
    }
    jack_port_disconnect(d->client, d->midiIn);
}

void JackMidiClient::setCycle(IMidiCycle *cycle)
{
    d->cycle.store(cycle, std::memory_order_release);
}

bool JackMidiClient::readInput(TimedMidiEvent &event)
{
    return d->inQueue.pop(event);
}

QString JackMidiClient::takeStatus()
{
    std::lock_guard lock(d->statusMutex);
    const std::int64_t dropped = d->droppedIn.load();
    if (dropped > d->reportedDroppedIn && d->status.isEmpty()) {
        d->status = MidiInputHub::droppedMessage(dropped - d->reportedDroppedIn);
        d->reportedDroppedIn = dropped;
    }
    const std::int64_t xruns = d->xruns.load();
    if (xruns > d->reportedXruns && d->status.isEmpty()) {
        d->status = QObject::tr("JACK missed %n cycle(s) (xrun): MIDI in those cycles may be lost; a realtime JACK "
                                "server or a larger buffer helps", nullptr, int(xruns - d->reportedXruns));
        d->reportedXruns = xruns;
    }
    QString s;
    std::swap(s, d->status);
    return s;
}

bool JackMidiClient::schedule(const TimedMidiEvent &event)
{
    return d->out.schedule(event);
}

void JackMidiClient::cancelScheduled(int channel)
{
    d->out.cancel(channel);
}

std::int64_t JackMidiClient::lateEvents() const { return d->out.lateEvents(); }

Frame JackMidiClient::nowFrame() const
{
    return d->client && !d->shutdown.load() ? Frame(jack_frame_time(d->client)) : 0;
}

Frame JackMidiClient::earliestOutputFrame() const
{
    // Two periods: the cycle after the one JACK may be processing right now,
    // with room for the worker being preempted between asking and scheduling.
    return nowFrame() + 2 * Frame(d->frames);
}

} // namespace atelier::core
