#include "live/DuetRecording.h"

#include "music/MusicEncoding.h"

#include <QObject>
#include <algorithm>

namespace atelier::core {

namespace {

// Ended notes as seconds from the origin.
QList<TimedNote> timed(const std::vector<DuetNote> &notes, Frame origin, double rate)
{
    QList<TimedNote> out;
    for (const DuetNote &n : notes)
        if (n.end > n.start)
            out.append({double(n.start - origin) / rate, double(n.end - origin) / rate, n.pitch, n.velocity});
    return out;
}

} // namespace

QList<Track> DuetRecording::tracks(const std::vector<DuetNote> &player, const std::vector<DuetReply> &replies,
                                   Frame origin, double sampleRate, const Song &song, Tick startTick,
                                   int playerChannel, int replyChannel, int replyProgram)
{
    QList<TimedNote> answers;
    for (const DuetReply &r : replies)
        answers += timed(r.notes, origin, sampleRate);
    Track you;
    you.name = QObject::tr("Duet: you");
    you.channel = playerChannel;
    you.notes = timedToSongNotes(timed(player, origin, sampleRate), song, startTick);
    Track model;
    model.name = QObject::tr("Duet: Atelier");
    model.channel = replyChannel;
    model.program = replyProgram;
    model.notes = timedToSongNotes(answers, song, startTick);
    for (Track *t : {&you, &model})
        std::stable_sort(t->notes.begin(), t->notes.end(), [](const Note &a, const Note &b) { return a.start < b.start; });
    return {you, model};
}

Song DuetRecording::toSong(const std::vector<DuetNote> &player, const std::vector<DuetReply> &replies, Frame origin,
                           double sampleRate, int replyProgram)
{
    Song song;
    song.tempos.append({0, kDefaultTempo_bpm});
    song.tracks = tracks(player, replies, origin, sampleRate, song, 0, 0, 1, replyProgram);
    return song;
}

} // namespace atelier::core
