#pragma once
// The song being edited, owned by the UI thread. Every user edit goes through
// one of the request*() functions, which push exactly one QUndoCommand onto
// undoStack(); the commands call the primitive mutators below, which change
// the data and announce the change with fine-grained signals (so item models
// can forward them as row insertions, removals and data changes, and the
// audio engine can rebuild its playback snapshot).
//
// Note rows are positions in Track::notes. Commands record the rows they
// touched and their old values, so undo restores the document exactly.

#include "document/Song.h"

#include <QObject>
#include <QUndoStack>

namespace atelier::core {

struct IndexedNote {
    int row = 0;
    Note note;
};

class SongDocument : public QObject {
    Q_OBJECT
public:
    explicit SongDocument(QObject *parent = nullptr);

    const Song &song() const { return m_song; }
    QUndoStack *undoStack() { return &m_undo; }
    int trackCount() const { return int(m_song.tracks.size()); }
    const Track &track(int index) const { return m_song.tracks.at(index); }
    bool isValidTrack(int index) const { return index >= 0 && index < trackCount(); }

    // Replaces the whole song (new, open, import, recover); clears undo history.
    void resetSong(const Song &song);

    // --- Undoable edits: each pushes one command; invalid input changes nothing
    // and returns false.
    bool requestAddNotes(int track, const QList<Note> &notes, const QString &text);
    bool requestRemoveNotes(int track, const QList<int> &rows, const QString &text);
    bool requestChangeNotes(int track, const QList<IndexedNote> &changes, const QString &text);
    bool requestAddTrack(const Track &track, int index = -1);
    // Adds controller events to a track (kept sorted by tick; stable). False
    // for a bad track, controller or value, or nothing to add.
    bool requestAddControls(int track, const QList<ControlChange> &controls, const QString &text);
    bool requestRemoveTrack(int index);
    // mergeable: consecutive edits with the same text merge into one undo step
    // (a volume slider drag).
    // Arms `track` for recording (disarming every other track) or disarms
    // it; one undo step.
    bool requestArm(int track, bool on);
    int armedTrack() const;   // -1: none
    bool requestChangeTrack(int index, const Track &properties, const QString &text,
                            bool mergeable = false);
    bool requestSetTempo(double bpm);
    bool requestSetTimeSignature(int numerator, int denominator);
    bool requestSetLoop(const LoopRegion &loop);
    // The project key (an invalid tonic or scale changes nothing); one undo step.
    bool requestSetKey(const SongKey &key);
    // The chord lane: a chord from `tick` on (replacing one at that tick), a
    // chord removed, or the whole lane replaced (an import); one undo step
    // each. False for a negative tick, nothing at that tick, or no change.
    bool requestSetChord(Tick tick, const ChordSymbol &chord);
    bool requestRemoveChord(Tick tick);
    bool requestSetChords(const QList<ChordChange> &chords, const QString &text);
    // Whether and how the chords sound (program 0..127, volume 0..1); one undo step.
    bool requestSetChordPlayback(const ChordPlayback &playback);

    // --- Primitive mutators, for undo commands only (no undo of their own).
    void insertNotes(int track, const QList<IndexedNote> &ascending);
    QList<IndexedNote> removeNotes(int track, const QList<int> &rowsAscending);
    void setNotes(int track, const QList<IndexedNote> &notes);
    void insertTrack(int index, const Track &track);
    Track removeTrack(int index);
    void setTrackProperties(int index, const Track &properties);  // keeps its notes
    void setControls(int index, const QList<ControlChange> &controls);
    void setChords(const QList<ChordChange> &sortedChords);
    void setChordPlayback(const ChordPlayback &playback);
    void setTimeline(const QList<TempoChange> &tempos, const QList<TimeSignature> &sigs,
                     const LoopRegion &loop);
    void setKey(const SongKey &key);

    static bool isValidNote(const Note &note);

signals:
    void notesAboutToBeInserted(int track, int first, int last);
    void notesInserted(int track, int first, int last);
    void notesAboutToBeRemoved(int track, int first, int last);
    void notesRemoved(int track, int first, int last);
    void notesChanged(int track, int first, int last);
    void trackAboutToBeInserted(int index);
    void trackInserted(int index);
    void trackAboutToBeRemoved(int index);
    void trackRemoved(int index);
    void trackChanged(int index);
    void timelineChanged();
    void keyChanged();
    void chordsChanged();
    void aboutToReset();
    void songReset();
    // Emitted after any change at all (for playback snapshots and autosave).
    void changed();

private:
    Song m_song;
    QUndoStack m_undo;
};

} // namespace atelier::core
