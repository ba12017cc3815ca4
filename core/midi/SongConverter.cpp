#include "midi/SongConverter.h"

#include "document/TempoMap.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace atelier::core {

namespace {

constexpr int kControllerVolume = 7;
constexpr int kControllerBankMsb = 0;
constexpr int kControllerBankLsb = 32;
constexpr double kDefaultVolume = 0.8;
constexpr int kDefaultTempo_us = 500000;
const char *const kTempoTrackName = "Tempo";

// The value with the fewest decimals (0 to 3) that encodes to the same code.
template <typename Encode>
double shortestDecimal(double exact, int code, Encode encode)
{
    double scale = 1.0;
    for (int digits = 0; digits <= 3; ++digits, scale *= 10.0) {
        const double candidate = std::round(exact * scale) / scale;
        if (encode(candidate) == code)
            return candidate;
    }
    return exact;
}

// What one MIDI channel of one SMF track holds.
struct ChannelGroup {
    int program = -1;
    int volumeCc = -1;
    std::optional<QString> name;  // from a track-name meta under a channel prefix
    QList<Note> notes;
    QList<ControlChange> controls;
};

void addTracksOf(const SmfTrack &smf, QList<Track> *out)
{
    std::array<ChannelGroup, 16> groups;
    std::vector<QList<int>> open(16 * 128);  // indices into groups[ch].notes, oldest first
    std::optional<QString> trackName;
    int prefixChannel = -1;
    SmfTick lastTick = 0;

    for (const SmfEvent &e : smf.events) {
        lastTick = std::max(lastTick, e.tick);
        if (e.isMeta(SmfEvent::kMetaChannelPrefix) && !e.bytes.isEmpty()) {
            prefixChannel = e.bytes[0] & 0x0F;
        } else if (e.isMeta(SmfEvent::kMetaTrackName)) {
            std::optional<QString> &name =
                prefixChannel >= 0 ? groups[std::size_t(prefixChannel)].name : trackName;
            if (!name)
                name = e.text();
        }
        if (!e.isChannel())
            continue;
        prefixChannel = -1;
        ChannelGroup &g = groups[std::size_t(e.channel())];
        QList<int> &queue = open[std::size_t(e.channel() * 128 + e.data1)];
        if (e.isNoteOn()) {
            queue.append(int(g.notes.size()));
            g.notes.append(Note{e.data1, e.tick, 0, e.data2});
        } else if (e.isNoteOff()) {
            if (!queue.isEmpty()) {
                Note &n = g.notes[queue.takeFirst()];
                n.length = std::max<Tick>(e.tick - n.start, 1);
            }
        } else if (e.isProgramChange()) {
            if (g.program < 0)
                g.program = e.data1;
        } else if (e.isControlChange()) {
            if (e.data1 == kControllerVolume) {
                if (g.volumeCc < 0)
                    g.volumeCc = e.data2;
            } else if (e.data1 != kControllerBankMsb && e.data1 != kControllerBankLsb) {
                g.controls.append(ControlChange{e.tick, e.data1, e.data2});
            }
        } else if (e.command() == SmfEvent::kPitchBend) {
            g.controls.append(ControlChange{e.tick, ControlChange::kPitchBend, e.data1 | (e.data2 << 7)});
        }
    }

    const auto withNotes = std::count_if(groups.begin(), groups.end(),
                                         [](const ChannelGroup &g) { return !g.notes.isEmpty(); });
    for (int ch = 0; ch < 16; ++ch) {
        ChannelGroup &g = groups[std::size_t(ch)];
        if (g.notes.isEmpty())
            continue;
        for (Note &n : g.notes)
            if (n.length == 0)  // never closed: ends with the track
                n.length = std::max<Tick>(lastTick - n.start, 1);
        std::stable_sort(g.notes.begin(), g.notes.end(), [](const Note &a, const Note &b) {
            return a.start != b.start ? a.start < b.start : a.pitch < b.pitch;
        });
        Track t;
        if (g.name) {
            t.name = *g.name;
        } else {
            t.name = trackName.value_or(QString());
            if (withNotes > 1)
                t.name = (t.name + QStringLiteral(" (ch %1)").arg(ch + 1)).trimmed();
        }
        t.program = std::max(g.program, 0);
        t.channel = ch;
        t.volume = g.volumeCc >= 0 ? SongConverter::volumeFromCc(g.volumeCc) : kDefaultVolume;
        t.notes = std::move(g.notes);
        t.controls = std::move(g.controls);
        out->append(std::move(t));
    }
}

// An event with its place among events of the same tick.
struct Placed {
    SmfTick tick;
    int rank;       // 0 note-off, 1 controller, 2 note-on
    SmfTick order;  // note-ons: the note's end, so FIFO pairing finds the right one
    SmfEvent event;
};

SmfTrack trackFor(const Track &t)
{
    const int ch = std::clamp(t.channel, 0, 15);
    SmfTrack out;
    out.events.append(SmfEvent::meta(0, SmfEvent::kMetaChannelPrefix, QByteArray(1, char(ch))));
    out.events.append(SmfEvent::trackName(0, t.name));
    out.events.append(SmfEvent::channelMessage(0, SmfEvent::kProgramChange | ch, t.program));
    out.events.append(SmfEvent::channelMessage(0, SmfEvent::kControlChange | ch, kControllerVolume,
                                               SongConverter::ccFromVolume(t.volume)));
    std::vector<Placed> placed;
    placed.reserve(std::size_t(t.notes.size() * 2 + t.controls.size()));
    for (const Note &n : t.notes) {
        const Tick start = std::max<Tick>(n.start, 0);
        const Tick end = start + std::max<Tick>(n.length, 1);
        const int pitch = std::clamp(n.pitch, 0, 127);
        placed.push_back({start, 2, end,
                          SmfEvent::channelMessage(start, SmfEvent::kNoteOn | ch, pitch,
                                                   std::clamp(n.velocity, 1, 127))});
        placed.push_back({end, 0, 0, SmfEvent::channelMessage(end, SmfEvent::kNoteOff | ch, pitch, 0)});
    }
    for (const ControlChange &c : t.controls) {
        const Tick tick = std::max<Tick>(c.tick, 0);
        const int value = std::clamp(c.value, 0, c.maxValue());
        placed.push_back({tick, 1, 0,
                          c.isPitchBend()
                              ? SmfEvent::channelMessage(tick, SmfEvent::kPitchBend | ch, value & 0x7F, value >> 7)
                              : SmfEvent::channelMessage(tick, SmfEvent::kControlChange | ch, c.controller, value)});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        if (a.tick != b.tick)
            return a.tick < b.tick;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.order < b.order;
    });
    for (const Placed &p : placed)
        out.events.append(p.event);
    out.events.append(SmfEvent::endOfTrack(out.events.last().tick));
    return out;
}

} // namespace

double SongConverter::bpmFromMicroseconds(int microsecondsPerQuarter)
{
    const int us = std::max(microsecondsPerQuarter, 1);
    return shortestDecimal(60'000'000.0 / us, us, microsecondsFromBpm);
}

int SongConverter::microsecondsFromBpm(double bpm)
{
    if (!(bpm > 0.0))
        return kDefaultTempo_us;
    return int(std::clamp(std::lround(60'000'000.0 / bpm), 1L, 0xFFFFFFL));
}

double SongConverter::volumeFromCc(int value)
{
    const int v = std::clamp(value, 0, 127);
    return shortestDecimal(v / 127.0, v, ccFromVolume);
}

int SongConverter::ccFromVolume(double volume)
{
    return int(std::clamp(std::lround(volume * 127.0), 0L, 127L));
}

Song SongConverter::fromSmf(const SmfFile &file, int *dropped)
{
    Song song;
    song.ppq = file.ppq;
    for (const SmfTrack &t : file.tracks) {
        for (const SmfEvent &e : t.events) {
            if (const auto us = e.tempoMicroseconds())
                song.tempos.append(TempoChange{e.tick, bpmFromMicroseconds(*us)});
            else if (const auto sig = e.timeSignatureValue(); sig && sig->first > 0)
                song.timeSignatures.append(TimeSignature{e.tick, sig->first, sig->second});
            else if (e.isMeta(SmfEvent::kMetaMarker))   // markers that are chord symbols: the chord lane
                if (const auto chord = ChordSymbol::parse(e.text().value_or(QString())))
                    song.chords.append(ChordChange{e.tick, *chord});
        }
    }
    // Sorted by tick; of several at one tick, the last in file order wins.
    auto sortKeepLast = [](auto &list) {
        std::stable_sort(list.begin(), list.end(),
                         [](const auto &a, const auto &b) { return a.tick < b.tick; });
        std::reverse(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end(),
                               [](const auto &a, const auto &b) { return a.tick == b.tick; }),
                   list.end());
        std::reverse(list.begin(), list.end());
    };
    sortKeepLast(song.tempos);
    sortKeepLast(song.timeSignatures);
    sortKeepLast(song.chords);

    for (const SmfTrack &t : file.tracks)
        addTracksOf(t, &song.tracks);

    // Nothing past 24 hours: a file whose delta times run to years would
    // otherwise make a piano roll (and every loop over the song) that long.
    const Tick end = TempoMap(song).secondsToTick(kMaxSongSeconds);
    int cut = 0;
    auto dropLate = [&](auto &list, auto tickOf) {
        const auto before = list.size();
        list.erase(std::remove_if(list.begin(), list.end(), [&](const auto &x) { return tickOf(x) >= end; }), list.end());
        cut += int(before - list.size());
    };
    const auto tick = [](const auto &x) { return x.tick; };
    dropLate(song.tempos, tick);
    dropLate(song.timeSignatures, tick);
    dropLate(song.chords, tick);
    for (Track &t : song.tracks) {
        dropLate(t.notes, [](const Note &n) { return n.start; });
        dropLate(t.controls, tick);
        for (Note &n : t.notes)
            n.length = std::min(n.length, end - n.start);
    }
    if (dropped)
        *dropped = cut;
    return song;
}

SmfFile SongConverter::toSmf(const Song &song, int format)
{
    SmfFile file;
    file.format = 1;
    file.ppq = std::clamp(song.ppq, 1, 0x7FFF);

    SmfTrack tempoTrack;
    tempoTrack.events.append(SmfEvent::trackName(0, QString::fromLatin1(kTempoTrackName)));
    QList<SmfEvent> metas;
    for (const TempoChange &t : song.tempos)
        metas.append(SmfEvent::tempo(std::max<Tick>(t.tick, 0), microsecondsFromBpm(t.bpm)));
    if (song.tempos.isEmpty())
        metas.append(SmfEvent::tempo(0, kDefaultTempo_us));
    for (const TimeSignature &s : song.timeSignatures)
        metas.append(SmfEvent::timeSignature(std::max<Tick>(s.tick, 0), s.numerator, s.denominator));
    for (const ChordChange &c : song.chords)   // the chord lane as marker text ("Am", "G7", "N.C.")
        metas.append(SmfEvent::meta(std::max<Tick>(c.tick, 0), SmfEvent::kMetaMarker, c.chord.toString().toUtf8()));
    std::stable_sort(metas.begin(), metas.end(),
                     [](const SmfEvent &a, const SmfEvent &b) { return a.tick < b.tick; });
    tempoTrack.events.append(metas);
    tempoTrack.events.append(SmfEvent::endOfTrack(tempoTrack.events.last().tick));
    file.tracks.append(tempoTrack);

    for (const Track &t : song.tracks)
        file.tracks.append(trackFor(t));
    return format == 0 ? toFormat0(file) : file;
}

} // namespace atelier::core
