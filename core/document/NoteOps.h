#pragma once
// Pure note-editing operations used by the piano roll's actions: snapping,
// quantizing, transposing, moving, duplicating, and a clipboard format.
// They compute new note values; the caller turns them into one undo command.

#include "document/Song.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace atelier::core::NoteOps {

// Rounds tick to the nearest multiple of grid (grid <= 0: unchanged).
Tick snap(Tick tick, Tick grid);
// Rounds tick down to a multiple of grid (grid <= 0: unchanged).
Tick snapDown(Tick tick, Tick grid);

// Starts snapped to the grid, lengths kept (at least one grid step when the
// note was shorter than a step... never zero).
QList<Note> quantize(const QList<Note> &notes, Tick grid);
// Moves notes by ticks and semitones. Returns nothing when any note would
// leave the valid range (pitch 0..127, start >= 0), so the edit is refused whole.
std::optional<QList<Note>> moved(const QList<Note> &notes, Tick dt, int semitones);
// Changes every note's length by dLength ticks, never below minLength.
QList<Note> resized(const QList<Note> &notes, Tick dLength, Tick minLength);
// Copies of the notes placed right after the span they cover, snapped up to the grid.
QList<Note> duplicated(const QList<Note> &notes, Tick grid);

Tick earliestStart(const QList<Note> &notes);
Tick latestEnd(const QList<Note> &notes);

// Clipboard: notes relative to the earliest start, as JSON bytes.
extern const char *const kClipboardMimeType;
QByteArray toClipboard(const QList<Note> &notes);
QList<Note> fromClipboard(const QByteArray &bytes, Tick at);

// Scales for key highlighting and (later) generation constraints.
struct Scale {
    const char *name;
    int steps[12];  // pitch classes in the scale relative to the root; -1 ends the list
};
const QList<Scale> &scales();
bool inScale(int pitch, int root, int scaleIndex);
// A scale's name in the user's language ("Dorian", "Natural minor").
QString scaleDisplayName(int scaleIndex);
// "D Dorian", "A Natural minor"; empty for no key.
QString keyDisplayName(const SongKey &key);

} // namespace atelier::core::NoteOps
