// MusicTrainer's checkpoints: model, Adam state, step, time, histories and
// every rank's random streams; see MusicTrainer.h.

// torch before Qt: Qt's `slots` macro breaks torch headers.
#include "music/MusicTrainerPrivate.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <filesystem>
#include <functional>
#include <mutex>
#include <sstream>

namespace atelier::models {

namespace {

QString checkpointFileName(const QString &kind) { return "music-" + kind + ".ckpt"; }

torch::Tensor torchRngState()
{
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    return gen.get_state();
}

void setTorchRngState(const torch::Tensor &state)
{
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(state);
}

bool readEngine(const QByteArray &text, std::mt19937_64 &engine)
{
    std::istringstream in(text.toStdString());
    in >> engine;
    return !in.fail();
}

} // namespace

QString MusicTrainer::checkpointPath() const
{
    const QString kind = d->options.config.kind.isEmpty() ? QStringLiteral("music") : d->options.config.kind;
    return QDir(d->options.checkpointDir).filePath(checkpointFileName(kind));
}

QByteArray MusicTrainer::Private::rankState() const
{
    QJsonObject rngs;
    for (const Shard &s : shards) {
        std::ostringstream text;
        text << s.rng;
        rngs[QString::number(s.id)] = QString::fromStdString(text.str());
    }
    const QByteArray torchState = tensorBytes(torchRngState());
    return QJsonDocument(QJsonObject{{"data_rng", rngs}, {"torch_rng", QString::fromLatin1(torchState.toBase64())}})
        .toJson(QJsonDocument::Compact);
}

bool MusicTrainer::Private::restoreRankState(const QByteArray &state, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(state).object();
    const QJsonObject rngs = o.value("data_rng").toObject();
    for (Shard &s : shards) {
        if (!readEngine(rngs.value(QString::number(s.id)).toString().toUtf8(), s.rng)) {
            if (error)
                *error = QObject::tr("the checkpoint has no random state for data shard %1").arg(s.id);
            return false;
        }
    }
    setTorchRngState(bytesTensor(QByteArray::fromBase64(o.value("torch_rng").toString().toLatin1())));
    return true;
}

bool MusicTrainer::Private::loadCheckpoint(QString *error)
{
    const QString path = QDir(options.checkpointDir).filePath(checkpointFileName(options.config.kind));
    const int W = options.distributed.worldSize;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString());
        torch::Tensor configBytes;
        archive.read("config", configBytes);
        QJsonObject saved = QJsonDocument::fromJson(tensorBytes(configBytes)).object();
        saved.remove("dropout");
        if (!saved.contains("architecture"))   // checkpoints from before the Transformer
            saved.insert("architecture", "lstm");
        if (saved != net->sizes()) {
            if (error)
                *error = QObject::tr("%1 was made with other sizes (%2)")
                             .arg(path, QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
            return false;
        }
        // Which ranks and shards wrote it: a run resumes on the same layout.
        torch::Tensor statesT, worldT, shardsT;
        QJsonArray states;
        int savedWorld = 1, savedShards = 1;
        if (archive.try_read("rank_states", statesT)) {
            states = QJsonDocument::fromJson(tensorBytes(statesT)).array();
            archive.read("world_size", worldT);
            archive.read("data_shards", shardsT);
            savedWorld = int(worldT.item<int64_t>());
            savedShards = int(shardsT.item<int64_t>());
        }
        if (savedWorld != W || savedShards != options.dataShards) {
            if (error)
                *error = QObject::tr("%1 was written by a run with world size %2 and %3 data shards; resume it with "
                                     "--world-size %2 (this run: world size %4, %5 data shards)")
                             .arg(path).arg(savedWorld).arg(savedShards).arg(W).arg(options.dataShards);
            return false;
        }
        torch::serialize::InputArchive modelArchive, optimizerArchive;
        archive.read("model", modelArchive);
        net->module().load(modelArchive);
        archive.read("optimizer", optimizerArchive);
        optimizer->load(optimizerArchive);
        torch::Tensor stepT, elapsedT, historyT, validStepsT, validNllT;
        archive.read("step", stepT);
        archive.read("elapsed", elapsedT);
        archive.read("history", historyT);
        archive.read("valid_steps", validStepsT);
        archive.read("valid_nll", validNllT);
        step = int(stepT.item<int64_t>());
        elapsedBefore = elapsedT.item<double>();
        if (!states.isEmpty()) {
            if (!restoreRankState(states.at(rank()).toString().toUtf8(), error))
                return false;
        } else {  // a checkpoint from before data-parallel training: one rank, one stream
            torch::Tensor rngT, dataRngT;
            archive.read("rng", rngT);
            archive.read("data_rng", dataRngT);
            if (!readEngine(tensorBytes(dataRngT), shards.front().rng))
                throw std::runtime_error("bad data RNG state");
            setTorchRngState(rngT);
        }
        const torch::Tensor h = historyT.contiguous();
        history.assign(h.data_ptr<double>(), h.data_ptr<double>() + h.numel());
        validHistory.clear();
        for (int64_t i = 0; i < validStepsT.numel(); ++i)
            validHistory.emplace_back(int(validStepsT[i].item<int64_t>()), validNllT[i].item<double>());
    } catch (const std::exception &e) {
        if (error)
            *error = QObject::tr("cannot resume from %1: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    resumed = true;
    return true;
}

bool MusicTrainer::saveCheckpoint(QString *error)
{
    if (d->options.checkpointDir.isEmpty() || !d->prepared)
        return true;
    // Every rank hands its random streams to rank 0, which writes the file.
    std::vector<QByteArray> states{d->rankState()};
    if (d->dp && !d->dp->gather(states.front(), &states, error))
        return false;
    if (d->rank() != 0)
        return true;
    if (!QDir().mkpath(d->options.checkpointDir)) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(d->options.checkpointDir);
        return false;
    }
    const QString path = checkpointPath();
    const QString tmp = path + ".tmp";
    try {
        torch::serialize::OutputArchive archive, modelArchive, optimizerArchive;
        d->net->module().save(modelArchive);
        archive.write("model", modelArchive);
        d->optimizer->save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
        archive.write("config", bytesTensor(QJsonDocument(d->net->sizes()).toJson(QJsonDocument::Compact)));
        archive.write("step", torch::tensor(int64_t(d->step)));
        archive.write("elapsed", torch::tensor(elapsedSeconds(), torch::kDouble));
        QJsonArray rankStates;
        for (const QByteArray &s : states)
            rankStates.append(QString::fromUtf8(s));
        archive.write("rank_states", bytesTensor(QJsonDocument(rankStates).toJson(QJsonDocument::Compact)));
        archive.write("world_size", torch::tensor(int64_t(d->options.distributed.worldSize)));
        archive.write("data_shards", torch::tensor(int64_t(d->options.dataShards)));
        archive.write("history", torch::tensor(d->history, torch::kDouble));
        std::vector<int64_t> vs;
        std::vector<double> vn;
        for (const auto &[s, nll] : d->validHistory) {
            vs.push_back(s);
            vn.push_back(nll);
        }
        archive.write("valid_steps", torch::tensor(vs, torch::kLong));
        archive.write("valid_nll", torch::tensor(vn, torch::kDouble));
        archive.save_to(tmp.toStdString());
        std::filesystem::rename(tmp.toStdString(), path.toStdString());  // atomic on POSIX
    } catch (const std::exception &e) {
        if (error)
            *error = QObject::tr("cannot write checkpoint %1: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

Tensors MusicTrainer::checkpointWeights(const QString &path, QString *error)
{
    try {
        torch::serialize::InputArchive archive, model;
        archive.load_from(path.toStdString());
        archive.read("model", model);
        Tensors out;
        // Module::save nests each submodule's parameters in an archive of its own.
        std::function<void(torch::serialize::InputArchive &, const QString &)> collect =
            [&](torch::serialize::InputArchive &a, const QString &prefix) {
                for (const std::string &key : a.keys()) {
                    const QString name = prefix + QString::fromStdString(key);
                    torch::Tensor t;
                    torch::serialize::InputArchive child;
                    if (a.try_read(key, t)) {
                        const torch::Tensor v = t.detach().contiguous().to(torch::kFloat);
                        MusicTensor m;
                        for (int64_t dim : v.sizes())
                            m.shape << int(dim);
                        m.values.assign(v.data_ptr<float>(), v.data_ptr<float>() + v.numel());
                        out[name] = std::move(m);
                    } else if (a.try_read(key, child)) {
                        collect(child, name + '.');
                    }
                }
            };
        collect(model, QString());
        return out;
    } catch (const std::exception &e) {
        if (error)
            *error = QObject::tr("cannot read %1: %2").arg(path, QString::fromUtf8(e.what()));
        return {};
    }
}

} // namespace atelier::models
