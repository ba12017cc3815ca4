#pragma once
// Sequencer: plays a PlaybackSnapshot into an IEventSink, one audio block at a
// time. The same object drives real-time playback (AudioEngine's callback)
// and offline rendering (OfflineRenderer's loop), so both sound the same.
//
// Threads. The UI side (one thread: "UI thread only") talks to the audio side
// ("audio thread only": whoever calls process()) through
//  - a bounded SPSC FIFO of small transport Messages (post() / play() ...),
//  - an atomic "pending snapshot" slot: publish() exchanges a new snapshot in
//    (a previous one that the audio side never picked up comes straight back
//    and is deleted on the UI thread); process() exchanges it out, and hands
//    the snapshot it replaces to a retired FIFO that collectGarbage() empties
//    on the UI thread. The audio side only takes a new snapshot when the
//    retired FIFO has room, so it never has to free or leak one. It looks
//    again before each message, so a message posted after a publish() acts
//    on that snapshot.
//  - atomics for the playhead (ticks) and the playing flag (any thread).
// process() never locks, allocates, logs or throws.
//
// Playback rules:
//  - Events are dispatched at their exact sample: the sink renders up to the
//    event's offset, receives the event, and renders on.
//  - Tracks routed to a MIDI port go to the MidiOutQueue (port index
//    attached) for the MIDI-out thread. Without a queue (offline rendering)
//    they are played by the sink, i.e. the internal synth.
//  - Sounding notes are counted per destination/channel/pitch. Stop, locate,
//    loop wrap and reaching the song end send note-offs for all of them (and
//    release a held sustain pedal). When a new snapshot arrives during
//    playback, notes that it no longer contains at the playhead are released;
//    notes it still contains keep sounding and get their note-off from it.
//  - Play/locate/loop wrap resend each track's program and volume and chase
//    controllers (the last value of each controller before the position).
//    Notes that began before the new position are not re-struck.
//  - With the loop enabled and the playhead before the loop end, playback
//    jumps back to the loop start at the loop end; otherwise it stops at the
//    song end (the synth keeps rendering release tails while stopped).
//  - A new snapshot keeps the playhead at the same musical position (ticks)
//    if the tempo map changed, otherwise at the same sample.
//  - Preview notes always go to the internal synth, on the given channel after
//    a program change there; they are released by previewNoteOff, stop and
//    allNotesOff, not by snapshot changes.
//  - Rate: the song advances `rate` samples per rendered frame (1 unless an
//    external clock drives it: a MIDI clock follower, Link); the position is
//    fractional, an event is dispatched at the first frame at or after its
//    sample, and rate 0 holds the position (events at it wait).
//  - Spans: each process() call records what the transport did in the block
//    (where it played from, at which rate, and what began each stretch: play,
//    locate, loop wrap, stop), so that a MIDI clock leader can place its ticks
//    and its Start/Stop/Song Position Pointer on the same timeline.

#include "audio/IEventSink.h"
#include "audio/MidiMessage.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/SpscQueue.h"
#include "document/Song.h"

#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

namespace atelier::core {

// One stretch of a process() call over which the song position moves linearly.
struct TransportSpan {
    enum class Cause : std::uint8_t { Carry, Play, Locate, Wrap, Stop };
    int frame = 0;        // first frame of the stretch in the block
    int frames = 0;
    double sample = 0;    // song position (samples) at its first frame
    double rate = 1;      // song samples per frame while playing
    bool playing = false;
    Cause cause = Cause::Carry;   // what began it (Carry: the stretch goes on from the last block)
};

// A transport request from the UI side, queued for the audio side.
struct TransportMessage {
    enum class Type : std::uint8_t { Play, Stop, Locate, PreviewNoteOn, PreviewNoteOff, AllNotesOff };
    Type type = Type::Stop;
    Tick tick = 0;  // Locate
    std::uint8_t channel = 0, program = 0, pitch = 60, velocity = 100;  // previews
};

class Sequencer {
public:
    using Message = TransportMessage;
    static constexpr int kDestinations = 1 + PlaybackSnapshot::kMaxMidiPorts;  // synth + ports
    static constexpr std::size_t kMessageQueueSize = 256;
    static constexpr std::size_t kRetiredQueueSize = 64;
    static constexpr int kMaxSpans = 32;   // per block; a loop shorter than a block is cut there

    // UI thread. `sink` must outlive the sequencer; `midiOut` may be null
    // (then MIDI-port tracks play on the sink).
    explicit Sequencer(IEventSink &sink, MidiOutQueue *midiOut = nullptr);
    // UI thread, once process() is no longer being called. Frees all snapshots.
    ~Sequencer();
    Sequencer(const Sequencer &) = delete;
    Sequencer &operator=(const Sequencer &) = delete;

    // UI thread only.
    void publish(std::unique_ptr<PlaybackSnapshot> snapshot);
    bool post(const Message &message);  // false if the FIFO is full (message dropped)
    bool play() { return post({Message::Type::Play}); }
    bool stop() { return post({Message::Type::Stop}); }
    bool locate(Tick tick);
    bool previewNoteOn(int channel, int program, int pitch, int velocity);
    bool previewNoteOff(int channel, int pitch);
    bool allNotesOff() { return post({Message::Type::AllNotesOff}); }
    int collectGarbage();  // frees retired snapshots; returns how many

    // Any thread.
    Tick playheadTick() const { return m_playheadTick.load(std::memory_order_acquire); }
    bool isPlaying() const { return m_playingFlag.load(std::memory_order_acquire); }
    int droppedMidiEvents() const { return m_droppedMidi.load(std::memory_order_relaxed); }

    // Audio thread only. Overwrites `frames` frames of left/right.
    void process(float *left, float *right, int frames);
    // Audio thread, before process(): the audio clock's frame of the block's
    // first frame, so that MIDI-port events carry the frame they sound at.
    void setBlockFrame(std::int64_t frame) { m_blockFrame = frame; }

    // Audio thread only: the transport driven from the audio thread itself
    // (a clock follower between two process() calls), acting like the messages.
    void playNow() { handle({Message::Type::Play}); }
    void stopNow() { handle({Message::Type::Stop}); }
    void locateNow(Tick tick);
    // Audio thread only. Song samples per frame from the next process() on (>= 0).
    void setRate(double songSamplesPerFrame) { m_rate = songSamplesPerFrame > 0 ? songSamplesPerFrame : 0.0; }
    double rate() const { return m_rate; }
    // Audio thread only: the snapshot being played (null before the first),
    // the song position and the spans of the last process() call.
    const PlaybackSnapshot *snapshot() const { return m_current; }
    double positionSample() const { return m_pos; }
    double positionTick() const;
    bool playingNow() const { return m_playing && m_current; }
    int spanCount() const { return m_spanCount; }
    const TransportSpan &span(int i) const { return m_spans[std::size_t(i)]; }
    // Audio thread only, after process(): where the last block began in the
    // song (samples) and whether it was playing then (after the block's
    // transport messages were handled): its first span.
    std::int64_t blockStartSample() const { return m_spanCount ? std::llround(m_spans[0].sample) : 0; }
    bool blockStartPlaying() const { return m_spanCount && m_spans[0].playing; }

private:
    void adoptPendingSnapshot();
    void handle(const Message &message);
    void dispatch(const PlaybackEvent &event);
    void send(int destination, const MidiMessage &message);
    void releaseSounding(const PlaybackSnapshot *keepFrom, std::int64_t keepAt);
    void releasePreviews();
    void startAt(double sample);  // seek events, send setup, chase controllers
    void sendSetup();
    void chaseControllers();
    void stopPlayback();
    void publishPlayhead();
    void beginSpan(int frame, TransportSpan::Cause cause);
    TransportSpan::Cause blockStartCause() const;

    int destinationOf(const PlaybackEvent &event) const;
    std::uint8_t &noteCount(int dest, int channel, int pitch)
    {
        return m_noteCount[std::size_t((dest * 16 + channel) * 128 + pitch)];
    }

    IEventSink &m_sink;
    MidiOutQueue *m_midiOut;
    SpscQueue<Message, kMessageQueueSize> m_messages;
    std::atomic<PlaybackSnapshot *> m_pending{nullptr};
    SpscQueue<PlaybackSnapshot *, kRetiredQueueSize> m_retired;

    // Audio-thread state.
    PlaybackSnapshot *m_current = nullptr;
    bool m_playing = false;
    double m_pos = 0;            // song position, samples (fractional while a clock drives the rate)
    double m_rate = 1;
    bool m_playingAtBlockEnd = false;   // for the cause of the next block's first span
    bool m_locatedSinceBlock = false;
    std::int64_t m_blockFrame = -1;   // -1: unknown (MIDI-port events leave at once)
    int m_offset = 0;                 // frames into the block being processed
    std::array<TransportSpan, kMaxSpans> m_spans{};
    int m_spanCount = 0;
    Tick m_positionWithoutSnapshot = 0;  // locate before any snapshot arrived
    std::size_t m_nextEvent = 0;
    std::vector<std::uint8_t> m_noteCount;     // kDestinations x 16 x 128
    std::vector<std::uint8_t> m_previewCount;  // 16 x 128, internal synth
    std::vector<std::uint8_t> m_sustainDown;   // kDestinations x 16
    std::vector<std::uint8_t> m_bent;          // kDestinations x 16: pitch bend away from the centre
    std::vector<std::int16_t> m_bendChase;     // kDestinations x 16, -1 = none

    std::atomic<Tick> m_playheadTick{0};
    std::atomic<bool> m_playingFlag{false};
    std::atomic<int> m_droppedMidi{0};
};

} // namespace atelier::core
