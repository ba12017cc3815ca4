// Music LSTM training; see MusicTrainer.h.

// torch before Qt: Qt's `slots` macro breaks torch headers.
#include "music/MusicTrainerPrivate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <limits>
#include <numeric>

namespace atelier::models {

namespace {

constexpr int kEvalBatch = 16;    // held-out sequences per evaluation batch
constexpr int64_t kIgnore = MusicNetwork::kIgnore;

// Shard k's random stream: shard 0 keeps the single-stream seeding of runs
// from before data-parallel training.
std::mt19937_64 shardEngine(std::uint64_t seed, int shard)
{
    if (shard == 0)
        return std::mt19937_64(seed);
    std::seed_seq seq{std::uint32_t(seed), std::uint32_t(seed >> 32), std::uint32_t(shard)};
    return std::mt19937_64(seq);
}

} // namespace

MusicTrainer::MusicTrainer(MusicTrainingOptions options, std::shared_ptr<const core::IMusicTrainingData> data)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->data = std::move(data);
}

MusicTrainer::~MusicTrainer() = default;

void MusicTrainer::setProgressCallback(ProgressCallback callback) { d->progress = std::move(callback); }
void MusicTrainer::setCancelFlag(const std::atomic<bool> *flag) { d->cancelFlag = flag; }
int MusicTrainer::step() const { return d->step; }
bool MusicTrainer::resumed() const { return d->resumed; }
bool MusicTrainer::cancelled() const { return d->cancelled; }
double MusicTrainer::elapsedSeconds() const { return d->elapsedBefore + d->elapsedThisRun; }
const MusicTrainingOptions &MusicTrainer::options() const { return d->options; }
const MusicLstmConfig &MusicTrainer::config() const { return d->options.config; }
qint64 MusicTrainer::parameterCount() const
{
    return d->net ? d->net->parameterCount() : d->options.config.parameterCount();
}
QString MusicTrainer::describeNetwork() const { return d->net ? d->net->describe() : QString(); }
const std::vector<double> &MusicTrainer::lossHistory() const { return d->history; }
const std::vector<std::pair<int, double>> &MusicTrainer::validHistory() const { return d->validHistory; }
double MusicTrainer::allreduceSeconds() const { return d->dp ? d->dp->allreduceSeconds() : 0.0; }

bool MusicTrainer::prepare(QString *error)
{
    MusicTrainingOptions &o = d->options;
    MusicLstmConfig &c = o.config;
    auto fail = [&](const QString &problem) {
        if (error)
            *error = problem;
        return false;
    };
    if (!d->data)
        return fail(QObject::tr("no training data"));
    configureTrainingCpu(o.threads);
    std::unique_ptr<MusicNetwork> initial;
    if (!o.initFrom.isEmpty()) {
        QString why;
        torch::manual_seed(o.seed);
        initial = MusicNetwork::fromModelFile(o.initFrom, &o, &why);
        if (!initial)
            return fail(why);
    }
    const int V = d->data->vocabSize(), C = d->data->controlSize();
    if (c.vocab == 0)
        c.vocab = V;
    if (c.vocab != V)
        return fail(QObject::tr("the model's vocabulary (%1) is not the data's (%2)").arg(c.vocab).arg(V));
    if (c.controls == 0)
        c.controls = C;
    if (c.controls != C)
        return fail(QObject::tr("the model's control size (%1) is not the data's (%2)").arg(c.controls).arg(C));
    if (c.kind.isEmpty())
        c.kind = C > 0 ? "performance" : "melody";
    const bool transformer = o.architecture == QLatin1String("transformer");
    if (!transformer && o.architecture != QLatin1String("lstm"))
        return fail(QObject::tr("unknown architecture \"%1\" (lstm or transformer)").arg(o.architecture));
    o.transformer.kind = c.kind;
    o.transformer.vocab = c.vocab;
    o.transformer.controls = c.controls;
    const QString sizes = transformer ? o.transformer.validate() : c.validate();
    if (!sizes.isEmpty())
        return fail(sizes);
    if (o.batchSize < 1 || o.windowLength < 1)
        return fail(QObject::tr("batch size and window length must be positive"));
    if (transformer && o.windowLength > o.transformer.window)
        return fail(QObject::tr("the training window (%1) is longer than the attention window (%2)")
                        .arg(o.windowLength).arg(o.transformer.window));
    if (o.name.isEmpty())
        o.name = c.kind + (transformer ? "-transformer" : "-lstm");

    if (o.dataShards == 0)
        o.dataShards = o.distributed.worldSize;
    if (!d->makeShards(error))
        return false;

    torch::manual_seed(o.seed);
    d->net = initial ? std::move(initial) : MusicNetwork::create(o);
    d->net->module().train();
    d->anchor = AnchorPull(d->net->module().parameters(), o.anchor);
    d->optimizer = std::make_unique<torch::optim::Adam>(d->net->module().parameters(),
                                                        torch::optim::AdamOptions(o.learningRate));
    d->step = 0;
    d->elapsedBefore = d->elapsedThisRun = 0;
    d->history.clear();
    d->validHistory.clear();
    d->resumed = false;
    d->prepared = true;
    if ((o.distributed.distributed() && !d->joinRanks(error))
        || (o.resume && !o.checkpointDir.isEmpty() && QFileInfo::exists(checkpointPath()) && !d->loadCheckpoint(error))) {
        d->prepared = false;
        return false;
    }
    if (d->dp) {
        // Every rank must start from the same step: a checkpoint folder that
        // only some ranks see would make them disagree.
        if (!d->dp->checkSameStep(d->step, error)) {
            d->prepared = false;
            return false;
        }
        if (d->rank() > 0 && !d->resumed)
            torch::manual_seed(o.seed + std::uint64_t(d->rank()));  // the same weights, other dropout masks
    }
    return true;
}

bool MusicTrainer::Private::makeShards(QString *error)
{
    const int W = options.distributed.worldSize, S = options.dataShards;
    auto fail = [&](const QString &problem) {
        if (error)
            *error = problem;
        return false;
    };
    const QString invalid = options.distributed.validate();
    if (!invalid.isEmpty())
        return fail(invalid);
    if (S < W || S % W != 0)
        return fail(QObject::tr("the data shards (%1) must be a multiple of the ranks (%2)").arg(S).arg(W));
    const int local = S / W;
    if (options.batchSize % local != 0)
        return fail(QObject::tr("the batch (%1) must split evenly over this rank's %2 data shards")
                        .arg(options.batchSize).arg(local));
    // The last shard is the smallest: every rank checks it, so all refuse alike.
    if (S > 1 && !data->trainShard(S - 1, S))
        return fail(QObject::tr("the train split cannot be cut into %1 shards (each needs at least one sequence)")
                        .arg(S));
    shards.clear();
    for (int j = 0; j < local; ++j) {
        const int id = rank() * local + j;
        std::shared_ptr<const core::IMusicTrainingData> part = S == 1 ? data : data->trainShard(id, S);
        if (!part)
            return fail(QObject::tr("the train split cannot be cut into %1 shards (each needs at least one sequence)")
                            .arg(S));
        shards.push_back(Shard{id, std::move(part), shardEngine(options.seed, id)});
    }
    return true;
}

bool MusicTrainer::Private::joinRanks(QString *error)
{
    const MusicTrainingOptions &o = options;
    // The settings every rank must share.
    QJsonObject print = net->sizes();
    print["batch"] = o.batchSize;
    print["window"] = o.windowLength;
    print["seed"] = QString::number(o.seed);
    print["learningRate"] = o.learningRate;
    print["learningRateDecay"] = o.learningRateDecay;
    print["minLearningRate"] = o.minLearningRate;
    print["gradClipNorm"] = o.gradClipNorm;
    print["steps"] = o.steps;
    print["minutes"] = o.minutes;
    print["dataShards"] = o.dataShards;
    print["validEvery"] = o.validEvery;
    print["checkpointEvery"] = o.checkpointEvery;
    print["maxValidSequences"] = o.maxValidSequences;
    print["dropout"] = o.architecture == QLatin1String("transformer") ? o.transformer.dropout : o.config.dropout;
    print["data"] = data->describe();
    print["trainEvents"] = double(data->trainEvents());
    print["resume"] = o.resume;
    print["threads"] = o.threads;
    print["checkpoints"] = !o.checkpointDir.isEmpty();
    print["init"] = QFileInfo(o.initFrom).fileName();
    print["anchor"] = o.anchor;
    dp = DataParallel::join(o.distributed, print, error);
    return dp && dp->broadcastParameters(net->module().parameters(), error);
}

bool MusicTrainer::run(QString *error)
{
    if (!d->prepared) {
        if (error)
            *error = QObject::tr("the trainer is not prepared");
        return false;
    }
    MusicTrainingOptions &o = d->options;
    const MusicLstmConfig &c = o.config;
    const int B = o.batchSize, L = o.windowLength, V = c.vocab, C = c.controls;
    const int perShard = B / int(d->shards.size());
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    auto secondsSince = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
    int rateSteps = 0;
    int64_t rateTokens = 0;
    auto rateStart = Clock::now();
    double rate = 0, tokenRate = 0;
    d->cancelled = false;
    d->net->module().train();
    // Whether this rank wants to stop: {time is up (rank 0 decides), cancelled}.
    auto wantsStop = [&] {
        const bool timeUp = d->rank() == 0 && o.minutes > 0 && elapsedSeconds() >= o.minutes * 60;
        return std::pair<double, double>(timeUp ? 1 : 0, d->cancelFlag && d->cancelFlag->load() ? 1 : 0);
    };
    // Several ranks stop together, after the step at which any of them asked
    // to (the flags travel with the gradients); before the first step they agree once.
    bool stopNow = false, stopCancelled = false;
    if (d->dp) {
        const auto [timeUp, cancel] = wantsStop();
        if (!d->dp->agreeToStop(timeUp > 0, cancel > 0, &stopNow, &stopCancelled, error))
            return false;
    }
    // Reused batch buffers (time-major).
    torch::Tensor inputs = torch::zeros({L, B}, torch::kLong), targets = torch::zeros({L, B}, torch::kLong);
    torch::Tensor controls = C > 0 ? torch::zeros({L, B, C}) : torch::Tensor();
    while (true) {
        d->elapsedThisRun = secondsSince(started);
        if (o.steps > 0 && d->step >= o.steps)
            break;
        if (o.steps <= 0 && o.minutes <= 0)
            break;
        if (d->dp) {
            if (stopNow) {
                d->cancelled = stopCancelled;
                break;
            }
        } else {
            if (o.minutes > 0 && elapsedSeconds() >= o.minutes * 60)
                break;
            if (d->cancelFlag && d->cancelFlag->load()) {
                d->cancelled = true;
                break;
            }
        }
        // The batch: B windows, each inputs tokens[0..L-1], targets tokens[1..L],
        // perShard of them from each of this rank's shards.
        int64_t *in = inputs.data_ptr<int64_t>(), *tg = targets.data_ptr<int64_t>();
        float *ctl = C > 0 ? controls.data_ptr<float>() : nullptr;
        int64_t tokenCount = 0;
        for (int b = 0; b < B; ++b) {
            Private::Shard &shard = d->shards[std::size_t(b / perShard)];
            const core::MusicWindow w = shard.data->sampleTrainWindow(shard.rng, L);
            const int n = int(w.tokens.size()) - 1;  // usable positions (a short window is padded)
            const bool haveControls = C > 0 && w.controls.size() >= std::size_t(std::min(n, L)) * C;
            for (int t = 0; t < L; ++t) {
                const std::size_t at = std::size_t(t) * B + b;
                if (t < n) {
                    const int x = w.tokens[std::size_t(t)], y = w.tokens[std::size_t(t) + 1];
                    if (x < 0 || x >= V || y < 0 || y >= V) {
                        if (error)
                            *error = QObject::tr("a training window has token %1, outside the vocabulary of %2")
                                         .arg(x < 0 || x >= V ? x : y)
                                         .arg(V);
                        return false;
                    }
                    in[at] = x;
                    tg[at] = y;
                    ++tokenCount;
                } else {
                    in[at] = 0;
                    tg[at] = kIgnore;
                }
                if (ctl) {
                    float *row = ctl + at * C;
                    if (t < n && haveControls)
                        std::memcpy(row, w.controls.data() + std::size_t(t) * C, sizeof(float) * C);
                    else
                        std::fill_n(row, C, 0.0f);
                }
            }
        }
        if (tokenCount == 0 && !d->dp) {
            if (error)
                *error = QObject::tr("the training data gave only empty windows");
            return false;
        }
        const double lr = d->learningRateAt(d->step);
        for (auto &group : d->optimizer->param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        const torch::Tensor logits = d->net->forward(inputs, controls);
        const torch::Tensor loss = torch::nn::functional::cross_entropy(
            logits.reshape({int64_t(L) * B, V}), targets.reshape({-1}),
            torch::nn::functional::CrossEntropyFuncOptions().ignore_index(kIgnore));
        d->optimizer->zero_grad();
        double lossV = 0;
        if (tokenCount > 0) {
            d->anchor.add(loss, d->net->module().parameters()).backward();
            lossV = loss.item<double>();
        }
        if (d->dp) {
            // The ranks' gradients, weighted by their tokens: the combined batch's.
            const auto [timeUp, cancel] = wantsStop();
            std::vector<double> sums{lossV * double(tokenCount), timeUp, cancel};
            double tokens = 0;
            if (!d->dp->averageGradients(d->net->module().parameters(), double(tokenCount), &sums, &tokens, error))
                return false;
            if (tokens <= 0) {
                if (error)
                    *error = QObject::tr("the training data gave only empty windows");
                return false;
            }
            lossV = sums[0] / tokens;
            tokenCount = int64_t(tokens);
            stopNow = sums[1] + sums[2] > 0;
            stopCancelled = sums[2] > 0;
        }
        torch::nn::utils::clip_grad_norm_(d->net->module().parameters(), o.gradClipNorm);
        if (!std::isfinite(lossV)) {
            if (error)
                *error = QObject::tr("the loss is not finite at step %1 (try a lower learning rate)").arg(d->step + 1);
            return false;
        }
        d->optimizer->step();
        ++d->step;
        ++rateSteps;
        rateTokens += tokenCount;
        d->history.push_back(lossV);

        d->elapsedThisRun = secondsSince(started);
        const double rateSeconds = secondsSince(rateStart);
        if (rateSeconds > 0) {
            rate = rateSteps / rateSeconds;
            tokenRate = double(rateTokens) / rateSeconds;
        }
        if (rateSteps >= 50) {  // a moving window for the rates
            rateSteps = 0;
            rateTokens = 0;
            rateStart = Clock::now();
        }

        const bool validate = o.validEvery > 0 && d->step % o.validEvery == 0 && d->data->sequenceCount(false) > 0;
        double validNll = 0;
        if (validate) {
            QString evalError;
            validNll = d->evaluate(false, &evalError);
            if (!evalError.isEmpty()) {
                if (error)
                    *error = evalError;
                return false;
            }
            d->validHistory.emplace_back(d->step, validNll);
            d->elapsedThisRun = secondsSince(started);
        }
        if (d->progress && (d->step % std::max(1, o.logEvery) == 0 || validate || d->step == 1)) {
            MusicTrainingProgress p;
            p.step = d->step;
            p.targetSteps = o.steps;
            p.loss = lossV;
            p.learningRate = lr;
            p.stepsPerSecond = rate;
            p.tokensPerSecond = tokenRate;
            p.elapsedSeconds = elapsedSeconds();
            p.etaSeconds = trainingEtaSeconds(d->step, o.steps, rate, p.elapsedSeconds, o.minutes);
            p.validation = validate;
            p.validNll = validNll;
            d->progress(p);
        }
        if (!o.checkpointDir.isEmpty() && o.checkpointEvery > 0 && d->step % o.checkpointEvery == 0)
            if (!saveCheckpoint(error))
                return false;
    }
    d->elapsedThisRun = secondsSince(started);
    // The checkpoint first: a failed check must not cost the run.
    return saveCheckpoint(error) && (!d->dp || d->dp->checkSameParameters(d->net->module().parameters(), error));
}

double MusicTrainer::Private::evaluate(bool test, QString *error) const
{
    return evaluate(*data, test, test ? 0 : options.maxValidSequences, error);
}

double MusicTrainer::Private::evaluate(const core::IMusicTrainingData &on, bool test, int maxSequences,
                                       QString *error) const
{
    const MusicLstmConfig &c = options.config;
    const int V = c.vocab, C = c.controls;
    int count = on.sequenceCount(test);
    if (maxSequences > 0)
        count = std::min(count, maxSequences);
    std::vector<core::MusicWindow> seqs;
    // Several ranks score every worldSize-th sequence each and add up.
    const int W = options.distributed.worldSize;
    for (int i = dp ? rank() : 0; i < count; i += dp ? W : 1) {
        core::MusicWindow w = on.sequence(test, i);
        if (w.tokens.size() >= 2)
            seqs.push_back(std::move(w));
    }
    if (seqs.empty() && !dp)
        return std::numeric_limits<double>::quiet_NaN();
    std::vector<std::size_t> order(seqs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return seqs[a].tokens.size() > seqs[b].tokens.size(); });

    const bool wasTraining = net->module().is_training();
    net->module().eval();
    torch::NoGradGuard noGrad;
    double total = 0;
    int64_t scored = 0;
    for (std::size_t first = 0; first < order.size(); first += kEvalBatch) {
        const int B = int(std::min<std::size_t>(kEvalBatch, order.size() - first));
        int T = 0;
        for (int b = 0; b < B; ++b)
            T = std::max(T, int(seqs[order[first + std::size_t(b)]].tokens.size()) - 1);
        torch::Tensor in = torch::zeros({T, B}, torch::kLong), tg = torch::full({T, B}, kIgnore, torch::kLong);
        torch::Tensor ctl = C > 0 ? torch::zeros({T, B, C}) : torch::Tensor();
        int64_t *inp = in.data_ptr<int64_t>(), *tgp = tg.data_ptr<int64_t>();
        for (int b = 0; b < B; ++b) {
            const core::MusicWindow &w = seqs[order[first + std::size_t(b)]];
            const int len = int(w.tokens.size()) - 1;
            const bool haveControls = C > 0 && w.controls.size() >= std::size_t(len) * C;
            for (int t = 0; t < len; ++t) {
                const int x = w.tokens[std::size_t(t)], y = w.tokens[std::size_t(t) + 1];
                inp[std::size_t(t) * B + b] = std::clamp(x, 0, V - 1);
                tgp[std::size_t(t) * B + b] = y >= 0 && y < V ? y : kIgnore;
                if (haveControls)
                    std::memcpy(ctl.data_ptr<float>() + (std::size_t(t) * B + b) * C,
                                w.controls.data() + std::size_t(t) * C, sizeof(float) * C);
            }
        }
        net->score(in, tg, ctl, &total, &scored);
    }
    if (wasTraining)
        net->module().train();
    if (dp) {
        torch::Tensor sums = torch::tensor({total, double(scored)}, torch::kDouble);
        QString lost;
        if (!dp->allreduceSum(sums, &lost)) {
            if (error)
                *error = lost;
            return std::numeric_limits<double>::quiet_NaN();
        }
        total = sums[0].item<double>();
        scored = int64_t(sums[1].item<double>());
    }
    return scored > 0 ? total / double(scored) : std::numeric_limits<double>::quiet_NaN();
}

double MusicTrainer::evaluate(bool test) const
{
    if (!d->prepared)
        return std::numeric_limits<double>::quiet_NaN();
    return d->evaluate(test);
}

double MusicTrainer::evaluateOn(const core::IMusicTrainingData &data, bool test, int maxSequences) const
{
    if (!d->prepared || data.vocabSize() != d->options.config.vocab || data.controlSize() != d->options.config.controls)
        return std::numeric_limits<double>::quiet_NaN();
    return d->evaluate(data, test, maxSequences, nullptr);
}

bool MusicTrainer::exportModel(const QString &path, QString *error) const
{
    if (!d->prepared) {
        if (error)
            *error = QObject::tr("the trainer is not prepared");
        return false;
    }
    if (d->rank() != 0)
        return true;  // rank 0 writes the model all ranks share
    const QFileInfo fi(path);
    if (!fi.absoluteDir().exists() && !QDir().mkpath(fi.absolutePath())) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(fi.absolutePath());
        return false;
    }
    const MusicTrainingOptions &o = d->options;

    // The loss curve as means over blocks of logEvery steps (at most ~2000 points).
    const int n = int(d->history.size());
    int block = std::max(1, o.logEvery);
    while (n / block > 2000)
        block *= 2;
    QJsonArray losses;
    for (int s = 0; s < n; s += block) {
        const int e = std::min(n, s + block);
        const double mean = std::accumulate(d->history.begin() + s, d->history.begin() + e, 0.0) / (e - s);
        losses.append(QJsonArray{e, mean});
    }
    QJsonArray valid;
    for (const auto &[s, nll] : d->validHistory)
        valid.append(QJsonArray{s, nll});
    const int recent = std::min(n, 100);
    const double finalLoss =
        recent > 0 ? std::accumulate(d->history.end() - recent, d->history.end(), 0.0) / recent : 0.0;
    const double tokensSeen = double(d->step) * o.batchSize * o.windowLength * o.distributed.worldSize;
    const qint64 trainEvents = d->data->trainEvents();
    QJsonObject training{
        {"data", QJsonObject{{"trainEvents", double(trainEvents)},
                             {"validSequences", d->data->sequenceCount(false)},
                             {"testSequences", d->data->sequenceCount(true)}}},
        {"steps", d->step},
        {"minutes", elapsedSeconds() / 60.0},
        {"batchSize", o.batchSize},
        {"windowLength", o.windowLength},
        {"tokensSeen", tokensSeen},
        {"epochs", trainEvents > 0 ? tokensSeen / double(trainEvents) : 0.0},
        {"learningRate", o.learningRate},
        {"learningRateDecay", o.learningRateDecay},
        {"minLearningRate", o.minLearningRate},
        {"finalLearningRate", d->learningRateAt(d->step)},
        {"gradClipNorm", o.gradClipNorm},
        {"dropout", o.config.dropout},
        {"seed", QString::number(o.seed)},
        {"threads", o.threads},
        {"ranks", o.distributed.worldSize},
        {"dataShards", o.dataShards},
        {"parameters", double(d->net->parameterCount())},
        {"network", d->net->describe()},
        {"initFrom", QFileInfo(o.initFrom).fileName()},
        {"anchor", o.anchor},
        {"finalTrainLoss", finalLoss},
        {"lossBlock", block},
        {"losses", losses},
        {"valid", valid},
    };
    if (!d->validHistory.empty())
        training["validNll"] = d->validHistory.back().second;
    return d->net->exportModel(path, o.name, training, !o.initFrom.isEmpty(), error);
}

} // namespace atelier::models
