#include "audio/AudioEngine.h"

#include "audio/MidiOutput.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Sequencer.h"
#include "audio/Synth.h"

#include <QTimer>
#include <cstring>

namespace atelier::core {

AudioEngine::AudioEngine(std::unique_ptr<IAudioDevice> device, QObject *parent)
    : QObject(parent), m_device(std::move(device)), m_garbageTimer(new QTimer(this))
{
    m_garbageTimer->setInterval(kGarbageInterval_ms);
    connect(m_garbageTimer, &QTimer::timeout, this, [this] { collectGarbage(); });
}

AudioEngine::~AudioEngine()
{
    shutdown();
}

bool AudioEngine::start(const AudioSettings &settings, QString *error)
{
    shutdown();
    m_settings = settings;
    m_synthWarning.clear();
    m_midiWarning.clear();
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
    m_midiOut = std::make_unique<MidiOutput>();
    m_sequencer = std::make_unique<Sequencer>(*m_synth, &m_midiOut->queue());
    m_knownPorts.clear();
    m_sequencer->locate(m_idlePlayhead);
    publishSong();
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
    m_synth.reset();
}

bool AudioEngine::isRunning() const
{
    return m_sequencer && m_device && m_device->isOpen();
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
    auto snapshot = PlaybackSnapshot::build(m_song, double(m_device->sampleRate()), m_knownPorts);
    if (snapshot->midiPorts() != m_knownPorts) {
        m_knownPorts = snapshot->midiPorts();
        if (!m_midiOut->setPorts(m_knownPorts))
            m_midiWarning = m_midiOut->lastError();
        else
            m_midiWarning.clear();
    }
    m_sequencer->publish(std::move(snapshot));
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
    m_sequencer->play();
}

void AudioEngine::stop()
{
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
    return text;
}

int AudioEngine::collectGarbage()
{
    return m_sequencer ? m_sequencer->collectGarbage() : 0;
}

void AudioEngine::audioCallback(float *left, float *right, int frames)
{
    if (Sequencer *s = m_active.load(std::memory_order_acquire)) {
        s->process(left, right, frames);
        return;
    }
    std::memset(left, 0, sizeof(float) * std::size_t(frames));
    std::memset(right, 0, sizeof(float) * std::size_t(frames));
}

} // namespace atelier::core
