#include "project/ProjectFile.h"

#include "document/BoundedFile.h"
#include "document/AtomicFile.h"
#include "document/NoteOps.h"
#include "project/ProjectReaderV1.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace atelier::core {

namespace {
constexpr qint64 kMaxProjectSize_bytes = 512LL * 1024 * 1024;
}

QString ProjectError::message() const
{
    QString m = file.isEmpty() ? QString() : QFileInfo(file).fileName() + QStringLiteral(": ");
    if (!where.isEmpty())
        m += where + QStringLiteral(": ");
    return m + reason;
}

QJsonObject ProjectFile::songToJson(const Song &song)
{
    QJsonArray tracks;
    for (const Track &t : song.tracks) {
        QJsonArray notes;
        for (const Note &n : t.notes)
            notes.append(QJsonArray{n.pitch, qint64(n.start), qint64(n.length), n.velocity});
        QJsonArray controls;
        for (const ControlChange &c : t.controls)
            controls.append(QJsonArray{qint64(c.tick), c.controller, c.value});
        QJsonObject track{{"name", t.name},
                          {"program", t.program},
                          {"channel", t.channel},
                          {"mute", t.mute},
                          {"solo", t.solo},
                          {"armed", t.armed},
                          {"volume", t.volume},
                          {"midi_out", t.midiOutPort},
                          {"notes", notes},
                          {"controls", controls}};
        if (!t.sound.isEmpty()) {
            QJsonArray z;
            for (float v : t.sound.z)
                z.append(double(v));
            track.insert("sound", QJsonObject{{"name", t.sound.name},
                                              {"model", t.sound.model},
                                              {"z", z},
                                              {"attack", t.sound.envelope.attack_s},
                                              {"decay", t.sound.envelope.decay_s},
                                              {"sustain", t.sound.envelope.sustain},
                                              {"release", t.sound.envelope.release_s},
                                              {"erase_onset", t.sound.envelope.eraseOnset_s},
                                              {"gain", t.sound.gain}});
        }
        tracks.append(track);
    }
    QJsonArray tempos;
    for (const TempoChange &t : song.tempos)
        tempos.append(QJsonObject{{"tick", qint64(t.tick)}, {"bpm", t.bpm}});
    QJsonArray sigs;
    for (const TimeSignature &s : song.timeSignatures)
        sigs.append(QJsonObject{{"tick", qint64(s.tick)},
                                {"numerator", s.numerator},
                                {"denominator", s.denominator}});
    QJsonObject json{{"ppq", song.ppq},
                       {"tempos", tempos},
                       {"time_signatures", sigs},
                       {"loop", QJsonObject{{"start", qint64(song.loop.start)},
                                            {"end", qint64(song.loop.end)},
                                            {"enabled", song.loop.enabled}}},
                       {"tracks", tracks}};
    if (song.key.isSet())
        json.insert("key", QJsonObject{{"tonic", song.key.tonic},
                                       {"scale", QLatin1String(NoteOps::scales()[song.key.scale].name)}});
    if (!song.chords.isEmpty()) {
        QJsonArray chords;
        for (const ChordChange &c : song.chords)
            chords.append(QJsonObject{{"tick", qint64(c.tick)}, {"chord", c.chord.toString()}});
        json.insert("chords", chords);
    }
    if (song.chordPlayback != ChordPlayback{}) {
        const ChordPlayback &cp = song.chordPlayback;
        json.insert("chord_playback", QJsonObject{{"enabled", cp.enabled},
                                                  {"program", cp.program},
                                                  {"style", ChordPlayback::styleName(cp.style)},
                                                  {"volume", cp.volume}});
    }
    return json;
}

QJsonObject ProjectFile::sketchToJson(const Sketch &sketch)
{
    QJsonArray strokes;
    for (const Stroke &s : sketch.strokes) {
        QJsonArray points, pressures;
        for (const QPointF &p : s.points)
            points.append(QJsonArray{p.x(), p.y()});
        for (float v : s.pressures)
            pressures.append(double(v));
        strokes.append(QJsonObject{{"points", points},
                                   {"pressures", pressures},
                                   {"width", s.width},
                                   {"color", s.color.name()},
                                   {"generated", s.generated}});
    }
    return QJsonObject{{"strokes", strokes}};
}

QJsonObject ProjectFile::morphToJson(const MorphState &morph)
{
    QJsonArray corners;
    for (const MorphCorner &c : morph.corners) {
        QJsonArray z;
        for (float v : c.z)
            z.append(double(v));
        QJsonObject corner{{"name", c.name}, {"z", z}};
        if (c.instrument >= 0)
            corner.insert("instrument", c.instrument);
        else
            corner.insert("recording", c.wavPath);
        corners.append(corner);
    }
    return QJsonObject{{"model", morph.model},     {"corners", corners},
                       {"x", morph.x},             {"y", morph.y},
                       {"two_corners", morph.twoCorners},
                       {"attack", morph.envelope.attack_s}, {"decay", morph.envelope.decay_s},
                       {"sustain", morph.envelope.sustain}, {"release", morph.envelope.release_s},
                       {"erase_onset", morph.envelope.eraseOnset_s},
                       {"gain", morph.gain}};
}

QByteArray ProjectFile::serialize(const Project &project)
{
    QJsonObject root{{"format", kFormatName},
                     {"version", kVersion},
                     {"song", songToJson(project.song)},
                     {"sketch", sketchToJson(project.sketch)}};
    if (!project.morph.isEmpty())
        root.insert("morph", morphToJson(project.morph));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    QString reason;
    if (!AtomicFile::write(path, serialize(project), &reason)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, reason);
        return false;
    }
    return true;
}

std::optional<Project> ProjectFile::parse(const QByteArray &bytes, ProjectError *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = ProjectError{{}, {}, reason};
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QObject::tr("not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return fail(QObject::tr("not an Atelier project (the top level is not a JSON object)"));
    const QJsonObject root = doc.object();
    if (root.value("format").toString() != QLatin1String(kFormatName))
        return fail(QObject::tr("not an Atelier project (no \"format\": \"%1\")").arg(kFormatName));
    const QJsonValue version = root.value("version");
    if (!version.isDouble())
        return fail(QObject::tr("the project has no version number"));
    const int v = version.toInt();
    if (v == 1)
        return ProjectReaderV1::read(root, error);
    if (v > kVersion)
        return fail(QObject::tr("the project was saved by a newer Atelier (format version %1; "
                                "this one reads up to %2)").arg(v).arg(kVersion));
    return fail(QObject::tr("unknown project format version %1").arg(v));
}

std::optional<Project> ProjectFile::load(const QString &path, ProjectError *error)
{
    QString reason;
    const auto bytes = BoundedFile::read(path, kMaxProjectSize_bytes, &reason);
    if (!bytes) {
        if (error)
            *error = ProjectError{path, {}, reason};
        return std::nullopt;
    }
    std::optional<Project> project = parse(*bytes, error);
    if (!project && error)
        error->file = path;
    return project;
}

} // namespace atelier::core
