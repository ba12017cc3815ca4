#pragma once
// EnvelopeHandOver: the voice engine's envelope on its way from the UI to the
// audio thread, without a lock on the audio side: a seqlock over atomics.
// Setters (any thread) take turns on a mutex and make the version odd while
// they write; the audio thread takes the envelope when the version is new
// and even, and unchanged after it read (otherwise it keeps the old one
// until its next block). Never allocates.

#include "document/SoundEnvelope.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace atelier::core::timbre {

class EnvelopeHandOver {
public:
    // Any thread but the audio thread.
    void set(const SoundEnvelope &e)
    {
        std::lock_guard<std::mutex> lock(m_setters);
        const std::uint32_t version = m_version.load(std::memory_order_relaxed);
        m_version.store(version + 1, std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_release);
        const double values[kFields] = {e.attack_s, e.decay_s, e.sustain, e.release_s, e.eraseOnset_s};
        for (std::size_t i = 0; i < kFields; ++i)
            m_values[i].store(values[i], std::memory_order_relaxed);
        m_version.store(version + 2, std::memory_order_release);
    }

    // Audio thread: true (and *out set) when a new envelope was set since the last take.
    bool take(SoundEnvelope *out)
    {
        const std::uint32_t version = m_version.load(std::memory_order_acquire);
        if (version == m_seen || (version & 1u))
            return false;
        SoundEnvelope e;
        e.attack_s = m_values[0].load(std::memory_order_relaxed);
        e.decay_s = m_values[1].load(std::memory_order_relaxed);
        e.sustain = m_values[2].load(std::memory_order_relaxed);
        e.release_s = m_values[3].load(std::memory_order_relaxed);
        e.eraseOnset_s = m_values[4].load(std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (m_version.load(std::memory_order_relaxed) != version)
            return false;
        *out = e;
        m_seen = version;
        return true;
    }

private:
    static constexpr std::size_t kFields = 5;
    std::mutex m_setters;
    std::atomic<std::uint32_t> m_version{0};
    std::array<std::atomic<double>, kFields> m_values{};
    std::uint32_t m_seen = 0;   // audio thread
};

} // namespace atelier::core::timbre
