// `atelier bench train [--trainer melody|performance] [--world-size N]
// [--steps S] [--data DIR] [--max-files N] [--json]`: data-parallel scaling
// on this machine. Runs `atelier train` (one thread per process, the
// trainer's default network and per-rank batch) first as one rank, then as
// N ranks on 127.0.0.1, and reports each run's steps per second, the share
// of rank 0's training time spent in the gradient all-reduce, and the
// efficiency: N ranks' samples per second over N times one rank's (the batch
// is per rank, so in steps per second it is b / a).

#include "CliCommon.h"
#include "train/LoopbackPort.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

namespace atelier::app {

namespace {

struct RankRun {
    std::unique_ptr<QProcess> process;
    QJsonObject summary;
};

// One run of `world` ranks; the summaries of every rank, or *error.
bool runRanks(const QStringList &common, int world, const QString &dir, std::vector<RankRun> *runs, QString *error)
{
    const int port = models::freeLoopbackPort();
    runs->clear();
    for (int r = 0; r < world; ++r) {
        QStringList args = common;
        args << "--out" << QDir(dir).filePath(QStringLiteral("bench-%1-%2.music.json").arg(world).arg(r));
        if (world > 1)
            args << "--world-size" << QString::number(world) << "--rank" << QString::number(r) << "--master"
                 << QStringLiteral("127.0.0.1:%1").arg(port);
        RankRun run{std::make_unique<QProcess>(), {}};
        // Progress goes straight to our stderr (a full pipe would stall a
        // rank, and with it the others); the summary comes on stdout.
        run.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"WORLD_SIZE", "RANK", "MASTER_ADDR", "MASTER_PORT"})
            env.remove(QString::fromLatin1(name));  // the ranks are ours to set
        run.process->setProcessEnvironment(env);
        run.process->start(QCoreApplication::applicationFilePath(), args);
        runs->push_back(std::move(run));
    }
    bool ok = true;
    for (int r = 0; r < world; ++r) {
        QProcess &p = *(*runs)[std::size_t(r)].process;
        p.waitForFinished(-1);  // each rank gives up on its own (its timeout) if another is lost
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (ok)
                *error = QObject::tr("rank %1 of %2 failed (its messages are above)").arg(r).arg(world);
            ok = false;
            continue;
        }
        (*runs)[std::size_t(r)].summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }
    return ok;
}

int benchTrain(Args args)
{
    const bool json = args.flag("--json");
    const QString trainer = args.option("--trainer").value_or("melody");
    const QString data = args.option("--data").value_or(QString());
    double world = 2, steps = 30, maxFiles = 0;
    QString error;
    for (const auto &[name, value] :
         {std::pair<const char *, double *>{"--world-size", &world}, {"--steps", &steps}, {"--max-files", &maxFiles}})
        if (!args.number(name, value, &error))
            return fail(error);
    if (!args.unknownOption().isEmpty() || !args.positional().isEmpty())
        return fail(QObject::tr("usage: atelier bench train [--trainer melody|performance] [--world-size N] "
                                "[--steps S] [--data DIR] [--max-files N] [--json]"));
    if (trainer != QLatin1String("melody") && trainer != QLatin1String("performance"))
        return fail(QObject::tr("bench train: --trainer must be melody or performance"));
    if (world < 2 || steps < 2)
        return fail(QObject::tr("bench train: --world-size must be at least 2 and --steps at least 2"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QObject::tr("bench train: cannot create a temporary folder"));
    QStringList common{"train", trainer, "--steps", QString::number(int(steps)), "--threads", "1", "--json"};
    if (!data.isEmpty())
        common << "--data" << data;
    if (maxFiles > 0)
        common << "--max-files" << QString::number(int(maxFiles));

    QJsonArray ranks, rates;
    double batch = 0, share = 0;
    for (int w : {1, int(world)}) {
        std::fprintf(stderr, "bench train: %s on %d rank(s), %d steps\n", qPrintable(trainer), w, int(steps));
        std::vector<RankRun> runs;
        if (!runRanks(common, w, dir.path(), &runs, &error))
            return fail(QObject::tr("bench train: %1").arg(error));
        const QJsonObject &s0 = runs.front().summary;
        ranks.append(w);
        rates.append(s0.value("steps_per_s").toDouble());
        batch = s0.value("batch_per_rank").toDouble();
        if (w > 1) {
            const double seconds = s0.value("run_seconds").toDouble();
            share = seconds > 0 ? s0.value("allreduce_seconds").toDouble() / seconds : 0.0;
        }
    }
    // Steps per second of one rank (a) and of each of N ranks (b): N ranks
    // train N·batch samples a step, so efficiency = (N·b·batch) / (N·a·batch) = b / a.
    const double a = rates.at(0).toDouble(), b = rates.at(1).toDouble();
    const QJsonObject out{{"trainer", trainer},
                          {"ranks", ranks},
                          {"steps_per_s", rates},
                          {"samples_per_s", QJsonArray{a * batch, b * batch * world}},
                          {"batch_per_rank", batch},
                          {"allreduce_share", share},
                          {"efficiency", a > 0 ? b / a : 0.0},
                          {"steps", int(steps)},
                          {"threads_per_rank", 1}};
    if (json)
        printJson(out);
    else
        std::printf("%s: 1 rank %.2f steps/s, %d ranks %.2f steps/s each; all-reduce %.1f %% of a step; "
                    "efficiency %.2f\n",
                    qPrintable(trainer), a, int(world), b, 100 * share, out.value("efficiency").toDouble());
    return 0;
}

} // namespace

QList<CliCommand> benchTrainCommands()
{
    return {{{"bench", "train"},
             "bench train [--trainer melody|performance] [--world-size N] [--steps S] [--data DIR] [--max-files N] "
             "[--json]",
             &benchTrain}};
}

} // namespace atelier::app
