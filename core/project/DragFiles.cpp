#include "project/DragFiles.h"

#include "document/BarGrid.h"
#include "document/TempoMap.h"
#include "project/SongFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>
#include <algorithm>
#include <unistd.h>

namespace atelier::core::DragFiles {

namespace {

QString folderPath()
{
    return QDir(QDir::tempPath()).filePath(QStringLiteral("atelier-drag-%1").arg(::getuid()));
}

void removeOld(const QDir &dir)
{
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files))
        if (f.lastModified() < dayAgo)
            QFile::remove(f.absoluteFilePath());
}

} // namespace

QString newPath(const QString &name, const QString &extension, QString *error)
{
    QDir dir(folderPath());
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        *error = QObject::tr("cannot make the folder %1 for dragged files").arg(dir.path());
        return {};
    }
    removeOld(dir);
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    safe = safe.simplified().left(60);
    if (safe.isEmpty())
        safe = QStringLiteral("atelier");
    QString path = dir.filePath(safe + QLatin1Char('.') + extension);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1 %2.%3").arg(safe).arg(n).arg(extension));
    return path;
}

Song clip(const Song &song, int track, QList<Note> notes)
{
    Song out;
    out.ppq = song.ppq;
    Track t;
    if (track >= 0 && track < song.tracks.size()) {
        const Track &source = song.tracks.at(track);
        t.name = source.name;
        t.channel = source.channel;
        t.program = source.program;
        t.volume = source.volume;
        if (notes.isEmpty())
            notes = source.notes;
    }
    std::sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.start < b.start; });
    const Tick first = notes.isEmpty() ? 0 : notes.first().start;
    const Tick origin = BarGrid(song).barStartAt(first);
    for (Note n : notes) {
        n.start -= origin;
        t.notes.append(n);
    }
    out.tracks.append(t);
    out.tempos.append(TempoChange{0, TempoMap(song).bpmAt(origin)});
    TimeSignature sig;
    for (const TimeSignature &s : song.timeSignatures)
        if (s.tick <= origin)
            sig = s;
    sig.tick = 0;
    out.timeSignatures.append(sig);
    return out;
}

QString writeMidiClip(const Song &clip, const QString &name, QString *error)
{
    const QString path = newPath(name, QStringLiteral("mid"), error);
    if (path.isEmpty() || !SongFiles::exportMidi(clip, path, 1, error))
        return {};
    return path;
}

} // namespace atelier::core::DragFiles
