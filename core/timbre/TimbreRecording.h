#pragma once
// A user's recorded note as a morph corner: the one place that turns an audio
// file into a timbre embedding z, shared by the Sound-Morph panel and
// `atelier timbre render --corner FILE.wav`.
//
// The file (anything libsndfile reads) is mixed to mono, resampled to 16 kHz,
// its leading silence is trimmed (10 ms kept before the onset), it is cut to
// at most kMaxRecordingSeconds, and the MFCC statistics of what is left are
// encoded to z by the model. Errors name the file and the problem: unreadable
// or corrupt, silent (peak under -60 dBFS), too short (under 50 ms), or a
// model that cannot encode it (no finite z of the model's size).

#include "timbre/ITimbreModel.h"

#include <QString>
#include <vector>

namespace atelier::core::timbre {

constexpr double kMaxRecordingSeconds = 3.0;
constexpr double kMinRecordingSeconds = 0.05;
constexpr double kSilencePeak = 1e-3;  // -60 dBFS

struct EncodedRecording {
    std::vector<float> z;        // empty on failure
    double analysedSeconds = 0;  // how much of the note the encoder saw
};

// Empty z and *error ("<file name>: <problem>") on failure.
EncodedRecording encodeRecording(const ITimbreModel &model, const QString &path, QString *error);

// The same for samples already in memory (rate in Hz); `name` is used in errors.
EncodedRecording encodeSamples(const ITimbreModel &model, const std::vector<float> &samples, int sampleRate,
                               const QString &name, QString *error);

} // namespace atelier::core::timbre
