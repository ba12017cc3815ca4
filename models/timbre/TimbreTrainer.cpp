#include "timbre/TimbreTrainer.h"

#include "timbre/HarmonicSynth.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreSpec.h"
#include "train/DataParallel.h"
#include "train/TorchTraining.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <chrono>
#include <cmath>
#include <deque>
#include <filesystem>
#include <map>
#include <random>

namespace atelier::models {

using namespace core::timbre;

namespace {

struct TimbreNetImpl : torch::nn::Module {
    std::vector<torch::nn::Linear> dec, enc;
    std::vector<torch::nn::LayerNorm> decNorm, encNorm;
    torch::nn::Linear decOut{nullptr}, encOut{nullptr};
    int z;

    explicit TimbreNetImpl(const TimbreModelConfig &c) : z(c.zSize)
    {
        for (int i = 0; i < c.layers; ++i) {
            const std::string n = "dec" + std::to_string(i);
            dec.push_back(register_module(n, torch::nn::Linear(i == 0 ? c.inputSize() : c.hidden, c.hidden)));
            decNorm.push_back(register_module(n + "_norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.hidden}))));
        }
        decOut = register_module("dec_out", torch::nn::Linear(c.hidden, TimbreModelConfig::outputSize()));
        for (int i = 0; i < TimbreModelConfig::kEncoderLayers; ++i) {
            const std::string n = "enc" + std::to_string(i);
            enc.push_back(register_module(n, torch::nn::Linear(i == 0 ? kMfccStatsSize : c.encoderHidden, c.encoderHidden)));
            encNorm.push_back(register_module(n + "_norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.encoderHidden}))));
        }
        encOut = register_module("enc_out", torch::nn::Linear(c.encoderHidden, 2 * c.zSize));
    }
    torch::Tensor decode(torch::Tensor x)
    {
        for (std::size_t i = 0; i < dec.size(); ++i)
            x = torch::leaky_relu(decNorm[i]->forward(dec[i]->forward(x)), 0.1);
        return decOut->forward(x);
    }
    std::pair<torch::Tensor, torch::Tensor> encode(torch::Tensor x)
    {
        for (std::size_t i = 0; i < enc.size(); ++i)
            x = torch::leaky_relu(encNorm[i]->forward(enc[i]->forward(x)), 0.1);
        const torch::Tensor out = encOut->forward(x);
        return {out.slice(-1, 0, z), out.slice(-1, z, 2 * z)};
    }
};
TORCH_MODULE(TimbreNet);

torch::Tensor expSigmoid(const torch::Tensor &x)
{
    return 2.0 * torch::pow(torch::sigmoid(x), std::log(10.0)) + 1e-7;
}

torch::Tensor upsample(const torch::Tensor &framesFirst /*[B, F+1, C]*/, int samples)
{
    namespace F = torch::nn::functional;
    const torch::Tensor x = framesFirst.transpose(1, 2);  // [B, C, F+1]
    return F::interpolate(x, F::InterpolateFuncOptions()
                                 .size(std::vector<int64_t>{samples + 1})
                                 .mode(torch::kLinear)
                                 .align_corners(true))
        .slice(2, 0, samples);
}

torch::Tensor magnitude(const torch::Tensor &x, int size)
{
    const torch::Tensor window = torch::hann_window(size);
    const torch::Tensor s = torch::stft(x, size, size / 4, size, window, false, true, true);
    const torch::Tensor ri = torch::view_as_real(s);
    return torch::sqrt(ri.pow(2).sum(-1) + 1e-12);
}

torch::Tensor multiScaleLoss(const torch::Tensor &y, const torch::Tensor &x)
{
    torch::Tensor total = torch::zeros({});
    for (int size = 2048; size >= 64; size /= 2) {
        const torch::Tensor a = magnitude(y, size), b = magnitude(x, size);
        total = total + (a - b).abs().mean()
            + (torch::log(a + kLogEpsilon) - torch::log(b + kLogEpsilon)).abs().mean();
    }
    return total;
}

struct Crop {
    int note = 0;
    int startFrame = 0;
    std::uint32_t noiseOffset = 0;
};

// The parameters whose names start with `prefix` ("dec" or "enc").
std::vector<torch::Tensor> parametersNamed(const torch::nn::Module &net, const std::string &prefix)
{
    std::vector<torch::Tensor> out;
    for (const auto &item : net.named_parameters())
        if (item.key().rfind(prefix, 0) == 0) out.push_back(item.value());
    return out;
}

} // namespace

struct TimbreTrainer::Private {
    TimbreTrainingOptions options;
    std::shared_ptr<const TimbreDataset> data;
    TimbreNet net{nullptr};
    torch::Tensor table;  // [instruments, Z], the instruments' embeddings
    // Clipped apart: the decoder with the table, and the encoder.
    std::vector<torch::Tensor> decoderParameters, encoderParameters;
    QJsonObject initTraining;  // the `training` record of the model fine-tuned (initFrom)
    std::unique_ptr<torch::optim::Adam> optimizer;
    std::function<void(const TimbreTrainingProgress &)> callback;
    const std::atomic<bool> *cancel = nullptr;
    bool wasCancelled = false, wasResumed = false;
    int step = 0;
    double elapsedBefore = 0;
    std::chrono::steady_clock::time_point runStart;
    bool running = false;
    std::vector<double> history;
    std::vector<std::pair<int, double>> validHistory;
    std::vector<int> train;
    std::map<int, std::vector<int>> byInstrument;  // training notes per instrument
    std::vector<std::vector<float>> mfcc;           // normalized, per note
    std::vector<float> mfccMean, mfccStd;
    std::vector<Crop> validCrops;
    std::mt19937_64 rng;
    std::unique_ptr<DataParallel> dp;  // null on a single rank
    int allTrainNotes = 0;

    int rank() const { return options.distributed.rank; }
    std::vector<torch::Tensor> allParameters() const
    {
        std::vector<torch::Tensor> p = net->parameters();
        p.push_back(table);
        return p;
    }
    // This rank's streams: rank 0's are those of a single-process run.
    void seedStreams(std::uint64_t rngBase, std::uint64_t torchBase)
    {
        rng.seed(rngBase ^ (std::uint64_t(rank()) * 0xbf58476d1ce4e5b9ull));
        torch::manual_seed(torchBase + std::uint64_t(rank()) * 1000003u);
    }
    bool joinRanks(QString *error);

    double elapsed() const
    {
        return elapsedBefore
            + (running ? std::chrono::duration<double>(std::chrono::steady_clock::now() - runStart).count() : 0);
    }

    torch::Tensor encoderInputs(const std::vector<int> &notes)
    {
        torch::Tensor t = torch::empty({int64_t(notes.size()), kMfccStatsSize});
        float *p = t.data_ptr<float>();
        for (std::size_t i = 0; i < notes.size(); ++i)
            std::copy(mfcc[notes[i]].begin(), mfcc[notes[i]].end(), p + i * kMfccStatsSize);
        return t;
    }

    // The encoder's Gaussian negative log-likelihood of the table's z of
    // encoderBatch random training notes' instruments (the table held fixed).
    torch::Tensor encoderLoss()
    {
        std::vector<int> notes;
        std::vector<int64_t> instruments;
        for (int i = 0; i < options.encoderBatch; ++i) {
            notes.push_back(train[std::uniform_int_distribution<std::size_t>(0, train.size() - 1)(rng)]);
            instruments.push_back(data->notes()[notes.back()].instrument);
        }
        const auto [mu, logVar] = net->encode(encoderInputs(notes));
        const torch::Tensor target = table.detach().index_select(0, torch::tensor(instruments));
        const torch::Tensor lv = logVar.clamp(-12, 6);
        return (0.5 * (lv + (target - mu).pow(2) * torch::exp(-lv))).sum(1).mean();
    }

    // Renders crops with the network; returns (prediction, target, kl). With
    // `sample`, z is the table's plus noise (training), else the table's.
    std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> forward(const std::vector<Crop> &crops, bool sample)
    {
        const int B = int(crops.size()), F = options.cropFrames, T = F * kDataHop, K = kHarmonics;
        const int Z = options.config.zSize;
        torch::Tensor cond = torch::empty({B, F + 1, kConditioningSize});
        torch::Tensor target = torch::zeros({B, T});
        torch::Tensor mask = torch::zeros({B, K}, torch::kBool);
        torch::Tensor omega = torch::empty({B, K, 1});
        torch::Tensor phase = torch::empty({B, K, 1});
        torch::Tensor noise = torch::empty({B, kNoiseBands, T});
        const NoiseBank &bank = NoiseBank::forSampleRate(kDataSampleRate);
        const std::uint32_t lengthMask = std::uint32_t(bank.length() - 1);
        std::vector<int64_t> instruments;
        for (int b = 0; b < B; ++b) {
            const Crop &c = crops[b];
            const TimbreNote &note = data->notes()[c.note];
            float *cp = cond.data_ptr<float>() + std::size_t(b) * (F + 1) * kConditioningSize;
            for (int f = 0; f <= F; ++f) {
                const double t = (c.startFrame + f) / kFrameRate;
                frameConditioning(note.pitch, note.velocity, t, t >= note.noteOff_s ? t - note.noteOff_s : -1.0,
                                  cp + std::size_t(f) * kConditioningSize);
            }
            float *tp = target.data_ptr<float>() + std::size_t(b) * T;
            const std::size_t s0 = std::size_t(c.startFrame) * kDataHop;
            for (int i = 0; i < T && s0 + i < note.samples.size(); ++i) tp[i] = note.sample(s0 + i);
            const double f0 = pitchHz(note.pitch);
            const int audible = audibleHarmonics(f0);
            for (int k = 0; k < K; ++k) {
                const double w = 2 * M_PI * (k + 1) * f0 / kDataSampleRate;
                mask[b][k] = k < audible;
                omega[b][k][0] = float(w);
                phase[b][k][0] = float(std::fmod(w * double(s0), 2 * M_PI));
            }
            float *np = noise.data_ptr<float>() + std::size_t(b) * kNoiseBands * T;
            for (int band = 0; band < kNoiseBands; ++band) {
                const float *src = bank.band(band);
                for (int i = 0; i < T; ++i) np[std::size_t(band) * T + i] = src[(c.noiseOffset + std::uint32_t(i)) & lengthMask];
            }
            instruments.push_back(note.instrument);
        }
        const torch::Tensor mean = table.index_select(0, torch::tensor(instruments));
        // KL(N(mean, zNoise^2) || N(0, 1)) without its constant part.
        const torch::Tensor kl = (0.5 * mean.pow(2)).sum(1).mean();
        const torch::Tensor z = sample ? mean + options.zNoise * torch::randn_like(mean) : mean;
        const torch::Tensor x = torch::cat({z.unsqueeze(1).expand({B, F + 1, Z}), cond}, 2);
        const torch::Tensor raw = net->decode(x);  // [B, F+1, 1+K+NB]
        const torch::Tensor amplitude = expSigmoid(raw.slice(2, 0, 1));
        const torch::Tensor logits = raw.slice(2, 1, 1 + K).masked_fill(mask.logical_not().unsqueeze(1), -1e9);
        const torch::Tensor harmonics = torch::softmax(logits, 2) * amplitude;
        const torch::Tensor gains = expSigmoid(raw.slice(2, 1 + K, 1 + K + kNoiseBands));
        const torch::Tensor t = torch::arange(T, torch::kFloat).view({1, 1, T});
        torch::Tensor sines;
        {
            torch::NoGradGuard ng;
            sines = torch::sin(phase + omega * t);
        }
        const torch::Tensor audio = (upsample(harmonics, T) * sines).sum(1) + (upsample(gains, T) * noise).sum(1);
        return {audio, target, kl};
    }

    Crop randomCrop()
    {
        Crop c;
        c.note = train[std::uniform_int_distribution<std::size_t>(0, train.size() - 1)(rng)];
        const TimbreNote &note = data->notes()[c.note];
        const int frames = int(note.samples.size() / kDataHop);
        const int maxStart = std::max(0, frames - options.cropFrames);
        c.startFrame = std::uniform_real_distribution<double>(0, 1)(rng) < 0.25
            ? 0 : std::uniform_int_distribution<int>(0, maxStart)(rng);
        c.noiseOffset = std::uint32_t(rng());
        return c;
    }

    double learningRate() const
    {
        return std::max(options.minLearningRate, options.learningRate * std::pow(options.learningRateDecay, step));
    }
};

TimbreTrainer::TimbreTrainer(TimbreTrainingOptions options, std::shared_ptr<const TimbreDataset> data)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->data = std::move(data);
}

TimbreTrainer::~TimbreTrainer() = default;

void TimbreTrainer::setProgressCallback(std::function<void(const TimbreTrainingProgress &)> callback)
{
    d->callback = std::move(callback);
}
void TimbreTrainer::setCancelFlag(const std::atomic<bool> *flag) { d->cancel = flag; }
int TimbreTrainer::step() const { return d->step; }
bool TimbreTrainer::resumed() const { return d->wasResumed; }
bool TimbreTrainer::cancelled() const { return d->wasCancelled; }
double TimbreTrainer::elapsedSeconds() const { return d->elapsed(); }
const std::vector<double> &TimbreTrainer::lossHistory() const { return d->history; }
const std::vector<std::pair<int, double>> &TimbreTrainer::validHistory() const { return d->validHistory; }
const TimbreTrainingOptions &TimbreTrainer::options() const { return d->options; }

QString TimbreTrainer::checkpointPath() const
{
    return d->options.checkpointDir.isEmpty() ? QString() : d->options.checkpointDir + "/timbre.ckpt";
}

qint64 TimbreTrainer::parameterCount() const
{
    qint64 n = 0;
    if (d->net)
        for (const auto &p : d->net->parameters()) n += p.numel();
    return n;
}

bool TimbreTrainer::prepare(QString *error)
{
    configureTrainingCpu(d->options.threads);
    torch::manual_seed(d->options.seed);
    d->rng.seed(d->options.seed);
    d->train = d->data->trainNotes();
    if (d->train.empty()) {
        *error = QStringLiteral("the dataset has no training notes");
        return false;
    }
    for (int i : d->train) d->byInstrument[d->data->notes()[i].instrument].push_back(i);
    // Encoder inputs: MFCC statistics of each note's first 3 s, normalized over the training notes.
    const auto &notes = d->data->notes();
    d->mfcc.resize(notes.size());
    for (std::size_t i = 0; i < notes.size(); ++i) {
        if (d->cancel && d->cancel->load()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const std::vector<float> x = notes[i].toFloat();
        d->mfcc[i] = mfccStatistics(x.data(), int(std::min<std::size_t>(x.size(), 3 * kDataSampleRate)));
    }
    d->mfccMean.assign(kMfccStatsSize, 0.0f);
    d->mfccStd.assign(kMfccStatsSize, 0.0f);
    for (int i : d->train)
        for (int k = 0; k < kMfccStatsSize; ++k) d->mfccMean[k] += d->mfcc[i][k] / float(d->train.size());
    for (int i : d->train)
        for (int k = 0; k < kMfccStatsSize; ++k)
            d->mfccStd[k] += (d->mfcc[i][k] - d->mfccMean[k]) * (d->mfcc[i][k] - d->mfccMean[k]) / float(d->train.size());
    for (float &s : d->mfccStd) s = std::max(std::sqrt(s), 1e-3f);
    for (auto &m : d->mfcc)
        for (int k = 0; k < kMfccStatsSize; ++k) m[k] = (m[k] - d->mfccMean[k]) / d->mfccStd[k];
    // Fixed validation crops: held-out pitches at velocity 80 from the onset, spread over instruments.
    std::vector<int> held;
    for (int i : d->data->heldOutNotes())
        if (notes[i].velocity == 80 && std::abs(notes[i].noteOff_s - float(d->data->spec().noteOff_s)) < 1e-3f
            && d->byInstrument.count(notes[i].instrument))
            held.push_back(i);
    const int want = std::min<int>(d->options.validCrops, int(held.size()));
    for (int j = 0; j < want; ++j) {
        const int note = held[std::size_t(j) * held.size() / want];
        d->validCrops.push_back({note, 0, std::uint32_t(977 * j)});
    }
    d->allTrainNotes = int(d->train.size());
    const QString invalid = d->options.distributed.validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    if (d->options.distributed.distributed()) {  // this rank's shard: every worldSize-th training note
        if (d->allTrainNotes < d->options.distributed.worldSize) {  // the same answer on every rank
            *error = QObject::tr("too few training notes for %1 ranks").arg(d->options.distributed.worldSize);
            return false;
        }
        std::vector<int> shard;
        for (std::size_t i = std::size_t(d->rank()); i < d->train.size(); i += std::size_t(d->options.distributed.worldSize))
            shard.push_back(d->train[i]);
        d->train = std::move(shard);
        if (d->train.empty()) {
            *error = QObject::tr("too few training notes for %1 ranks").arg(d->options.distributed.worldSize);
            return false;
        }
    }
    d->net = TimbreNet(d->options.config);
    d->table = (0.1 * torch::randn({int64_t(d->data->instruments().size()), d->options.config.zSize})).requires_grad_(true);
    if (!d->options.initFrom.isEmpty() && !initialize(error)) return false;
    d->decoderParameters = parametersNamed(*d->net, "dec");
    d->decoderParameters.push_back(d->table);
    d->encoderParameters = parametersNamed(*d->net, "enc");
    std::vector<torch::Tensor> parameters = d->net->parameters();
    parameters.push_back(d->table);
    d->optimizer = std::make_unique<torch::optim::Adam>(parameters, torch::optim::AdamOptions(d->options.learningRate));
    if (d->options.distributed.distributed() && !d->joinRanks(error))
        return false;
    const QString ckpt = checkpointPath();
    if (d->options.resume && !ckpt.isEmpty() && QFileInfo::exists(ckpt)) {
        try {
            torch::serialize::InputArchive archive, modelArchive, optimizerArchive;
            archive.load_from(ckpt.toStdString());
            archive.read("model", modelArchive);
            d->net->load(modelArchive);
            torch::Tensor tableT;
            archive.read("table", tableT);
            if (!tableT.sizes().equals(d->table.sizes()))
                throw std::runtime_error("its instrument table does not match this dataset");
            {
                torch::NoGradGuard ng;
                d->table.copy_(tableT);
            }
            archive.read("optimizer", optimizerArchive);
            d->optimizer->load(optimizerArchive);
            torch::Tensor stepT, elapsedT, historyT, vsT, vlT;
            archive.read("step", stepT);
            archive.read("elapsed", elapsedT);
            archive.read("history", historyT);
            archive.read("valid_steps", vsT);
            archive.read("valid_loss", vlT);
            d->step = int(stepT.item<int64_t>());
            d->elapsedBefore = elapsedT.item<double>();
            d->history.assign(historyT.data_ptr<double>(), historyT.data_ptr<double>() + historyT.numel());
            for (int64_t i = 0; i < vsT.numel(); ++i)
                d->validHistory.emplace_back(int(vsT[i].item<int64_t>()), vlT[i].item<double>());
            d->seedStreams(d->options.seed ^ (std::uint64_t(d->step) * 0x9e3779b97f4a7c15ull),
                           d->options.seed + std::uint64_t(d->step));
            d->wasResumed = true;
        } catch (const std::exception &e) {
            *error = QStringLiteral("%1: cannot resume (%2)").arg(ckpt, QString::fromUtf8(e.what()).section('\n', 0, 0));
            return false;
        }
    }
    if (d->dp) {
        // Every rank must start from the same step (a checkpoint folder all of them see).
        if (!d->dp->checkSameStep(d->step, error))
            return false;
        if (!d->wasResumed)
            d->seedStreams(d->options.seed, d->options.seed);  // the same weights, other crops and noise per rank
    }
    return true;
}

bool TimbreTrainer::Private::joinRanks(QString *error)
{
    const TimbreTrainingOptions &o = options;
    const QJsonObject print{{"z", o.config.zSize},
                            {"hidden", o.config.hidden},
                            {"layers", o.config.layers},
                            {"batch", o.batchSize},
                            {"cropFrames", o.cropFrames},
                            {"seed", QString::number(o.seed)},
                            {"learningRate", QJsonArray{o.learningRate, o.minLearningRate, o.learningRateDecay}},
                            {"klWeight", o.klWeight},
                            {"zNoise", o.zNoise},
                            {"encoderBatch", o.encoderBatch},
                            {"threads", o.threads},
                            {"gradClipNorm", o.gradClipNorm},
                            {"steps", o.steps},
                            {"minutes", o.minutes},
                            {"validEvery", o.validEvery},
                            {"checkpointEvery", o.checkpointEvery},
                            {"resume", o.resume},
                            {"initFrom", QFileInfo(o.initFrom).fileName()},
                            {"notes", int(data->notes().size())},
                            {"instruments", int(data->instruments().size())},
                            {"trainNotes", allTrainNotes}};
    dp = DataParallel::join(o.distributed, print, error);
    return dp && dp->broadcastParameters(allParameters(), error);
}

bool TimbreTrainer::saveCheckpoint(QString *error)
{
    const QString path = checkpointPath();
    if (path.isEmpty() || d->rank() != 0) return true;  // rank 0 writes for all ranks
    try {
        QDir().mkpath(d->options.checkpointDir);
        torch::serialize::OutputArchive archive, modelArchive, optimizerArchive;
        d->net->save(modelArchive);
        archive.write("model", modelArchive);
        archive.write("table", d->table.detach());
        d->optimizer->save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
        archive.write("step", torch::tensor(int64_t(d->step)));
        archive.write("elapsed", torch::tensor(d->elapsed(), torch::kDouble));
        archive.write("history", torch::tensor(d->history, torch::kDouble));
        std::vector<int64_t> vs;
        std::vector<double> vl;
        for (const auto &[s, l] : d->validHistory) {
            vs.push_back(s);
            vl.push_back(l);
        }
        archive.write("valid_steps", torch::tensor(vs, torch::kLong));
        archive.write("valid_loss", torch::tensor(vl, torch::kDouble));
        const QString tmp = path + ".part";
        archive.save_to(tmp.toStdString());
        std::filesystem::rename(tmp.toStdString(), path.toStdString());
    } catch (const std::exception &e) {
        *error = QStringLiteral("%1: cannot write checkpoint (%2)").arg(path, QString::fromUtf8(e.what()).section('\n', 0, 0));
        return false;
    }
    return true;
}

double TimbreTrainer::validate()
{
    if (d->validCrops.empty()) return std::nan("");
    torch::NoGradGuard ng;
    double sum = 0;
    int n = 0;
    for (std::size_t s = 0; s < d->validCrops.size(); s += 16) {
        std::vector<Crop> part(d->validCrops.begin() + s,
                               d->validCrops.begin() + std::min(d->validCrops.size(), s + 16));
        const auto [y, x, kl] = d->forward(part, false);
        sum += multiScaleLoss(y, x).item<double>() * part.size();
        n += int(part.size());
    }
    return sum / n;
}

bool TimbreTrainer::run(QString *error)
{
    const TimbreTrainingOptions &o = d->options;
    d->runStart = std::chrono::steady_clock::now();
    d->running = true;
    std::deque<std::pair<double, int>> window;  // (time, step) for the rate
    double lossSum = 0, klSum = 0, encoderSum = 0;
    int lossCount = 0;
    auto finish = [&](bool ok) {
        d->elapsedBefore = d->elapsed();
        d->running = false;
        return ok;
    };
    // Whether this rank wants to stop: {time is up (rank 0 decides), cancelled}.
    auto wantsStop = [&] {
        const bool timeUp = d->rank() == 0 && o.minutes > 0 && d->elapsed() >= o.minutes * 60;
        return std::pair<double, double>(timeUp ? 1 : 0, d->cancel && d->cancel->load() ? 1 : 0);
    };
    // Several ranks stop together after the step at which any asked to (the
    // flags travel with the gradients); before the first step they agree once.
    bool stopNow = false, stopCancelled = false;
    if (d->dp) {
        const auto [timeUp, cancel] = wantsStop();
        if (!d->dp->agreeToStop(timeUp > 0, cancel > 0, &stopNow, &stopCancelled, error))
            return finish(false);
    }
    while (true) {
        if (o.steps > 0 && d->step >= o.steps) break;
        if (d->dp) {
            if (stopNow) {
                d->wasCancelled = stopCancelled;
                break;
            }
        } else {
            if (o.minutes > 0 && d->elapsed() >= o.minutes * 60) break;
            if (d->cancel && d->cancel->load()) {
                d->wasCancelled = true;
                break;
            }
        }
        for (auto &group : d->optimizer->param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(d->learningRate());
        std::vector<Crop> crops;
        for (int b = 0; b < o.batchSize; ++b) crops.push_back(d->randomCrop());
        d->net->train();
        const auto [y, x, kl] = d->forward(crops, true);
        const torch::Tensor spectral = multiScaleLoss(y, x);
        const torch::Tensor encoder = d->encoderLoss();
        const torch::Tensor loss = spectral + o.klWeight * kl + encoder;
        d->optimizer->zero_grad();
        loss.backward();
        double l = spectral.item<double>(), klV = kl.item<double>(), encoderV = encoder.item<double>();
        if (d->dp) {  // the mean of the ranks' gradients (and losses)
            const auto [timeUp, cancel] = wantsStop();
            std::vector<double> sums{l, klV, encoderV, timeUp, cancel};
            double ranks = 0;
            if (!d->dp->averageGradients(d->allParameters(), 1.0, &sums, &ranks, error))
                return finish(false);
            l = sums[0] / ranks;
            klV = sums[1] / ranks;
            encoderV = sums[2] / ranks;
            stopNow = sums[3] + sums[4] > 0;
            stopCancelled = sums[4] > 0;
        }
        // Decoder and table, and the encoder, clipped apart: the encoder's
        // loss is on another scale and must not shrink the decoder's steps.
        torch::nn::utils::clip_grad_norm_(d->decoderParameters, o.gradClipNorm);
        torch::nn::utils::clip_grad_norm_(d->encoderParameters, o.gradClipNorm);
        d->optimizer->step();
        ++d->step;
        if (!std::isfinite(l)) {
            *error = QStringLiteral("training diverged at step %1 (loss is not finite)").arg(d->step);
            return finish(false);
        }
        d->history.push_back(l);
        lossSum += l;
        klSum += klV;
        encoderSum += encoderV;
        ++lossCount;
        const double now = d->elapsed();
        window.emplace_back(now, d->step);
        while (window.size() > 50) window.pop_front();
        TimbreTrainingProgress p;
        p.step = d->step;
        p.targetSteps = o.steps;
        p.learningRate = d->learningRate();
        p.elapsedSeconds = now;
        if (window.size() > 1 && window.back().first > window.front().first)
            p.stepsPerSecond = (window.back().second - window.front().second) / (window.back().first - window.front().first);
        p.etaSeconds = trainingEtaSeconds(d->step, o.steps, p.stepsPerSecond, now, o.minutes);
        const bool validNow = o.validEvery > 0 && d->step % o.validEvery == 0;
        if (validNow) {
            p.validation = true;
            p.validLoss = validate();
            d->validHistory.emplace_back(d->step, p.validLoss);
        }
        if (d->callback && (validNow || d->step % std::max(1, o.logEvery) == 0)) {
            p.loss = lossSum / std::max(1, lossCount);
            p.kl = klSum / std::max(1, lossCount);
            p.encoderLoss = encoderSum / std::max(1, lossCount);
            lossSum = klSum = encoderSum = 0;
            lossCount = 0;
            d->callback(p);
        }
        if (o.checkpointEvery > 0 && d->step % o.checkpointEvery == 0 && !saveCheckpoint(error)) return finish(false);
    }
    finish(true);
    // The checkpoint first: a failed check must not cost the run.
    return saveCheckpoint(error) && (!d->dp || d->dp->checkSameParameters(d->allParameters(), error));
}

TimbreModelFile TimbreTrainer::modelFile() const
{
    TimbreModelFile file;
    file.name = d->options.name;
    file.config = d->options.config;
    file.mfccMean = d->mfccMean;
    file.mfccStd = d->mfccStd;
    for (const auto &item : d->net->named_parameters()) {
        const torch::Tensor t = item.value().detach().contiguous().to(torch::kFloat);
        MusicTensor tensor;
        for (int64_t s : t.sizes()) tensor.shape << int(s);
        tensor.values.assign(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
        file.tensors.emplace(QString::fromStdString(item.key()), std::move(tensor));
    }
    for (std::size_t i = 0; i < d->data->instruments().size(); ++i) {
        if (!d->byInstrument.count(int(i))) continue;
        const TimbreDatasetInstrument &in = d->data->instruments()[i];
        file.instruments.push_back({in.name(), in.soundFont, in.program, instrumentZ(int(i))});
    }
    QJsonArray curve;
    const int every = 50;
    for (std::size_t s = 0; s < d->history.size(); s += every) {
        double sum = 0;
        std::size_t n = 0;
        for (; n < every && s + n < d->history.size(); ++n) sum += d->history[s + n];
        curve.append(sum / double(n));
    }
    QJsonArray valid;
    for (const auto &[s, l] : d->validHistory) valid.append(QJsonArray{s, l});
    QStringList fonts;
    for (const QString &f : d->data->spec().soundFonts) fonts << QFileInfo(f).fileName();
    file.training = QJsonObject{{"data", QStringLiteral("%1 notes of %2 instruments rendered from %3")
                                             .arg(d->data->notes().size()).arg(d->data->instruments().size()).arg(fonts.join(", "))},
                                {"steps", d->step},
                                {"minutes", d->elapsed() / 60},
                                {"batch", d->options.batchSize},
                                {"crop_frames", d->options.cropFrames},
                                {"learning_rate", d->options.learningRate},
                                {"kl_weight", d->options.klWeight},
                                {"z_noise", d->options.zNoise},
                                {"z", QStringLiteral("a learned table, one z per instrument; the encoder regresses it")},
                                {"started_from", d->options.initFrom.isEmpty()
                                                     ? QJsonValue()
                                                     : QJsonObject{{"file", QFileInfo(d->options.initFrom).fileName()},
                                                                   {"training", d->initTraining}}},
                                {"loss_every_50_steps", curve},
                                {"valid_loss", valid}};
    return file;
}

std::vector<float> TimbreTrainer::instrumentZ(int instrument) const
{
    const torch::Tensor row = d->table.detach()[instrument].contiguous();
    return std::vector<float>(row.data_ptr<float>(), row.data_ptr<float>() + row.numel());
}

std::vector<float> TimbreTrainer::encoderMu(const std::vector<float> &mfccStats) const
{
    torch::NoGradGuard ng;
    torch::Tensor x = torch::zeros({1, kMfccStatsSize});
    for (int k = 0; k < kMfccStatsSize && k < int(mfccStats.size()); ++k)
        x[0][k] = (mfccStats[std::size_t(k)] - d->mfccMean[std::size_t(k)]) / d->mfccStd[std::size_t(k)];
    const torch::Tensor mu = d->net->encode(x).first.contiguous();
    return std::vector<float>(mu.data_ptr<float>(), mu.data_ptr<float>() + mu.numel());
}

bool TimbreTrainer::initialize(QString *error)
{
    const auto file = TimbreModelFile::read(d->options.initFrom, error);
    if (!file) return false;
    if (!(file->config == d->options.config)) {
        *error = QStringLiteral("%1: its network (z %2, hidden %3, layers %4) is not the one being trained (z %5, hidden %6, layers %7)")
                     .arg(QFileInfo(d->options.initFrom).fileName())
                     .arg(file->config.zSize).arg(file->config.hidden).arg(file->config.layers)
                     .arg(d->options.config.zSize).arg(d->options.config.hidden).arg(d->options.config.layers);
        return false;
    }
    d->initTraining = file->training;
    torch::NoGradGuard ng;
    for (auto &item : d->net->named_parameters()) {
        const MusicTensor &t = file->tensor(QString::fromStdString(item.key()));  // validated: present, right shape
        item.value().copy_(torch::tensor(t.values).view(item.value().sizes()));
    }
    QHash<QString, const std::vector<float> *> byName;
    for (const auto &in : file->instruments) byName.insert(in.name, &in.z);
    for (std::size_t i = 0; i < d->data->instruments().size(); ++i)
        if (const std::vector<float> *z = byName.value(d->data->instruments()[i].name(), nullptr))
            d->table[int64_t(i)].copy_(torch::tensor(*z));
    return true;
}

bool TimbreTrainer::exportModel(const QString &path, QString *error) const
{
    if (d->rank() != 0)
        return true;  // rank 0 writes the model all ranks share
    return modelFile().write(path, error);
}

} // namespace atelier::models
