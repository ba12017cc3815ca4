#include "audio/LiveEventMerger.h"

#include <chrono>
#include <cstring>

namespace atelier::core {

namespace {

std::int64_t steadyNow_ns()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

constexpr double kLate_s = 0.001;

} // namespace

void LiveEventMerger::setFormat(double sampleRate, int bufferFrames)
{
    m_rate = sampleRate > 0 ? sampleRate : 48000;
    m_bufferFrames = bufferFrames > 0 ? bufferFrames : 256;
    m_queue.reset();
}

void LiveEventMerger::sendMidi(const MidiMessage &message)
{
    if (m_downstream)
        m_downstream->sendMidi(message);
}

void LiveEventMerger::render(float *left, float *right, int frames)
{
    if (frames <= 0)
        return;
    int done = 0;
    const Frame start = m_frame;
    m_queue.takeDue(start, frames, Frame(kLate_s * m_rate), [&](int offset, const MidiMessage &m) {
        if (offset > done) {
            if (m_downstream)
                m_downstream->render(left + done, right + done, offset - done);
            done = offset;
        }
        if (m_downstream)
            m_downstream->sendMidi(m);
    });
    if (frames > done) {
        if (m_downstream) {
            m_downstream->render(left + done, right + done, frames - done);
        } else {
            std::memset(left + done, 0, sizeof(float) * std::size_t(frames - done));
            std::memset(right + done, 0, sizeof(float) * std::size_t(frames - done));
        }
    }
    m_frame += frames;
    publish(m_frame);
}

void LiveEventMerger::publish(Frame frame)
{
    const std::uint32_t s = m_seq.load(std::memory_order_relaxed);
    m_seq.store(s + 1, std::memory_order_release);
    std::atomic_thread_fence(std::memory_order_release);
    m_pubFrame.store(frame, std::memory_order_relaxed);
    m_pubTime_ns.store(steadyNow_ns(), std::memory_order_relaxed);
    m_seq.store(s + 2, std::memory_order_release);
}

Frame LiveEventMerger::nowFrame() const
{
    Frame frame = 0;
    std::int64_t time = 0;
    for (int tries = 0; tries < 100; ++tries) {
        const std::uint32_t s1 = m_seq.load(std::memory_order_acquire);
        if (s1 & 1u)
            continue;
        frame = m_pubFrame.load(std::memory_order_relaxed);
        time = m_pubTime_ns.load(std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (m_seq.load(std::memory_order_relaxed) == s1)
            break;
    }
    if (time == 0)
        return frame;
    // Between blocks the clock runs on; it never runs more than one buffer
    // past the last block (a stalled or closed device stops it).
    const double elapsed = double(steadyNow_ns() - time) * 1e-9 * m_rate;
    return frame + Frame(std::min(elapsed, double(m_bufferFrames)));
}

} // namespace atelier::core
