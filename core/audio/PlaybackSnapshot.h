#pragma once
// PlaybackSnapshot: an immutable, flat, sample-timed view of a Song for the
// audio thread.
//
// Built on the UI thread (build() allocates freely), handed to the Sequencer
// by atomic exchange, read without locks by the audio thread, and finally
// deleted on the UI thread again. Nothing in it changes after build().
//
// Contents:
//  - events(): note on/off and controller messages of every *sounding* track
//    (mute/solo resolved: when any track is soloed only soloed tracks sound;
//    a muted track never sounds), sorted by sample; at equal samples note-offs
//    come first, then program changes, controllers and finally note-ons, so a
//    repeated pitch re-triggers. A note always lasts at least one sample.
//  - setupEvents(): per sounding track a program change and CC7 (volume),
//    sent by the sequencer when playback starts or the setup changes. Tracks
//    that share a MIDI channel share the synth channel: the later track's
//    program/volume wins there, which is the MIDI meaning of a channel.
//  - destinations: port -1 is the internal synth, otherwise an index into
//    midiPorts(). The port list starts with the caller's `knownPorts` and only
//    ever appends, so indices stay valid across snapshots (the MIDI-out thread
//    can keep its open ports while snapshots change). At most kMaxMidiPorts;
//    tracks beyond that play on the internal synth.
//  - the tick <-> sample mapping (piecewise linear per tempo segment, in
//    double precision, consistent with TempoMap), the loop region and the
//    song end in samples.

#include "audio/MidiMessage.h"
#include "document/Song.h"

#include <QStringList>
#include <cstdint>
#include <algorithm>
#include <memory>
#include <tuple>
#include <vector>

namespace atelier::core {

struct PlaybackEvent {
    std::int64_t sample = 0;  // from song start
    MidiMessage message;
    std::int16_t port = -1;   // -1: internal synth; else index into midiPorts()
    std::int16_t track = 0;   // index into Song::tracks
    bool operator==(const PlaybackEvent &o) const
    {
        return sample == o.sample && message == o.message && port == o.port && track == o.track;
    }
};

// What playback adds to the song: a minimum end (so the transport keeps
// running while recording past the last note) and a metronome click on
// every beat (GM percussion on channel 10: high wood block on the bar,
// low on the other beats) up to the end.
struct PlaybackExtras {
    Tick minEndTick = 0;
    bool metronome = false;
    int clickVelocity = 100;   // 1..127
};

class PlaybackSnapshot {
public:
    static constexpr int kMaxMidiPorts = 16;
    static constexpr int kAnyPort = -2;  // for hasNoteCovering()

    using Extras = PlaybackExtras;
    static constexpr int kClickChannel = 9;
    static constexpr int kClickBar = 76, kClickBeat = 77;

    // UI thread only (allocates). sampleRate <= 0 falls back to 48000.
    static std::unique_ptr<PlaybackSnapshot> build(const Song &song, double sampleRate,
                                                   const QStringList &knownPorts = {}, const Extras &extras = {});

    // Any thread (immutable).
    double sampleRate() const { return m_sampleRate; }
    int ppq() const { return m_ppq; }
    const std::vector<PlaybackEvent> &events() const { return m_events; }
    const std::vector<PlaybackEvent> &setupEvents() const { return m_setup; }
    const QStringList &midiPorts() const { return m_midiPorts; }

    bool loopEnabled() const { return m_loopEnabled; }  // enabled and at least one sample long
    std::int64_t loopStart_samples() const { return m_loopStart_samples; }
    std::int64_t loopEnd_samples() const { return m_loopEnd_samples; }
    std::int64_t end_samples() const { return m_end_samples; }
    Tick endTick() const { return m_endTick; }

    double tickToSample(double tick) const;
    double sampleToTick(double sample) const;
    std::int64_t sampleAtTick(Tick tick) const;  // rounded, as used for events
    bool sameTiming(const PlaybackSnapshot &other) const;  // same rate and tempo map

    // Index of the first event at or after `sample`.
    std::size_t firstEventAtOrAfter(std::int64_t sample) const;
    // Whether a note of this destination/channel/pitch starts before `sample`
    // and ends at or after it (so its note-off is still ahead). Audio-thread
    // safe: no allocation, a binary search (kAnyPort: one per port).
    bool hasNoteCovering(int port, int channel, int pitch, std::int64_t sample) const;
    // The state of the controllers where playback starts at event `before`:
    // for every controller and the pitch bend of every port and channel, the
    // last such event before it, as f(const PlaybackEvent &), the controllers
    // (bends = false) or the bends (bends = true). Audio-thread safe: no
    // allocation, one binary search per controller the song uses, however
    // far into the song.
    template <typename F>
    void forEachChasedControl(std::size_t before, bool bends, F &&f) const
    {
        for (std::size_t r = 0; r + 1 < m_controlRuns.size(); ++r) {
            const auto first = m_controls.begin() + std::ptrdiff_t(m_controlRuns[r]);
            const auto last = m_controls.begin() + std::ptrdiff_t(m_controlRuns[r + 1]);
            if (m_events[first->index].message.isPitchBend() != bends || first->index >= before)
                continue;
            const auto after = std::lower_bound(first, last, before,
                                                [](const ControlPoint &c, std::size_t b) { return c.index < b; });
            f(m_events[std::prev(after)->index]);
        }
    }

private:
    PlaybackSnapshot() = default;
    struct Segment {
        double tick;
        double sample;
        double samplesPerTick;
        bool operator==(const Segment &o) const
        {
            return tick == o.tick && sample == o.sample && samplesPerTick == o.samplesPerTick;
        }
    };
    struct NoteSpan {
        std::int64_t start;
        std::int64_t end;
        std::int16_t port;
        std::uint8_t channel;
        std::uint8_t pitch;
        std::int64_t maxEnd = 0;   // the latest end of this and the earlier notes of its port/channel/pitch
        auto key() const { return std::tuple(port, channel, pitch); }
    };
    // A controller or pitch-bend event: its run (port, channel, controller
    // or bend) and its index in m_events.
    struct ControlPoint {
        std::uint32_t key;
        std::uint32_t index;
    };
    void indexNotesAndControls();   // after m_events and m_notes are complete
    bool coveredOn(int port, int channel, int pitch, std::int64_t sample) const;

    double m_sampleRate = 48000.0;
    int m_ppq = kDefaultPpq;
    std::vector<Segment> m_segments;  // never empty, first at tick 0
    std::vector<PlaybackEvent> m_events;
    std::vector<PlaybackEvent> m_setup;
    std::vector<NoteSpan> m_notes;    // sorted by port, channel, pitch and start
    std::vector<ControlPoint> m_controls;       // sorted by key and index
    std::vector<std::uint32_t> m_controlRuns;   // where each key's run begins, and the end
    QStringList m_midiPorts;
    bool m_loopEnabled = false;
    std::int64_t m_loopStart_samples = 0;
    std::int64_t m_loopEnd_samples = 0;
    std::int64_t m_end_samples = 0;
    Tick m_endTick = 0;
};

} // namespace atelier::core
