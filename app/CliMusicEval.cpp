// Evaluations of the music models that generate, on held-out music:
//   atelier eval melody --chords --json    (routed here from eval melody)
//   atelier eval continuations [--model melody|performance|F] --json
// Both print figures a user can check against the held-out music itself.

#include "CliCommon.h"
#include "TrainingJobs.h"

#include "midi/SmfReader.h"
#include "midi/SongConverter.h"
#include "music/ChordConditioning.h"
#include "music/ContinuationEvaluation.h"
#include "music/HarmonyCorpus.h"
#include "music/HarmonyEvaluation.h"
#include "music/MusicCorpus.h"
#include "music/MusicEvaluation.h"
#include "music/MusicGenerator.h"
#include "music/NgramBaseline.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>

namespace atelier::app {

QJsonObject partStatsJson(const core::ContinuationEvaluation::PartStats &s)
{
    if (s.notes == 0)
        return QJsonObject{{"notes", 0}};
    return QJsonObject{{"notes", s.notes},
                       {"in_key_fraction", s.inKey},
                       {"notes_per_beat", s.notesPerBeat},
                       {"on_beat_fraction", s.onBeat},
                       {"mean_velocity", s.meanVelocity}};
}

// eval melody --chords: the chord-conditioned model beside the melody model
// on the same held-out tunes (their melodies, and the chords of their
// accompaniment), and how often each model's notes on the beat are chord
// tones, beside the tunes' own.
int evalChordMelody(Args args)
{
    const QString data = args.option("--data").value_or(defaultDataDir("chord-melody"));
    const QString modelSpec = args.option("--model").value_or("chord-melody");
    const QString plainSpec = args.option("--melody-model").value_or("melody");
    double maxFiles = 0, seed = 1, pull = core::ChordConditioning::kChordModelPull;
    QString error;
    if (!args.number("--max-files", &maxFiles, &error) || !args.number("--seed", &seed, &error)
        || !args.number("--chord-bias", &pull, &error))
        return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty())
        return fail(QObject::tr("usage: atelier eval melody --chords [--data DIR] [--model F] [--melody-model F] "
                                "[--seed S] --json"));
    auto model = loadMusicModelSpec(modelSpec, &error);
    if (!model)
        return fail(QObject::tr("eval melody: %1").arg(error));
    if (!core::ChordConditioning::readsChords(*model))
        return fail(QObject::tr("eval melody --chords: %1 is not a chord-conditioned melody model").arg(modelSpec));
    auto plain = loadMusicModelSpec(plainSpec, &error);
    if (!plain)
        return fail(QObject::tr("eval melody: %1").arg(error));
    auto corpus = loadMusicCorpus("chord-melody", data, int(maxFiles), &error);
    const auto tunes = core::HarmonyCorpus::load(data, &error, int(maxFiles));
    if (!corpus || !tunes)
        return fail(QObject::tr("eval melody: %1").arg(error));
    const core::NgramBaseline ngram = core::NgramBaseline::fit(*corpus);
    const auto baseline = ngram.nll(*corpus, true);
    const auto conditioned = core::evaluateModel(*model, *corpus, true);
    const auto unconditioned = core::evaluateModel(*plain, *corpus, true);   // it reads no controls
    if (conditioned.events != baseline.events || unconditioned.events != baseline.events)
        return fail(QObject::tr("eval melody: the models scored %1 and %2 events, the baselines %3")
                        .arg(conditioned.events).arg(unconditioned.events).arg(baseline.events));

    // Continuations of the held-out tunes over their own chords: 8 bars after the first 8.
    const auto held = tunes->tunes(core::MusicSplit::Test);
    core::MusicSampleOptions o;
    o.temperature = 1.0;
    o.topP = 0.95;
    o.seed = std::uint64_t(seed);
    auto follow = [&](const core::IMusicModel &m, double pull) {
        core::MusicSampleOptions with = o;
        with.chordBias = pull;
        const auto f = core::HarmonyEvaluation::chordFollowing(m, held, with);
        return QJsonObject{{"on_beat_chord_tones", f.generated}, {"on_beat_notes", f.generatedOnBeat},
                           {"chord_pull", pull}, {"tunes", f.tunes}};
    };
    const auto own = core::HarmonyEvaluation::chordFollowing(*model, held, o);
    printJson(QJsonObject{
        {"kind", "chord-melody"},
        {"model_file", resolveMusicModel(modelSpec)},
        {"melody_model_file", resolveMusicModel(plainSpec)},
        {"split", "test"},
        {"sequences", corpus->sequenceCount(true)},
        {"events", double(conditioned.events)},
        {"nll", QJsonObject{{"chord_conditioned", conditioned.nll},
                            {"melody", unconditioned.nll},
                            {"unigram", baseline.unigramNll},
                            {"bigram", baseline.bigramNll}}},
        {"continuations", QJsonObject{{"bars", 8},
                                      {"after_bars", 8},
                                      {"held_out_on_beat_chord_tones", own.heldOut},
                                      {"held_out_on_beat_notes", own.heldOutOnBeat},
                                      {"chord_conditioned", follow(*model, pull)},
                                      {"chord_conditioned_no_pull", follow(*model, 0.0)},
                                      {"melody", follow(*plain, 0.0)},
                                      {"melody_with_chord_pull", follow(*plain, core::ChordConditioning::kSteeringPull)}}}});
    return 0;
}

std::vector<core::ContinuationEvaluation::Piece> corpusPieces(bool melody, const QString &dir,
                                                            const QList<core::MusicSplit> &splits, int count,
                                                            bool spread, QString *error)
{
    std::vector<core::ContinuationEvaluation::Piece> out;
    const QDir folder(dir);
    if (!folder.exists()) {
        *error = dir + QObject::tr(": folder not found");
        return out;
    }
    std::vector<std::pair<QString, core::MusicSplit>> files;
    if (melody) {
        for (const QString &f : folder.entryList({"*.mid", "*.midi"}, QDir::Files, QDir::Name))
            files.emplace_back(f, core::MelodyCorpus::splitOf(QFileInfo(f).completeBaseName()));
    } else {
        const auto corpus = core::PerformanceCorpus::load(dir, error);
        if (!corpus)
            return out;
        for (const auto &p : corpus->performances())
            files.emplace_back(p.file, p.split);
    }
    QStringList chosen;
    for (core::MusicSplit split : splits)
        for (const auto &[file, s] : files)
            if (s == split)
                chosen.append(file);
    if (spread && chosen.size() > count && count > 0) {
        QStringList even;
        for (int i = 0; i < count; ++i)
            even.append(chosen[qsizetype(i) * chosen.size() / count]);
        chosen = even;
    }
    for (const QString &file : chosen) {
        if (int(out.size()) >= count)
            break;
        core::SmfError smfError;
        const auto smf = core::SmfReader::readFile(folder.filePath(file), &smfError);
        if (!smf)
            continue;
        core::ContinuationEvaluation::Piece piece;
        piece.name = QFileInfo(file).completeBaseName();
        piece.song = core::SongConverter::fromSmf(*smf);
        qsizetype most = 0;
        for (int t = 0; t < piece.song.tracks.size(); ++t)
            if (piece.song.tracks[t].channel != core::kDrumChannel && piece.song.tracks[t].notes.size() > most) {
                most = piece.song.tracks[t].notes.size();
                piece.track = t;
            }
        if (most > 0)
            out.push_back(std::move(piece));
    }
    if (out.empty())
        *error = dir + QObject::tr(": no pieces of that split");
    return out;
}

std::vector<core::ContinuationEvaluation::Piece> heldOutPieces(bool melody, const QString &dir, int count, QString *error)
{
    auto out = corpusPieces(melody, dir, {core::MusicSplit::Test, core::MusicSplit::Valid}, count, false, error);
    if (out.empty() && *error == dir + QObject::tr(": no pieces of that split"))
        *error = dir + QObject::tr(": no held-out pieces");
    return out;
}

namespace {

int evalContinuations(Args args)
{
    args.flag("--json");   // JSON is the only output
    const QString modelSpec = args.option("--model").value_or("melody");
    const auto dataOpt = args.option("--data");
    double pieces = 20, bars = 4, variations = 4, seed = 1, temperature = 1.0, topP = 0.95, cuts = 2;
    QString error;
    const std::pair<const char *, double *> numbers[] = {{"--pieces", &pieces}, {"--bars", &bars},
                                                         {"--variations", &variations}, {"--seed", &seed},
                                                         {"--temperature", &temperature}, {"--top-p", &topP},
                                                         {"--cuts", &cuts}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, &error))
            return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty() || pieces < 1 || bars < 1 || bars > 64
        || variations < 1 || variations > 8 || topP <= 0 || topP > 1 || temperature < 0 || cuts < 1 || cuts > 8)
        return fail(QObject::tr("usage: atelier eval continuations [--model melody|performance|FILE] [--data DIR] "
                                "[--pieces N] [--cuts 1-8] [--bars B] [--variations 1-8] [--seed S] "
                                "[--temperature T] [--top-p P] --json"));
    auto model = loadMusicModelSpec(modelSpec, &error);
    if (!model)
        return fail(QObject::tr("eval continuations: %1").arg(error));
    const bool melody = model->kind() == core::MusicModelKind::Melody;
    const QString dir = dataOpt.value_or(defaultDataDir(melody ? "melody" : "performance"));
    const auto held = heldOutPieces(melody, dir, int(pieces), &error);
    if (held.empty())
        return fail(QObject::tr("eval continuations: %1").arg(error));
    core::MusicSampleOptions o;
    o.temperature = temperature;
    o.topP = topP;
    o.seed = std::uint64_t(seed);
    const auto k = core::ContinuationEvaluation::keeping(*model, held, o, int(variations), int(bars), int(cuts));
    QJsonArray list;
    for (const auto &p : k.pieces)
        list.append(QJsonObject{{"name", p.name}, {"key", p.key}, {"context", partStatsJson(p.context)},
                                {"variations", partStatsJson(p.variations)}});
    // Pieces (held out: the test split, then the valid one) each continued at 1/(cuts+1), 2/(cuts+1), ...
    printJson(QJsonObject{{"model_file", resolveMusicModel(modelSpec)},
                          {"data", QFileInfo(dir).absoluteFilePath()},
                          {"bars", int(bars)},
                          {"variations", int(variations)},
                          {"seed", seed},
                          {"temperature", temperature},
                          {"top_p", topP},
                          {"key_constraint", false},
                          {"pieces", int(held.size())},
                          {"cuts", int(cuts)},
                          {"excerpts", int(k.pieces.size())},
                          {"context", partStatsJson(k.context)},
                          {"continuations", partStatsJson(k.variations)},
                          {"in_key_ratio", k.inKeyRatio},
                          {"density_ratio", k.densityRatio},
                          {"velocity_difference", k.velocityDifference},
                          {"per_piece", list}});
    return 0;
}

} // namespace

QList<CliCommand> musicEvalCommands()
{
    return {
        {{"eval", "continuations"},
         "eval continuations [--model melody|performance|F] [--pieces N] [--cuts C] [--bars B] [--variations K] --json",
         evalContinuations},
    };
}

} // namespace atelier::app
