#pragma once
// Reads Quick, Draw! ndjson: one JSON object per line with "drawing" as a
// list of strokes, each [xs, ys] (the simplified form) or [xs, ys, ts] (the
// raw form, times ignored). Other fields ("word", "split", "countrycode",
// "key_id", ...) are kept as text. A malformed line is an error naming the
// file and the line; blank lines are skipped.

#include "sketch/Sketch.h"

#include <QString>
#include <optional>

namespace atelier::core {

struct QuickDrawEntry {
    QString word;
    QString split;    // "train"/"valid"/"test" where present
    QString id;       // key_id or index where present
    Sketch sketch;    // points as in the file
};

class QuickDrawReader {
public:
    static constexpr int kDefaultMaxDrawings = 50000;
    static std::optional<QList<QuickDrawEntry>> readFile(const QString &path, QString *error,
                                                         int maxDrawings = kDefaultMaxDrawings);
    static std::optional<QuickDrawEntry> parseLine(const QByteArray &line, QString *error);
};

} // namespace atelier::core
