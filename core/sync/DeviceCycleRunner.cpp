#include "sync/DeviceCycleRunner.h"

#include "audio/RealtimeGuards.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace atelier::core {

DeviceCycleRunner::DeviceCycleRunner(std::unique_ptr<IAudioDevice> device)
    : m_device(std::move(device)), m_in(std::size_t(kMaxInputPerCycle))
{
}

DeviceCycleRunner::~DeviceCycleRunner()
{
    stop();
}

bool DeviceCycleRunner::start(const AudioSettings &settings, IMidiCycle *cycle, QString *error)
{
    stop();
    m_cycle = cycle;
    m_ready.store(false);
    m_hasCarry = false;
    if (!m_device->open(settings, [this](float *l, float *r, int n) { render(l, r, n); }, error))
        return false;
    // The callback renders silence until the clock knows the device's format.
    m_clock.setFormat(m_device->sampleRate(), int(m_device->bufferFrames()));
    m_bufferFrames = Frame(m_device->bufferFrames() > 0 ? m_device->bufferFrames() : 256);
    m_latencyFrames = Frame(std::llround(m_device->latencySeconds() * m_device->sampleRate()));
    m_ready.store(true, std::memory_order_release);
    return true;
}

void DeviceCycleRunner::stop()
{
    m_device->close();
    m_ready.store(false);
}

void DeviceCycleRunner::render(float *left, float *right, int frames)
{
    if (!m_ready.load(std::memory_order_acquire) || !m_cycle) {
        std::memset(left, 0, sizeof(float) * std::size_t(std::max(frames, 0)));
        std::memset(right, 0, sizeof(float) * std::size_t(std::max(frames, 0)));
        return;
    }
    const ScopedFlushDenormals ftz;
    for (int done = 0; done < frames;) {
        const int n = std::min(kMaxCycleFrames, frames - done);
        runCycle(left + done, right + done, n);
        done += n;
    }
    silenceIfNotFinite(left, right, frames);
}

void DeviceCycleRunner::runCycle(float *left, float *right, int frames)
{
    const Frame start = m_clock.renderedFrames();
    const int inCount = takeInput(start, frames);
    m_out.clear();
    m_cycle->processCycle(start, frames, m_in.data(), inCount, left, right, m_out);
    for (int i = 0; i < m_out.size(); ++i) {
        const RawMidiEvent &e = m_out[i];
        const MidiMessage message{e.bytes[0], e.bytes[1], e.bytes[2]};
        if (m_output && !m_output->schedule({start + e.offset + m_latencyFrames, message}))
            m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    m_clock.advance(frames);
}

int DeviceCycleRunner::takeInput(Frame cycleStart, int frames)
{
    if (!m_input)
        return 0;
    int count = 0;
    TimedMidiEvent event;
    while (count < kMaxInputPerCycle) {
        if (m_hasCarry) {
            event = m_carry;
        } else if (!m_input->readInput(event)) {
            break;
        }
        const Frame offset = event.frame + m_bufferFrames - cycleStart;
        if (offset >= frames) {   // for a later cycle
            m_carry = event;
            m_hasCarry = true;
            break;
        }
        m_hasCarry = false;
        RawMidiEvent &raw = m_in[std::size_t(count++)];
        raw.offset = int(std::max<Frame>(offset, 0));
        raw.size = std::uint8_t(event.message.size());
        raw.bytes[0] = event.message.status;
        raw.bytes[1] = event.message.data1;
        raw.bytes[2] = event.message.data2;
    }
    return count;
}

} // namespace atelier::core
