// Music model tuning toward a reward; see MusicTuner.h.

// torch before Qt: Qt's `slots` macro breaks torch headers.
#include "train/TorchTraining.h"
#include "music/MusicLstmNet.h"
#include "music/MusicNetwork.h"

#include "music/ChordConditioning.h"
#include "music/MusicGenerator.h"
#include "music/MusicLstmModel.h"
#include "music/MusicModelFile.h"
#include "music/MusicTuner.h"

#include <QJsonArray>
#include <QObject>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace atelier::models {

namespace {

constexpr int64_t kIgnore = MusicNetwork::kIgnore;

} // namespace

struct MusicTuner::Private {
    TuningOptions options;
    std::vector<core::MusicEpisode> episodes;
    core::IReward *reward = nullptr;
    MusicModelFile base;                  // the base file (metadata; weights of π₀)
    std::shared_ptr<const core::IMusicModel> baseFast;
    MusicLstmNet policy{nullptr}, frozen{nullptr};
    std::unique_ptr<torch::optim::Adam> optimizer;
    std::mt19937_64 orderRng;
    std::vector<std::size_t> order;
    TuningLoop loop;
    bool prepared = false;

    const core::MusicEpisode &nextEpisode();
    std::shared_ptr<const core::IMusicModel> snapshot() const;
    bool tuneStep(QString *error);
};

MusicTuner::MusicTuner(TuningOptions options, std::vector<core::MusicEpisode> episodes, core::IReward *reward)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->episodes = std::move(episodes);
    d->reward = reward;
}

MusicTuner::~MusicTuner() = default;

void MusicTuner::setProgressCallback(ProgressCallback callback) { d->loop.setProgressCallback(std::move(callback)); }
void MusicTuner::setCancelFlag(const std::atomic<bool> *flag) { d->loop.setCancelFlag(flag); }
void MusicTuner::setTargets(int steps, double minutes)
{
    d->options.steps = steps;
    d->options.minutes = minutes;
}
int MusicTuner::step() const { return d->loop.step(); }
bool MusicTuner::cancelled() const { return d->loop.cancelled(); }
double MusicTuner::elapsedSeconds() const { return d->loop.elapsedSeconds(); }
int MusicTuner::errors() const { return d->loop.errors(); }
int MusicTuner::samples() const { return d->loop.samples(); }
QString MusicTuner::firstError() const { return d->loop.firstError(); }
const TuningOptions &MusicTuner::options() const { return d->options; }
const std::vector<double> &MusicTuner::rewardHistory() const { return d->loop.rewards(); }
const std::vector<double> &MusicTuner::klHistory() const { return d->loop.kls(); }
std::shared_ptr<const core::IMusicModel> MusicTuner::baseModel() const { return d->baseFast; }
std::shared_ptr<const core::IMusicModel> MusicTuner::currentModel() const
{
    return d->prepared ? d->snapshot() : nullptr;
}

bool MusicTuner::prepare(const QString &basePath, QString *error)
{
    auto fail = [&](const QString &problem) {
        if (error)
            *error = problem;
        return false;
    };
    const TuningOptions &o = d->options;
    if (!d->reward)
        return fail(QObject::tr("no reward to tune toward"));
    if (const QString problem = TuningLoop::checkOptions(o); !problem.isEmpty())
        return fail(problem);
    QString why;
    auto file = MusicModelFile::read(basePath, &why);
    if (!file)
        return fail(QObject::tr("%1 (tuning takes an LSTM music model, *.music.json)").arg(why));
    const MusicLstmConfig &c = file->config;
    const bool melody = c.kind == QLatin1String("melody");
    if (melody && c.controls != 0)
        return fail(QObject::tr("%1: a chord-conditioned melody model cannot be tuned yet").arg(file->name));
    if (d->episodes.empty())
        return fail(QObject::tr("no contexts to tune on"));
    for (const core::MusicEpisode &e : d->episodes)
        if ((e.plan.kind == core::MusicModelKind::Melody) != melody)
            return fail(QObject::tr("the contexts were made for another kind of model than %1").arg(file->name));
    configureTrainingCpu(o.threads);
    torch::manual_seed(o.seed);
    d->base = std::move(*file);
    d->baseFast = std::make_shared<MusicLstmModel>(d->base);
    d->policy = MusicLstmNet(c);
    d->policy->loadWeights(d->base);
    d->policy->train();
    d->frozen = MusicLstmNet(c);
    d->frozen->loadWeights(d->base);
    d->frozen->eval();
    for (auto &p : d->frozen->parameters())
        p.set_requires_grad(false);
    d->optimizer = std::make_unique<torch::optim::Adam>(d->policy->parameters(),
                                                        torch::optim::AdamOptions(o.learningRate));
    d->orderRng.seed(o.seed);
    d->order.clear();
    d->loop.reset();
    d->prepared = true;
    return true;
}

const core::MusicEpisode &MusicTuner::Private::nextEpisode()
{
    const std::size_t e = episodes.size();
    const std::size_t at = std::size_t(loop.step()) % e;
    if (at == 0 || order.size() != e) {
        order.resize(e);
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::shuffle(order.begin(), order.end(), orderRng);
    }
    return episodes[order[at]];
}

std::shared_ptr<const core::IMusicModel> MusicTuner::Private::snapshot() const
{
    MusicModelFile f;
    f.name = base.name;
    policy->storeWeights(f);
    return std::make_shared<MusicLstmModel>(f);
}

bool MusicTuner::Private::tuneStep(QString *error)
{
    const core::MusicEpisode &episode = nextEpisode();
    const std::shared_ptr<const core::IMusicModel> current = snapshot();
    core::MusicSampleOptions sampling = episode.plan.options;
    sampling.temperature = 1.0;
    sampling.topP = 1.0;
    sampling.seed = options.seed * 1000003ULL + std::uint64_t(loop.step()) * 16ULL;
    const int G = options.group;
    const auto rows = core::generate(*current, episode.plan.primer, G, episode.plan.length, sampling);
    if (!rows) {
        if (error)
            *error = QObject::tr("sampling failed");
        return false;
    }

    // Rewards; failed rows drop out of the group.
    std::vector<QJsonObject> drawn;
    for (const std::vector<int> &row : *rows)
        drawn.push_back(episode.sample(row));
    const TuningLoop::Scored scored = loop.score(*reward, drawn);
    const int B = int(scored.rows.size());
    if (B < 2) {
        loop.record(scored.mean, loop.kls().empty() ? 0.0 : loop.kls().back());
        return true;
    }
    const std::vector<float> advantage = TuningLoop::advantages(scored.rewards);

    // Teacher-forced batch: primer (or the neutral start token) + row; the
    // targets are the row's tokens only.
    std::vector<int> primer = episode.plan.primer;
    if (primer.empty())
        primer.push_back(core::neutralStartToken(episode.plan.kind));
    const int P = int(primer.size());
    std::size_t longest = 0;
    for (int r : scored.rows)
        longest = std::max(longest, (*rows)[std::size_t(r)].size());
    const int T = P + int(longest) - 1;
    torch::Tensor inputs = torch::zeros({T, B}, torch::kLong);
    torch::Tensor targets = torch::full({T, B}, kIgnore, torch::kLong);
    int64_t *in = inputs.data_ptr<int64_t>(), *tg = targets.data_ptr<int64_t>();
    for (int b = 0; b < B; ++b) {
        const std::vector<int> &row = (*rows)[std::size_t(scored.rows[std::size_t(b)])];
        const int n = P + int(row.size());
        auto token = [&](int i) { return i < P ? primer[std::size_t(i)] : row[std::size_t(i - P)]; };
        for (int t = 0; t + 1 < n; ++t) {
            in[std::size_t(t) * B + b] = token(t);
            if (t + 1 >= P)
                tg[std::size_t(t) * B + b] = token(t + 1);
        }
    }
    const int C = base.config.controls;
    torch::Tensor controls;
    if (C > 0) {
        const std::vector<float> ctl = core::musicControls(*current, episode.plan.primer, sampling.densityBin);
        controls = torch::tensor(ctl).reshape({1, 1, C}).expand({T, B, C}).contiguous();
    }
    const torch::Tensor mask = targets.ne(kIgnore).to(torch::kFloat);
    const torch::Tensor safeTargets = targets.clamp_min(0).unsqueeze(2);
    const torch::Tensor logp = torch::log_softmax(policy->forward(inputs, controls), 2);
    torch::Tensor logp0;
    {
        torch::NoGradGuard noGrad;
        logp0 = torch::log_softmax(frozen->forward(inputs, controls), 2);
    }
    const torch::Tensor tokenLogp = logp.gather(2, safeTargets).squeeze(2) * mask;          // [T, B]
    const torch::Tensor klToken = (logp.exp() * (logp - logp0)).sum(2) * mask;            // [T, B]
    const torch::Tensor count = mask.sum().clamp_min(1.0);
    const torch::Tensor adv = torch::tensor(advantage);
    const torch::Tensor loss = (-(adv * tokenLogp.sum(0)).sum() + options.beta * klToken.sum()) / count;
    optimizerStep(*optimizer, policy->parameters(), loss, options.gradClipNorm);
    loop.record(scored.mean, (klToken.sum() / count).item<double>());
    return true;
}

bool MusicTuner::run(QString *error)
{
    if (!d->prepared) {
        if (error)
            *error = QObject::tr("the tuner is not prepared");
        return false;
    }
    return d->loop.run(d->options, [this](QString *why) { return d->tuneStep(why); }, error);
}

bool MusicTuner::exportModel(const QString &path, const QString &name, const QJsonObject &tuning,
                             QString *error) const
{
    if (!d->prepared) {
        if (error)
            *error = QObject::tr("the tuner is not prepared");
        return false;
    }
    MusicModelFile f;
    f.name = name;
    d->policy->storeWeights(f);
    QJsonObject record = d->loop.withSummary(tuning, d->options);
    record.insert("contexts", int(d->episodes.size()));
    f.training = QJsonObject{{"tuning", record}, {"base_training", d->base.training}};
    return f.write(path, error);
}

} // namespace atelier::models
