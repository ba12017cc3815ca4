#pragma once
// Shared by the command-line commands: JSON output, errors on stderr with
// exit code 2, and a small argument reader.

#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace atelier::core { class IMusicModel; class ISketchModel; enum class MusicSplit; struct TrainingSpec; }
namespace atelier::models { struct DistributedOptions; }
namespace atelier::core::ContinuationEvaluation { struct PartStats; struct Piece; }

namespace atelier::app {

constexpr int kCliError = 2;

// Prints "atelier: message" on stderr and returns kCliError.
int fail(const QString &message);
void printJson(const QJsonObject &object);

// Positional words, --flag and --option VALUE, taken out as they are read.
class Args {
public:
    explicit Args(QStringList args) : m_args(std::move(args)) {}
    bool flag(const QString &name);
    // The value after the option; an empty string when it has none; nullopt when absent.
    std::optional<QString> option(const QString &name, const QString &alias = {});
    // Parses a numeric option; returns false (and sets *error) if present but malformed.
    bool number(const QString &name, double *value, QString *error);
    QStringList positional() const { return m_args; }
    QString unknownOption() const;  // the first option left unread, if any

private:
    QStringList m_args;
};

// One headless command: `atelier <words...> args`.
struct CliCommand {
    QStringList words;           // e.g. {"midi", "info"}
    QString synopsis;            // for usage()
    int (*run)(Args args);
};

// "melody" / "chord-melody" / "performance": our bundled model of that kind (else the first
// <kind>*.music.json on the model search path); anything else is a file.
// nullptr and *error when it cannot be loaded (CliMusic.cpp).
QString resolveMusicModel(const QString &spec);
// Data-parallel options of `atelier train …` into *spec: --world-size N,
// --rank R, --master HOST:PORT, --timeout S, --bind ADDR, --data-shards N,
// else torchrun's WORLD_SIZE, RANK, MASTER_ADDR and MASTER_PORT (flags win).
// False and *error when one is malformed (CliDistributed.cpp).
bool readDistributedOptions(Args &args, core::TrainingSpec *spec, QString *error);
// The same for the trainers built here (sketch, timbre), which shard by example (no --data-shards).
bool readDistributedOptions(Args &args, models::DistributedOptions *options, QString *error);
// The default corpus folder of a model kind ("melody", "chord-melody", "performance").
QString defaultDataDir(const QString &kind);
// `eval melody --chords` (CliMusicEval.cpp).
int evalChordMelody(Args args);
std::shared_ptr<const core::IMusicModel> loadMusicModelSpec(const QString &spec, QString *error);
// A model of either family: a music model (as loadMusicModelSpec) or else a
// drawing model (a Sketch-RNN file). Neither: both null, and *error says
// "<command>: <spec> is neither a music model (…) nor a drawing model (…)".
struct MusicOrSketchModel {
    std::shared_ptr<const core::IMusicModel> music;
    std::shared_ptr<const core::ISketchModel> sketch;
    explicit operator bool() const { return music || sketch; }
};
MusicOrSketchModel loadMusicOrSketchModel(const QString &spec, const QString &command, QString *error);
// The held-out pieces of a kind's corpus folder, in name order: the test
// split, then the valid split, at most `count`; each with its busiest track
// (CliMusicEval.cpp).
std::vector<core::ContinuationEvaluation::Piece> heldOutPieces(bool melody, const QString &dir, int count, QString *error);
// The pieces of a corpus folder in the given splits (in that order, by
// name within each), at most `count`; with `spread`, `count` of them taken
// at even strides over the list instead of the first ones.
std::vector<core::ContinuationEvaluation::Piece> corpusPieces(bool melody, const QString &dir,
                                                            const QList<core::MusicSplit> &splits, int count,
                                                            bool spread, QString *error);

// `train sketch --init MODEL …`: personalise a drawing model (CliPersonalise.cpp).
int personaliseSketch(const QString &init, Args args);

// Each group of commands lists itself here (see CliMidi.cpp for the pattern).
QList<CliCommand> midiCommands();
QList<CliCommand> trainCommands();   // CliTrain.cpp: train / eval sketch
QList<CliCommand> sketchCommands();  // CliSketch.cpp (Sketch-RNN models)
QList<CliCommand> keyCommands();     // CliKeys.cpp: eval keys
QList<CliCommand> harmonyCommands(); // CliHarmony.cpp: harmonize, train harmonizer, eval harmonize
QList<CliCommand> musicCommands();
QList<CliCommand> rewardCommands();  // CliReward.cpp: score
QList<CliCommand> tuneCommands();    // CliTune.cpp: tune melody|performance
QList<CliCommand> compareCommands();    // CliCompare.cpp: compare (blind A/B trials and their picks)
QList<CliCommand> tuneEvalCommands();   // CliTuneEval.cpp: eval tune
QList<CliCommand> playCommands();       // CliPlay.cpp: play, bench clock
QList<CliCommand> benchPianoRollCommands();   // CliBenchPianoRoll.cpp: bench pianoroll
QList<CliCommand> soakCommands();   // CliSoak.cpp: soak
QList<CliCommand> benchTrainCommands();   // CliBenchTrain.cpp: bench train (data-parallel scaling)
QList<CliCommand> musicEvalCommands();   // CliMusicEval.cpp: eval continuations
// A continuation's figures as JSON: notes, in_key_fraction, notes_per_beat, on_beat_fraction, mean_velocity.
QJsonObject partStatsJson(const core::ContinuationEvaluation::PartStats &stats);   // CliMusic.cpp: train/eval melody|performance, bench music, continue
QList<CliCommand> timbreCommands();
QList<CliCommand> duetCommands();   // CliDuet.cpp: duet, bench duet  // CliTimbre*.cpp: timbre data, train/eval/bench timbre, timbre render

} // namespace atelier::app
