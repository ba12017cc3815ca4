#include "audio/ChannelRouter.h"

#include <algorithm>
#include <cstring>

namespace atelier::core {

struct ChannelRouter::Routes {
    Table table;
    std::array<IEventSink *, 16> byChannel{};
    std::vector<IEventSink *> distinct;  // each routed instrument once
};

ChannelRouter::ChannelRouter(IEventSink &fallback, int scratchFrames)
    : m_fallback(fallback), m_left(std::size_t(std::max(scratchFrames, 64))), m_right(m_left.size())
{
}

ChannelRouter::~ChannelRouter()
{
    m_live.store(nullptr);
}

void ChannelRouter::setInstruments(const Table &table)
{
    std::unique_ptr<Routes> routes;
    if (std::any_of(table.begin(), table.end(), [](const auto &p) { return bool(p); })) {
        routes = std::make_unique<Routes>();
        routes->table = table;
        for (int c = 0; c < 16; ++c) {
            IEventSink *sink = table[std::size_t(c)].get();
            routes->byChannel[std::size_t(c)] = sink;
            if (sink && std::find(routes->distinct.begin(), routes->distinct.end(), sink) == routes->distinct.end())
                routes->distinct.push_back(sink);
        }
    }
    m_live.store(routes.get(), std::memory_order_seq_cst);
    std::unique_ptr<Routes> old = std::exchange(m_routes, std::move(routes));
    if (old) m_retired.emplace_back(m_calls.load(std::memory_order_seq_cst), std::move(old));
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
    IEventSink *target = routes ? routes->byChannel[std::size_t(message.channel() & 15)] : nullptr;
    (target ? *target : m_fallback).sendMidi(message);
    done();
}

void ChannelRouter::render(float *left, float *right, int frames)
{
    m_fallback.render(left, right, frames);
    if (const Routes *routes = m_live.load(std::memory_order_seq_cst)) {
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

} // namespace atelier::core
