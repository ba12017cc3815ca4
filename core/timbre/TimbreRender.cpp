#include "timbre/TimbreRender.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace atelier::core::timbre {

namespace {
constexpr int kBlock = 256;
}

std::vector<float> renderPhrase(std::shared_ptr<const ITimbreModel> model, const std::vector<float> &z,
                                const Envelope &envelope, const std::vector<TimedMidi> &events, double seconds,
                                int sampleRate)
{
    if (!model || !(seconds > 0) || sampleRate <= 0 || int(z.size()) != model->zSize())
        return {};
    const std::int64_t total = std::llround(seconds * sampleRate);
    if (total <= 0)
        return {};

    std::vector<TimedMidi> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TimedMidi &a, const TimedMidi &b) { return a.time_s < b.time_s; });
    auto sampleOf = [&](const TimedMidi &e) {
        return std::max<std::int64_t>(0, std::llround(e.time_s * sampleRate));
    };

    TimbreVoiceEngine engine(std::move(model), sampleRate, TimbreVoiceEngine::Mode::Offline);
    engine.setZ(z);
    engine.setEnvelope(envelope);

    std::vector<float> out(std::size_t(total), 0.0f);
    std::vector<float> left(kBlock), right(kBlock);
    std::size_t next = 0;
    std::int64_t pos = 0;
    while (pos < total) {
        while (next < sorted.size() && sampleOf(sorted[next]) <= pos)
            engine.sendMidi(sorted[next++].message);
        std::int64_t end = std::min<std::int64_t>(pos + kBlock, total);
        if (next < sorted.size())
            end = std::min(end, sampleOf(sorted[next]));
        const int n = int(end - pos);
        engine.render(left.data(), right.data(), n);
        float *dst = out.data() + pos;
        for (int i = 0; i < n; ++i)
            dst[i] = 0.5f * (left[std::size_t(i)] + right[std::size_t(i)]);
        pos = end;
    }
    return out;
}

} // namespace atelier::core::timbre
