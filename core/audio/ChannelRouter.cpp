#include "audio/ChannelRouter.h"

#include <algorithm>
#include <cstring>

namespace atelier::core {

struct ChannelRouter::Routes {
    Table table;
    std::array<IEventSink *, 16> byChannel{};
    std::vector<IEventSink *> distinct;  // each routed instrument once
    // (channel, instrument before: nullptr for the fallback) for every
    // channel whose instrument changed with this table, and with the tables
    // before it that the audio side never used: those instruments get an
    // all-notes-off on that channel when the audio side first uses this
    // table. keepPrevious keeps them alive.
    std::vector<std::pair<int, IEventSink *>> flushes;
    std::vector<std::shared_ptr<IEventSink>> keepPrevious;
    std::atomic<bool> flushed{false};  // written by the audio side only
    int delay = 0;                     // the fallback's latency compensation, in frames
};

ChannelRouter::ChannelRouter(IEventSink &fallback, int scratchFrames)
    : m_fallback(fallback), m_left(std::size_t(std::max(scratchFrames, 64))), m_right(m_left.size()),
      m_delayLeft(std::size_t(kMaxCompensationFrames), 0.0f), m_delayRight(m_delayLeft.size(), 0.0f)
{
    static_assert((kMaxCompensationFrames & (kMaxCompensationFrames - 1)) == 0);
}

ChannelRouter::~ChannelRouter()
{
    m_live.store(nullptr);
}

void ChannelRouter::setInstruments(const Table &table)
{
    const Table before = m_routes ? m_routes->table : Table{};
    bool anyChanged = false, anyRouted = false;
    for (int c = 0; c < 16; ++c) {
        anyChanged = anyChanged || before[std::size_t(c)] != table[std::size_t(c)];
        anyRouted = anyRouted || bool(table[std::size_t(c)]);
    }
    int delay = 0;   // a sink's latency may change with the same table (a new block size)
    for (const auto &sink : table)
        if (sink)
            delay = std::min(std::max(delay, sink->latencyFrames()), kMaxCompensationFrames - 1);
    if (!anyChanged && (!m_routes || m_routes->delay == delay))
        return;
    std::unique_ptr<Routes> routes;
    if (anyRouted || anyChanged) {
        routes = std::make_unique<Routes>();
        routes->table = table;
        routes->delay = delay;
        for (int c = 0; c < 16; ++c) {
            IEventSink *sink = table[std::size_t(c)].get();
            routes->byChannel[std::size_t(c)] = sink;
            if (sink && std::find(routes->distinct.begin(), routes->distinct.end(), sink) == routes->distinct.end())
                routes->distinct.push_back(sink);
            if (before[std::size_t(c)] != table[std::size_t(c)]) {
                routes->flushes.emplace_back(c, before[std::size_t(c)].get());
                if (before[std::size_t(c)]) routes->keepPrevious.push_back(before[std::size_t(c)]);
            }
        }
        // A table the audio side has not used yet hands on its flushes: the
        // notes of the instruments before it still sound (should the audio
        // side use it after all while this runs, a flush comes twice: harmless).
        if (m_routes && !m_routes->flushed.load(std::memory_order_acquire)) {
            for (const auto &f : m_routes->flushes)
                if (std::find(routes->flushes.begin(), routes->flushes.end(), f) == routes->flushes.end())
                    routes->flushes.push_back(f);
            routes->keepPrevious.insert(routes->keepPrevious.end(), m_routes->keepPrevious.begin(),
                                        m_routes->keepPrevious.end());
        }
    }
    m_compensation.store(routes ? routes->delay : 0, std::memory_order_relaxed);
    m_live.store(routes.get(), std::memory_order_seq_cst);
    std::unique_ptr<Routes> old = std::exchange(m_routes, std::move(routes));
    if (old) m_retired.emplace_back(m_calls.load(std::memory_order_seq_cst), std::move(old));
}

void ChannelRouter::flush(const Routes *routes)
{
    if (routes->flushed.load(std::memory_order_relaxed))
        return;
    for (const auto &[channel, previous] : routes->flushes)
        (previous ? *previous : m_fallback).sendMidi(MidiMessage::controlChange(channel, MidiMessage::kCcAllNotesOff, 0));
    const_cast<Routes *>(routes)->flushed.store(true, std::memory_order_release);
}

int ChannelRouter::compensationFrames() const
{
    return m_compensation.load(std::memory_order_relaxed);
}

ChannelRouter::Table ChannelRouter::instruments() const
{
    return m_routes ? m_routes->table : Table{};
}

int ChannelRouter::routedChannels() const
{
    if (!m_routes) return 0;
    return int(std::count_if(m_routes->byChannel.begin(), m_routes->byChannel.end(), [](auto *p) { return p; }));
}

int ChannelRouter::collectGarbage(bool audioIdle)
{
    // Once the audio side has sent its all-notes-off, it never looks at the
    // previous instruments again: let them go.
    if (m_routes && !m_routes->keepPrevious.empty() && (audioIdle || m_routes->flushed.load(std::memory_order_acquire)))
        m_routes->keepPrevious.clear();
    const std::uint64_t calls = m_calls.load(std::memory_order_seq_cst);
    const auto keep = std::remove_if(m_retired.begin(), m_retired.end(),
                                     [&](const auto &entry) { return audioIdle || calls > entry.first; });
    const int freed = int(m_retired.end() - keep);
    m_retired.erase(keep, m_retired.end());
    return freed;
}

void ChannelRouter::sendMidi(const MidiMessage &message)
{
    const Routes *routes = m_live.load(std::memory_order_seq_cst);
    if (routes) flush(routes);
    IEventSink *target = routes ? routes->byChannel[std::size_t(message.channel() & 15)] : nullptr;
    (target ? *target : m_fallback).sendMidi(message);
    // Panic reaches the synth too: it may still sound notes from before the channel was routed.
    if (target && (message.isController(MidiMessage::kCcAllNotesOff) || message.isController(MidiMessage::kCcAllSoundOff)))
        m_fallback.sendMidi(message);
    done();
}

void ChannelRouter::render(float *left, float *right, int frames)
{
    const Routes *routes = m_live.load(std::memory_order_seq_cst);
    if (routes) flush(routes);
    m_fallback.render(left, right, frames);
    delayFallback(left, right, frames, routes ? routes->delay : 0);
    if (routes) {
        float *l = m_left.data();
        float *r = m_right.data();
        const int chunk = int(m_left.size());
        for (IEventSink *sink : routes->distinct) {
            for (int at = 0; at < frames; at += chunk) {
                const int n = std::min(chunk, frames - at);
                sink->render(l, r, n);
                for (int i = 0; i < n; ++i) {
                    left[at + i] += l[i];
                    right[at + i] += r[i];
                }
            }
        }
    }
    done();
}

void ChannelRouter::delayFallback(float *left, float *right, int frames, int delay)
{
    const std::int64_t mask = kMaxCompensationFrames - 1;
    for (int i = 0; i < frames; ++i) {
        const std::int64_t w = m_delayWritten + i;
        m_delayLeft[std::size_t(w & mask)] = left[i];
        m_delayRight[std::size_t(w & mask)] = right[i];
        left[i] = m_delayLeft[std::size_t((w - delay) & mask)];
        right[i] = m_delayRight[std::size_t((w - delay) & mask)];
    }
    m_delayWritten += frames;
}

} // namespace atelier::core
