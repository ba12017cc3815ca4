#pragma once
// A music Transformer model file (`*.music.json`, like the LSTMs'): one JSON object
//
//   {"format": "atelier-music-transformer", "version": 1, "kind": "melody" | "performance",
//    "name": "...", "config": {vocab, controls, model, heads, layers, feed_forward, window},
//    "training": { free-form }, "tensors": { name: {"shape", "dtype": "f16", "data"} } }
//
// The tensors are MusicTransformerNet's parameters by name and in torch's
// layout (MusicTransformerConfig::shapes()). Reading validates everything
// and reports the first problem as "<file name>: <problem>"; writing goes
// through QSaveFile. Torch-free.

#include "HalfTensors.h"
#include "music/MusicTransformerConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace atelier::models {

struct MusicTransformerFile {
    static constexpr const char *kFormat = "atelier-music-transformer";
    static constexpr int kVersion = 1;

    QString name;
    MusicTransformerConfig config;   // dropout is not stored
    QJsonObject training;
    Tensors tensors;
    bool float32 = false;            // write float32 tensors (see HalfTensors)

    static std::optional<MusicTransformerFile> parse(const QByteArray &json, const QString &fileName, QString *error);
    bool write(const QString &path, QString *error) const;
};

} // namespace atelier::models
