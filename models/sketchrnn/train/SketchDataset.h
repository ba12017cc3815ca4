#pragma once
// Drawings for training a Sketch-RNN, read from Quick, Draw!-style ndjson
// (one JSON object per line with "drawing": [[xs, ys], ...] and an optional
// "split": "train" | "valid" | "test"; see shared/data/sketches/README.md).
//
// Each drawing becomes stroke-3 rows (dx, dy, lift) in the file's own pixel
// units: consecutive differences of the concatenated points, lift = 1 on the
// last point of each stroke. The first point's absolute offset is dropped so a
// drawing starts at its own first point (as the sketch-rnn readers do). The
// points are used as given (the sheep data are RDP-simplified already).
//
// Torch-free on purpose: the app and tests include it; batching into tensors
// happens inside the trainer.

#include <QString>
#include <QStringList>
#include <vector>

namespace atelier::models {

struct SketchDrawing {
    // Fewer rows (points - 1) than this is too short to train on: skipped and counted.
    static constexpr int kMinRows = 2;
    QString split;               // "train", "valid", "test" (or "" when the file has none)
    int line = 0;                // 1-based line in the file
    std::vector<float> rows;     // stroke-3, 3 floats per row, pixel units
    int length() const { return int(rows.size() / 3); }
};

class SketchDataset {
public:
    // Reads the file, or every *.ndjson file of a folder (by name; each
    // drawing's line is in its own file); on a malformed line returns false with *error naming
    // the file and the line number. Drawings longer than maxSeqLen rows are
    // dropped (counted in droppedTooLong()), drawings too short to train on
    // are skipped (counted in skippedShort()).
    bool load(const QString &path, int maxSeqLen, QString *error);
    // The same from text already in memory (tests); `name` is used in errors.
    bool parse(const QByteArray &text, const QString &name, int maxSeqLen, QString *error);

    const std::vector<SketchDrawing> &drawings() const { return m_drawings; }
    // Drawings of one split. Files without a split field: a deterministic
    // 90/5/5 split by line number (line % 20: 0 → valid, 1 → test).
    // "held-out" and "mine" (what personalising holds out and learns from):
    // the split field where any drawing has one ("valid" and "test" held
    // out), else every fifth drawing in file order.
    std::vector<const SketchDrawing *> split(const QString &name) const;
    int droppedTooLong() const { return m_droppedTooLong; }
    int skippedShort() const { return m_skippedShort; }  // fewer than SketchDrawing::kMinRows rows
    int maxLength() const;       // longest kept drawing, in rows
    QString word() const { return m_word; }  // the first line's "word" field, if any

    // Population standard deviation of all dx and dy values of the given
    // drawings (sketch-rnn's normalising scale factor).
    static double scaleFactor(const std::vector<const SketchDrawing *> &drawings);

private:
    void clear();
    bool append(const QByteArray &text, const QString &name, int maxSeqLen, QString *error);
    bool finish(const QString &name, QString *error);   // fails when no drawing was kept
    std::vector<SketchDrawing> m_drawings;
    int m_droppedTooLong = 0;
    int m_skippedShort = 0;
    QString m_word;
};

} // namespace atelier::models
