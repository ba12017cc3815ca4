// Data-parallel training over c10d Gloo; see DataParallel.h.

#ifndef USE_C10D_GLOO  // torch's CMake flags define it; the Gloo process group is behind it
#define USE_C10D_GLOO 1
#endif
#include "train/DataParallel.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <cmath>
#include <thread>

namespace atelier::models {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kPoll = std::chrono::milliseconds(50);
// How long a survivor waits for the other survivors' marks before naming
// the ranks without one as lost.
constexpr double kMarkSeconds = 5;

std::string joinKey(int rank) { return "atelier/join/" + std::to_string(rank); }
std::string failedKey(int rank) { return "atelier/failed/" + std::to_string(rank); }

std::vector<uint8_t> bytes(const QByteArray &b) { return std::vector<uint8_t>(b.begin(), b.end()); }
QByteArray bytes(const std::vector<uint8_t> &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

QString rankList(const QList<int> &ranks)
{
    QStringList s;
    for (int r : ranks)
        s << QString::number(r);
    return s.join(QStringLiteral(", "));
}

// The first key whose value differs between two fingerprints, as "key: a against b".
QString firstDifference(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &k : keys) {
        if (a.value(k) == b.value(k))
            continue;
        auto text = [](const QJsonValue &v) {
            if (v.isUndefined())
                return QObject::tr("(missing)");
            return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        };
        return QStringLiteral("%1: %2 / %3").arg(k, text(a.value(k)), text(b.value(k)));
    }
    return QString();
}

} // namespace

QString DistributedOptions::validate() const
{
    if (worldSize < 1)
        return QObject::tr("the world size must be at least 1");
    if (rank < 0 || rank >= worldSize)
        return QObject::tr("the rank (%1) must be between 0 and the world size − 1 (%2)").arg(rank).arg(worldSize - 1);
    if (worldSize > 1 && masterHost.trimmed().isEmpty())
        return QObject::tr("a distributed run needs the master's address (--master HOST:PORT)");
    if (masterPort < 1 || masterPort > 65535)
        return QObject::tr("the master port (%1) must be between 1 and 65535").arg(masterPort);
    if (!(timeoutSeconds > 0))
        return QObject::tr("the timeout must be positive");
    return QString();
}

struct DataParallel::Private {
    DistributedOptions options;
    std::chrono::milliseconds timeout{60000};
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
    long long gathers = 0;
    double allreduceSeconds = 0;
};

DataParallel::DataParallel() : d(std::make_unique<Private>()) {}
DataParallel::~DataParallel() = default;

int DataParallel::rank() const { return d->options.rank; }
int DataParallel::worldSize() const { return d->options.worldSize; }
double DataParallel::allreduceSeconds() const { return d->allreduceSeconds; }

std::unique_ptr<DataParallel> DataParallel::join(const DistributedOptions &options, const QJsonObject &fingerprint,
                                                 QString *error)
{
    auto fail = [&](const QString &problem) {
        if (error)
            *error = problem;
        return nullptr;
    };
    const QString invalid = options.validate();
    if (!invalid.isEmpty())
        return fail(invalid);
    std::unique_ptr<DataParallel> dp(new DataParallel);
    Private &p = *dp->d;
    p.options = options;
    p.timeout = std::chrono::milliseconds(qint64(options.timeoutSeconds * 1000));
    const QString master = QStringLiteral("%1:%2").arg(options.masterHost).arg(options.masterPort);
    const int R = options.rank, W = options.worldSize;

    // The rendezvous store: rank 0 serves it, the others connect (retrying until the timeout).
    try {
        c10d::TCPStoreOptions so;
        so.port = std::uint16_t(options.masterPort);
        so.isServer = R == 0;
        so.numWorkers = std::size_t(W);
        so.waitWorkers = false;  // joining is checked below, with the missing ranks named
        so.timeout = p.timeout;
        p.store = c10::make_intrusive<c10d::TCPStore>(options.masterHost.toStdString(), so);
    } catch (const std::exception &e) {
        if (R == 0)
            return fail(QObject::tr("rank 0 cannot serve the rendezvous at %1: %2").arg(master, QString::fromUtf8(e.what())));
        return fail(QObject::tr("rank %1 cannot reach the master at %2 within %3 s: %4")
                        .arg(R).arg(master).arg(options.timeoutSeconds).arg(QString::fromUtf8(e.what())));
    }

    // Every rank leaves its configuration; all wait for all of them.
    const QJsonObject mine = fingerprint;
    std::vector<QJsonObject> prints(static_cast<std::size_t>(W));
    try {
        p.store->set(joinKey(R), bytes(QJsonDocument(mine).toJson(QJsonDocument::Compact)));
        const auto deadline = Clock::now() + p.timeout;
        QList<int> missing;
        while (true) {
            missing.clear();
            for (int k = 0; k < W; ++k)
                if (!p.store->check({joinKey(k)}))
                    missing << k;
            if (missing.isEmpty() || Clock::now() >= deadline)
                break;
            std::this_thread::sleep_for(kPoll);
        }
        if (!missing.isEmpty())
            return fail(QObject::tr("ranks that did not join within %3 s: %1 (of %2; are they started, with --master %4?)")
                            .arg(rankList(missing)).arg(W).arg(options.timeoutSeconds).arg(master));
        for (int k = 0; k < W; ++k)
            prints[std::size_t(k)] = QJsonDocument::fromJson(bytes(p.store->get(joinKey(k)))).object();
        // Rank 0 serves the store: it waits until every rank has read the
        // settings, so that a rank it refuses sees why rather than a lost store.
        p.store->set("atelier/read/" + std::to_string(R), {1});
        if (R == 0) {
            const auto readBy = Clock::now() + p.timeout;
            for (int k = 0; k < W; ++k)
                while (!p.store->check({"atelier/read/" + std::to_string(k)}) && Clock::now() < readBy)
                    std::this_thread::sleep_for(kPoll);
        }
    } catch (const std::exception &e) {
        return fail(QObject::tr("rank %1: the rendezvous at %2 failed: %3").arg(R).arg(master, QString::fromUtf8(e.what())));
    }
    for (int k = 1; k < W; ++k) {
        const QString diff = firstDifference(prints[0], prints[std::size_t(k)]);
        if (!diff.isEmpty())
            return fail(QObject::tr("rank %1 was started with other settings than rank 0 (%2); every rank needs the "
                                    "same settings and data")
                            .arg(k).arg(diff));
    }

    // The process group: a full mesh of Gloo pairs, set up through the store.
    try {
        std::shared_ptr<::gloo::transport::Device> device;
        if (!options.bindAddress.isEmpty())
            device = c10d::ProcessGroupGloo::createDeviceForHostname(options.bindAddress.toStdString());
        else if (isLoopback(options.masterHost))
            device = c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
        else
            device = c10d::ProcessGroupGloo::createDefaultDevice();
        auto go = c10d::ProcessGroupGloo::Options::create(p.timeout);
        go->devices.push_back(device);
        go->threads = 1;
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>("atelier/gloo", p.store);
        p.group = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, R, W, go);
    } catch (const std::exception &e) {
        return fail(QObject::tr("rank %1 cannot connect to the other ranks: %2").arg(R).arg(QString::fromUtf8(e.what())));
    }
    return dp;
}

QString DataParallel::lostRanksError(const QString &detail)
{
    const int R = d->options.rank, W = d->options.worldSize;
    QList<int> lost;
    try {
        d->store->set(failedKey(R), {1});
        const auto deadline =
            Clock::now() + std::chrono::milliseconds(qint64(std::min(kMarkSeconds, d->options.timeoutSeconds) * 1000));
        while (true) {
            lost.clear();
            for (int k = 0; k < W; ++k)
                if (k != R && !d->store->check({failedKey(k)}))
                    lost << k;
            if (lost.isEmpty() || Clock::now() >= deadline)
                break;
            std::this_thread::sleep_for(kPoll);
        }
    } catch (const std::exception &) {
        lost = {0};  // the store is gone with its server
    }
    if (lost.isEmpty())
        return QObject::tr("rank %1: a collective operation failed: %2").arg(R).arg(detail);
    return QObject::tr("rank %1: lost rank %2 of %3 (it stopped, hung or became unreachable); stopping: %4")
        .arg(R).arg(rankList(lost)).arg(W).arg(detail);
}

bool DataParallel::allreduceSum(torch::Tensor &tensor, QString *error)
{
    const auto started = Clock::now();
    try {
        std::vector<at::Tensor> tensors{tensor};
        d->group->allreduce(tensors)->wait();
    } catch (const std::exception &e) {
        if (error)
            *error = lostRanksError(QString::fromUtf8(e.what()));
        return false;
    }
    d->allreduceSeconds += std::chrono::duration<double>(Clock::now() - started).count();
    return true;
}

bool DataParallel::broadcast(torch::Tensor &tensor, QString *error)
{
    try {
        std::vector<at::Tensor> tensors{tensor};
        c10d::BroadcastOptions bo;
        bo.rootRank = 0;
        d->group->broadcast(tensors, bo)->wait();
    } catch (const std::exception &e) {
        if (error)
            *error = lostRanksError(QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

bool DataParallel::agreeToStop(bool timeUp, bool cancel, bool *stop, bool *cancelled, QString *error)
{
    torch::Tensor flags = torch::tensor({timeUp && rank() == 0 ? 1.0 : 0.0, cancel ? 1.0 : 0.0}, torch::kDouble);
    if (!allreduceSum(flags, error))
        return false;
    *cancelled = flags[1].item<double>() > 0;
    *stop = *cancelled || flags[0].item<double>() > 0;
    return true;
}

bool DataParallel::checkSameStep(int step, QString *error)
{
    const int W = worldSize();
    torch::Tensor steps = torch::zeros({W}, torch::kDouble);
    steps[rank()] = double(step);
    if (!allreduceSum(steps, error))
        return false;
    QStringList list;
    bool same = true;
    for (int r = 0; r < W; ++r) {
        const int s = int(steps[r].item<double>());
        list << QObject::tr("rank %1 at step %2").arg(r).arg(s);
        same = same && s == step;
    }
    if (!same && error)
        *error = QObject::tr("the ranks would start from different steps (%1): --checkpoint-dir must be a "
                             "folder every rank sees")
                     .arg(list.join(QStringLiteral(", ")));
    return same;
}

bool DataParallel::broadcastParameters(const std::vector<torch::Tensor> &parameters, QString *error)
{
    torch::NoGradGuard noGrad;
    for (const torch::Tensor &p : parameters) {
        torch::Tensor t = p.detach();
        if (!broadcast(t, error))
            return false;
    }
    return true;
}

bool DataParallel::averageGradients(const std::vector<torch::Tensor> &parameters, double weight,
                                    std::vector<double> *extras, double *totalWeight, QString *error)
{
    // One buffer for the weighted gradients, one (double) for the weight and the extras.
    std::vector<torch::Tensor> parts;
    for (const torch::Tensor &p : parameters)
        parts.push_back(p.grad().defined() ? p.grad().reshape({-1}) * weight : torch::zeros({p.numel()}));
    torch::Tensor flat = torch::cat(parts);
    std::vector<double> sums{weight};
    if (extras)
        sums.insert(sums.end(), extras->begin(), extras->end());
    torch::Tensor exact = torch::tensor(sums, torch::kDouble);
    if (!allreduceSum(flat, error) || !allreduceSum(exact, error))
        return false;
    const double total = exact[0].item<double>();
    if (extras)
        for (std::size_t i = 0; i < extras->size(); ++i)
            (*extras)[i] = exact[int64_t(i) + 1].item<double>();
    *totalWeight = total;
    if (total <= 0)
        return true;
    torch::NoGradGuard noGrad;
    int64_t at = 0;
    for (const torch::Tensor &p : parameters) {
        const torch::Tensor g = flat.narrow(0, at, p.numel()).view(p.sizes()) / total;
        torch::Tensor param = p;
        if (param.grad().defined())
            param.mutable_grad().copy_(g);
        else
            param.mutable_grad() = g.clone();
        at += p.numel();
    }
    return true;
}

bool DataParallel::checkSameParameters(const std::vector<torch::Tensor> &parameters, QString *error)
{
    const int W = d->options.worldSize, R = d->options.rank;
    double sum = 0, squares = 0;
    for (const torch::Tensor &p : parameters) {
        const torch::Tensor v = p.detach().to(torch::kDouble);
        sum += v.sum().item<double>();
        squares += (v * v).sum().item<double>();
    }
    torch::Tensor all = torch::zeros({W, 2}, torch::kDouble);
    all[R][0] = sum;
    all[R][1] = squares;
    if (!allreduceSum(all, error))
        return false;
    // Equal to rounding: ranks on different CPUs (other vector kernels) may differ in the last bits.
    auto close = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a)); };
    for (int r = 1; r < W; ++r) {
        if (!close(all[r][0].item<double>(), all[0][0].item<double>())
            || !close(all[r][1].item<double>(), all[0][1].item<double>())) {
            if (error)
                *error = QObject::tr("the weights of rank %1 drifted from rank 0's (a bug: please report it)").arg(r);
            return false;
        }
    }
    return true;
}

bool DataParallel::gather(const QByteArray &blob, std::vector<QByteArray> *out, QString *error)
{
    const std::string prefix = "atelier/gather/" + std::to_string(d->gathers++) + "/";
    try {
        d->store->set(prefix + std::to_string(d->options.rank), bytes(blob));
        if (d->options.rank != 0)
            return true;
        out->clear();
        for (int k = 0; k < d->options.worldSize; ++k) {
            out->push_back(bytes(d->store->get(prefix + std::to_string(k))));  // waits up to the timeout
            d->store->deleteKey(prefix + std::to_string(k));
        }
    } catch (const std::exception &e) {
        if (error)
            *error = lostRanksError(QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

} // namespace atelier::models
