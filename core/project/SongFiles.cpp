#include "project/SongFiles.h"

#include "midi/SmfReader.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "project/ProjectFile.h"

#include <QFile>
#include <QFileInfo>

namespace atelier::core::SongFiles {

bool isMidiFile(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        return f.read(4) == "MThd";
    return path.endsWith(".mid", Qt::CaseInsensitive) || path.endsWith(".midi", Qt::CaseInsensitive)
        || path.endsWith(".smf", Qt::CaseInsensitive);
}

std::optional<Project> load(const QString &path, QString *error, QString *warning)
{
    if (!QFile::exists(path)) {
        if (error)
            *error = QObject::tr("%1: no such file").arg(path);
        return std::nullopt;
    }
    if (isMidiFile(path)) {
        SmfError e;
        const auto smf = SmfReader::readFile(path, &e);
        if (!smf) {
            if (error)
                *error = e.message();
            return std::nullopt;
        }
        int dropped = 0;
        Song song = SongConverter::fromSmf(*smf, &dropped);
        if (warning)
            *warning = dropped == 0 ? QString()
                                    : QObject::tr("%1: %n event(s) after 24 hours were left out", nullptr, dropped)
                                          .arg(QFileInfo(path).fileName());
        // Name unnamed tracks after their instrument, as the track list shows them.
        for (int i = 0; i < song.tracks.size(); ++i) {
            Track &t = song.tracks[i];
            if (t.name.trimmed().isEmpty())
                t.name = t.channel == kDrumChannel ? QObject::tr("Drums")
                                                   : QObject::tr("Track %1").arg(i + 1);
        }
        return Project{song, {}};
    }
    ProjectError e;
    auto project = ProjectFile::load(path, &e);
    if (!project && error)
        *error = e.message();
    return project;
}

bool exportMidi(const Song &song, const QString &path, int format, QString *error)
{
    if (format != 0 && format != 1) {
        if (error)
            *error = QObject::tr("MIDI format must be 0 or 1, not %1").arg(format);
        return false;
    }
    return SmfWriter::writeFile(SongConverter::toSmf(song, format), path, error);
}

} // namespace atelier::core::SongFiles
