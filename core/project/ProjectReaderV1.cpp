#include "project/ProjectReaderV1.h"
#include "document/NoteOps.h"

#include <QJsonArray>
#include <QObject>

#include <cmath>

namespace atelier::core::ProjectReaderV1 {

namespace {

// Thrown inside this file only, caught in read(): keeps each field check to one line.
struct Bad {
    QString where;
    QString reason;
};

qint64 integer(const QJsonValue &v, const QString &where, qint64 lo, qint64 hi)
{
    if (!v.isDouble())
        throw Bad{where, QObject::tr("expected a number")};
    const double d = v.toDouble();
    if (d != std::trunc(d))
        throw Bad{where, QObject::tr("expected a whole number, found %1").arg(d)};
    // The range is checked on the double: 1e84 has no qint64.
    if (!(d >= double(lo) && d <= double(hi)))
        throw Bad{where, QObject::tr("%1 is not in %2..%3").arg(d, 0, 'g', 17).arg(lo).arg(hi)};
    return qint64(d);
}

double real(const QJsonValue &v, const QString &where, double lo, double hi)
{
    if (!v.isDouble())
        throw Bad{where, QObject::tr("expected a number")};
    const double d = v.toDouble();
    if (!(d >= lo && d <= hi))
        throw Bad{where, QObject::tr("%1 is not in %2..%3").arg(d).arg(lo).arg(hi)};
    return d;
}

QJsonArray array(const QJsonValue &v, const QString &where)
{
    if (!v.isArray())
        throw Bad{where, QObject::tr("expected a list")};
    return v.toArray();
}

QJsonObject object(const QJsonValue &v, const QString &where)
{
    if (!v.isObject())
        throw Bad{where, QObject::tr("expected an object")};
    return v.toObject();
}

constexpr qint64 kMaxTick = qint64(1) << 40;

Track readTrack(const QJsonObject &o, const QString &at)
{
    Track t;
    if (!o.value("name").isString())
        throw Bad{at + ".name", QObject::tr("expected text")};
    t.name = o.value("name").toString();
    t.program = int(integer(o.value("program"), at + ".program", 0, 127));
    t.channel = int(integer(o.value("channel"), at + ".channel", 0, 15));
    t.mute = o.value("mute").toBool();
    t.solo = o.value("solo").toBool();
    t.armed = o.value("armed").toBool();
    t.volume = real(o.value("volume"), at + ".volume", 0.0, 1.0);
    t.midiOutPort = o.value("midi_out").toString();
    if (o.contains("sound")) {  // optional: a baked Sound-Morph timbre
        const QString w = at + ".sound";
        const QJsonObject so = object(o.value("sound"), w);
        if (!so.value("name").isString() || !so.value("model").isString())
            throw Bad{w, QObject::tr("expected a name and a model file name")};
        t.sound.name = so.value("name").toString();
        t.sound.model = so.value("model").toString();
        const QJsonArray z = array(so.value("z"), w + ".z");
        if (z.isEmpty() || z.size() > 1024)
            throw Bad{w + ".z", QObject::tr("expected 1 to 1024 numbers")};
        for (qsizetype i = 0; i < z.size(); ++i)
            t.sound.z.append(float(real(z[i], QStringLiteral("%1.z[%2]").arg(w).arg(i), -1e6, 1e6)));
        t.sound.envelope.attack_s = real(so.value("attack"), w + ".attack", 0.0, 60.0);
        t.sound.envelope.decay_s = real(so.value("decay"), w + ".decay", 0.0, 60.0);
        t.sound.envelope.sustain = real(so.value("sustain"), w + ".sustain", 0.0, 1.0);
        t.sound.envelope.release_s = real(so.value("release"), w + ".release", 0.0, 60.0);
        t.sound.envelope.eraseOnset_s = real(so.value("erase_onset"), w + ".erase_onset", 0.0, 10.0);
        t.sound.gain = real(so.value("gain"), w + ".gain", 0.0, 16.0);
    }
    const QJsonArray notes = array(o.value("notes"), at + ".notes");
    t.notes.reserve(notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString w = QStringLiteral("%1.notes[%2]").arg(at).arg(i);
        const QJsonArray n = array(notes[i], w);
        if (n.size() != 4)
            throw Bad{w, QObject::tr("expected [pitch, start, length, velocity]")};
        t.notes.append(Note{int(integer(n[0], w + ".pitch", 0, 127)),
                            integer(n[1], w + ".start", 0, kMaxTick),
                            integer(n[2], w + ".length", 1, kMaxTick),
                            int(integer(n[3], w + ".velocity", 1, 127))});
    }
    const QJsonArray controls = array(o.value("controls"), at + ".controls");
    for (qsizetype i = 0; i < controls.size(); ++i) {
        const QString w = QStringLiteral("%1.controls[%2]").arg(at).arg(i);
        const QJsonArray c = array(controls[i], w);
        if (c.size() != 3)
            throw Bad{w, QObject::tr("expected [tick, controller, value]")};
        const int controller = int(integer(c[1], w + ".controller", 0, ControlChange::kPitchBend));
        ControlChange cc{integer(c[0], w + ".tick", 0, kMaxTick), controller, 0};
        cc.value = int(integer(c[2], w + ".value", 0, cc.maxValue()));
        t.controls.append(cc);
    }
    return t;
}

MorphState readMorph(const QJsonObject &o)
{
    const QString w = QStringLiteral("morph");
    MorphState m;
    if (!o.value("model").isString() || o.value("model").toString().isEmpty())
        throw Bad{w + ".model", QObject::tr("expected a model file name")};
    m.model = o.value("model").toString();
    const QJsonArray corners = array(o.value("corners"), w + ".corners");
    if (corners.size() != MorphState::kCorners)
        throw Bad{w + ".corners", QObject::tr("expected %1 corners").arg(MorphState::kCorners)};
    qsizetype zSize = -1;
    for (qsizetype c = 0; c < corners.size(); ++c) {
        const QString at = QStringLiteral("%1.corners[%2]").arg(w).arg(c);
        const QJsonObject co = object(corners[c], at);
        MorphCorner &corner = m.corners[std::size_t(c)];
        corner.name = co.value("name").toString();
        if (co.contains("instrument"))
            corner.instrument = int(integer(co.value("instrument"), at + ".instrument", 0, 100000));
        else if (co.value("recording").isString())
            corner.wavPath = co.value("recording").toString();
        else
            throw Bad{at, QObject::tr("expected an instrument number or a recording")};
        const QJsonArray z = array(co.value("z"), at + ".z");
        if (z.isEmpty() || z.size() > 1024 || (zSize >= 0 && z.size() != zSize))
            throw Bad{at + ".z", QObject::tr("expected 1 to 1024 numbers, as many as the other corners")};
        zSize = z.size();
        for (qsizetype i = 0; i < z.size(); ++i)
            corner.z.push_back(float(real(z[i], QStringLiteral("%1.z[%2]").arg(at).arg(i), -1e6, 1e6)));
    }
    m.x = real(o.value("x"), w + ".x", 0.0, 1.0);
    m.y = real(o.value("y"), w + ".y", 0.0, 1.0);
    m.twoCorners = o.value("two_corners").toBool();
    m.envelope.attack_s = real(o.value("attack"), w + ".attack", 0.0, 60.0);
    m.envelope.decay_s = real(o.value("decay"), w + ".decay", 0.0, 60.0);
    m.envelope.sustain = real(o.value("sustain"), w + ".sustain", 0.0, 1.0);
    m.envelope.release_s = real(o.value("release"), w + ".release", 0.0, 60.0);
    m.envelope.eraseOnset_s = real(o.value("erase_onset"), w + ".erase_onset", 0.0, 10.0);
    m.gain = real(o.value("gain"), w + ".gain", 0.0, 16.0);
    return m;
}

Sketch readSketch(const QJsonObject &o)
{
    Sketch sketch;
    const QJsonArray strokes = array(o.value("strokes"), "sketch.strokes");
    for (qsizetype i = 0; i < strokes.size(); ++i) {
        const QString w = QStringLiteral("sketch.strokes[%1]").arg(i);
        const QJsonObject so = object(strokes[i], w);
        Stroke s;
        const QJsonArray points = array(so.value("points"), w + ".points");
        for (qsizetype k = 0; k < points.size(); ++k) {
            const QString pw = QStringLiteral("%1.points[%2]").arg(w).arg(k);
            const QJsonArray p = array(points[k], pw);
            if (p.size() != 2)
                throw Bad{pw, QObject::tr("expected [x, y]")};
            s.points.append({real(p[0], pw + ".x", -1e7, 1e7), real(p[1], pw + ".y", -1e7, 1e7)});
        }
        if (s.points.isEmpty())
            throw Bad{w + ".points", QObject::tr("a stroke needs at least one point")};
        const QJsonArray pressures = array(so.value("pressures"), w + ".pressures");
        if (!pressures.isEmpty() && pressures.size() != points.size())
            throw Bad{w + ".pressures", QObject::tr("%1 pressures for %2 points").arg(pressures.size()).arg(points.size())};
        for (qsizetype k = 0; k < pressures.size(); ++k)
            s.pressures.append(float(real(pressures[k], QStringLiteral("%1.pressures[%2]").arg(w).arg(k), 0.0, 1.0)));
        s.width = real(so.value("width"), w + ".width", 0.1, 200.0);
        s.color = QColor(so.value("color").toString());
        if (!s.color.isValid())
            throw Bad{w + ".color", QObject::tr("not a colour")};
        s.generated = so.value("generated").toBool();
        sketch.strokes.append(s);
    }
    return sketch;
}

} // namespace

std::optional<Project> read(const QJsonObject &root, ProjectError *error)
{
    try {
        const QJsonObject s = object(root.value("song"), "song");
        Song song;
        song.ppq = int(integer(s.value("ppq"), "song.ppq", 1, 32767));
        const QJsonArray tempos = array(s.value("tempos"), "song.tempos");
        for (qsizetype i = 0; i < tempos.size(); ++i) {
            const QString w = QStringLiteral("song.tempos[%1]").arg(i);
            const QJsonObject t = object(tempos[i], w);
            song.tempos.append({integer(t.value("tick"), w + ".tick", 0, kMaxTick),
                                real(t.value("bpm"), w + ".bpm", 1.0, 1000.0)});
        }
        const QJsonArray sigs = array(s.value("time_signatures"), "song.time_signatures");
        for (qsizetype i = 0; i < sigs.size(); ++i) {
            const QString w = QStringLiteral("song.time_signatures[%1]").arg(i);
            const QJsonObject t = object(sigs[i], w);
            const int den = int(integer(t.value("denominator"), w + ".denominator", 1, 64));
            if ((den & (den - 1)) != 0)
                throw Bad{w + ".denominator", QObject::tr("%1 is not a power of two").arg(den)};
            song.timeSignatures.append({integer(t.value("tick"), w + ".tick", 0, kMaxTick),
                                        int(integer(t.value("numerator"), w + ".numerator", 1, 64)),
                                        den});
        }
        const QJsonObject loop = object(s.value("loop"), "song.loop");
        song.loop.start = integer(loop.value("start"), "song.loop.start", 0, kMaxTick);
        song.loop.end = integer(loop.value("end"), "song.loop.end", 0, kMaxTick);
        song.loop.enabled = loop.value("enabled").toBool();
        if (s.contains("key")) {   // optional: older projects have none
            const QJsonObject key = object(s.value("key"), "song.key");
            song.key.tonic = int(integer(key.value("tonic"), "song.key.tonic", 0, 11));
            const QString scale = key.value("scale").toString();
            song.key.scale = -1;
            for (int i = 1; i < NoteOps::scales().size(); ++i)
                if (scale == QLatin1String(NoteOps::scales()[i].name))
                    song.key.scale = i;
            if (song.key.scale < 0)
                throw Bad{QStringLiteral("song.key.scale"), QObject::tr("unknown scale \"%1\"").arg(scale.left(40))};
            if (!song.key.isSet())
                song.key = {};   // no key is one state (as SongDocument keeps it)
        }
        if (s.contains("chords")) {   // optional: the chord lane
            const QJsonArray chords = array(s.value("chords"), "song.chords");
            Tick previous = -1;
            for (qsizetype i = 0; i < chords.size(); ++i) {
                const QString w = QStringLiteral("song.chords[%1]").arg(i);
                const QJsonObject c = object(chords[i], w);
                const Tick tick = integer(c.value("tick"), w + ".tick", 0, kMaxTick);
                if (tick <= previous)
                    throw Bad{w + ".tick", QObject::tr("chords must be in order, one per tick")};
                previous = tick;
                QString why;
                const auto chord = ChordSymbol::parse(c.value("chord").toString(), &why);
                if (!chord)
                    throw Bad{w + ".chord", why};
                song.chords.append({tick, *chord});
            }
        }
        if (s.contains("chord_playback")) {   // optional: how the chords sound
            const QJsonObject cp = object(s.value("chord_playback"), "song.chord_playback");
            song.chordPlayback.enabled = cp.value("enabled").toBool();
            song.chordPlayback.program = int(integer(cp.value("program"), "song.chord_playback.program", 0, 127));
            song.chordPlayback.volume = real(cp.value("volume"), "song.chord_playback.volume", 0.0, 1.0);
            const QString style = cp.value("style").toString();
            const auto parsed = ChordPlayback::styleFromName(style);
            if (!parsed)
                throw Bad{QStringLiteral("song.chord_playback.style"),
                          QObject::tr("unknown chord style \"%1\" (block, arpeggio, comp)").arg(style.left(40))};
            song.chordPlayback.style = *parsed;
        }
        const QJsonArray tracks = array(s.value("tracks"), "song.tracks");
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            const QString w = QStringLiteral("song.tracks[%1]").arg(i);
            song.tracks.append(readTrack(object(tracks[i], w), w));
        }
        Project project{song, {}};
        if (root.contains("sketch"))
            project.sketch = readSketch(object(root.value("sketch"), "sketch"));
        if (root.contains("morph"))   // optional: projects before the morph was saved have none
            project.morph = readMorph(object(root.value("morph"), "morph"));
        return project;
    } catch (const Bad &bad) {
        if (error)
            *error = ProjectError{{}, bad.where, bad.reason};
        return std::nullopt;
    }
}

} // namespace atelier::core::ProjectReaderV1
