// Drawing model tuning toward a reward; see SketchTuner.h.

// torch before Qt: Qt's `slots` macro breaks torch headers.
#include "SketchPolicy.h"
#include "train/TorchTraining.h"

#include "SketchTuner.h"
#include "reward/RewardSample.h"
#include "sketchrnn/SketchRnnModel.h"

#include <QObject>
#include <algorithm>

namespace atelier::models {

struct SketchTuner::Private {
    TuningOptions options;
    core::IReward *reward = nullptr;
    SketchRnnFile base;
    std::shared_ptr<const core::ISketchModel> baseFast;
    SketchPolicy policy{nullptr}, frozen{nullptr};
    std::unique_ptr<torch::optim::Adam> optimizer;
    TuningLoop loop;
    bool prepared = false;

    SketchRnnFile current() const
    {
        SketchRnnFile f = base;
        policy->store(f);
        return f;
    }
    bool tuneStep(QString *error);
};

SketchTuner::SketchTuner(TuningOptions options, core::IReward *reward) : d(std::make_unique<Private>())
{
    d->options = options;
    d->reward = reward;
}

SketchTuner::~SketchTuner() = default;

void SketchTuner::setProgressCallback(TuningLoop::ProgressCallback callback)
{
    d->loop.setProgressCallback(std::move(callback));
}
void SketchTuner::setCancelFlag(const std::atomic<bool> *flag) { d->loop.setCancelFlag(flag); }
void SketchTuner::setTargets(int steps, double minutes)
{
    d->options.steps = steps;
    d->options.minutes = minutes;
}
int SketchTuner::step() const { return d->loop.step(); }
bool SketchTuner::cancelled() const { return d->loop.cancelled(); }
double SketchTuner::elapsedSeconds() const { return d->loop.elapsedSeconds(); }
int SketchTuner::errors() const { return d->loop.errors(); }
const TuningOptions &SketchTuner::options() const { return d->options; }
const std::vector<double> &SketchTuner::rewardHistory() const { return d->loop.rewards(); }
const std::vector<double> &SketchTuner::klHistory() const { return d->loop.kls(); }
std::shared_ptr<const core::ISketchModel> SketchTuner::baseModel() const { return d->baseFast; }
std::shared_ptr<const core::ISketchModel> SketchTuner::currentModel() const
{
    return d->prepared ? std::make_shared<SketchRnnModel>(d->current()) : nullptr;
}

bool SketchTuner::prepare(const QString &basePath, QString *error)
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
    auto file = SketchRnnFile::read(basePath, error);
    if (!file)
        return false;
    configureTrainingCpu(o.threads);
    torch::manual_seed(o.seed);
    d->base = std::move(*file);
    d->base.float32 = true;
    d->baseFast = std::make_shared<SketchRnnModel>(d->base);
    d->policy = SketchPolicy(d->base);
    d->policy->train();
    d->frozen = SketchPolicy(d->base);
    d->frozen->eval();
    for (auto &p : d->frozen->parameters())
        p.set_requires_grad(false);
    d->optimizer = std::make_unique<torch::optim::Adam>(d->policy->parameters(),
                                                        torch::optim::AdamOptions(o.learningRate));
    d->loop.reset();
    d->prepared = true;
    return true;
}

bool SketchTuner::Private::tuneStep(QString *error)
{
    const SketchRnnModel sampler(current());
    core::SketchSampleOptions sampling;
    sampling.temperature = options.temperature;
    sampling.seed = options.seed * 1000003ULL + std::uint64_t(loop.step()) * 16ULL;
    const auto drawn = sampler.continueSketch({}, options.group, sampling);
    if (!drawn) {
        if (error)
            *error = QObject::tr("sampling failed");
        return false;
    }
    std::vector<QJsonObject> samples;
    for (const QList<core::Stroke5> &rows : *drawn)
        samples.push_back(core::RewardSample::sketch(rows, {}));
    const TuningLoop::Scored scored = loop.score(*reward, samples);
    const int B = int(scored.rows.size());
    if (B < 2) {
        loop.record(scored.mean, loop.kls().empty() ? 0.0 : loop.kls().back());
        return true;
    }
    const std::vector<float> advantage = TuningLoop::advantages(scored.rewards);

    // Teacher forcing: input = start token, then each row before the target.
    qsizetype longest = 1;
    for (int r : scored.rows)
        longest = std::max(longest, (*drawn)[r].size());
    const int64_t T = longest;
    torch::Tensor input = torch::zeros({T, B, 5}), target = torch::zeros({T, B, 5}), mask = torch::zeros({T, B});
    float *in = input.data_ptr<float>(), *tg = target.data_ptr<float>(), *mk = mask.data_ptr<float>();
    auto put = [](float *at, const core::Stroke5 &s) {
        at[0] = s.dx;
        at[1] = s.dy;
        at[2 + std::clamp(s.pen, 0, 2)] = 1.0f;
    };
    for (int b = 0; b < B; ++b) {
        const QList<core::Stroke5> &rows = (*drawn)[scored.rows[std::size_t(b)]];
        for (qsizetype t = 0; t < rows.size(); ++t) {
            const std::size_t at = (std::size_t(t) * B + std::size_t(b));
            put(in + at * 5, t == 0 ? core::Stroke5{0, 0, core::Stroke5::Down} : rows[t - 1]);
            put(tg + at * 5, rows[t]);
            mk[at] = 1.0f;
        }
    }
    const torch::Tensor logp = sketchRowLogProb(policy->forward(input), target, options.temperature) * mask;
    torch::Tensor logp0;
    {
        torch::NoGradGuard noGrad;
        logp0 = sketchRowLogProb(frozen->forward(input), target, options.temperature) * mask;
    }
    const torch::Tensor diff = ((logp0 - logp) * mask).clamp(-20.0, 20.0);   // log π₀ - log π
    const torch::Tensor k3 = (torch::exp(diff) - diff - 1) * mask;
    const torch::Tensor count = mask.sum().clamp_min(1.0);
    const torch::Tensor adv = torch::tensor(advantage);
    const torch::Tensor loss = (-(adv * logp.sum(0)).sum() + options.beta * k3.sum()) / count;
    optimizerStep(*optimizer, policy->parameters(), loss, options.gradClipNorm);
    loop.record(scored.mean, (-(diff.detach() * mask).sum() / count).item<double>());
    return true;
}

bool SketchTuner::run(QString *error)
{
    if (!d->prepared) {
        if (error)
            *error = QObject::tr("the tuner is not prepared");
        return false;
    }
    return d->loop.run(d->options, [this](QString *why) { return d->tuneStep(why); }, error);
}

bool SketchTuner::exportModel(const QString &path, const QString &name, const QJsonObject &tuning,
                              QString *error) const
{
    if (!d->prepared) {
        if (error)
            *error = QObject::tr("the tuner is not prepared");
        return false;
    }
    SketchRnnFile f = d->current();
    f.name = name;
    f.float32 = true;
    QJsonObject record = d->loop.withSummary(tuning, d->options);
    record.insert("temperature", d->options.temperature);
    f.extraInfo.insert("tuning", record);
    return f.write(path, error);
}

} // namespace atelier::models
