#pragma once
// A timbre model file (`*.timbre.json`): one JSON object
//
//   {"format": "atelier-timbre-ddsp", "version": 1, "name": "...",
//    "z": Z, "hidden": H, "layers": L, "encoder_hidden": E,
//    "mfcc_mean": [40 numbers], "mfcc_std": [40 numbers],
//    "instruments": [{"name": ..., "source": ..., "program": P, "z": [Z numbers]}, ...],
//    "training": { free-form facts about the run },
//    "tensors": { name: {"shape": [...], "dtype": "f16", "data": base64} } }
//
// The tensors are TimbreNet's parameters in torch's layout (Linear weight
// [out, in]):
//   dec0.weight [H, Z + kConditioningSize], dec<i>.weight [H, H] (i = 1..L-1),
//   dec<i>.bias [H], dec<i>_norm.weight [H], dec<i>_norm.bias [H],
//   dec_out.weight [1 + kHarmonics + kNoiseBands, H], dec_out.bias [...]
//   enc0.weight [E, 40], enc1.weight [E, E], enc<i>.bias, enc<i>_norm.{weight,bias} [E],
//   enc_out.weight [2Z, E], enc_out.bias [2Z]
// Reading validates everything (header, sizes, shapes, base64, finite
// values, instrument z sizes) and reports "<file name>: <problem>"; writing
// goes through QSaveFile.

#include "HalfTensors.h"
#include "timbre/ITimbreModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace atelier::models {

struct TimbreModelConfig {
    int zSize = 16;
    int hidden = 256;
    int layers = 3;
    int encoderHidden = 128;
    static constexpr int kEncoderLayers = 2;
    int inputSize() const;   // zSize + kConditioningSize
    static int outputSize(); // 1 + kHarmonics + kNoiseBands
    bool operator==(const TimbreModelConfig &) const = default;
};

struct TimbreModelFile {
    static constexpr const char *kFormat = "atelier-timbre-ddsp";
    static constexpr int kVersion = 1;

    QString name;
    TimbreModelConfig config;
    std::vector<float> mfccMean, mfccStd;  // kMfccStatsSize each
    std::vector<core::timbre::TimbreInstrument> instruments;
    QJsonObject training;
    std::map<QString, MusicTensor> tensors;

    static std::map<QString, QList<int>> expectedShapes(const TimbreModelConfig &config);
    QString validate() const;  // empty when consistent
    const MusicTensor &tensor(const QString &name) const { return tensors.at(name); }

    static std::optional<TimbreModelFile> read(const QString &path, QString *error);
    static std::optional<TimbreModelFile> parse(const QByteArray &json, const QString &fileName, QString *error);
    QByteArray serialize(QString *error) const;
    bool write(const QString &path, QString *error) const;
};

} // namespace atelier::models
