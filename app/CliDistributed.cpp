// The data-parallel options of `atelier train …`; see CliCommon.h.

#include "CliCommon.h"

#include "music/TrainingJob.h"
#include "train/DistributedOptions.h"

#include <QObject>
#include <QProcessEnvironment>
#include <cmath>

namespace atelier::app {

bool readDistributedOptions(Args &args, core::TrainingSpec *spec, QString *error)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // torchrun's variables first, the flags over them.
    auto envInt = [&](const char *name, int *value) {
        if (!env.contains(name))
            return true;
        bool ok = false;
        const int v = env.value(name).toInt(&ok);
        if (!ok) {
            *error = QObject::tr("%1=%2 is not a whole number").arg(QString::fromLatin1(name), env.value(name));
            return false;
        }
        *value = v;
        return true;
    };
    if (!envInt("WORLD_SIZE", &spec->worldSize) || !envInt("RANK", &spec->rank)
        || !envInt("MASTER_PORT", &spec->masterPort))
        return false;
    if (env.contains("MASTER_ADDR"))
        spec->masterHost = env.value("MASTER_ADDR");

    double world = spec->worldSize, rank = spec->rank, timeout = spec->timeoutSeconds, shards = spec->dataShards;
    const std::pair<const char *, double *> numbers[] = {
        {"--world-size", &world}, {"--rank", &rank}, {"--timeout", &timeout}, {"--data-shards", &shards}};
    for (const auto &[name, value] : numbers)
        if (!args.number(name, value, error))
            return false;
    const bool whole = world == std::floor(world) && rank == std::floor(rank) && shards == std::floor(shards);
    if (!whole || world < 1 || rank < 0 || rank >= world || shards < 0 || timeout <= 0) {
        *error = QObject::tr("--world-size must be a whole number of at least 1, --rank a whole number between 0 "
                             "and the world size − 1, --timeout positive");
        return false;
    }
    spec->worldSize = int(world);
    spec->rank = int(rank);
    spec->timeoutSeconds = timeout;
    spec->dataShards = int(shards);
    if (const auto master = args.option("--master")) {
        const int colon = master->lastIndexOf(':');
        bool ok = colon > 0;
        const int port = ok ? master->mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535) {
            *error = QObject::tr("--master takes HOST:PORT (for example 10.0.0.1:29500), not \"%1\"").arg(*master);
            return false;
        }
        spec->masterHost = master->left(colon);
        if (spec->masterHost.startsWith('[') && spec->masterHost.endsWith(']'))  // [::1]:29500
            spec->masterHost = spec->masterHost.mid(1, spec->masterHost.size() - 2);
        spec->masterPort = port;
    }
    if (const auto bind = args.option("--bind"))
        spec->bindAddress = *bind;
    return true;
}

bool readDistributedOptions(Args &args, models::DistributedOptions *options, QString *error)
{
    core::TrainingSpec spec;
    if (!readDistributedOptions(args, &spec, error))
        return false;
    if (spec.dataShards != 0) {
        *error = QObject::tr("--data-shards is for the music trainers");
        return false;
    }
    options->worldSize = spec.worldSize;
    options->rank = spec.rank;
    options->masterHost = spec.masterHost;
    options->masterPort = spec.masterPort;
    options->timeoutSeconds = spec.timeoutSeconds;
    options->bindAddress = spec.bindAddress;
    return true;
}

} // namespace atelier::app
