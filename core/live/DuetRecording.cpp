#include "live/DuetRecording.h"

#include <QObject>
#include <algorithm>
#include <cmath>

namespace atelier::core {

Tick DuetRecording::tickOf(Frame frame, Frame origin, double sampleRate)
{
    const double seconds = double(frame - origin) / sampleRate;
    return std::max<Tick>(0, Tick(std::llround(seconds * kDefaultPpq * kDefaultTempo_bpm / 60.0)));
}

namespace {

void addNotes(Track &track, const std::vector<DuetNote> &notes, Frame origin, double rate)
{
    for (const DuetNote &n : notes) {
        if (n.end < 0)
            continue;
        const Tick start = DuetRecording::tickOf(n.start, origin, rate);
        const Tick end = std::max(DuetRecording::tickOf(n.end, origin, rate), start + 1);
        track.notes.append({n.pitch, start, end - start, std::clamp(n.velocity, 1, 127)});
    }
    std::stable_sort(track.notes.begin(), track.notes.end(),
                     [](const Note &a, const Note &b) { return a.start < b.start; });
}

} // namespace

Song DuetRecording::toSong(const std::vector<DuetNote> &player, const std::vector<DuetReply> &replies, Frame origin,
                           double sampleRate, int replyProgram)
{
    Song song;
    song.tempos.append({0, kDefaultTempo_bpm});
    Track you;
    you.name = QObject::tr("Duet: you");
    you.channel = 0;
    addNotes(you, player, origin, sampleRate);
    Track model;
    model.name = QObject::tr("Duet: Atelier");
    model.channel = 1;
    model.program = replyProgram;
    for (const DuetReply &r : replies)
        addNotes(model, r.notes, origin, sampleRate);
    std::stable_sort(model.notes.begin(), model.notes.end(),
                     [](const Note &a, const Note &b) { return a.start < b.start; });
    song.tracks = {you, model};
    return song;
}

} // namespace atelier::core
