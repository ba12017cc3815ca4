#pragma once
// Where a data-parallel training run's ranks meet (torch-free: the app parses
// these from `--world-size N --rank R --master HOST:PORT`, or from torchrun's
// WORLD_SIZE, RANK, MASTER_ADDR and MASTER_PORT; see DataParallel).

#include <QString>

namespace atelier::models {

struct DistributedOptions {
    int worldSize = 1;                         // 1 = a single process, no rendezvous
    int rank = 0;                              // 0 … worldSize − 1; rank 0 serves the rendezvous store
    QString masterHost = QStringLiteral("127.0.0.1");
    int masterPort = 29500;
    double timeoutSeconds = 60;                // joining, and every collective: a lost rank fails within this
    // The address this rank's collectives bind to: "" = the loopback address
    // when the master is on this machine (127.x, localhost), else this host's
    // name as it resolves.
    QString bindAddress;

    bool distributed() const { return worldSize > 1; }
    // "" when usable, else what is wrong (translated).
    QString validate() const;
};

} // namespace atelier::models
