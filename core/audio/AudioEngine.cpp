#include "audio/AudioEngine.h"

#include "audio/ChannelRouter.h"
#include "audio/IBlockObserver.h"
#include "audio/IEventSink.h"
#include "audio/MidiOutput.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/RealtimeGuards.h"
#include "audio/Sequencer.h"
#include "audio/Synth.h"

#include <QObject>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstring>
#include <thread>

namespace atelier::core {

namespace {
constexpr unsigned kMinLiveScratch = 1024;  // frames; larger blocks are rendered in chunks
constexpr double kRemoveWait_s = 0.2;       // removeLiveInstrument() waits at most this (plus 3 buffers)
}

// An immutable list of live instruments: `sinks` keeps them alive, `raw` is
// what the audio thread iterates.
struct AudioEngine::LiveList {
    std::vector<std::shared_ptr<IEventSink>> sinks;
    std::vector<IEventSink *> raw;
};

AudioEngine::AudioEngine(std::unique_ptr<IAudioDevice> device, QObject *parent)
    : QObject(parent), m_device(std::move(device)), m_garbageTimer(new QTimer(this))
{
    m_garbageTimer->setInterval(kGarbageInterval_ms);
    connect(m_garbageTimer, &QTimer::timeout, this, [this] { collectGarbage(); });
}

AudioEngine::~AudioEngine()
{
    shutdown();  // no callback after this: every list can go
    m_live.store(nullptr);
    m_liveRetired.clear();
    m_liveList.reset();
}

bool AudioEngine::start(const AudioSettings &settings, QString *error)
{
    shutdown();
    m_settings = settings;
    m_synthWarning.clear();
    m_midiWarning.clear();
    m_silenced.store(0, std::memory_order_relaxed);
    // The live instruments' scratch: sized while no callback runs, never
    // resized while the device is open.
    const unsigned scratch = std::max(settings.bufferFrames, kMinLiveScratch);
    m_liveLeft.assign(scratch, 0.0f);
    m_liveRight.assign(scratch, 0.0f);
    QString deviceError;
    const bool opened = m_device
        && m_device->open(settings, [this](float *l, float *r, int n) { audioCallback(l, r, n); },
                          &deviceError);
    if (!opened) {
        m_error = !m_device ? QStringLiteral("no audio device")
            : deviceError.isEmpty() ? QStringLiteral("the audio device could not be opened")
                                    : deviceError;
        if (error)
            *error = m_error;
        return false;
    }

    m_synth = std::make_unique<Synth>(double(m_device->sampleRate()));
    const QString soundFont = settings.soundFont.isEmpty() ? Synth::defaultSoundFontPath() : settings.soundFont;
    QString sfError;
    if (!m_synth->loadSoundFont(soundFont, &sfError))
        m_synthWarning = QStringLiteral("internal synth is silent: %1").arg(sfError);
    m_midiOut = std::make_unique<MidiOutput>(&m_merger, m_midiSystem);
    m_router = std::make_unique<ChannelRouter>(*m_synth, int(scratch));
    m_router->setInstruments(m_channelInstruments);
    m_merger.setFormat(double(m_device->sampleRate()), int(m_device->bufferFrames()));
    m_merger.setDownstream(m_router.get());
    m_sequencer = std::make_unique<Sequencer>(m_merger, &m_midiOut->queue());
    m_knownPorts.clear();
    m_sequencer->locate(m_idlePlayhead);
    publishSong();
    m_deviceRate.store(m_device->sampleRate(), std::memory_order_relaxed);
    applySongLatency();
    m_longestCallback_ns.store(0, std::memory_order_relaxed);
    m_overlongCallbacks.store(0, std::memory_order_relaxed);
    m_active.store(m_sequencer.get(), std::memory_order_release);
    m_garbageTimer->start();
    m_error.clear();
    return true;
}

void AudioEngine::shutdown()
{
    m_garbageTimer->stop();
    if (m_sequencer)
        m_idlePlayhead = m_sequencer->playheadTick();
    if (m_device)
        m_device->close();  // no callback runs after this
    m_active.store(nullptr, std::memory_order_release);
    m_sequencer.reset();   // frees every snapshot
    m_midiOut.reset();     // sends "all notes off" to open ports
    m_merger.setDownstream(nullptr);
    m_router.reset();
    m_synth.reset();
    collectLiveGarbage();  // the device is closed: every retired list can go
}

bool AudioEngine::isRunning() const
{
    return m_sequencer && m_device && m_device->isOpen();
}

bool AudioEngine::setCallbackProfiling(bool on)
{
    if (m_device && m_device->isOpen())   // a callback may run: the profile is the audio thread's
        return false;
    m_profile.enable(on);
    return true;
}

unsigned AudioEngine::sampleRate() const
{
    return m_device && m_device->isOpen() ? m_device->sampleRate() : m_settings.sampleRate;
}

void AudioEngine::setSong(const Song &song)
{
    m_song = song;
    if (m_sequencer)
        publishSong();
}

void AudioEngine::publishSong()
{
    collectGarbage();
    auto snapshot = PlaybackSnapshot::build(m_song, double(m_device->sampleRate()), m_knownPorts, m_extras);
    if (snapshot->midiPorts() != m_knownPorts) {
        m_knownPorts = snapshot->midiPorts();
        if (!m_midiOut->setPorts(m_knownPorts))
            m_midiWarning = m_midiOut->lastError();
        else
            m_midiWarning.clear();
    }
    m_sequencer->publish(std::move(snapshot));
}

void AudioEngine::setPlaybackExtras(const PlaybackSnapshot::Extras &extras)
{
    m_extras = extras;
    if (m_sequencer)
        publishSong();
}

void AudioEngine::setTransportDriver(ITransportDriver *driver)
{
    m_driver.store(driver, std::memory_order_release);
}

void AudioEngine::setBlockObserver(IBlockObserver *observer)
{
    m_observer.store(observer, std::memory_order_release);
    // Once a callback has completed after the swap, the old one is no longer in use.
    if (!observer && isRunning() && !audioThreadIdle()) {
        const std::uint64_t seen = m_callbacks.load();
        for (int i = 0; i < 200 && m_callbacks.load() == seen; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

void AudioEngine::play()
{
    if (!m_sequencer)
        return;
    const Tick at = playhead();
    const LoopRegion &loop = m_song.loop;
    const bool looping = loop.enabled && loop.isValid() && at < loop.end;
    if (!looping && at >= m_song.endTick())
        m_sequencer->locate(0);
    if (ITransportDriver *driver = m_driver.load(); driver && driver->isDriving())
        driver->requestPlay();   // e.g. on Link's next bar
    else
        m_sequencer->play();
}

void AudioEngine::stop()
{
    if (ITransportDriver *driver = m_driver.load(); driver && driver->isDriving())
        driver->requestStop();
    if (m_sequencer)
        m_sequencer->stop();
}

void AudioEngine::locate(Tick tick)
{
    m_idlePlayhead = std::max<Tick>(tick, 0);
    if (m_sequencer)
        m_sequencer->locate(m_idlePlayhead);
}

bool AudioEngine::isPlaying() const
{
    return m_sequencer && m_sequencer->isPlaying();
}

Tick AudioEngine::playhead() const
{
    return m_sequencer ? m_sequencer->playheadTick() : m_idlePlayhead;
}

void AudioEngine::previewNoteOn(int channel, int program, int pitch, int velocity)
{
    if (m_sequencer)
        m_sequencer->previewNoteOn(channel, program, pitch, velocity);
}

void AudioEngine::previewNoteOff(int channel, int pitch)
{
    if (m_sequencer)
        m_sequencer->previewNoteOff(channel, pitch);
}

void AudioEngine::allNotesOff()
{
    if (m_sequencer)
        m_sequencer->allNotesOff();
}

double AudioEngine::outputLatencySeconds() const
{
    return isRunning() ? m_device->latencySeconds() : 0.0;
}

double AudioEngine::songLatencySeconds() const
{
    if (!isRunning())
        return 0.0;
    return m_device->latencySeconds() + (m_router ? double(m_router->compensationFrames()) / m_device->sampleRate() : 0.0);
}

int AudioEngine::latencyCompensationFrames() const
{
    return m_router ? m_router->compensationFrames() : 0;
}

void AudioEngine::applySongLatency()
{
    const double latency = songLatencySeconds();
    if (m_midiOut)
        m_midiOut->setLatencyFrames(std::llround(latency * m_device->sampleRate()));
    m_outputLatency_us.store(std::llround(latency * 1e6), std::memory_order_relaxed);
}

QString AudioEngine::statusText() const
{
    if (!isRunning()) {
        const QString reason = m_error.isEmpty() ? QStringLiteral("not started") : m_error;
        return QStringLiteral("No audio device: playback is off (%1)").arg(reason);
    }
    const unsigned rate = m_device->sampleRate();
    const unsigned frames = m_device->bufferFrames();
    const double ms = rate ? 1000.0 * frames / rate : 0.0;
    QString text = QStringLiteral("Audio: %1, %2 Hz, %3 frames (%4 ms)")
                       .arg(m_device->description())
                       .arg(rate)
                       .arg(frames)
                       .arg(ms, 0, 'f', 1);
    if (!m_synthWarning.isEmpty())
        text += QStringLiteral("; %1").arg(m_synthWarning);
    if (!m_midiWarning.isEmpty())
        text += QStringLiteral("; %1").arg(m_midiWarning);
    if (const std::int64_t late = underruns())
        text += QStringLiteral("; %1").arg(QObject::tr("%n dropout(s): the audio came late", nullptr, int(late)));
    if (const std::int64_t bad = silencedBlocks())
        text += QStringLiteral("; %1").arg(
            QObject::tr("%n block(s) silenced: an instrument gave no numbers", nullptr, int(bad)));
    return text;
}

int AudioEngine::collectGarbage()
{
    return (m_sequencer ? m_sequencer->collectGarbage() : 0) + collectLiveGarbage()
        + (m_router ? m_router->collectGarbage(audioThreadIdle()) : 0);
}

void AudioEngine::setChannelInstruments(const std::array<std::shared_ptr<IEventSink>, 16> &instruments)
{
    m_channelInstruments = instruments;
    if (m_router) {
        m_router->setInstruments(instruments);
        m_router->collectGarbage(audioThreadIdle());
        applySongLatency();
    }
}

void AudioEngine::addLiveInstrument(std::shared_ptr<IEventSink> instrument)
{
    if (!instrument)
        return;
    auto list = std::make_unique<LiveList>();
    if (m_liveList)
        *list = *m_liveList;
    if (std::find(list->sinks.begin(), list->sinks.end(), instrument) != list->sinks.end())
        return;
    list->raw.push_back(instrument.get());
    list->sinks.push_back(std::move(instrument));
    publishLive(std::move(list));
}

void AudioEngine::removeLiveInstrument(const std::shared_ptr<IEventSink> &instrument)
{
    if (!m_liveList || !instrument)
        return;
    const auto at = std::find(m_liveList->sinks.begin(), m_liveList->sinks.end(), instrument);
    if (at == m_liveList->sinks.end())
        return;
    auto list = std::make_unique<LiveList>(*m_liveList);
    const auto index = at - m_liveList->sinks.begin();
    list->sinks.erase(list->sinks.begin() + index);
    list->raw.erase(list->raw.begin() + index);
    publishLive(list->sinks.empty() ? nullptr : std::move(list));

    // Wait (briefly) until the audio thread is done with the old list, so
    // that normally the caller holds the last reference when we return.
    double bufferSeconds = 0.0;
    if (m_device && m_device->isOpen() && m_device->sampleRate() > 0)
        bufferSeconds = double(m_device->bufferFrames()) / m_device->sampleRate();
    const auto deadline = std::chrono::steady_clock::now()
        + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(kRemoveWait_s + 3 * bufferSeconds));
    while (!m_liveRetired.empty() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::microseconds(500));
        collectLiveGarbage();
    }
}

int AudioEngine::liveInstrumentCount() const
{
    return m_liveList ? int(m_liveList->sinks.size()) : 0;
}

void AudioEngine::publishLive(std::unique_ptr<LiveList> list)
{
    // seq_cst store, then the callback count: a callback that may still use
    // the old list completes after this count (see collectLiveGarbage()).
    m_live.store(list.get(), std::memory_order_seq_cst);
    std::unique_ptr<LiveList> old = std::exchange(m_liveList, std::move(list));
    if (old)
        m_liveRetired.emplace_back(m_callbacks.load(std::memory_order_seq_cst), std::move(old));
    collectLiveGarbage();
}

bool AudioEngine::audioThreadIdle() const
{
    return !m_device || !m_device->isOpen();
}

int AudioEngine::collectLiveGarbage()
{
    // A list retired when m_callbacks read c is unused once m_callbacks > c:
    // every callback that loaded it loaded it before the swap, and the last
    // of them (the one running at the swap, if any) finishes with count c + 1
    // at the latest. With the device closed no callback runs at all.
    const bool idle = audioThreadIdle();
    const std::uint64_t done = m_callbacks.load(std::memory_order_seq_cst);
    const auto keep = std::remove_if(m_liveRetired.begin(), m_liveRetired.end(),
                                     [&](const auto &entry) { return idle || done > entry.first; });
    const int freed = int(m_liveRetired.end() - keep);
    m_liveRetired.erase(keep, m_liveRetired.end());
    return freed;
}

void AudioEngine::audioCallback(float *left, float *right, int frames)
{
    const ScopedFlushDenormals ftz;
    const auto began = std::chrono::steady_clock::now();   // clock_gettime through the vDSO: no system call
    m_profile.begin();
    if (Sequencer *s = m_active.load(std::memory_order_acquire)) {
        const std::int64_t frame = m_merger.renderedFrames();
        // A driver (Link) may split the callback into blocks at rates of its own.
        ITransportDriver *driver = m_driver.load(std::memory_order_acquire);
        const bool driving = driver && driver->isDriving();
        if (driving)
            driver->beginCycle(frame, double(m_deviceRate.load(std::memory_order_relaxed)),
                               m_outputLatency_us.load(std::memory_order_relaxed), *s);
        else
            s->setRate(1.0);
        std::int64_t startSample = 0;
        bool startPlaying = false;
        for (int done = 0; done < frames;) {
            const int n = driving ? std::clamp(driver->drive(*s, done, frames - done), 1, frames - done) : frames;
            s->setBlockFrame(frame + done);
            s->process(left + done, right + done, n);
            if (done == 0) {   // where the callback's first frame was in the song
                startSample = s->blockStartSample();
                startPlaying = s->blockStartPlaying();
            }
            if (IBlockObserver *o = m_observer.load(std::memory_order_acquire))
                o->blockPlayed(*s, frame + done);
            done += n;
        }
        const std::uint32_t seq = m_pointSeq.load(std::memory_order_relaxed);
        m_pointSeq.store(seq + 1, std::memory_order_release);
        std::atomic_thread_fence(std::memory_order_release);
        m_pointFrame.store(frame, std::memory_order_relaxed);
        m_pointSample.store(startSample, std::memory_order_relaxed);
        m_pointPlaying.store(startPlaying, std::memory_order_relaxed);
        m_pointSeq.store(seq + 2, std::memory_order_release);
    } else {
        std::memset(left, 0, sizeof(float) * std::size_t(frames));
        std::memset(right, 0, sizeof(float) * std::size_t(frames));
    }
    m_profile.songDone();
    mixLive(left, right, frames);
    if (silenceIfNotFinite(left, right, frames))
        m_silenced.fetch_add(1, std::memory_order_relaxed);
    const std::int64_t took = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - began).count();
    if (took > m_longestCallback_ns.load(std::memory_order_relaxed))
        m_longestCallback_ns.store(took, std::memory_order_relaxed);   // the audio thread is the only writer
    const unsigned rate = m_deviceRate.load(std::memory_order_relaxed);
    if (rate > 0 && took * std::int64_t(rate) > std::int64_t(frames) * 1000000000)
        m_overlongCallbacks.fetch_add(1, std::memory_order_relaxed);
    m_profile.end(frames, rate);
    m_callbacks.fetch_add(1, std::memory_order_seq_cst);  // done with the live list
}

AudioEngine::TransportPoint AudioEngine::transportPoint() const
{
    TransportPoint p;
    for (int tries = 0; tries < 100; ++tries) {
        const std::uint32_t s1 = m_pointSeq.load(std::memory_order_acquire);
        if (s1 & 1u)
            continue;
        p.frame = m_pointFrame.load(std::memory_order_relaxed);
        p.sample = m_pointSample.load(std::memory_order_relaxed);
        p.playing = m_pointPlaying.load(std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (m_pointSeq.load(std::memory_order_relaxed) == s1)
            break;
    }
    return p;
}

void AudioEngine::mixLive(float *left, float *right, int frames)
{
    const LiveList *list = m_live.load(std::memory_order_seq_cst);
    if (!list || m_liveLeft.empty())
        return;
    float *l = m_liveLeft.data();
    float *r = m_liveRight.data();
    const int chunk = int(m_liveLeft.size());
    for (IEventSink *sink : list->raw) {
        for (int done = 0; done < frames; done += chunk) {
            const int n = std::min(chunk, frames - done);
            sink->render(l, r, n);
            for (int i = 0; i < n; ++i) {
                left[done + i] += l[i];
                right[done + i] += r[i];
            }
        }
    }
}

} // namespace atelier::core
