#include "audio/NullAudioDevice.h"

#include <algorithm>
#include <chrono>

namespace atelier::core {

NullAudioDevice::~NullAudioDevice()
{
    close();
}

bool NullAudioDevice::open(const AudioSettings &settings, RenderCallback callback, QString *error)
{
    close();
    if (!callback) {
        if (error)
            *error = QStringLiteral("no render callback");
        return false;
    }
    m_callback = std::move(callback);
    m_sampleRate = std::clamp(settings.sampleRate, 8000u, 192000u);
    m_bufferFrames = std::clamp(settings.bufferFrames, 16u, 8192u);
    m_left.assign(m_bufferFrames, 0.0f);
    m_right.assign(m_bufferFrames, 0.0f);
    m_stop.store(false);
    m_thread = std::thread([this] { run(); });
    return true;
}

void NullAudioDevice::close()
{
    if (!m_thread.joinable())
        return;
    m_stop.store(true);
    m_thread.join();
    m_callback = nullptr;
}

double NullAudioDevice::latencySeconds() const
{
    return double(m_bufferFrames) / double(m_sampleRate);
}

QString NullAudioDevice::description() const
{
    return QStringLiteral("silent null device (no sound is played)");
}

void NullAudioDevice::run()
{
    using Clock = std::chrono::steady_clock;
    const auto period = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(double(m_bufferFrames) / double(m_sampleRate)));
    auto deadline = Clock::now();
    while (!m_stop.load(std::memory_order_acquire)) {
        m_callback(m_left.data(), m_right.data(), int(m_bufferFrames));
        deadline += period;
        const auto now = Clock::now();
        if (deadline < now - 10 * period)
            deadline = now;  // fell far behind (debugger, suspend): do not race to catch up
        std::this_thread::sleep_until(deadline);
    }
}

} // namespace atelier::core
