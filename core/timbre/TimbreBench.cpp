#include "timbre/TimbreBench.h"

#include "timbre/TimbreVoiceEngine.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <thread>
#include <vector>

namespace atelier::core::timbre {

namespace {

// Passes everything through to the real model, counting decode() calls.
class CountingModel final : public ITimbreModel {
public:
    explicit CountingModel(std::shared_ptr<const ITimbreModel> inner) : m_inner(std::move(inner)) {}
    QString name() const override { return m_inner->name(); }
    int zSize() const override { return m_inner->zSize(); }
    const std::vector<TimbreInstrument> &instruments() const override { return m_inner->instruments(); }
    void decode(int count, const float *inputs, const double *f0Hz, TimbreFrame *frames) const override
    {
        m_calls.fetch_add(1, std::memory_order_relaxed);
        m_inner->decode(count, inputs, f0Hz, frames);
    }
    std::vector<float> encode(const std::vector<float> &mfccStats) const override
    {
        return m_inner->encode(mfccStats);
    }
    long calls() const { return m_calls.load(); }

private:
    std::shared_ptr<const ITimbreModel> m_inner;
    mutable std::atomic<long> m_calls{0};
};

using Clock = std::chrono::steady_clock;

constexpr double kRestrike_s = 1.0;

} // namespace

TimbreBenchResult benchmarkVoices(std::shared_ptr<const ITimbreModel> model, int voices, double seconds,
                                  int sampleRate, int block)
{
    TimbreBenchResult result;
    result.voices = voices;
    if (!model || voices <= 0 || !(seconds > 0) || sampleRate <= 0 || block <= 0)
        return result;

    auto counting = std::make_shared<CountingModel>(model);
    TimbreVoiceEngine engine(counting, sampleRate, TimbreVoiceEngine::Mode::Offline, std::max(8, 2 * voices));
    Envelope envelope;
    envelope.release_s = 0.01;
    engine.setEnvelope(envelope);

    // Voice i: pitch 48..72, channel i / 25; first struck at i / voices of a
    // re-strike period, then every period (note-off, then note-on).
    struct Note {
        int channel, pitch;
        std::int64_t next;
    };
    std::vector<Note> notes;
    const std::int64_t period = std::llround(kRestrike_s * sampleRate);
    for (int i = 0; i < voices; ++i) {
        const int pitch = voices <= 25 ? 48 + (voices > 1 ? 24 * i / (voices - 1) : 12) : 48 + i % 25;
        notes.push_back({(i / 25) % 16, pitch, period * i / voices});
    }

    const std::int64_t total = std::llround(seconds * sampleRate);
    std::vector<float> left(static_cast<std::size_t>(block)), right(static_cast<std::size_t>(block));
    Clock::duration wall{};
    for (std::int64_t pos = 0; pos < total;) {
        const int n = int(std::min<std::int64_t>(block, total - pos));
        for (Note &note : notes) {
            if (note.next < pos + n) {  // struck at this block's start
                engine.sendMidi(MidiMessage::noteOff(note.channel, note.pitch));
                engine.sendMidi(MidiMessage::noteOn(note.channel, note.pitch, 100));
                note.next += period;
            }
        }
        const auto t0 = Clock::now();
        engine.render(left.data(), right.data(), n);
        wall += Clock::now() - t0;
        pos += n;
    }
    const double audio = double(total) / sampleRate;
    result.rtf = std::chrono::duration<double>(wall).count() / audio;
    result.decodeCallsPerSecond = double(counting->calls()) / audio;
    return result;
}

TimbreLatencyResult measureNoteOnLatency(std::shared_ptr<const ITimbreModel> model, int sampleRate, int block,
                                         int trials)
{
    TimbreLatencyResult result;
    if (!model || sampleRate <= 0 || block <= 0 || trials <= 0)
        return result;
    TimbreVoiceEngine engine(model, sampleRate, TimbreVoiceEngine::Mode::RealTime);
    Envelope envelope;
    envelope.attack_s = 0.0;
    envelope.release_s = 0.02;
    engine.setEnvelope(envelope);
    if (!model->instruments().empty())
        engine.setZ(model->instruments().front().z);
    else
        engine.setZ(std::vector<float>(std::size_t(model->zSize()), 0.0f));

    std::vector<float> left(static_cast<std::size_t>(block)), right(static_cast<std::size_t>(block));
    const auto blockTime = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(double(block) / sampleRate));
    auto due = Clock::now();
    auto renderBlock = [&] {
        std::this_thread::sleep_until(due);
        due += blockTime;
        engine.render(left.data(), right.data(), block);
    };
    const int gapBlocks = int(std::ceil(0.3 * sampleRate / block));
    const int maxWaitBlocks = int(std::ceil(0.2 * sampleRate / block));  // give up on a note after 200 ms
    for (int i = 0; i < gapBlocks; ++i) renderBlock();  // warm up: worker running
    double sum = 0;
    for (int t = 0; t < trials; ++t) {
        const int pitch = 55 + (t * 7) % 24;
        std::thread poster([&] { engine.postMidi(MidiMessage::noteOn(0, pitch, 100)); });
        poster.join();
        double latency = -1;
        for (int b = 0; b < maxWaitBlocks && latency < 0; ++b) {
            renderBlock();
            for (int i = 0; i < block; ++i)
                if (left[std::size_t(i)] != 0.0f || right[std::size_t(i)] != 0.0f) {
                    latency = double(b * block + i) / sampleRate;
                    break;
                }
        }
        if (latency < 0) latency = double(maxWaitBlocks * block) / sampleRate;
        sum += latency;
        result.maxMs = std::max(result.maxMs, latency * 1000);
        engine.postMidi(MidiMessage::noteOff(0, pitch));
        for (int i = 0; i < gapBlocks; ++i) renderBlock();
    }
    result.trials = trials;
    result.meanMs = sum / trials * 1000;
    result.declaredMs = engine.declaredLatencySeconds() * 1000;
    return result;
}

} // namespace atelier::core::timbre
