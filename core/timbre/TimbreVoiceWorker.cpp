// TimbreVoiceEngine's worker thread (Mode::RealTime): it reads the voices'
// descriptors, computes the frames they lack in one batched decode, starts
// new notes' oscillators and sends both back to the audio thread; and the
// warm-up decode timed for the latency bound. See TimbreVoiceEngine.cpp.

#include "timbre/TimbreVoiceEnginePrivate.h"

namespace atelier::core::timbre {

bool TimbreVoiceEngine::Private::readSlot(int slot, SlotView *view) const
{
    const SlotShared &sh = shared[std::size_t(slot)];
    view->stream = sh.stream.load(std::memory_order_acquire);
    if (view->stream == 0)
        return true;  // free (or being written: it will be read next time)
    view->pitch = sh.pitch.load(std::memory_order_relaxed);
    view->velocity = sh.velocity.load(std::memory_order_relaxed);
    view->offPos = sh.offPos.load(std::memory_order_relaxed);
    view->firstFrame = sh.firstFrame.load(std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_acquire);
    return sh.stream.load(std::memory_order_relaxed) == view->stream;  // false: torn, retry later
}

void TimbreVoiceEngine::Private::warmUp()
{
    // Time a full batch (every voice starting at once) for the latency bound;
    // the first call may pay one-time costs, so the later ones count.
    const int rows = std::min(maxRows, maxVoices * (kLookaheadFrames + 2));
    std::vector<float> in(std::size_t(rows) * std::size_t(rowSize));
    std::vector<double> f0(static_cast<std::size_t>(rows));
    std::vector<TimbreFrame> out(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        const int pitch = 48 + r % 24;
        conditionRow(&in[std::size_t(r) * std::size_t(rowSize)], z.data(), zSize, pitch, 100, r % 8, -1, frameClock,
                     sampleRate);
        f0[std::size_t(r)] = pitchHz(pitch);
    }
    double worst = 0.0;
    for (int i = 0; i < 3; ++i) {
        const auto t0 = Clock::now();
        decode(rows, in.data(), f0.data(), out.data());
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        if (i > 0)
            worst = std::max(worst, seconds);
    }
    warmupDecode_s.store(worst);
}

void TimbreVoiceEngine::Private::workerLoop()
{
    struct Local {
        std::uint32_t stream = 0;
        int pitch = 0;
        int velocity = 0;
        std::int64_t offPos = -1;
        std::int64_t next = 0;     // next frame to compute
        bool oscPending = false;   // oscillators still to send
    };
    std::vector<Local> local(static_cast<std::size_t>(maxVoices));
    std::vector<float> zw(static_cast<std::size_t>(zSize), 0.0f);
    std::uint64_t zv = 0;
    std::vector<float> in(std::size_t(maxRows) * std::size_t(rowSize));
    std::vector<double> f0(static_cast<std::size_t>(maxRows));
    std::vector<TimbreFrame> out(static_cast<std::size_t>(maxRows));
    struct Ref {
        int slot;
        std::uint32_t stream;
        std::int64_t frame;
    };
    std::vector<Ref> refs(static_cast<std::size_t>(maxRows));
    std::vector<double> history(kDecodeHistory, 0.0);
    std::size_t historyPos = 0;
    const auto poll = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(kWorkerPollSeconds));

    while (!stop.load(std::memory_order_acquire)) {
        if (zVersion.load(std::memory_order_acquire) != zv) {
            std::lock_guard<std::mutex> lock(zMutex);
            std::copy(z.begin(), z.end(), zw.begin());
            zv = zVersion.load(std::memory_order_relaxed);
        }
        const int look = lookahead.load(std::memory_order_relaxed);
        // Never compute more than the queue can take now (push must not fail).
        const int budget = int(std::min<std::size_t>(framesIn->freeSpace(), std::size_t(maxRows)));
        int rows = 0;
        for (int s = 0; s < maxVoices; ++s) {
            SlotView view;
            if (!readSlot(s, &view))
                continue;
            Local &w = local[std::size_t(s)];
            if (view.stream == 0) {
                w.stream = 0;
                continue;
            }
            if (view.stream != w.stream)  // a new note, or a release: (re)start at firstFrame
                w = {view.stream, view.pitch, view.velocity, view.offPos, view.firstFrame, view.firstFrame == 0};
            if (w.oscPending) {
                OscPacket packet;
                packet.slot = s;
                packet.stream = w.stream;
                packet.osc.start(pitchHz(w.pitch), sampleRate, noiseOffsetFor(w.stream));
                if (oscIn->push(packet))
                    w.oscPending = false;
            }
            const std::uint64_t packed = shared[std::size_t(s)].position.load(std::memory_order_relaxed);
            const std::int64_t at = std::uint32_t(packed >> 32) == w.stream ? std::int64_t(std::uint32_t(packed))
                                                                             : view.firstFrame;
            w.next = std::max(w.next, at);  // behind the voice: skip ahead
            for (const std::int64_t target = at + look; w.next <= target && rows < budget; ++w.next, ++rows) {
                conditionRow(&in[std::size_t(rows) * std::size_t(rowSize)], zw.data(), zSize, w.pitch, w.velocity,
                             w.next, w.offPos, frameClock, sampleRate);
                f0[std::size_t(rows)] = pitchHz(w.pitch);
                refs[std::size_t(rows)] = {s, w.stream, w.next};
            }
        }
        if (rows > 0) {
            const auto t0 = Clock::now();
            decode(rows, in.data(), f0.data(), out.data());  // ONE call for all voices
            history[historyPos] = std::chrono::duration<double>(Clock::now() - t0).count();
            historyPos = (historyPos + 1) % history.size();
            recentDecode_s.store(*std::max_element(history.begin(), history.end()), std::memory_order_relaxed);
            for (int r = 0; r < rows; ++r) {
                FramePacket packet;
                packet.slot = refs[std::size_t(r)].slot;
                packet.stream = refs[std::size_t(r)].stream;
                packet.frame = refs[std::size_t(r)].frame;
                packet.data = out[std::size_t(r)];
                framesIn->push(packet);
            }
        }
        std::this_thread::sleep_for(poll);
    }
}

} // namespace atelier::core::timbre
