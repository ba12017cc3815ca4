#include "midi/SmfFile.h"

#include <algorithm>
#include <array>

namespace atelier::core {

namespace {

SmfTick lastTick(const SmfFile &file)
{
    SmfTick end = 0;
    for (const SmfTrack &t : file.tracks)
        for (const SmfEvent &e : t.events)
            end = std::max(end, e.tick);
    return end;
}

// Meta events that describe the whole song, never one channel.
bool isGlobalMeta(const SmfEvent &e)
{
    switch (e.metaType) {
    case SmfEvent::kMetaTempo:
    case SmfEvent::kMetaTimeSignature:
    case 0x54:  // SMPTE offset
    case 0x59:  // key signature
    case SmfEvent::kMetaEndOfTrack:
        return true;
    default:
        return false;
    }
}

} // namespace

SmfFile toFormat0(const SmfFile &file)
{
    SmfFile out;
    out.format = 0;
    out.ppq = file.ppq;

    SmfTrack merged;
    qsizetype total = 0;
    for (const SmfTrack &t : file.tracks)
        total += t.events.size();
    merged.events.reserve(total + 1);
    for (const SmfTrack &t : file.tracks)
        for (const SmfEvent &e : t.events)
            if (!e.isEndOfTrack())
                merged.events.append(e);
    std::stable_sort(merged.events.begin(), merged.events.end(),
                     [](const SmfEvent &a, const SmfEvent &b) { return a.tick < b.tick; });
    merged.events.append(SmfEvent::endOfTrack(lastTick(file)));
    out.tracks.append(merged);
    return out;
}

SmfFile toFormat1(const SmfFile &file)
{
    if (file.format != 0) {
        SmfFile out = file;
        out.format = 1;
        return out;
    }
    const SmfFile merged = file.tracks.size() == 1 ? file : toFormat0(file);
    const SmfTick end = lastTick(merged);
    const QList<SmfEvent> &events = merged.tracks.first().events;

    std::array<bool, 16> used{};
    for (const SmfEvent &e : events)
        if (e.isChannel())
            used[std::size_t(e.channel())] = true;

    SmfTrack metaTrack;
    std::array<SmfTrack, 16> channelTracks;
    int prefixChannel = -1;  // set by a MIDI Channel Prefix meta, cleared by a channel message
    for (const SmfEvent &e : events) {
        if (e.isChannel()) {
            channelTracks[std::size_t(e.channel())].events.append(e);
            prefixChannel = -1;
        } else if (e.isMeta(SmfEvent::kMetaChannelPrefix) && !e.bytes.isEmpty()) {
            prefixChannel = e.bytes[0] & 0x0F;
            if (used[std::size_t(prefixChannel)])
                channelTracks[std::size_t(prefixChannel)].events.append(e);
            else
                metaTrack.events.append(e);
        } else if (e.isEndOfTrack()) {
            continue;
        } else if (e.isMeta() && !isGlobalMeta(e) && prefixChannel >= 0
                   && used[std::size_t(prefixChannel)]) {
            channelTracks[std::size_t(prefixChannel)].events.append(e);
        } else {
            metaTrack.events.append(e);
        }
    }

    SmfFile out;
    out.format = 1;
    out.ppq = merged.ppq;
    metaTrack.events.append(SmfEvent::endOfTrack(end));
    out.tracks.append(metaTrack);
    for (std::size_t ch = 0; ch < channelTracks.size(); ++ch) {
        if (!used[ch])
            continue;
        channelTracks[ch].events.append(SmfEvent::endOfTrack(end));
        out.tracks.append(channelTracks[ch]);
    }
    return out;
}

} // namespace atelier::core
