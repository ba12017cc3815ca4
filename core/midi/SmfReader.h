#pragma once
// Reads a Standard MIDI File (types 0, 1 and 2, also wrapped in a RIFF RMID
// container) into an SmfFile. Untrusted input: every length is checked
// against the bytes actually present before anything is copied or reserved,
// so a broken or hostile file gives an SmfError (with the byte offset), never
// a crash, a hang or a huge allocation. Lenient where real files need it: a
// missing End of Track (the chunk end ends the track, and one is added so
// every track read ends with it), bytes after End of Track or after the last
// declared track, unknown chunks (skipped), running status across meta events
// (as most players do). Strict where guessing would corrupt the song: SMPTE
// time division, ppq 0, no tracks, truncation, data bytes with no status.

#include "midi/SmfError.h"
#include "midi/SmfFile.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace atelier::core {

class SmfReader {
public:
    // Larger files are refused by readFile (the biggest real MIDI files are a
    // few MB; the decoded events take about ten times the file size).
    static constexpr qint64 kMaxFileSize_bytes = 64 * 1024 * 1024;

    static std::optional<SmfFile> read(const QByteArray &bytes, SmfError *error = nullptr);
    // Sets error->file to the file's name (without folder).
    static std::optional<SmfFile> readFile(const QString &path, SmfError *error = nullptr);
};

} // namespace atelier::core
