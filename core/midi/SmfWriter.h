#pragma once
// Writes an SmfFile as Standard MIDI File bytes. Channel messages use running
// status (meta and SysEx events cancel it, as the standard says). Every track
// ends with exactly one End of Track: End of Track events inside the event
// list are not written, and the final one goes at the latest tick among the
// track's events (so a track's length survives a round trip). Events are
// expected in tick order; a tick earlier than the one before is written as a
// delta of 0. writeFile replaces the file atomically (QSaveFile).

#include "midi/SmfFile.h"

#include <QByteArray>
#include <QString>

namespace atelier::core {

class SmfWriter {
public:
    static QByteArray write(const SmfFile &file);
    static bool writeFile(const SmfFile &file, const QString &path, QString *error = nullptr);
};

} // namespace atelier::core
