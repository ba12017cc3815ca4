#pragma once
// SpscQueue: a bounded, lock-free, single-producer single-consumer ring.
//
// The one way data crosses between the UI thread and the audio thread (and
// from the audio thread to the MIDI-out thread). Exactly one thread may push
// and exactly one thread may pop; those may be the same thread (offline
// rendering drives both sides from one thread). push/pop never block, never
// allocate and never throw, so they are safe in the audio callback.
//
// The indices are free-running counters (they wrap at 2^64, which never
// happens in practice); a slot index is counter & (N - 1), so N must be a
// power of two. The full capacity N is usable. The producer publishes a slot
// with a release store of m_head; the consumer acquires it, and vice versa for
// m_tail, so the payload copy is ordered without locks.

#include <array>
#include <atomic>
#include <cstddef>
#include <type_traits>

namespace atelier::core {

template <typename T, std::size_t N>
class SpscQueue {
    static_assert(N >= 2 && (N & (N - 1)) == 0, "SpscQueue capacity must be a power of two");
    static_assert(std::is_nothrow_copy_assignable_v<T>, "SpscQueue payload must copy without throwing");
    static_assert(std::is_nothrow_default_constructible_v<T>, "SpscQueue payload must be default-constructible");

public:
    SpscQueue() = default;
    SpscQueue(const SpscQueue &) = delete;
    SpscQueue &operator=(const SpscQueue &) = delete;

    static constexpr std::size_t capacity() { return N; }

    // Producer thread only. Returns false (and drops nothing) when full.
    bool push(const T &value) noexcept
    {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        const std::size_t tail = m_tail.load(std::memory_order_acquire);
        if (head - tail >= N)
            return false;
        m_slots[head & (N - 1)] = value;
        m_head.store(head + 1, std::memory_order_release);
        return true;
    }

    // Consumer thread only. Returns false when empty; `out` is untouched then.
    bool pop(T &out) noexcept
    {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        const std::size_t head = m_head.load(std::memory_order_acquire);
        if (head == tail)
            return false;
        out = m_slots[tail & (N - 1)];
        m_tail.store(tail + 1, std::memory_order_release);
        return true;
    }

    // Producer thread only: slots that a push is guaranteed to find free
    // (the consumer can only make more room, never less).
    std::size_t freeSpace() const noexcept
    {
        return N - (m_head.load(std::memory_order_relaxed) - m_tail.load(std::memory_order_acquire));
    }

    // Any thread: a snapshot that may be stale by the time it is read.
    std::size_t size() const noexcept
    {
        const std::size_t tail = m_tail.load(std::memory_order_acquire);
        const std::size_t head = m_head.load(std::memory_order_acquire);
        return head - tail;
    }
    bool empty() const noexcept { return size() == 0; }

private:
    alignas(64) std::atomic<std::size_t> m_head{0};  // written by the producer
    alignas(64) std::atomic<std::size_t> m_tail{0};  // written by the consumer
    alignas(64) std::array<T, N> m_slots{};
};

} // namespace atelier::core
