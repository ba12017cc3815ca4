#pragma once
// The sizes of a relative-attention music Transformer (Music Transformer,
// Huang et al. 2018): token embedding V → D plus a projection of the control
// vector (C floats), L pre-norm decoder blocks of H heads (D / H wide each)
// with learned relative-position embeddings for distances 0..W-1 (farther
// keys use W-1's, and no key is attended farther back than W-1 steps: the
// window the network is trained on), a feed-forward layer D → F → D, a final
// layer norm and a linear head D → V. Torch-free (shared by the torch
// network, the fast cached inference and the file format).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <map>

namespace atelier::models {

struct MusicTransformerConfig {
    QString kind = "performance";   // "melody" | "performance"
    int vocab = 0;                  // V
    int controls = 0;               // C
    int model = 256;                // D
    int heads = 8;                  // H (D % H == 0)
    int layers = 4;                 // L
    int feedForward = 1024;         // F
    int window = 512;               // W: relative distances 0..W-1, the attention span
    double dropout = 0.0;           // training only

    int headSize() const { return heads > 0 ? model / heads : 0; }
    QString validate() const;       // empty when usable
    qint64 parameterCount() const;
    // Parameter names and shapes, as the torch network names them.
    std::map<QString, QList<int>> shapes() const;

    QJsonObject toJson() const;
    static MusicTransformerConfig fromJson(const QJsonObject &o);
};

} // namespace atelier::models
