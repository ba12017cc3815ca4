#include "audio/RtAudioDevice.h"

#include <RtAudio.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <vector>

namespace atelier::core {

namespace {

constexpr unsigned kChannels = 2;
std::atomic<int> g_streamErrors{0};

// Called by RtAudio instead of throwing (possibly on its callback thread).
void onRtAudioError(RtAudioError::Type type, const std::string &)
{
    if (type != RtAudioError::WARNING && type != RtAudioError::DEBUG_WARNING)
        g_streamErrors.fetch_add(1, std::memory_order_relaxed);
}

QString apiName(RtAudio::Api api)
{
    return QString::fromStdString(RtAudio::getApiName(api));
}

QString apiDisplayName(RtAudio::Api api)
{
    return QString::fromStdString(RtAudio::getApiDisplayName(api));
}

} // namespace

RtAudioDevice::RtAudioDevice() = default;

RtAudioDevice::~RtAudioDevice()
{
    close();
}

bool RtAudioDevice::open(const AudioSettings &settings, RenderCallback callback, QString *error)
{
    close();
    auto fail = [this, error](const QString &message) {
        if (error)
            *error = message;
        m_rtAudio.reset();
        m_callback = nullptr;
        m_open = false;
        return false;
    };
    if (!callback)
        return fail(QStringLiteral("no render callback"));

    RtAudio::Api api = RtAudio::UNSPECIFIED;
    if (!settings.api.isEmpty()) {
        api = RtAudio::getCompiledApiByName(settings.api.toStdString());
        if (api == RtAudio::UNSPECIFIED)
            return fail(QStringLiteral("audio API \"%1\" is not available").arg(settings.api));
    }
    try {
        m_rtAudio = std::make_unique<RtAudio>(api);
        m_rtAudio->showWarnings(false);
        const unsigned count = m_rtAudio->getDeviceCount();
        if (count == 0)
            return fail(QStringLiteral("no audio output device found"));

        unsigned deviceId = m_rtAudio->getDefaultOutputDevice();
        QString deviceName;
        bool found = settings.deviceName.isEmpty();
        for (unsigned i = 0; i < count; ++i) {
            RtAudio::DeviceInfo info;
            try {
                info = m_rtAudio->getDeviceInfo(i);
            } catch (const RtAudioError &) {
                continue;  // a device that cannot be probed is skipped, not fatal
            }
            if (!info.probed || info.outputChannels < kChannels)
                continue;
            const QString name = QString::fromStdString(info.name);
            if (!settings.deviceName.isEmpty() && name == settings.deviceName) {
                deviceId = i;
                deviceName = name;
                found = true;
                break;
            }
            if (settings.deviceName.isEmpty() && i == deviceId)
                deviceName = name;
        }
        if (!found)
            return fail(QStringLiteral("audio device \"%1\" not found").arg(settings.deviceName));
        if (deviceName.isEmpty()) {
            const RtAudio::DeviceInfo info = m_rtAudio->getDeviceInfo(deviceId);
            if (!info.probed || info.outputChannels < kChannels)
                return fail(QStringLiteral("no audio output device found"));
            deviceName = QString::fromStdString(info.name);
        }

        RtAudio::StreamParameters params;
        params.deviceId = deviceId;
        params.nChannels = kChannels;
        RtAudio::StreamOptions options;
        // Real-time scheduling where the system grants it; RtAudio falls back
        // to a normal thread quietly where it does not.
        options.flags = RTAUDIO_NONINTERLEAVED | RTAUDIO_SCHEDULE_REALTIME;
        options.priority = 70;
        options.streamName = "Atelier";
        unsigned frames = settings.bufferFrames > 0 ? settings.bufferFrames : 256;
        m_callback = std::move(callback);
        m_rtAudio->openStream(&params, nullptr, RTAUDIO_FLOAT32, settings.sampleRate, &frames,
                              &RtAudioDevice::rtCallback, this, &options, &onRtAudioError);
        if (!m_rtAudio->isStreamOpen())
            return fail(QStringLiteral("could not open the audio device \"%1\"").arg(deviceName));
        m_bufferFrames = frames;
        m_underruns.store(0);
        m_sampleRate = m_rtAudio->getStreamSampleRate();
        m_streamLatency_frames = m_rtAudio->getStreamLatency();
        m_rtAudio->startStream();
        if (!m_rtAudio->isStreamRunning()) {
            m_rtAudio->closeStream();
            return fail(QStringLiteral("could not start the audio device \"%1\"").arg(deviceName));
        }
        m_description = apiDisplayName(m_rtAudio->getCurrentApi()) + QLatin1Char(' ') + deviceName;
        m_open = true;
        return true;
    } catch (const RtAudioError &e) {
        return fail(QStringLiteral("audio device error: %1").arg(QString::fromStdString(e.getMessage()).trimmed()));
    } catch (const std::exception &e) {
        return fail(QStringLiteral("audio device error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

void RtAudioDevice::close()
{
    if (m_rtAudio) {
        try {
            if (m_rtAudio->isStreamRunning())
                m_rtAudio->stopStream();
            if (m_rtAudio->isStreamOpen())
                m_rtAudio->closeStream();
        } catch (const std::exception &) {
            // Nothing sensible to do; the stream is gone either way.
        }
        m_rtAudio.reset();
    }
    m_open = false;
    m_callback = nullptr;
}

double RtAudioDevice::latencySeconds() const
{
    if (!m_open || m_sampleRate == 0)
        return 0.0;
    return double(m_bufferFrames + std::max<long>(m_streamLatency_frames, 0)) / double(m_sampleRate);
}

int RtAudioDevice::rtCallback(void *output, void *, unsigned int frames, double, unsigned int status, void *userData)
{
    auto *self = static_cast<RtAudioDevice *>(userData);
    if (status & RTAUDIO_OUTPUT_UNDERFLOW)
        self->m_underruns.fetch_add(1, std::memory_order_relaxed);
    auto *buffer = static_cast<float *>(output);
    if (!buffer)
        return 0;
    if (self->m_callback)
        self->m_callback(buffer, buffer + frames, int(frames));
    else
        std::memset(buffer, 0, sizeof(float) * kChannels * frames);
    return 0;
}

QList<AudioDeviceInfo> RtAudioDevice::outputDevices()
{
    QList<AudioDeviceInfo> result;
    std::vector<RtAudio::Api> apis;
    RtAudio::getCompiledApi(apis);
    for (RtAudio::Api api : apis) {
        if (api == RtAudio::RTAUDIO_DUMMY)
            continue;
        try {
            RtAudio rt(api);
            rt.showWarnings(false);
            const unsigned count = rt.getDeviceCount();
            for (unsigned i = 0; i < count; ++i) {
                RtAudio::DeviceInfo info;
                try {
                    info = rt.getDeviceInfo(i);
                } catch (const RtAudioError &) {
                    continue;
                }
                if (!info.probed || info.outputChannels == 0)
                    continue;
                AudioDeviceInfo d;
                d.api = apiName(api);
                d.apiDisplayName = apiDisplayName(api);
                d.name = QString::fromStdString(info.name);
                d.outputChannels = info.outputChannels;
                for (unsigned rate : info.sampleRates)
                    d.sampleRates.append(rate);
                d.preferredSampleRate = info.preferredSampleRate;
                d.isDefault = info.isDefaultOutput;
                result.append(d);
            }
        } catch (const std::exception &) {
            continue;  // this API is not usable here
        }
    }
    return result;
}

int RtAudioDevice::streamErrorCount()
{
    return g_streamErrors.load(std::memory_order_relaxed);
}

} // namespace atelier::core
