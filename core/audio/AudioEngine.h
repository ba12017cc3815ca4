#pragma once
// AudioEngine: the UI-facing facade of playback. Lives on the UI thread;
// every public function is "UI thread only" unless it says otherwise.
//
// start() opens the device (RtAudioDevice for a sound card, NullAudioDevice
// for silence), then creates the Synth at the device's actual sample rate,
// the MIDI-out worker and the Sequencer, and only then lets the device
// callback reach the sequencer (an atomic pointer: until it is set the
// callback writes silence). setSong() builds a PlaybackSnapshot from a copy of
// the document and publishes it; call it on every document change. Transport
// calls become messages in the sequencer's lock-free FIFO; playhead() and
// isPlaying() are atomic reads of what the audio thread last reported (so
// isPlaying() turns true one audio block after play()).
//
// If start() failed, or was never called, every call is safe and silent:
// the document workflow never depends on audio. locate() still moves the
// value playhead() returns so the UI behaves consistently.
//
// Snapshots retired by the audio thread are freed by collectGarbage(),
// called by an internal QTimer and on each setSong().
//
// A missing SoundFont does not fail start(): MIDI-port tracks still play and
// statusText() says that the internal synth is silent.
//
// Live instruments (e.g. the timbre instrument played from a MIDI keyboard)
// are IEventSinks whose render() output the callback ADDS to the sequencer's
// output; they get their notes by their own means (e.g. a lock-free queue of
// their own), the sequencer never sends them anything. The callback reads an
// atomic pointer to an immutable list; add/remove publish a new list and
// retire the old one, which is freed (with the engine's references to its
// instruments) only once an audio callback has completed after the swap:
// removeLiveInstrument() waits for that (at most a few buffers) when the
// device is running, so normally the engine has let go of the instrument when
// it returns and the caller's shared_ptr is the last; if the callback stalls,
// collectGarbage() frees it later. Either way the audio thread never touches
// an instrument after the engine's last reference to it is gone, and the
// instrument is destroyed on the UI thread, never on the audio thread. Live
// instruments stay registered across start()/shutdown(); they render into
// scratch buffers allocated at start() (larger blocks are rendered in chunks).

#include "audio/AudioSettings.h"
#include "audio/CallbackProfile.h"
#include "audio/IAudioDevice.h"
#include "audio/ITransportDriver.h"
#include "audio/MidiSystem.h"
#include "audio/LiveEventMerger.h"
#include "audio/PlaybackSnapshot.h"
#include "document/Song.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

class QTimer;

namespace atelier::core {

class ChannelRouter;
class IBlockObserver;
class IEventSink;
class MidiOutput;
class Sequencer;
class Synth;

class AudioEngine : public QObject {
    Q_OBJECT
public:
    static constexpr int kGarbageInterval_ms = 250;

    // `device` may be null (then start() always fails).
    explicit AudioEngine(std::unique_ptr<IAudioDevice> device, QObject *parent = nullptr);
    ~AudioEngine() override;  // shuts down

    bool start(const AudioSettings &settings, QString *error);
    void shutdown();
    bool isRunning() const;
    AudioSettings settings() const { return m_settings; }
    // The device's actual rate while it is open, else settings().sampleRate.
    unsigned sampleRate() const;
    unsigned bufferFrames() const { return m_device && m_device->isOpen() ? m_device->bufferFrames() : m_settings.bufferFrames; }
    IAudioDevice *device() const { return m_device.get(); }

    void setSong(const Song &song);
    // Metronome and recording runway (see PlaybackSnapshot::Extras); republishes.
    void setPlaybackExtras(const PlaybackSnapshot::Extras &extras);
    PlaybackSnapshot::Extras playbackExtras() const { return m_extras; }
    // Something outside that drives the transport (Link); not owned, must
    // outlive the engine's running; null: none. While it drives, play and
    // stop go to it and it sets the song's rate every callback.
    void setTransportDriver(ITransportDriver *driver);
    // Told about every block the sequencer plays (a MIDI clock sender); not
    // owned; null: none. Setting null waits (a few buffers at most) until the
    // audio thread has let go of the old one.
    void setBlockObserver(IBlockObserver *observer);
    // Where the tracks' MIDI ports are (ALSA or JACK); from the next start().
    void setMidiOutputSystem(MidiSystem system) { m_midiSystem = system; }
    MidiSystem midiOutputSystem() const { return m_midiSystem; }
    void play();  // from the playhead; from the start if the playhead is at/after the end
    void stop();
    void locate(Tick tick);
    bool isPlaying() const;  // any thread
    Tick playhead() const;   // any thread when running

    // Internal synth, for the piano roll / keyboard.
    void previewNoteOn(int channel, int program, int pitch, int velocity);
    void previewNoteOff(int channel, int pitch);
    void allNotesOff();  // panic

    // Live instruments mixed after the sequencer (see above). Adding one that
    // is already there, or removing one that is not, does nothing.
    void addLiveInstrument(std::shared_ptr<IEventSink> instrument);
    void removeLiveInstrument(const std::shared_ptr<IEventSink> &instrument);
    int liveInstrumentCount() const;

    // Instruments that play whole MIDI channels of the song instead of the
    // internal synth (a Sound-Morph timbre baked into a track; see
    // ChannelRouter). Kept across start()/shutdown(); null entries: the synth.
    void setChannelInstruments(const std::array<std::shared_ptr<IEventSink>, 16> &instruments);
    std::array<std::shared_ptr<IEventSink>, 16> channelInstruments() const { return m_channelInstruments; }

    // Live MIDI into the internal synth at exact samples, and the audio
    // clock it is stamped on (frames rendered; see LiveEventMerger). Both
    // outlive start()/shutdown(); while the device is closed the clock stands
    // still and scheduled events wait.
    IMidiOutput &liveOutput() { return m_merger; }
    const IMidiClock &clock() const { return m_merger; }

    // Where the transport is on the audio clock: at audio frame `frame`
    // (LiveEventMerger's count) the song was at `sample` (samples from its
    // start), playing or not, as of the last block. Any thread.
    struct TransportPoint {
        std::int64_t frame = 0;
        std::int64_t sample = 0;
        bool playing = false;
    };
    TransportPoint transportPoint() const;

    // Buffer duration plus the stream latency the driver reports (0 when off).
    double outputLatencySeconds() const;
    // How long after the sequencer plays a frame the song is heard: the
    // output latency plus the baked tracks' latency compensation (see
    // ChannelRouter). MIDI ports and Link are held back this much.
    double songLatencySeconds() const;
    // The baked tracks' latency compensation alone, in frames (0 when off).
    int latencyCompensationFrames() const;
    // e.g. "Audio: ALSA default, 48000 Hz, 256 frames (5.3 ms)" or
    // "No audio device: playback is off (no audio output device found)".
    // With dropouts and silenced blocks, when there were any.
    QString statusText() const;
    // Any thread: since start(), the times the device ran dry because a
    // callback came late (its driver's underruns), and the callbacks whose
    // output held a NaN or an infinity (sent as silence instead).
    std::int64_t underruns() const { return m_device ? m_device->underruns() : 0; }
    std::int64_t silencedBlocks() const { return m_silenced.load(std::memory_order_relaxed); }
    // Any thread: audio callbacks run since the program started.
    std::uint64_t callbacks() const { return m_callbacks.load(std::memory_order_relaxed); }
    // Any thread, since start(): the longest callback (its own work, measured
    // on the audio thread), and the callbacks that took longer than their
    // period (frames / rate): with these near the underruns, the work is too
    // much; with none, the thread was woken late.
    double longestCallbackMs() const { return double(m_longestCallback_ns.load(std::memory_order_relaxed)) / 1e6; }
    std::int64_t overlongCallbacks() const { return m_overlongCallbacks.load(std::memory_order_relaxed); }
    // Where the callbacks' time went (see CallbackProfile): turned on or off,
    // and started afresh, only while the device is not running (false then).
    bool setCallbackProfiling(bool on);
    const CallbackProfile &callbackProfile() const { return m_profile; }
    QString lastError() const { return m_error; }

    // Frees retired snapshots and live-instrument lists; returns how many.
    int collectGarbage();

private:
    struct LiveList;

    void audioCallback(float *left, float *right, int frames);  // audio thread only
    void mixLive(float *left, float *right, int frames);        // audio thread only
    void publishSong();
    void publishLive(std::unique_ptr<LiveList> list);
    int collectLiveGarbage();
    bool audioThreadIdle() const;

    std::unique_ptr<IAudioDevice> m_device;
    std::unique_ptr<Synth> m_synth;
    std::unique_ptr<MidiOutput> m_midiOut;
    std::unique_ptr<Sequencer> m_sequencer;
    std::atomic<Sequencer *> m_active{nullptr};  // read by the audio callback
    QTimer *m_garbageTimer;
    AudioSettings m_settings;
    Song m_song;
    PlaybackSnapshot::Extras m_extras;
    QStringList m_knownPorts;
    MidiSystem m_midiSystem = MidiSystem::Alsa;
    QString m_error;
    QString m_synthWarning;
    QString m_midiWarning;
    Tick m_idlePlayhead = 0;

    // Live instruments: the UI thread owns the lists; the audio thread reads
    // m_live and counts its completed callbacks in m_callbacks.
    std::unique_ptr<LiveList> m_liveList;
    std::atomic<const LiveList *> m_live{nullptr};
    std::atomic<std::uint64_t> m_callbacks{0};
    std::atomic<std::int64_t> m_longestCallback_ns{0};
    std::atomic<std::int64_t> m_overlongCallbacks{0};
    CallbackProfile m_profile;
    std::atomic<std::int64_t> m_silenced{0};   // callbacks whose output held a NaN or an infinity
    std::vector<std::pair<std::uint64_t, std::unique_ptr<LiveList>>> m_liveRetired;
    std::vector<float> m_liveLeft, m_liveRight;  // scratch, sized at start()

    std::unique_ptr<ChannelRouter> m_router;  // between the sequencer and the synth while running
    LiveEventMerger m_merger;                 // between the sequencer and the router
    std::atomic<std::uint32_t> m_pointSeq{0};  // seqlock over the three below
    std::atomic<std::int64_t> m_pointFrame{0}, m_pointSample{0};
    std::atomic<bool> m_pointPlaying{false};
    std::array<std::shared_ptr<IEventSink>, 16> m_channelInstruments;
    std::atomic<ITransportDriver *> m_driver{nullptr};
    std::atomic<IBlockObserver *> m_observer{nullptr};
    std::atomic<unsigned> m_deviceRate{48000};             // for the driver, set at start()
    std::atomic<std::int64_t> m_outputLatency_us{0};  // the song's (songLatencySeconds())
    void applySongLatency();
};

} // namespace atelier::core
