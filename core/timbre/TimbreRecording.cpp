#include "timbre/TimbreRecording.h"

#include "timbre/SpectralMetrics.h"
#include "timbre/WavIo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace atelier::core::timbre {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("TimbreRecording", text); }
}

EncodedRecording encodeSamples(const ITimbreModel &model, const std::vector<float> &samples, int sampleRate,
                               const QString &name, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error) *error = name + QStringLiteral(": ") + message;
        return EncodedRecording{};
    };
    if (samples.empty() || sampleRate <= 0) return fail(tr("no audio"));
    const std::vector<float> x = sampleRate == kDataSampleRate ? samples
                                                              : resampleLinear(samples, sampleRate, kDataSampleRate);
    float peak = 0;
    for (float v : x) peak = std::max(peak, std::abs(v));
    if (!(peak >= kSilencePeak))
        return fail(tr("the recording is silent (its peak is %1 dBFS); record the note louder")
                        .arg(peak > 0 ? 20 * std::log10(peak) : -200.0, 0, 'f', 0));
    std::size_t start = 0;
    while (start < x.size() && std::abs(x[start]) < 0.01f * peak) ++start;
    start = start > std::size_t(kDataSampleRate / 100) ? start - std::size_t(kDataSampleRate / 100) : 0;
    const std::size_t count = std::min(x.size() - start, std::size_t(kMaxRecordingSeconds * kDataSampleRate));
    if (count < std::size_t(kMinRecordingSeconds * kDataSampleRate))
        return fail(tr("the note is too short (%1 ms; at least %2 ms)")
                        .arg(count * 1000 / kDataSampleRate)
                        .arg(int(kMinRecordingSeconds * 1000)));
    const std::vector<float> stats = mfccStatistics(x.data() + start, int(count), kDataSampleRate);
    EncodedRecording out;
    out.z = model.encode(stats);
    bool finite = int(out.z.size()) == model.zSize();
    for (float v : out.z) finite = finite && std::isfinite(v);
    if (!finite) return fail(tr("the model %1 could not encode it").arg(model.name()));
    out.analysedSeconds = double(count) / kDataSampleRate;
    return out;
}

EncodedRecording encodeRecording(const ITimbreModel &model, const QString &path, QString *error)
{
    int rate = 0;
    QString readError;
    const std::vector<float> raw = readWavMono(path, &rate, &readError);
    if (raw.empty()) {
        if (error) *error = readError;
        return {};
    }
    return encodeSamples(model, raw, rate, QFileInfo(path).fileName(), error);
}

} // namespace atelier::core::timbre
