#pragma once
// Reads Quick, Draw! ndjson: one JSON object per line with "drawing" as a
// list of strokes, each [xs, ys] (the simplified form) or [xs, ys, ts] (the
// raw form, times ignored). Other fields ("word", "split", "countrycode",
// "key_id", ...) are kept as text. Blank lines are skipped; so is a
// malformed line (one bad drawing does not cost the other 49,999): it is
// counted, and the first one's problem kept. A file with no good line at
// all (an empty file too), a line longer than 4 MiB (no line breaks: not ndjson), a FIFO or a
// device is an error naming the file (and the line).

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
    struct Skipped {
        int lines = 0;       // malformed lines left out
        QString first;       // "file: line N: problem" of the first
    };
    static std::optional<QList<QuickDrawEntry>> readFile(const QString &path, QString *error,
                                                         int maxDrawings = kDefaultMaxDrawings,
                                                         Skipped *skipped = nullptr);
    static std::optional<QuickDrawEntry> parseLine(const QByteArray &line, QString *error);
};

} // namespace atelier::core
