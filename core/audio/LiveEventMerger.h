#pragma once
// LiveEventMerger: where live MIDI (the duet's replies, notes played in)
// joins the studio's playback at an exact sample. It sits between the
// Sequencer and the synth (ChannelRouter): the sequencer's events pass
// straight through, and render() splits each block at the frames of the
// live events that fall in it.
//
// It is also the studio's audio clock: a frame count of everything rendered
// (IMidiClock). nowFrame() is the count at the end of the last block plus the
// time since then; earliestOutputFrame() adds one buffer, so an event
// scheduled for it is rendered in time. Input adapters stamp events with
// nowFrame(), so input and output share one clock.
//
// Threads: schedule()/cancelScheduled() from any producer threads (they
// take turns on a mutex the audio thread never touches); render()/sendMidi()
// on the audio thread; the clock from any thread (a seqlock, never blocks
// the audio thread). setDownstream() and setFormat() while no callback runs.

#include "audio/IEventSink.h"
#include "audio/IMidiClock.h"
#include "audio/IMidiOutput.h"
#include "audio/ScheduledMidiQueue.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace atelier::core {

class LiveEventMerger final : public IEventSink, public IMidiOutput, public IMidiClock {
public:
    LiveEventMerger() = default;

    void setDownstream(IEventSink *sink) { m_downstream = sink; }
    void setFormat(double sampleRate, int bufferFrames);

    // IEventSink (audio thread)
    void sendMidi(const MidiMessage &message) override;
    void render(float *left, float *right, int frames) override;

    // IMidiOutput (producers take turns)
    bool schedule(const TimedMidiEvent &event) override
    {
        std::lock_guard lock(m_producers);
        return m_queue.schedule(event);
    }
    void cancelScheduled(int channel = -1) override
    {
        std::lock_guard lock(m_producers);
        m_queue.cancel(channel);
    }
    std::int64_t lateEvents() const override { return m_queue.lateEvents(); }

    // IMidiClock (any thread)
    Frame nowFrame() const override;
    Frame earliestOutputFrame() const override { return nowFrame() + m_bufferFrames; }
    double sampleRate() const override { return m_rate; }

    // Audio thread: frames rendered so far.
    Frame renderedFrames() const { return m_frame; }
    // Audio thread: `frames` were rendered without render() (someone else
    // filled the buffer); the clock moves on by them.
    void advance(int frames)
    {
        m_frame += std::max(frames, 0);
        publish(m_frame);
    }

private:
    void publish(Frame frame);

    IEventSink *m_downstream = nullptr;
    ScheduledMidiQueue m_queue;
    std::mutex m_producers;   // never taken on the audio thread
    double m_rate = 48000;
    int m_bufferFrames = 256;
    Frame m_frame = 0;   // audio thread

    // Seqlock for (frame, steady time) at the end of the last block.
    std::atomic<std::uint32_t> m_seq{0};
    std::atomic<Frame> m_pubFrame{0};
    std::atomic<std::int64_t> m_pubTime_ns{0};
};

} // namespace atelier::core
