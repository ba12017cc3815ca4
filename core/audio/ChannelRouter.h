#pragma once
// ChannelRouter: the Sequencer's sink when some MIDI channels are played by
// other instruments than the internal synth, e.g. a Sound-Morph timbre baked
// into a track (the instrument of that track's channel, as a program is).
//
// sendMidi() hands a message on the channel of a routed instrument to that
// instrument and everything else to the fallback (the synth); render() renders
// the fallback and adds every routed instrument. The table of instruments is
// immutable once published: setInstruments() (UI thread) publishes a new one
// by atomic exchange, and the old one is retired and freed (with its
// references to the instruments) only when no audio call can still use it:
// the router counts its completed audio calls, and a table retired at count c
// is unused once the count is past c (the audio side is one thread: the call
// in progress at the swap, if any, is the one that moves the count past c).
// collectGarbage() frees such tables on the UI thread; with `audioIdle` (no
// callback can run: the device is closed, or rendering is offline and
// synchronous) it frees them all. So instruments are never destroyed on the
// audio thread.
//
// When a channel's instrument changes, the audio side sends an all-notes-off
// on that channel to the instrument that had it before (notes it was playing
// would otherwise hang), and CC 120/123 on a routed channel also reach the
// fallback. render() and sendMidi() never lock or allocate; blocks longer than the
// scratch given at construction are rendered in chunks.
//
// Latency compensation: where routed instruments sound a fixed number of
// samples after their messages (IEventSink::latencyFrames(), e.g. a baked
// timbre's start delay), the fallback's output goes through a delay line of
// the largest such latency (at most kMaxCompensationFrames), so that a GM
// track and a baked track sound together, as in an offline render. The
// delay line always runs (a latency of 0 reads what was just written), so
// switching it on never replays old sound.

#include "audio/IEventSink.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace atelier::core {

class ChannelRouter final : public IEventSink {
public:
    using Table = std::array<std::shared_ptr<IEventSink>, 16>;  // by MIDI channel; null: the fallback
    static constexpr int kMaxCompensationFrames = 16384;        // 341 ms at 48 kHz

    ChannelRouter(IEventSink &fallback, int scratchFrames = 1024);
    ~ChannelRouter() override;
    ChannelRouter(const ChannelRouter &) = delete;
    ChannelRouter &operator=(const ChannelRouter &) = delete;

    // UI thread.
    void setInstruments(const Table &table);
    Table instruments() const;
    int routedChannels() const;
    int collectGarbage(bool audioIdle);
    // Any thread: the fallback's delay now (the published table's largest latency).
    int compensationFrames() const;

    // Audio thread.
    void sendMidi(const MidiMessage &message) override;
    void render(float *left, float *right, int frames) override;

private:
    struct Routes;
    void done() { m_calls.fetch_add(1, std::memory_order_seq_cst); }
    void flush(const Routes *routes);  // audio side: all-notes-off where the routing changed
    void delayFallback(float *left, float *right, int frames, int delay);  // audio side

    IEventSink &m_fallback;
    std::unique_ptr<Routes> m_routes;  // UI thread's copy of the published table
    std::atomic<const Routes *> m_live{nullptr};
    std::atomic<std::uint64_t> m_calls{0};
    std::vector<std::pair<std::uint64_t, std::unique_ptr<Routes>>> m_retired;
    std::vector<float> m_left, m_right;
    std::vector<float> m_delayLeft, m_delayRight;  // kMaxCompensationFrames each (a power of two)
    std::int64_t m_delayWritten = 0;               // audio side
    std::atomic<int> m_compensation{0};
};

} // namespace atelier::core
