// Chords for melodies on the command line:
//   atelier harmonize IN.mid -o OUT.mid [--model F] [--track N] [--json]
//   atelier train harmonizer [--data DIR] [--out F] [--json]
//   atelier eval harmonize [--data DIR] [--model F] [--split test|valid] --json
// The same core code (Harmonizer, HarmonizerTrainer, HarmonyEvaluation) as
// the chord lane's "Chords for This Track".

#include "CliCommon.h"

#include "document/ChordVoicer.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "music/Harmonizer.h"
#include "music/HarmonizerTrainer.h"
#include "music/HarmonyCorpus.h"
#include "music/HarmonyEvaluation.h"
#include "project/DataPaths.h"
#include "project/SongFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <cstdio>

namespace atelier::app {

namespace {

constexpr const char *kHarmonizerFile = "harmonizer-hmm.harmony.json";

QString defaultHarmonyData()
{
    return QDir::cleanPath(core::DataPaths::dataDir() + QStringLiteral("/data/midi/nottingham/melody_chords"));
}

// The bundled harmonizer (first on the model search path), or the given file.
std::optional<core::Harmonizer> loadHarmonizer(const std::optional<QString> &spec, QString *path, QString *error)
{
    if (spec) {
        *path = QFileInfo(*spec).absoluteFilePath();
    } else {
        const QStringList found = core::DataPaths::modelFiles(QString::fromLatin1(kHarmonizerFile));
        if (found.isEmpty()) {
            *error = QObject::tr("no %1 on the model search path (%2)")
                         .arg(QString::fromLatin1(kHarmonizerFile), core::DataPaths::modelSearchPath().join(", "));
            return std::nullopt;
        }
        *path = found.first();
    }
    return core::Harmonizer::load(*path, error);
}

int harmonize(Args args)
{
    const QString usage = QObject::tr("usage: atelier harmonize IN.mid -o OUT.mid [--model F] [--track N] [--json]");
    const bool json = args.flag("--json");
    const auto out = args.option("-o", "--out");
    const auto modelOpt = args.option("--model");
    double track = -1;
    QString error;
    if (!args.number("--track", &track, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("harmonize: unknown option %1\n%2").arg(args.unknownOption(), usage));
    const QStringList pos = args.positional();
    if (pos.size() != 1 || !out || out->isEmpty())
        return fail(usage);
    QString modelPath;
    const auto harmonizer = loadHarmonizer(modelOpt, &modelPath, &error);
    if (!harmonizer)
        return fail(QObject::tr("harmonize: %1").arg(error));
    const auto project = core::SongFiles::load(pos[0], &error);
    if (!project)
        return fail(error);
    const core::Song &song = project->song;
    int t = int(track);
    if (t < 0)
        for (int i = 0; i < song.tracks.size() && t < 0; ++i)
            if (song.tracks.at(i).channel != core::kDrumChannel && !song.tracks.at(i).notes.isEmpty())
                t = i;
    if (t < 0 || t >= song.tracks.size() || song.tracks.at(t).notes.isEmpty())
        return fail(QObject::tr("harmonize: %1 has no melody to harmonize%2")
                        .arg(pos[0], track >= 0 ? QObject::tr(" on track %1").arg(int(track)) : QString()));

    const core::Harmonizer::Result r = harmonizer->harmonize(song, song.tracks.at(t).notes);
    // Track 1 the melody, track 2 the chords (block voicings, root lowest); the chords as markers too.
    core::Song result = song;
    result.tracks = {song.tracks.at(t)};
    result.chords = r.changes;
    result.chordPlayback.style = core::ChordPlayback::Style::Block;
    core::Track chords = core::ChordVoicer::track(result);
    chords.name = QObject::tr("Chords");
    result.tracks.append(chords);
    result.chordPlayback.enabled = false;   // the track plays them
    if (!core::SmfWriter::writeFile(core::SongConverter::toSmf(result), *out, &error))
        return fail(error);

    QJsonArray bars;
    for (std::size_t i = 0; i + 1 < r.segments.size(); i += 2) {
        QJsonObject bar{{"bar", r.segments[i].bar}, {"chord", r.chords[i].toString()}};
        if (!(r.chords[i + 1] == r.chords[i]))
            bar.insert("mid_bar", r.chords[i + 1].toString());   // the harmony changes at the half bar
        bars.append(bar);
    }
    if (json)
        printJson(QJsonObject{{"input", QFileInfo(pos[0]).absoluteFilePath()},
                              {"output", QFileInfo(*out).absoluteFilePath()},
                              {"model", modelPath},
                              {"track", t},
                              {"key", r.key.toString()},
                              {"bars", bars}});
    else
        for (const auto &b : bars)
            std::printf("%d\t%s%s\n", b.toObject().value("bar").toInt(), qPrintable(b.toObject().value("chord").toString()),
                        b.toObject().contains("mid_bar")
                            ? qPrintable(QStringLiteral(" ") + b.toObject().value("mid_bar").toString()) : "");
    return 0;
}

int trainHarmonizer(Args args)
{
    const bool json = args.flag("--json");
    const QString data = args.option("--data").value_or(defaultHarmonyData());
    const QString out = args.option("--out").value_or(QString::fromLatin1(kHarmonizerFile));
    double maxFiles = 0;
    QString error;
    if (!args.number("--max-files", &maxFiles, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || maxFiles < 0)
        return fail(QObject::tr("usage: atelier train harmonizer [--data DIR] [--out F.harmony.json] [--max-files N] [--json]"));
    const auto corpus = core::HarmonyCorpus::load(data, &error, int(maxFiles));
    if (!corpus)
        return fail(QObject::tr("train harmonizer: %1").arg(error));
    core::Harmonizer h = core::HarmonizerTrainer::train(*corpus);
    h.training.insert("data", QFileInfo(data).fileName());
    h.training.insert("skipped_files", double(corpus->skippedFiles().size()));
    if (!h.save(out, &error))
        return fail(QObject::tr("train harmonizer: %1").arg(error));
    const auto test = core::HarmonyEvaluation::scoreHarmonizer(h, corpus->tunes(core::MusicSplit::Test));
    QJsonObject result{{"output", QFileInfo(out).absoluteFilePath()},
                       {"training", h.training},
                       {"emission_weight", h.emissionWeight},
                       {"test_root_agreement", test.rootAgreement}};
    if (json)
        printJson(result);
    else
        std::printf("%s: test root agreement %.3f\n", qPrintable(out), test.rootAgreement);
    return 0;
}

int evalHarmonize(Args args)
{
    args.flag("--json");   // JSON is the only output
    const bool detail = args.flag("--detail");
    const QString data = args.option("--data").value_or(defaultHarmonyData());
    const QString split = args.option("--split").value_or("test");
    const auto modelOpt = args.option("--model");
    QString error;
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || (split != "test" && split != "valid"))
        return fail(QObject::tr("usage: atelier eval harmonize [--data DIR] [--model F] [--split test|valid] --json"));
    QString modelPath;
    const auto harmonizer = loadHarmonizer(modelOpt, &modelPath, &error);
    if (!harmonizer)
        return fail(QObject::tr("eval harmonize: %1").arg(error));
    const auto corpus = core::HarmonyCorpus::load(data, &error);
    if (!corpus)
        return fail(QObject::tr("eval harmonize: %1").arg(error));
    std::vector<core::HarmonyEvaluation::TuneHarmony> details;
    const auto s = core::HarmonyEvaluation::scoreHarmonizer(
        *harmonizer, corpus->tunes(split == "test" ? core::MusicSplit::Test : core::MusicSplit::Valid),
        detail ? &details : nullptr);
    QJsonArray tunes;
    for (const auto &d : details)
        tunes.append(QJsonObject{{"name", d.name},
                                 {"own", QJsonArray::fromStringList(d.own)},
                                 {"proposed", QJsonArray::fromStringList(d.proposed)}});
    QJsonObject out{{"model", modelPath},
      {"split", split},
      {"tunes", s.tunes},
      {"bars", s.bars},
      {"root_agreement", s.rootAgreement},
      {"chord_agreement", s.chordAgreement},
      {"baseline_most_frequent_root", s.baselineRootAgreement}};
    if (detail)
        out.insert("detail", tunes);
    printJson(out);
    return 0;
}

} // namespace

QList<CliCommand> harmonyCommands()
{
    return {
        {{"harmonize"}, "harmonize IN.mid -o OUT.mid [--model F] [--track N] [--json]", harmonize},
        {{"train", "harmonizer"}, "train harmonizer [--data DIR] [--out F.harmony.json] [--json]", trainHarmonizer},
        {{"eval", "harmonize"}, "eval harmonize [--data DIR] [--model F] [--split test|valid] --json", evalHarmonize},
    };
}

} // namespace atelier::app
