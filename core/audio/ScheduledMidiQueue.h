#pragma once
// ScheduledMidiQueue: the part of a live MIDI output that runs on the audio
// thread. A producer thread schedules timed events (and cancels) through a
// lock-free queue; each audio cycle the consumer takes the events due in it,
// in frame order, with their offsets in the cycle:
//
//   queue.takeDue(cycleStart, frames, [&](int offset, const MidiMessage &m) { ... });
//
// Events are kept sorted (stable: same-frame events keep their order); one
// whose frame has passed goes out at offset 0 and, more than `lateFrames`
// late, is counted. Cancel drops what is pending and emits a note-off for
// every note this queue has let out and not yet ended (on one channel, or
// on all). Nothing here locks or
// allocates after construction.

#include "audio/TimedMidiEvent.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

namespace atelier::core {

class ScheduledMidiQueue {
public:
    static constexpr std::size_t kMaxPending = 8192;

    ScheduledMidiQueue() { m_pending.reserve(kMaxPending); }

    // Producer thread.
    bool schedule(const TimedMidiEvent &e)
    {
        if (e.message.status < 0x80 || !m_queue.push(e)) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return false;
        }
        return true;
    }
    // Channel 0..15, or -1 for all.
    void cancel(int channel = -1)
    {
        TimedMidiEvent marker;   // status 0: the cancel marker; data1: 1 + channel, or 0 for all
        marker.message.data1 = std::uint8_t(channel < 0 || channel > 15 ? 0 : channel + 1);
        m_queue.push(marker);
    }

    // Any thread.
    std::int64_t lateEvents() const { return m_late.load(std::memory_order_relaxed); }
    std::int64_t droppedEvents() const { return m_dropped.load(std::memory_order_relaxed); }

    // Consumer (audio) thread. deliver(offset, message) for each event due in
    // [cycleStart, cycleStart + frames), in order.
    template <typename Emit>
    void takeDue(Frame cycleStart, int frames, Frame lateFrames, Emit &&deliver)
    {
        takeDue(cycleStart, frames, lateFrames, std::forward<Emit>(deliver), [](int) {});
    }
    // The same; onCancel(channel, or -1 for all) first hears of each cancel,
    // before its note-offs are queued (a consumer that hands events over
    // ahead of time takes back there what it handed over).
    template <typename Emit, typename OnCancel>
    void takeDue(Frame cycleStart, int frames, Frame lateFrames, Emit &&deliver, OnCancel &&onCancel)
    {
        TimedMidiEvent e;
        while (m_queue.pop(e)) {
            if (e.message.status == 0) {
                onCancel(int(e.message.data1) - 1);
                cancelAll(cycleStart, int(e.message.data1) - 1);
            } else
                insert(e);
        }
        const Frame cycleEnd = cycleStart + frames;
        std::size_t sent = 0;
        for (; sent < m_pending.size() && m_pending[sent].frame < cycleEnd; ++sent) {
            const TimedMidiEvent &p = m_pending[sent];
            if (cycleStart - p.frame > lateFrames)
                m_late.fetch_add(1, std::memory_order_relaxed);
            track(p.message);
            deliver(int(std::max<Frame>(p.frame - cycleStart, 0)), p.message);
        }
        m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(sent));
    }

    // Consumer thread, while no producer runs (e.g. the device is closed).
    void reset()
    {
        TimedMidiEvent e;
        while (m_queue.pop(e)) {
        }
        m_pending.clear();
        m_sounding.fill(0);
    }

private:
    void insert(const TimedMidiEvent &e)
    {
        if (m_pending.size() >= kMaxPending) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        auto it = std::upper_bound(m_pending.begin(), m_pending.end(), e.frame,
                                   [](Frame f, const TimedMidiEvent &x) { return f < x.frame; });
        m_pending.insert(it, e);   // capacity reserved: no allocation
    }
    void track(const MidiMessage &m)
    {
        std::uint8_t &count = m_sounding[std::size_t(m.channel()) * 128 + m.data1];
        if (m.isNoteOn())
            count = std::uint8_t(std::min(count + 1, 255));
        else if (m.isNoteOff() && count > 0)
            --count;
    }
    void cancelAll(Frame at, int channel)
    {
        if (channel < 0)
            m_pending.clear();
        else
            m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                           [&](const TimedMidiEvent &e) { return e.message.channel() == channel; }),
                            m_pending.end());
        for (int ch = channel < 0 ? 0 : channel; ch < (channel < 0 ? 16 : channel + 1); ++ch)
            for (int p = 0; p < 128; ++p)
                for (std::uint8_t &count = m_sounding[std::size_t(ch) * 128 + std::size_t(p)]; count > 0; --count)
                    insert({at, MidiMessage::noteOff(ch, p)});
    }

    TimedMidiQueue m_queue;
    std::vector<TimedMidiEvent> m_pending;
    std::array<std::uint8_t, 16 * 128> m_sounding{};
    std::atomic<std::int64_t> m_late{0};
    std::atomic<std::int64_t> m_dropped{0};
};

} // namespace atelier::core
