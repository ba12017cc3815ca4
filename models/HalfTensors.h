#pragma once
// The tensors of Atelier's JSON model files (`*.music.json`, `*.timbre.json`):
//
//   "tensors": { name: {"shape": [...], "dtype": "f16", "data": base64}, ... }
//
// "data" is base64 of the little-endian IEEE half floats, row-major, or with
// "dtype": "f32" of float32 values (models whose small updates must survive,
// such as a personalised model). One reader and one writer for both formats:
// reading takes exactly the expected names and shapes and checks the dtype,
// the base64, the byte length and that every value is finite; writing
// refuses values beyond the float16 range (or, as float32, non-finite ones).
// Both report the first problem as text ("" when there is none), which the
// file formats prefix with the file's name. Torch-free.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <map>
#include <vector>

namespace atelier::models {

struct MusicTensor {  // (the first format had it; the timbre format shares it)
    QList<int> shape;
    std::vector<float> values;  // row-major
};

using TensorShapes = std::map<QString, QList<int>>;
using Tensors = std::map<QString, MusicTensor>;

QString shapeText(const QList<int> &shape);  // "[2, 3]"
qint64 elementCount(const QList<int> &shape);

// In-memory tensors against the expected names and shapes: sizes, finite values.
QString checkTensors(const Tensors &tensors, const TensorShapes &expected);
// Reads `tensors` (the JSON object) into *out: every expected tensor, nothing else.
QString readHalfTensors(const QJsonObject &tensors, const TensorShapes &expected, Tensors *out);
// The JSON object of `tensors`, into *out.
QString writeHalfTensors(const Tensors &tensors, QJsonObject *out, bool float32 = false);

// Writes `bytes` to `path` through QSaveFile (a reader never sees half a
// file); false and "<path>: cannot write (…)" in *error.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace atelier::models
