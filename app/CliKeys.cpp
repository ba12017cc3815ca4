// `atelier eval keys`: how right the key estimate is, on labelled music in
// the data path (see core/music/KeyEvaluation.h).

#include "CliCommon.h"

#include "music/KeyEvaluation.h"
#include "project/DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <cstdio>

namespace atelier::app {

namespace {

QJsonObject toJson(const core::KeyEvaluation::Result &r, bool wtc)
{
    QJsonObject o{{"files", r.files}, {"correct", r.correct}, {"accuracy", r.accuracy()}};
    if (wtc)
        o.insert("tonic_correct", r.tonicCorrect);
    else
        o.insert("same_signature", r.sameSignature);
    QJsonArray wrong;
    for (const QString &w : r.wrong.mid(0, 60))
        wrong.append(w);
    o.insert("wrong", wrong);
    return o;
}

int evalKeys(Args args)
{
    const bool json = args.flag("--json");
    const QString data = args.option("--data").value_or(core::DataPaths::dataDir() + "/data/midi");
    const QString profileName = args.option("--profile").value_or("albrecht-shanahan");
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty())
        return fail(QObject::tr("usage: atelier eval keys [--data DIR] [--profile albrecht-shanahan|krumhansl-kessler] "
                                "[--json]"));
    core::KeyFinder::Profile profile;
    if (profileName == QLatin1String("albrecht-shanahan"))
        profile = core::KeyFinder::Profile::AlbrechtShanahan;
    else if (profileName == QLatin1String("krumhansl-kessler"))
        profile = core::KeyFinder::Profile::KrumhanslKessler;
    else
        return fail(QObject::tr("eval keys: %1 is not a profile (albrecht-shanahan, krumhansl-kessler)").arg(profileName));
    const QString wtcDir = QDir(data).filePath("asap-maestro-subset");
    const QString tunesDir = QDir(data).filePath("nottingham/melody");
    if (!QFileInfo(wtcDir).isDir() || !QFileInfo(tunesDir).isDir())
        return fail(QObject::tr("eval keys: %1 needs asap-maestro-subset and nottingham/melody").arg(data));
    const auto wtc = core::KeyEvaluation::wellTemperedClavier(wtcDir, profile);
    const auto tunes = core::KeyEvaluation::nottingham(tunesDir, profile);
    if (wtc.files == 0)
        return fail(QObject::tr("eval keys: no Well-Tempered Clavier files (bwv_846 … bwv_893) in %1").arg(wtcDir));
    if (json) {
        printJson({{"profile", profileName},
                   {"well_tempered_clavier", toJson(wtc, true)},
                   {"nottingham", toJson(tunes, false)}});
        return 0;
    }
    std::printf("%s\n", qPrintable(QObject::tr("Key estimate (%1 profiles), whole files:").arg(profileName)));
    std::printf("  %s\n", qPrintable(QObject::tr("Well-Tempered Clavier: %1 of %2 right (%3 %); tonic right %4")
                                         .arg(wtc.correct).arg(wtc.files).arg(100.0 * wtc.accuracy(), 0, 'f', 1)
                                         .arg(wtc.tonicCorrect)));
    std::printf("  %s\n", qPrintable(QObject::tr("Nottingham: %1 of %2 as their key signature (%3 %), %4 with its notes "
                                                 "(modal tunes count here)")
                                         .arg(tunes.correct).arg(tunes.files).arg(100.0 * tunes.accuracy(), 0, 'f', 1)
                                         .arg(tunes.sameSignature)));
    return 0;
}

} // namespace

QList<CliCommand> keyCommands()
{
    return {
        {{"eval", "keys"}, "eval keys [--data DIR] [--profile albrecht-shanahan|krumhansl-kessler] [--json]\n"
                           "                                         key estimate against labelled music",
         evalKeys},
    };
}

} // namespace atelier::app
