#pragma once
// Atelier project files (.atelier): versioned JSON holding the whole song.
//
//   {"format": "atelier-project", "version": 1, "song": {...}, "sketch": {...}}
//
// ("sketch" is optional: files written before the sketch canvas have none.)
//
// Writing is atomic (QSaveFile: a crash mid-save leaves the old file intact).
// Reading validates every field and reports the first problem with the path
// of the offending value ("song.tracks[2].notes[5].pitch: 300 is not in
// 0..127"); a version newer than we know is refused, never guessed at. Each
// past version keeps its own reader, never patched (as MuseScore does).

#include "project/Project.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace atelier::core {

struct ProjectError {
    QString file;
    QString where;   // JSON path of the bad value, empty for whole-file problems
    QString reason;
    QString message() const;
};

class ProjectFile {
public:
    static constexpr int kVersion = 1;
    static constexpr const char *kFormatName = "atelier-project";
    static constexpr const char *kSuffix = "atelier";

    static QByteArray serialize(const Project &project);
    static QJsonObject songToJson(const Song &song);
    static QJsonObject sketchToJson(const Sketch &sketch);
    static QJsonObject morphToJson(const MorphState &morph);
    static bool save(const Project &project, const QString &path, QString *error);

    static std::optional<Project> parse(const QByteArray &bytes, ProjectError *error);
    static std::optional<Project> load(const QString &path, ProjectError *error);
};

} // namespace atelier::core
