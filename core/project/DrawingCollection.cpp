#include "project/DrawingCollection.h"

#include "document/AtomicFile.h"
#include "document/BoundedFile.h"
#include "project/SongFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QStandardPaths>
#include <cmath>

namespace atelier::core::DrawingCollection {

namespace {

constexpr qint64 kMaxBytes = 64LL << 20;   // some tens of thousands of drawings

double tenth(double v) { return std::round(v * 10) / 10; }

} // namespace

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("drawings/mine.ndjson"));
}

int count(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return 0;
    QString ignored;
    const auto bytes = BoundedFile::read(path, kMaxBytes, &ignored);
    if (!bytes)
        return 0;
    int n = 0;
    for (const QByteArray &line : bytes->split('\n'))
        n += line.contains("\"drawing\"") ? 1 : 0;
    return n;
}

int add(const QString &path, const Sketch &sketch, QString *error)
{
    QJsonArray strokes;
    for (const Stroke &s : sketch.strokes) {
        if (s.generated || s.points.isEmpty())
            continue;
        QJsonArray xs, ys;
        for (const QPointF &p : s.points) {
            xs.append(tenth(p.x()));
            ys.append(tenth(p.y()));
        }
        strokes.append(QJsonArray{xs, ys});
    }
    if (strokes.isEmpty()) {
        *error = QObject::tr("the canvas has no strokes of your own to keep (the model's strokes are not yours)");
        return -1;
    }
    QByteArray text;
    if (QFileInfo::exists(path)) {
        QString reason;
        const auto bytes = BoundedFile::read(path, kMaxBytes, &reason);
        if (!bytes) {
            *error = QObject::tr("cannot read %1: %2").arg(path, reason);
            return -1;
        }
        text = *bytes;
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
    }
    text += QJsonDocument(QJsonObject{{"word", "mine"}, {"drawing", strokes}}).toJson(QJsonDocument::Compact) + '\n';
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString reason;
    if (!AtomicFile::write(path, text, &reason)) {
        *error = QObject::tr("cannot write %1: %2").arg(path, reason);
        return -1;
    }
    return count(path);
}

int addProjects(const QString &path, const QString &folder, int *skipped, QString *error)
{
    int added = 0;
    *skipped = 0;
    const QFileInfoList projects = QDir(folder).entryInfoList({QStringLiteral("*.atelier")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : projects) {
        QString reason;
        const auto project = SongFiles::load(f.filePath(), &reason);
        bool own = false;
        for (const Stroke &s : project ? project->sketch.strokes : QList<Stroke>())
            own = own || (!s.generated && !s.points.isEmpty());
        if (!own) {
            ++*skipped;
            continue;
        }
        if (add(path, project->sketch, error) < 0)
            return -1;
        ++added;
    }
    return added;
}

} // namespace atelier::core::DrawingCollection
