#pragma once
// The undo commands behind SongDocument's request*() edits (as in Qt's
// undoframework example, small command classes side by side). Each records
// what it needs to restore the document exactly; redo/undo call the
// document's primitive mutators only.

#include "document/SongDocument.h"

#include <QUndoCommand>

namespace atelier::core {

class InsertNotesCommand : public QUndoCommand {
public:
    InsertNotesCommand(SongDocument *doc, int track, const QList<Note> &notes, const QString &text);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    int m_track;
    QList<IndexedNote> m_inserted;  // appended at the end of the track
};

class RemoveNotesCommand : public QUndoCommand {
public:
    RemoveNotesCommand(SongDocument *doc, int track, QList<int> rows, const QString &text);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    int m_track;
    QList<int> m_rows;  // ascending, unique
    QList<IndexedNote> m_removed;
};

class ChangeNotesCommand : public QUndoCommand {
public:
    ChangeNotesCommand(SongDocument *doc, int track, const QList<IndexedNote> &changes,
                       const QString &text);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    int m_track;
    QList<IndexedNote> m_before;
    QList<IndexedNote> m_after;
};

class InsertTrackCommand : public QUndoCommand {
public:
    InsertTrackCommand(SongDocument *doc, int index, const Track &track);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    int m_index;
    Track m_track;
};

class RemoveTrackCommand : public QUndoCommand {
public:
    RemoveTrackCommand(SongDocument *doc, int index);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    int m_index;
    Track m_track;
};

class ChangeTrackCommand : public QUndoCommand {
public:
    ChangeTrackCommand(SongDocument *doc, int index, const Track &after, const QString &text,
                       bool mergeable);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;  // slider drags: one step


private:
    SongDocument *m_doc;
    int m_index;
    Track m_before;
    Track m_after;
    bool m_mergeable;
};

// A track's controller events (sustain, ...) replaced as a whole.
class ControlsCommand : public QUndoCommand {
public:
    ControlsCommand(SongDocument *doc, int index, const QList<ControlChange> &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    int m_index;
    QList<ControlChange> m_before, m_after;
};

class TimelineCommand : public QUndoCommand {
public:
    TimelineCommand(SongDocument *doc, const QList<TempoChange> &tempos,
                    const QList<TimeSignature> &sigs, const LoopRegion &loop, const QString &text);
    void redo() override;
    void undo() override;

private:
    struct State {
        QList<TempoChange> tempos;
        QList<TimeSignature> sigs;
        LoopRegion loop;
    };
    SongDocument *m_doc;
    State m_before;
    State m_after;
};

// The chord lane, as a whole before and after.
class ChordsCommand : public QUndoCommand {
public:
    ChordsCommand(SongDocument *doc, const QList<ChordChange> &chords, const QString &text);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    QList<ChordChange> m_before;
    QList<ChordChange> m_after;
};

// How the chord lane sounds.
class ChordPlaybackCommand : public QUndoCommand {
public:
    ChordPlaybackCommand(SongDocument *doc, const ChordPlayback &playback, const QString &text);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    ChordPlayback m_before;
    ChordPlayback m_after;
};

// The project key, set or cleared.
class KeyCommand : public QUndoCommand {
public:
    KeyCommand(SongDocument *doc, const SongKey &key, const QString &text);
    void redo() override;
    void undo() override;

private:
    SongDocument *m_doc;
    SongKey m_before;
    SongKey m_after;
};

} // namespace atelier::core
