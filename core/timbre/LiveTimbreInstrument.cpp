#include "timbre/LiveTimbreInstrument.h"

#include "audio/AudioEngine.h"

#include <algorithm>

namespace atelier::core::timbre {

LiveTimbreInstrument::LiveTimbreInstrument(AudioEngine *engine, QObject *parent) : QObject(parent), m_engine(engine) {}

LiveTimbreInstrument::~LiveTimbreInstrument() { drop(); }

int LiveTimbreInstrument::audioSampleRate() const
{
    const int rate = m_engine && m_engine->isRunning() ? int(m_engine->sampleRate()) : 0;
    return rate > 0 ? rate : kFallbackSampleRate;
}

void LiveTimbreInstrument::rebuild(std::shared_ptr<const ITimbreModel> model, const std::vector<float> &z,
                                   const Envelope &envelope, double gain)
{
    drop();
    if (!model)
        return;
    auto voices = std::make_shared<TimbreVoiceEngine>(model, audioSampleRate(), TimbreVoiceEngine::Mode::RealTime);
    if (int(z.size()) == model->zSize())
        voices->setZ(z);
    voices->setEnvelope(envelope);
    voices->setGain(gain);
    {
        std::lock_guard<std::mutex> lock(m_voicesMutex);
        m_voices = voices;
    }
    if (m_engine)
        m_engine->addLiveInstrument(voices);
}

void LiveTimbreInstrument::drop()
{
    std::shared_ptr<TimbreVoiceEngine> old;
    {
        std::lock_guard<std::mutex> lock(m_voicesMutex);
        old = std::move(m_voices);
        m_voices.reset();
    }
    if (old && m_engine)
        m_engine->removeLiveInstrument(old);   // returns once the audio thread let go of it
    const bool anyHeld = !m_heldCount.isEmpty();
    m_heldCount.clear();
    if (old || anyHeld)
        emit allReleased();
}

void LiveTimbreInstrument::setZ(const std::vector<float> &z)
{
    if (m_voices && int(z.size()) == m_voices->model().zSize())
        m_voices->setZ(z);
}

void LiveTimbreInstrument::setSound(const Envelope &envelope, double gain)
{
    if (!m_voices)
        return;
    m_voices->setEnvelope(envelope);
    m_voices->setGain(gain);
}

void LiveTimbreInstrument::post(const MidiMessage &message, Clock::time_point at)
{
    m_voices->postMidi(message);
    emit played(message, at);
}

void LiveTimbreInstrument::noteOn(int pitch, int velocity)
{
    if (!m_voices || pitch < 0 || pitch > 127)
        return;
    velocity = std::clamp(velocity, 1, 127);
    const auto now = Clock::now();
    if (m_heldCount.value(pitch) > 0)
        post(MidiMessage::noteOff(0, pitch), now);   // retrigger
    post(MidiMessage::noteOn(0, pitch, velocity), now);
    changeHeld(pitch, +1);
}

void LiveTimbreInstrument::noteOff(int pitch)
{
    if (!m_voices || m_heldCount.value(pitch) <= 0)
        return;
    changeHeld(pitch, -1);
    if (m_heldCount.value(pitch) > 0)
        return;
    post(MidiMessage::noteOff(0, pitch), Clock::now());
}

void LiveTimbreInstrument::allNotesOff()
{
    if (m_voices) {
        const auto now = Clock::now();
        post(MidiMessage::controlChange(0, MidiMessage::kCcSustain, 0), now);
        post(MidiMessage::controlChange(0, MidiMessage::kCcAllNotesOff, 0), now);
    }
    m_heldCount.clear();
    emit allReleased();
}

int LiveTimbreInstrument::heldNoteCount() const
{
    return int(std::count_if(m_heldCount.cbegin(), m_heldCount.cend(), [](int n) { return n > 0; }));
}

void LiveTimbreInstrument::changeHeld(int pitch, int delta)
{
    const int n = std::max(0, m_heldCount.value(pitch) + delta);
    if (n == 0)
        m_heldCount.remove(pitch);
    else
        m_heldCount.insert(pitch, n);
    emit heldChanged(pitch, n > 0);
}

void LiveTimbreInstrument::postFromInput(const MidiMessage &message)
{
    const auto at = Clock::now();
    {
        std::lock_guard<std::mutex> lock(m_voicesMutex);
        if (m_voices)
            m_voices->postMidi(message);
    }
    QMetaObject::invokeMethod(this, [this, message, at] { fromInput(message, at); }, Qt::QueuedConnection);
}

void LiveTimbreInstrument::fromInput(const MidiMessage &message, Clock::time_point at)
{
    if (message.isNoteOn()) {
        changeHeld(message.data1, +1);
    } else if (message.isNoteOff()) {
        changeHeld(message.data1, -1);
    } else if (message.isController(MidiMessage::kCcAllNotesOff) || message.isController(MidiMessage::kCcAllSoundOff)) {
        m_heldCount.clear();
        emit allReleased();
    }
    emit played(message, at);
}

} // namespace atelier::core::timbre
