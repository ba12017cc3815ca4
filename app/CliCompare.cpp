// A blind comparison of two models from the command line, for listening in
// one's own player or DAW (the studio's Compare Models dialog runs the same
// trials, core::ComparisonPair, and keeps the same record, core::BlindTest):
//
//   atelier compare --first A --second B [--trials N] [--seed S] [--data DIR] --out DIR [--json]
// writes, for each trial, the two models' outputs for the same ground under
// names that do not say which is which: trial-01-A.mid and trial-01-B.mid
// (music: a held-out primer of the first model's kind's corpus, continued
// for 4 bars, the primer included) or trial-01-A.svg and trial-01-B.svg
// (drawings, from scratch), and the key (key.json: which model each side
// was; don't look). A and B are model files, or "melody" / "performance"
// (the shipped ones); both music or both drawings. Prints {"trials",
// "out", "key", "files": [[a, b], ...], "kind", "seed"}.
//
//   atelier compare --key DIR/key.json --picks PICKS [--json]
// PICKS has one letter per trial: A or B (the one you liked), - for no
// preference. Prints the result ({"second_win_rate", "interval_95",
// "first_wins", "second_wins", "picked", ...}) and saves it beside the key
// as result.json.

#include "CliCommon.h"
#include "MusicModels.h"
#include "SketchModels.h"

#include "document/BoundedFile.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "music/ContinuationEvaluation.h"
#include "music/ContinuationPlan.h"
#include "reward/BlindTest.h"
#include "reward/ComparisonPair.h"
#include "sketch/SketchRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace atelier::app {

namespace {

constexpr qint64 kMaxKeyBytes = 1 << 20;

// One side of a music trial as a file of its own: the primer and the
// continuation on the piece's track, moved to start at 0 with the tempo and
// metre in effect there, and none of the piece's changes after its end.
core::Song trialSong(const core::ContinueRequest &request, const QList<core::Note> &notes)
{
    const core::Tick from = request.contextStart;
    core::Tick end = from;
    for (const core::Note &n : notes)
        end = std::max(end, n.end());
    const auto shifted = [from, end](auto list) {
        decltype(list) out;
        for (auto item : list) {
            if (item.tick >= end)
                break;   // changes after the music would make the file longer than it
            item.tick = std::max<core::Tick>(0, item.tick - from);
            if (!out.isEmpty() && out.last().tick == item.tick)
                out.last() = item;   // the latest before the start is the one in effect
            else
                out.append(item);
        }
        return out;
    };
    core::Song song = request.song;
    song.tempos = shifted(song.tempos);
    song.timeSignatures = shifted(song.timeSignatures);
    song.chords.clear();
    song.loop = {};
    core::Track track = song.tracks.at(request.track);
    track.notes.clear();
    track.controls.clear();
    for (core::Note n : notes) {
        n.start -= from;
        track.notes.append(n);
    }
    song.tracks = {track};
    return song;
}

QString usage()
{
    return QObject::tr("usage: atelier compare --first A --second B [--trials N] [--seed S] [--data DIR] --out DIR "
                       "[--json]\n       atelier compare --key DIR/key.json --picks PICKS [--json]");
}

int writeTrials(Args &args)
{
    const auto first = args.option("--first"), second = args.option("--second");
    const auto outDir = args.option("--out"), dataOpt = args.option("--data");
    double trials = 10, seed = 1;
    QString error;
    if (!args.number("--trials", &trials, &error) || !args.number("--seed", &seed, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || !first || first->isEmpty() || !second
        || second->isEmpty() || !outDir || outDir->isEmpty() || trials < 1 || trials > 1000 || seed < 0)
        return fail(usage());

    // Both models, of one family.
    std::shared_ptr<const core::IMusicModel> music[2];
    std::shared_ptr<const core::ISketchModel> sketch[2];
    const QString specs[2] = {*first, *second};
    for (int i = 0; i < 2; ++i) {
        const MusicOrSketchModel model = loadMusicOrSketchModel(specs[i], QStringLiteral("compare"), &error);
        if (!model)
            return fail(error);
        music[i] = model.music;
        sketch[i] = model.sketch;
    }
    if (bool(music[0]) != bool(music[1]))
        return fail(QObject::tr("compare: %1 and %2 are not both music models or both drawing models")
                        .arg(specs[0], specs[1]));
    if (!QDir().mkpath(*outDir))
        return fail(QObject::tr("compare: cannot make the folder %1").arg(*outDir));

    const int n = int(trials);
    std::vector<core::ContinuationEvaluation::Piece> pieces;
    QString kind = QStringLiteral("sketch");
    if (music[0]) {
        const bool melody = music[0]->kind() == core::MusicModelKind::Melody;
        kind = melody ? QStringLiteral("melody") : QStringLiteral("performance");
        pieces = heldOutPieces(melody, dataOpt.value_or(defaultDataDir(kind)), n, &error);
        if (pieces.empty())
            return fail(QObject::tr("compare: %1").arg(error));
    }
    const auto path = [](const QString &spec) {
        return QFileInfo(spec).exists() ? QFileInfo(spec).absoluteFilePath() : resolveMusicModel(spec);
    };
    const core::BlindTest test(path(specs[0]), path(specs[1]), n, std::uint64_t(seed));
    const QDir dir(*outDir);
    QJsonArray files;
    for (int t = 0; t < n; ++t) {
        const std::uint64_t trialSeed = std::uint64_t(seed) + std::uint64_t(t);
        const bool aIsFirst = test.leftIsFirst(t);
        const QString stem = dir.filePath(QStringLiteral("trial-%1-").arg(t + 1, 2, 10, QLatin1Char('0')));
        QString side[2];   // [0]: the first model's file, [1]: the second's
        side[aIsFirst ? 0 : 1] = stem + QStringLiteral("A");
        side[aIsFirst ? 1 : 0] = stem + QStringLiteral("B");
        if (music[0]) {
            const core::ContinuationEvaluation::Piece &piece = pieces[std::size_t(t) % pieces.size()];
            const double quarter = (1 + (t / int(pieces.size())) % 3) / 4.0;
            QList<core::Note> context;
            const auto request = core::ContinuationEvaluation::excerpt(piece, quarter, 4, &context);
            if (!request)
                return fail(QObject::tr("compare: %1 cannot be continued").arg(piece.name));
            const auto pair = core::ComparisonPair::music(*music[0], *music[1], *request, trialSeed, nullptr, &error);
            if (!pair)
                return fail(QObject::tr("compare: trial %1: %2").arg(t + 1).arg(error));
            for (int m = 0; m < 2; ++m) {
                side[m] += QStringLiteral(".mid");
                const core::Song song = trialSong(*request, context + (*pair)[std::size_t(m)]);
                if (!core::SmfWriter::writeFile(core::SongConverter::toSmf(song, 1), side[m], &error))
                    return fail(QObject::tr("compare: %1").arg(error));
            }
        } else {
            const auto pair = core::ComparisonPair::sketch(*sketch[0], *sketch[1], core::Sketch{},
                                                           core::SketchSampleOptions{}, trialSeed, nullptr, &error);
            if (!pair)
                return fail(QObject::tr("compare: trial %1: %2").arg(t + 1).arg(error));
            for (int m = 0; m < 2; ++m) {
                side[m] += QStringLiteral(".svg");
                if (!ui::SketchRenderer::exportSvg(core::Sketch{(*pair)[std::size_t(m)]}, side[m], &error))
                    return fail(QObject::tr("compare: %1").arg(error));
            }
        }
        files.append(QJsonArray{side[aIsFirst ? 0 : 1], side[aIsFirst ? 1 : 0]});
    }
    const QString key = dir.filePath(QStringLiteral("key.json"));
    if (!test.save(key, &error))
        return fail(QObject::tr("compare: %1").arg(error));
    printJson(QJsonObject{{"trials", n},
                          {"out", QFileInfo(*outDir).absoluteFilePath()},
                          {"key", QFileInfo(key).absoluteFilePath()},
                          {"files", files},
                          {"kind", kind},
                          {"seed", seed}});
    return 0;
}

int scorePicks(Args &args)
{
    const auto keyPath = args.option("--key"), picks = args.option("--picks");
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || !keyPath || keyPath->isEmpty() || !picks)
        return fail(usage());
    QString reason;
    const auto bytes = core::BoundedFile::read(*keyPath, kMaxKeyBytes, &reason);
    if (!bytes)
        return fail(QObject::tr("compare: %1: %2").arg(*keyPath, reason));
    const QJsonObject key = QJsonDocument::fromJson(*bytes).object();
    bool seedOk = false;
    const std::uint64_t seed = key.value("seed").toString().toULongLong(&seedOk);
    const int trials = key.value("trials").toInt(-1);
    const QJsonArray perTrial = key.value("per_trial").toArray();
    if (!seedOk || trials < 1 || trials > 1000 || perTrial.size() != trials || key.value("first").toString().isEmpty())
        return fail(QObject::tr("compare: %1 is not a comparison's key").arg(*keyPath));
    // The order comes from the seed; a key that says otherwise was edited.
    core::BlindTest test(key.value("first").toString(), key.value("second").toString(), trials, seed);
    for (int t = 0; t < trials; ++t)
        if ((perTrial.at(t).toObject().value("a_is").toString() == QLatin1String("first")) != test.leftIsFirst(t))
            return fail(QObject::tr("compare: %1 does not match its seed (was it edited?)").arg(*keyPath));
    if (picks->size() != trials)
        return fail(QObject::tr("compare: %1 picks for %2 trials (one letter per trial: A, B or -)")
                        .arg(picks->size())
                        .arg(trials));
    for (QChar c : *picks) {
        if (c.toUpper() == QLatin1Char('A') || c.toUpper() == QLatin1Char('B'))
            test.pick(c.toUpper() == QLatin1Char('A'));
        else if (c == QLatin1Char('-'))
            test.skip();
        else
            return fail(QObject::tr("compare: \"%1\" is not a pick (A, B or -)").arg(c));
    }
    QString error;
    const QString result = QFileInfo(*keyPath).absoluteDir().filePath(QStringLiteral("result.json"));
    if (!test.save(result, &error))
        return fail(QObject::tr("compare: %1").arg(error));
    QJsonObject out = test.toJson();
    out.insert("result", result);
    printJson(out);
    return 0;
}

int runCompare(Args args)
{
    args.flag("--json");   // JSON is the only output
    Args probe = args;
    return probe.option("--key") ? scorePicks(args) : writeTrials(args);
}

} // namespace

QList<CliCommand> compareCommands()
{
    return {
        {{"compare"},
         "compare --first A --second B [--trials N] [--seed S] [--data DIR] --out DIR [--json] | compare --key "
         "DIR/key.json --picks PICKS [--json]",
         &runCompare},
    };
}

} // namespace atelier::app
