#pragma once
// A music LSTM model file (`*.music.json`): one JSON object
//
//   {"format": "atelier-music-lstm", "version": 1, "kind": "melody" | "performance",
//    "name": "...", "vocab": V, "controls": C, "embedding": E, "hidden": H, "layers": L,
//    "training": { free-form: data, steps, minutes, losses, ... },
//    "tensors": { name: {"shape": [...], "dtype": "f16", "data": base64} } }
//
// "data" is base64 of the little-endian IEEE half floats, row-major. The
// tensors are exactly torch's parameters of MusicLstmNet, in torch's layout:
//   embedding.weight [V, E]
//   lstm.weight_ih_l<k> [4H, in_k]  (in_0 = E + C, else H; gate rows i, f, g, o)
//   lstm.weight_hh_l<k> [4H, H], lstm.bias_ih_l<k> [4H], lstm.bias_hh_l<k> [4H]
//   head.weight [V, H], head.bias [V]
// Layer 0's input at each step is [embedding row of the token, controls].
//
// Design: a torch-free value type (float32 values in memory) shared by the
// loader, the fast model and the trainer's export. Reading validates
// everything (JSON, header fields, sizes, missing/extra tensors, shapes,
// dtype, base64, byte lengths, non-finite values) and reports the first
// problem as "<file name>: <problem>". Writing refuses values beyond the
// float16 range and goes through QSaveFile (a reader never sees half a file).

#include "HalfTensors.h"
#include "music/MusicLstmConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace atelier::models {


struct MusicModelFile {
    static constexpr const char *kFormat = "atelier-music-lstm";
    static constexpr int kVersion = 1;

    QString name;
    MusicLstmConfig config;           // dropout is not stored (0 when read)
    QJsonObject training;             // free-form facts about the training run
    std::map<QString, MusicTensor> tensors;
    bool float32 = false;             // write float32 tensors, "dtype": "f32" (reading takes either)

    // Names and shapes the file must hold for these sizes.
    static std::map<QString, QList<int>> expectedShapes(const MusicLstmConfig &config);
    // Empty when config and tensors agree and all values are finite.
    QString validate() const;

    const MusicTensor &tensor(const QString &name) const { return tensors.at(name); }

    static std::optional<MusicModelFile> read(const QString &path, QString *error);
    // fileName only labels errors.
    static std::optional<MusicModelFile> parse(const QByteArray &json, const QString &fileName, QString *error);

    // Empty and *error when a value does not fit in float16 (or validate() fails).
    QByteArray serialize(QString *error) const;
    bool write(const QString &path, QString *error) const;
};

} // namespace atelier::models
