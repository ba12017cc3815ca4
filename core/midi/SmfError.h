#pragma once
// Why a MIDI file could not be read: which file, where in it, and what was
// wrong, worded for a user ("song.mid: byte 1234: track chunk length 99999999
// exceeds the 512 bytes left in the file"). A value, filled in by SmfReader.

#include <QString>
#include <QtGlobal>

namespace atelier::core {

struct SmfError {
    QString file;         // file name only (no folder); empty for in-memory data
    qint64 offset = -1;   // byte offset from the start of the file, -1 if none applies
    QString reason;       // what was wrong, without the file name or offset

    // "file: byte N: reason", leaving out the parts that are not set.
    QString message() const;
};

} // namespace atelier::core
