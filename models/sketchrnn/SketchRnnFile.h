#pragma once
// A Sketch-RNN model file (`*.gen.json`, and the full-VAE variant) as plain
// float32 arrays, read and written exactly as shared/specs/sketch-rnn-format.md
// describes: a JSON array [info, shapes, blobs], each blob base64 of
// little-endian int16 codes, w = q * 10 / 32767.
//
// Design: this is a value type with no torch in it, so the loader, the
// inference model and the training/export code all share it. Reading
// validates everything (JSON structure, header fields, array count and
// shapes, base64, byte lengths) and reports the first problem as
// "<file name>: <problem>". Unknown info fields are kept in extraInfo and
// written back. The layout (gen = 5 decoder arrays, VAE = 12 encoder/latent
// arrays then the 5 decoder arrays) is fixed by the format; shapes are
// derived from the hidden, encoder and latent sizes and checked against
// expectedShapes().

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace atelier::models {

// One weight array: shape [n] or [rows, cols], values row-major.
struct SketchRnnArray {
    QList<int> shape;
    std::vector<float> values;
    qsizetype elementCount() const;
};

struct SketchRnnFile {
    static constexpr int kMixtures = 20;
    static constexpr int kOutputSize = 3 + 6 * kMixtures;  // 123 mixture-density values
    static constexpr int kStrokeSize = 5;
    static constexpr double kMaxWeight = 10.0;
    static constexpr int kLevels = 32767;
    static constexpr int kGenArrayCount = 5;
    static constexpr int kVaeArrayCount = 17;
    static constexpr int kVaeVersion = 6;

    // Positions of the decoder arrays, counted from decoderBase().
    enum DecoderArray { OutW = 0, OutB = 1, DecWxh = 2, DecWhh = 3, DecBias = 4 };
    // Positions of the VAE's own arrays (absolute).
    enum VaeArray {
        EncFwdWxh = 0, EncFwdWhh, EncFwdBias, EncBwdWxh, EncBwdWhh, EncBwdBias,
        MuW, MuB, SigmaW, SigmaB, EncW, EncB
    };

    // info
    QString name;
    double scaleFactor = 1.0;    // pixels per normalised unit
    int maxSeqLen = 0;
    int version = kVaeVersion;
    bool vae = false;            // mode 0 (VAE) vs 2 / "gen" (decoder only)
    QJsonObject extraInfo;       // other info fields, kept as read (e.g. r_loss)

    QList<SketchRnnArray> arrays;

    int decoderBase() const { return vae ? kVaeArrayCount - kGenArrayCount : 0; }
    const SketchRnnArray &decoder(DecoderArray k) const { return arrays[decoderBase() + k]; }
    int hiddenSize() const;      // decoder LSTM size H
    int encoderSize() const;     // encoder LSTM size per direction (0 for gen)
    int latentSize() const;      // z size (0 for gen)
    int decoderInputSize() const { return kStrokeSize + latentSize(); }

    // The shapes the format requires for these sizes, in file order.
    static QList<QList<int>> expectedShapes(bool vae, int hidden, int encoder = 0, int latent = 0);

    // Empty when the arrays have the count and shapes the header implies.
    QString validate() const;

    static std::optional<SketchRnnFile> read(const QString &path, QString *error);
    // fileName only labels errors.
    static std::optional<SketchRnnFile> parse(const QByteArray &json, const QString &fileName, QString *error);

    // Atelier's extension for weights that must keep small changes (a model
    // tuned toward a reward): info "weights": "float32", each blob base64 of
    // little-endian IEEE float32 values (finite). Magenta's files have int16
    // codes (no "weights" field).
    bool float32 = false;

    // The JSON text (compact). Weights are quantised: q = round(clip(w/10, -1, 1) * 32767),
    // or written as float32 when `float32` is set.
    QByteArray serialize() const;
    // Atomic (QSaveFile): a reader never sees half a file.
    bool write(const QString &path, QString *error) const;

    static float dequantise(int q) { return float(double(q) * kMaxWeight / kLevels); }
    static int quantise(double w);
};

} // namespace atelier::models
