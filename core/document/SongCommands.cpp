#include "document/SongCommands.h"

#include <algorithm>

namespace atelier::core {

InsertNotesCommand::InsertNotesCommand(SongDocument *doc, int track, const QList<Note> &notes,
                                       const QString &text)
    : QUndoCommand(text), m_doc(doc), m_track(track)
{
    int row = int(doc->track(track).notes.size());
    for (const Note &n : notes)
        m_inserted.append({row++, n});
}

void InsertNotesCommand::redo() { m_doc->insertNotes(m_track, m_inserted); }

void InsertNotesCommand::undo()
{
    QList<int> rows;
    for (const IndexedNote &n : m_inserted)
        rows.append(n.row);
    m_doc->removeNotes(m_track, rows);
}

RemoveNotesCommand::RemoveNotesCommand(SongDocument *doc, int track, QList<int> rows,
                                       const QString &text)
    : QUndoCommand(text), m_doc(doc), m_track(track)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_rows = rows;
}

void RemoveNotesCommand::redo() { m_removed = m_doc->removeNotes(m_track, m_rows); }

void RemoveNotesCommand::undo() { m_doc->insertNotes(m_track, m_removed); }

ChangeNotesCommand::ChangeNotesCommand(SongDocument *doc, int track,
                                       const QList<IndexedNote> &changes, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_track(track), m_after(changes)
{
    for (const IndexedNote &c : changes)
        m_before.append({c.row, doc->track(track).notes.at(c.row)});
}

void ChangeNotesCommand::redo() { m_doc->setNotes(m_track, m_after); }

void ChangeNotesCommand::undo() { m_doc->setNotes(m_track, m_before); }

InsertTrackCommand::InsertTrackCommand(SongDocument *doc, int index, const Track &track)
    : QUndoCommand(QObject::tr("Add track")), m_doc(doc), m_index(index), m_track(track)
{
}

void InsertTrackCommand::redo() { m_doc->insertTrack(m_index, m_track); }

void InsertTrackCommand::undo() { m_doc->removeTrack(m_index); }

RemoveTrackCommand::RemoveTrackCommand(SongDocument *doc, int index)
    : QUndoCommand(QObject::tr("Delete track")), m_doc(doc), m_index(index),
      m_track(doc->track(index))
{
}

void RemoveTrackCommand::redo() { m_track = m_doc->removeTrack(m_index); }

void RemoveTrackCommand::undo() { m_doc->insertTrack(m_index, m_track); }

ChangeTrackCommand::ChangeTrackCommand(SongDocument *doc, int index, const Track &after,
                                       const QString &text, bool mergeable)
    : QUndoCommand(text), m_doc(doc), m_index(index), m_before(doc->track(index)), m_after(after),
      m_mergeable(mergeable)
{
}

void ChangeTrackCommand::redo() { m_doc->setTrackProperties(m_index, m_after); }

void ChangeTrackCommand::undo() { m_doc->setTrackProperties(m_index, m_before); }

bool ChangeTrackCommand::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const ChangeTrackCommand *>(other);
    if (!m_mergeable || !o->m_mergeable || o->m_index != m_index || o->text() != text())
        return false;
    m_after = o->m_after;
    return true;
}

ControlsCommand::ControlsCommand(SongDocument *doc, int index, const QList<ControlChange> &after,
                                 const QString &text)
    : QUndoCommand(text), m_doc(doc), m_index(index), m_before(doc->track(index).controls), m_after(after)
{
}

void ControlsCommand::redo() { m_doc->setControls(m_index, m_after); }

void ControlsCommand::undo() { m_doc->setControls(m_index, m_before); }

TimelineCommand::TimelineCommand(SongDocument *doc, const QList<TempoChange> &tempos,
                                 const QList<TimeSignature> &sigs, const LoopRegion &loop,
                                 const QString &text)
    : QUndoCommand(text), m_doc(doc),
      m_before{doc->song().tempos, doc->song().timeSignatures, doc->song().loop},
      m_after{tempos, sigs, loop}
{
}

void TimelineCommand::redo() { m_doc->setTimeline(m_after.tempos, m_after.sigs, m_after.loop); }

void TimelineCommand::undo() { m_doc->setTimeline(m_before.tempos, m_before.sigs, m_before.loop); }

ChordsCommand::ChordsCommand(SongDocument *doc, const QList<ChordChange> &chords, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(doc->song().chords), m_after(chords)
{
}

void ChordsCommand::redo() { m_doc->setChords(m_after); }

void ChordsCommand::undo() { m_doc->setChords(m_before); }

ChordPlaybackCommand::ChordPlaybackCommand(SongDocument *doc, const ChordPlayback &playback, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(doc->song().chordPlayback), m_after(playback)
{
}

void ChordPlaybackCommand::redo() { m_doc->setChordPlayback(m_after); }

void ChordPlaybackCommand::undo() { m_doc->setChordPlayback(m_before); }

KeyCommand::KeyCommand(SongDocument *doc, const SongKey &key, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(doc->song().key), m_after(key)
{
}

void KeyCommand::redo() { m_doc->setKey(m_after); }

void KeyCommand::undo() { m_doc->setKey(m_before); }

} // namespace atelier::core
