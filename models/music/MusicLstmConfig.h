#pragma once
// The sizes of a music LSTM (models/music): token embedding V → E, the
// control vector (C floats) concatenated to it, L stacked LSTM layers of H
// units, a linear head H → V. Shared by the torch network (MusicLstmNet),
// the model file (MusicModelFile), the fast inference model and the trainer.
// Torch-free.

#include <QJsonObject>
#include <QString>

namespace atelier::models {

struct MusicLstmConfig {
    QString kind = "melody";   // "melody" | "performance"
    int vocab = 0;             // V (0 in training options: take it from the data)
    int controls = 0;          // C: 0 for melody, 8 (note-density one-hot) for performance
    int embedding = 32;        // E
    int hidden = 256;          // H
    int layers = 2;            // L
    double dropout = 0.0;      // between LSTM layers, training only (not stored in model files)

    int inputSize(int layer) const { return layer == 0 ? embedding + controls : hidden; }
    // Empty when the sizes are usable (the bounds keep corrupt files from
    // asking for absurd allocations).
    QString validate() const;
    bool sameShapes(const MusicLstmConfig &o) const;
    qint64 parameterCount() const;

    QJsonObject toJson() const;  // kind, vocab, controls, embedding, hidden, layers, dropout
    static MusicLstmConfig fromJson(const QJsonObject &o);

    // Sizes of the two trained kinds (the vocabularies of MelodyEncoding and PerformanceEncoding).
    static MusicLstmConfig melodyDefault();       // V 38, E 32, H 256, L 2
    static MusicLstmConfig performanceDefault();  // V 388, C 8, E 64, H 512, L 2
};

} // namespace atelier::models
