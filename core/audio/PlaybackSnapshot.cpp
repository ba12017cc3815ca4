#include "audio/PlaybackSnapshot.h"

#include "document/ChordVoicer.h"

#include "document/BarGrid.h"

#include "document/TempoMap.h"

#include <algorithm>
#include <cmath>

namespace atelier::core {

namespace {

// Order of simultaneous events: releases first, note starts last.
int rank(const MidiMessage &m)
{
    if (m.isNoteOff())
        return 0;
    if (m.type() == MidiMessage::kProgramChange)
        return 1;
    if (m.isNoteOn())
        return 3;
    return 2;
}

} // namespace

std::unique_ptr<PlaybackSnapshot> PlaybackSnapshot::build(const Song &song, double sampleRate,
                                                          const QStringList &knownPorts, const Extras &extras)
{
    std::unique_ptr<PlaybackSnapshot> s(new PlaybackSnapshot);
    s->m_sampleRate = sampleRate > 0 ? sampleRate : 48000.0;
    s->m_ppq = song.ppq > 0 ? song.ppq : kDefaultPpq;

    // Tempo segments in samples, taken from TempoMap so both agree exactly.
    const TempoMap tempoMap(s->m_ppq, song.tempos);
    std::vector<Tick> changeTicks{0};
    for (const TempoChange &t : song.tempos)
        if (t.tick > 0)
            changeTicks.push_back(t.tick);
    std::sort(changeTicks.begin(), changeTicks.end());
    changeTicks.erase(std::unique(changeTicks.begin(), changeTicks.end()), changeTicks.end());
    for (Tick t : changeTicks) {
        const double spt = 60.0 * s->m_sampleRate / (tempoMap.bpmAt(t) * s->m_ppq);
        s->m_segments.push_back({double(t), tempoMap.tickToSeconds(t) * s->m_sampleRate, spt});
    }

    s->m_midiPorts = knownPorts;
    auto portIndex = [&s](const QString &name) -> int {
        if (name.isEmpty())
            return -1;
        int i = int(s->m_midiPorts.indexOf(name));
        if (i < 0 && s->m_midiPorts.size() < kMaxMidiPorts) {
            s->m_midiPorts.append(name);
            i = int(s->m_midiPorts.size()) - 1;
        }
        return i < kMaxMidiPorts ? i : -1;  // over the limit: internal synth
    };

    const bool anySolo = std::any_of(song.tracks.begin(), song.tracks.end(),
                                     [](const Track &t) { return t.solo; });
    // The chord lane sounds as one more track (after the song's, before the click), unless a track is soloed.
    QList<Track> tracks = song.tracks;
    if (song.chordPlayback.enabled && !song.chords.isEmpty() && !anySolo)
        tracks.append(ChordVoicer::track(song));
    for (int ti = 0; ti < int(tracks.size()); ++ti) {
        const Track &track = tracks[ti];
        if (track.mute || (anySolo && !track.solo))
            continue;
        const int ch = std::clamp(track.channel, 0, 15);
        const auto port = std::int16_t(portIndex(track.midiOutPort));
        const auto tr = std::int16_t(std::min(ti, 32767));
        s->m_setup.push_back({0, MidiMessage::programChange(ch, track.program), port, tr});
        const int volume = int(std::lround(std::clamp(track.volume, 0.0, 1.0) * 127.0));
        s->m_setup.push_back({0, MidiMessage::controlChange(ch, MidiMessage::kCcVolume, volume), port, tr});

        for (const Note &n : track.notes) {
            if (n.length <= 0 || n.pitch < 0 || n.pitch > 127 || n.start < 0)
                continue;
            const std::int64_t on = s->sampleAtTick(n.start);
            const std::int64_t off = std::max(s->sampleAtTick(n.end()), on + 1);
            s->m_events.push_back({on, MidiMessage::noteOn(ch, n.pitch, std::clamp(n.velocity, 1, 127)), port, tr});
            s->m_events.push_back({off, MidiMessage::noteOff(ch, n.pitch), port, tr});
            s->m_notes.push_back({on, off, port, std::uint8_t(ch), std::uint8_t(n.pitch)});
        }
        for (const ControlChange &c : track.controls) {
            if (c.tick < 0)
                continue;
            const MidiMessage m = c.isPitchBend() ? MidiMessage::pitchBend(ch, c.value)
                                                  : MidiMessage::controlChange(ch, c.controller, c.value);
            s->m_events.push_back({s->sampleAtTick(c.tick), m, port, tr});
        }
    }

    s->m_endTick = std::max(ChordVoicer::soundingEnd(song), extras.minEndTick);   // the chords may ring past the last note
    if (extras.metronome) {
        const BarGrid grid(song);
        const auto clickTrack = std::int16_t(std::min<qsizetype>(tracks.size(), 32767));
        const int velocity = std::clamp(extras.clickVelocity, 1, 127);
        for (const BarGrid::Line &line : grid.lines(0, s->m_endTick, true)) {
            if (line.tick >= s->m_endTick)
                break;
            const int pitch = line.isBar ? kClickBar : kClickBeat;
            const std::int64_t on = s->sampleAtTick(line.tick);
            const std::int64_t off = on + std::int64_t(0.05 * s->m_sampleRate);
            s->m_events.push_back({on, MidiMessage::noteOn(kClickChannel, pitch, velocity), -1, clickTrack});
            s->m_events.push_back({off, MidiMessage::noteOff(kClickChannel, pitch), -1, clickTrack});
            s->m_notes.push_back({on, off, -1, std::uint8_t(kClickChannel), std::uint8_t(pitch)});
        }
    }

    std::stable_sort(s->m_events.begin(), s->m_events.end(),
                     [](const PlaybackEvent &a, const PlaybackEvent &b) {
                         if (a.sample != b.sample)
                             return a.sample < b.sample;
                         return rank(a.message) < rank(b.message);
                     });
    s->indexNotesAndControls();

    s->m_end_samples = s->sampleAtTick(s->m_endTick);
    s->m_loopStart_samples = s->sampleAtTick(std::max<Tick>(song.loop.start, 0));
    s->m_loopEnd_samples = s->sampleAtTick(std::max<Tick>(song.loop.end, 0));
    s->m_loopEnabled = song.loop.enabled && song.loop.isValid()
        && s->m_loopEnd_samples > s->m_loopStart_samples;
    return s;
}

double PlaybackSnapshot::tickToSample(double tick) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), tick,
                               [](double t, const Segment &seg) { return t < seg.tick; });
    const Segment &seg = (it == m_segments.begin()) ? m_segments.front() : *(it - 1);
    return seg.sample + (tick - seg.tick) * seg.samplesPerTick;
}

double PlaybackSnapshot::sampleToTick(double sample) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), sample,
                               [](double s, const Segment &seg) { return s < seg.sample; });
    const Segment &seg = (it == m_segments.begin()) ? m_segments.front() : *(it - 1);
    return seg.tick + (sample - seg.sample) / seg.samplesPerTick;
}

std::int64_t PlaybackSnapshot::sampleAtTick(Tick tick) const
{
    return std::llround(tickToSample(double(tick)));
}

bool PlaybackSnapshot::sameTiming(const PlaybackSnapshot &other) const
{
    return m_sampleRate == other.m_sampleRate && m_segments == other.m_segments;
}

std::size_t PlaybackSnapshot::firstEventAtOrAfter(std::int64_t sample) const
{
    auto it = std::lower_bound(m_events.begin(), m_events.end(), sample,
                               [](const PlaybackEvent &e, std::int64_t s) { return e.sample < s; });
    return std::size_t(it - m_events.begin());
}

void PlaybackSnapshot::indexNotesAndControls()
{
    std::sort(m_notes.begin(), m_notes.end(), [](const NoteSpan &a, const NoteSpan &b) {
        return std::tuple(a.key(), a.start) < std::tuple(b.key(), b.start);
    });
    for (std::size_t i = 0; i < m_notes.size(); ++i) {
        const bool sameKey = i > 0 && m_notes[i - 1].key() == m_notes[i].key();
        m_notes[i].maxEnd = sameKey ? std::max(m_notes[i - 1].maxEnd, m_notes[i].end) : m_notes[i].end;
    }
    m_controls.clear();
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const PlaybackEvent &e = m_events[i];
        if (e.message.type() != MidiMessage::kControlChange && !e.message.isPitchBend())
            continue;
        const std::uint32_t what = e.message.isPitchBend() ? 128u : e.message.data1;
        const auto key = std::uint32_t(((e.port + 1) * 16 + e.message.channel()) * 129) + what;
        m_controls.push_back({key, std::uint32_t(i)});
    }
    std::stable_sort(m_controls.begin(), m_controls.end(),
                     [](const ControlPoint &a, const ControlPoint &b) { return a.key < b.key; });
    m_controlRuns.clear();
    for (std::size_t i = 0; i < m_controls.size(); ++i)
        if (i == 0 || m_controls[i].key != m_controls[i - 1].key)
            m_controlRuns.push_back(std::uint32_t(i));
    m_controlRuns.push_back(std::uint32_t(m_controls.size()));
}

bool PlaybackSnapshot::coveredOn(int port, int channel, int pitch, std::int64_t sample) const
{
    // The notes of this key that start before `sample`: one of them covers it
    // when the latest end among them is at or after it.
    const auto key = std::tuple(std::int16_t(port), std::uint8_t(channel), std::uint8_t(pitch));
    auto it = std::lower_bound(m_notes.begin(), m_notes.end(), std::tuple(key, sample),
                               [](const NoteSpan &n, const auto &k) { return std::tuple(n.key(), n.start) < k; });
    if (it == m_notes.begin())
        return false;
    --it;
    return it->key() == key && it->maxEnd >= sample;
}

bool PlaybackSnapshot::hasNoteCovering(int port, int channel, int pitch, std::int64_t sample) const
{
    if (port != kAnyPort)
        return coveredOn(port, channel, pitch, sample);
    for (int p = -1; p < kMaxMidiPorts; ++p)
        if (coveredOn(p, channel, pitch, sample))
            return true;
    return false;
}

} // namespace atelier::core
