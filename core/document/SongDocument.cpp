#include "document/SongDocument.h"
#include "document/NoteOps.h"
#include "document/SongCommands.h"

#include <algorithm>

namespace atelier::core {

namespace {
// Calls fn(first, last) for each run of consecutive values in a sorted list.
template <typename Fn>
void forEachRun(const QList<int> &sorted, Fn fn)
{
    int i = 0;
    while (i < sorted.size()) {
        int j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        fn(sorted[i], sorted[j]);
        i = j + 1;
    }
}
} // namespace

SongDocument::SongDocument(QObject *parent) : QObject(parent)
{
    m_song.tempos.append({0, kDefaultTempo_bpm});
    m_song.timeSignatures.append({0, 4, 4});
}

void SongDocument::resetSong(const Song &song)
{
    emit aboutToReset();
    m_undo.clear();
    m_song = song;
    if (m_song.ppq <= 0)
        m_song.ppq = kDefaultPpq;
    emit songReset();
    emit timelineChanged();
    emit keyChanged();
    emit chordsChanged();
    emit changed();
}

bool SongDocument::isValidNote(const Note &n)
{
    return n.pitch >= 0 && n.pitch <= 127 && n.start >= 0 && n.length > 0 && n.velocity >= 1
        && n.velocity <= 127;
}

bool SongDocument::requestAddNotes(int track, const QList<Note> &notes, const QString &text)
{
    if (!isValidTrack(track) || notes.isEmpty())
        return false;
    if (!std::all_of(notes.begin(), notes.end(), isValidNote))
        return false;
    m_undo.push(new InsertNotesCommand(this, track, notes, text));
    return true;
}

bool SongDocument::requestRemoveNotes(int track, const QList<int> &rows, const QString &text)
{
    if (!isValidTrack(track) || rows.isEmpty())
        return false;
    const int n = int(m_song.tracks[track].notes.size());
    if (std::any_of(rows.begin(), rows.end(), [n](int r) { return r < 0 || r >= n; }))
        return false;
    m_undo.push(new RemoveNotesCommand(this, track, rows, text));
    return true;
}

bool SongDocument::requestChangeNotes(int track, const QList<IndexedNote> &changes,
                                      const QString &text)
{
    if (!isValidTrack(track) || changes.isEmpty())
        return false;
    const auto &notes = m_song.tracks[track].notes;
    bool anyDifferent = false;
    for (const IndexedNote &c : changes) {
        if (c.row < 0 || c.row >= notes.size() || !isValidNote(c.note))
            return false;
        anyDifferent = anyDifferent || !(notes[c.row] == c.note);
    }
    if (!anyDifferent)
        return false;
    m_undo.push(new ChangeNotesCommand(this, track, changes, text));
    return true;
}

bool SongDocument::requestAddTrack(const Track &track, int index)
{
    if (index < 0 || index > trackCount())
        index = trackCount();
    Track t = track;
    t.armed = t.armed && armedTrack() < 0;   // at most one track is armed
    m_undo.push(new InsertTrackCommand(this, index, t));
    return true;
}

bool SongDocument::requestRemoveTrack(int index)
{
    if (!isValidTrack(index))
        return false;
    m_undo.push(new RemoveTrackCommand(this, index));
    return true;
}

bool SongDocument::requestChangeTrack(int index, const Track &properties, const QString &text,
                                      bool mergeable)
{
    if (!isValidTrack(index))
        return false;
    if (properties.program < 0 || properties.program > 127 || properties.channel < 0
        || properties.channel > 15 || properties.volume < 0.0 || properties.volume > 1.0)
        return false;
    Track merged = properties;
    merged.notes = m_song.tracks[index].notes;
    merged.controls = m_song.tracks[index].controls;
    if (merged == m_song.tracks[index])
        return false;
    m_undo.push(new ChangeTrackCommand(this, index, merged, text, mergeable));
    return true;
}

bool SongDocument::requestArm(int track, bool on)
{
    if (!isValidTrack(track))
        return false;
    if (m_song.tracks[track].armed == on)
        return true;
    const QString text = on ? tr("Arm track for recording") : tr("Disarm track");
    m_undo.beginMacro(text);
    for (int i = 0; i < trackCount(); ++i) {
        const bool want = on && i == track;
        if (m_song.tracks[i].armed == want)
            continue;
        Track t = m_song.tracks[i];
        t.armed = want;
        requestChangeTrack(i, t, text, false);
    }
    m_undo.endMacro();
    return true;
}

int SongDocument::armedTrack() const
{
    for (int i = 0; i < trackCount(); ++i)
        if (m_song.tracks[i].armed)
            return i;
    return -1;
}

bool SongDocument::requestAddControls(int track, const QList<ControlChange> &controls, const QString &text)
{
    if (!isValidTrack(track) || controls.isEmpty())
        return false;
    for (const ControlChange &c : controls)
        if (!c.isValid())
            return false;
    QList<ControlChange> merged = m_song.tracks[track].controls + controls;
    std::stable_sort(merged.begin(), merged.end(),
                     [](const ControlChange &a, const ControlChange &b) { return a.tick < b.tick; });
    m_undo.push(new ControlsCommand(this, track, merged, text));
    return true;
}

bool SongDocument::requestSetTempo(double bpm)
{
    if (!(bpm >= 10.0 && bpm <= 400.0))
        return false;
    QList<TempoChange> tempos = m_song.tempos;
    if (tempos.isEmpty() || tempos.first().tick != 0)
        tempos.prepend({0, bpm});
    else
        tempos.first().bpm = bpm;
    if (tempos == m_song.tempos)
        return false;
    m_undo.push(new TimelineCommand(this, tempos, m_song.timeSignatures, m_song.loop,
                                    tr("Set tempo")));
    return true;
}

bool SongDocument::requestSetTimeSignature(int numerator, int denominator)
{
    const bool powerOfTwo = denominator > 0 && (denominator & (denominator - 1)) == 0;
    if (numerator < 1 || numerator > 32 || !powerOfTwo || denominator > 32)
        return false;
    QList<TimeSignature> sigs = m_song.timeSignatures;
    if (sigs.isEmpty() || sigs.first().tick != 0)
        sigs.prepend({0, numerator, denominator});
    else
        sigs.first() = {0, numerator, denominator};
    if (sigs == m_song.timeSignatures)
        return false;
    m_undo.push(new TimelineCommand(this, m_song.tempos, sigs, m_song.loop,
                                    tr("Set time signature")));
    return true;
}

bool SongDocument::requestSetLoop(const LoopRegion &loop)
{
    if (loop.start < 0 || loop.end < loop.start || loop == m_song.loop)
        return false;
    m_undo.push(new TimelineCommand(this, m_song.tempos, m_song.timeSignatures, loop,
                                    tr("Set loop region")));
    return true;
}

bool SongDocument::requestSetKey(const SongKey &wanted)
{
    if (wanted.tonic < 0 || wanted.tonic > 11 || wanted.scale < 0 || wanted.scale >= NoteOps::scales().size())
        return false;
    SongKey key = wanted;
    if (!key.isSet())
        key.tonic = 0;   // no key is one state, whatever tonic was chosen
    if (key == m_song.key)
        return false;
    m_undo.push(new KeyCommand(this, key, key.isSet() ? tr("Set key") : tr("Clear key")));
    return true;
}

bool SongDocument::requestSetChord(Tick tick, const ChordSymbol &chord)
{
    if (tick < 0 || chord.root > 11 || chord.bass > 11)
        return false;
    QList<ChordChange> chords = m_song.chords;
    auto at = std::lower_bound(chords.begin(), chords.end(), tick,
                               [](const ChordChange &c, Tick t) { return c.tick < t; });
    if (at != chords.end() && at->tick == tick) {
        if (at->chord == chord)
            return false;
        at->chord = chord;
    } else {
        chords.insert(at, ChordChange{tick, chord});
    }
    m_undo.push(new ChordsCommand(this, chords, tr("Set chord %1").arg(chord.toString())));
    return true;
}

bool SongDocument::requestRemoveChord(Tick tick)
{
    QList<ChordChange> chords = m_song.chords;
    const auto n = chords.removeIf([tick](const ChordChange &c) { return c.tick == tick; });
    if (n == 0)
        return false;
    m_undo.push(new ChordsCommand(this, chords, tr("Remove chord")));
    return true;
}

bool SongDocument::requestSetChords(const QList<ChordChange> &chords, const QString &text)
{
    QList<ChordChange> sorted;
    for (const ChordChange &c : chords)
        if (c.tick >= 0 && c.chord.root <= 11 && c.chord.bass <= 11)
            sorted.append(c);
    std::stable_sort(sorted.begin(), sorted.end(), [](const ChordChange &a, const ChordChange &b) { return a.tick < b.tick; });
    // One chord per tick: the last given wins.
    QList<ChordChange> unique;
    for (const ChordChange &c : sorted) {
        if (!unique.isEmpty() && unique.last().tick == c.tick)
            unique.last() = c;
        else
            unique.append(c);
    }
    if (unique == m_song.chords)
        return false;
    m_undo.push(new ChordsCommand(this, unique, text));
    return true;
}

bool SongDocument::requestSetChordPlayback(const ChordPlayback &playback)
{
    if (playback.program < 0 || playback.program > 127 || !(playback.volume >= 0 && playback.volume <= 1)
        || playback == m_song.chordPlayback)
        return false;
    const ChordPlayback &now = m_song.chordPlayback;
    const QString text = playback.enabled != now.enabled ? (playback.enabled ? tr("Play chords") : tr("Silence chords"))
                                                         : tr("Change chord sound");
    m_undo.push(new ChordPlaybackCommand(this, playback, text));
    return true;
}

void SongDocument::setChordPlayback(const ChordPlayback &playback)
{
    m_song.chordPlayback = playback;
    emit chordsChanged();
    emit changed();
}

void SongDocument::setChords(const QList<ChordChange> &sortedChords)
{
    m_song.chords = sortedChords;
    emit chordsChanged();
    emit changed();
}

void SongDocument::insertNotes(int track, const QList<IndexedNote> &ascending)
{
    auto &notes = m_song.tracks[track].notes;
    int i = 0;
    while (i < ascending.size()) {
        int j = i;
        while (j + 1 < ascending.size() && ascending[j + 1].row == ascending[j].row + 1)
            ++j;
        emit notesAboutToBeInserted(track, ascending[i].row, ascending[j].row);
        for (int k = i; k <= j; ++k)
            notes.insert(ascending[k].row, ascending[k].note);
        emit notesInserted(track, ascending[i].row, ascending[j].row);
        i = j + 1;
    }
    emit changed();
}

QList<IndexedNote> SongDocument::removeNotes(int track, const QList<int> &rowsAscending)
{
    auto &notes = m_song.tracks[track].notes;
    QList<IndexedNote> removed;
    for (int r : rowsAscending)
        removed.append({r, notes[r]});
    // Remove runs from the back so earlier rows keep their positions.
    QList<QPair<int, int>> runs;
    forEachRun(rowsAscending, [&](int first, int last) { runs.prepend({first, last}); });
    for (auto [first, last] : runs) {
        emit notesAboutToBeRemoved(track, first, last);
        notes.remove(first, last - first + 1);
        emit notesRemoved(track, first, last);
    }
    emit changed();
    return removed;
}

void SongDocument::setNotes(int track, const QList<IndexedNote> &changes)
{
    auto &notes = m_song.tracks[track].notes;
    QList<int> rows;
    for (const IndexedNote &c : changes) {
        notes[c.row] = c.note;
        rows.append(c.row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    forEachRun(rows, [&](int first, int last) { emit notesChanged(track, first, last); });
    emit changed();
}

void SongDocument::insertTrack(int index, const Track &track)
{
    emit trackAboutToBeInserted(index);
    m_song.tracks.insert(index, track);
    emit trackInserted(index);
    emit changed();
}

Track SongDocument::removeTrack(int index)
{
    emit trackAboutToBeRemoved(index);
    Track t = m_song.tracks.takeAt(index);
    emit trackRemoved(index);
    emit changed();
    return t;
}

void SongDocument::setTrackProperties(int index, const Track &properties)
{
    Track &t = m_song.tracks[index];
    const auto notes = t.notes;
    const auto controls = t.controls;
    t = properties;
    t.notes = notes;
    t.controls = controls;
    emit trackChanged(index);
    emit changed();
}

void SongDocument::setControls(int index, const QList<ControlChange> &controls)
{
    m_song.tracks[index].controls = controls;
    emit trackChanged(index);
    emit changed();
}

void SongDocument::setTimeline(const QList<TempoChange> &tempos, const QList<TimeSignature> &sigs,
                               const LoopRegion &loop)
{
    m_song.tempos = tempos;
    m_song.timeSignatures = sigs;
    m_song.loop = loop;
    emit timelineChanged();
    emit changed();
}

void SongDocument::setKey(const SongKey &key)
{
    m_song.key = key;
    emit keyChanged();
    emit chordsChanged();
    emit changed();
}

} // namespace atelier::core
