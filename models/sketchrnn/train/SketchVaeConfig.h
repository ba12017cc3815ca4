#pragma once
// Sizes and hyper-parameters of the Sketch-RNN VAE, torch-free so the app
// and tests can fill them in. Defaults follow magenta's model.py where this
// project does not choose smaller sizes for CPU training (see SketchTrainer.h).

#include <QJsonObject>
#include <QString>

namespace atelier::models {

struct SketchVaeConfig {
    int encoderSize = 256;         // per direction
    int decoderSize = 512;
    int zSize = 128;
    int mixtures = 20;             // fixed by the file format readers
    int maxSeqLen = 250;           // drop longer drawings; the file's max_seq_len is the data's longest
    double scaleFactor = 1.0;      // pixels per normalised unit (std of train dx/dy)
    double recurrentDropoutKeep = 0.9;

    QJsonObject toJson() const;
    static SketchVaeConfig fromJson(const QJsonObject &o);
    bool sameShapes(const SketchVaeConfig &o) const
    {
        return encoderSize == o.encoderSize && decoderSize == o.decoderSize && zSize == o.zSize
            && mixtures == o.mixtures;
    }
};

inline QJsonObject SketchVaeConfig::toJson() const
{
    return {{"encoder_size", encoderSize}, {"decoder_size", decoderSize}, {"z_size", zSize},
            {"mixtures", mixtures},        {"max_seq_len", maxSeqLen},    {"scale_factor", scaleFactor},
            {"recurrent_dropout_keep", recurrentDropoutKeep}};
}

inline SketchVaeConfig SketchVaeConfig::fromJson(const QJsonObject &o)
{
    SketchVaeConfig c;
    c.encoderSize = o["encoder_size"].toInt(c.encoderSize);
    c.decoderSize = o["decoder_size"].toInt(c.decoderSize);
    c.zSize = o["z_size"].toInt(c.zSize);
    c.mixtures = o["mixtures"].toInt(c.mixtures);
    c.maxSeqLen = o["max_seq_len"].toInt(c.maxSeqLen);
    c.scaleFactor = o["scale_factor"].toDouble(c.scaleFactor);
    c.recurrentDropoutKeep = o["recurrent_dropout_keep"].toDouble(c.recurrentDropoutKeep);
    return c;
}

} // namespace atelier::models
