#include "SketchDataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <cmath>

namespace atelier::models {

namespace {

// One ndjson line to stroke-3 rows; returns an error message or "".
QString parseLine(const QByteArray &line, SketchDrawing *out, QString *word)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
    if (pe.error != QJsonParseError::NoError)
        return QObject::tr("invalid JSON (%1 at column %2)").arg(pe.errorString()).arg(pe.offset + 1);
    if (!doc.isObject())
        return QObject::tr("expected a JSON object");
    const QJsonObject o = doc.object();
    if (word->isEmpty())
        *word = o["word"].toString();
    if (!o.contains("drawing") || !o["drawing"].isArray())
        return QObject::tr("missing \"drawing\" array");
    if (o.contains("split")) {
        out->split = o["split"].toString();
        if (out->split != "train" && out->split != "valid" && out->split != "test")
            return QObject::tr("unknown split '%1'").arg(o["split"].toVariant().toString());
    }
    const QJsonArray strokes = o["drawing"].toArray();
    if (strokes.isEmpty())
        return QObject::tr("empty drawing");
    std::vector<float> pts;  // x, y, lift per point
    for (int s = 0; s < strokes.size(); ++s) {
        const QJsonArray st = strokes[s].toArray();
        if (!strokes[s].isArray() || st.size() < 2 || !st[0].isArray() || !st[1].isArray())
            return QObject::tr("stroke %1 is not [xs, ys]").arg(s);
        const QJsonArray xs = st[0].toArray(), ys = st[1].toArray();
        if (xs.size() != ys.size() || xs.isEmpty())
            return QObject::tr("stroke %1 has %2 x and %3 y values").arg(s).arg(xs.size()).arg(ys.size());
        for (int i = 0; i < xs.size(); ++i) {
            if (!xs[i].isDouble() || !ys[i].isDouble())
                return QObject::tr("stroke %1 point %2 is not numeric").arg(s).arg(i);
            pts.push_back(float(xs[i].toDouble()));
            pts.push_back(float(ys[i].toDouble()));
            pts.push_back(i + 1 == xs.size() ? 1.f : 0.f);
        }
    }
    const size_t n = pts.size() / 3;
    if (n < 2)
        return {};  // no rows: too short to train on (counted by the caller)
    out->rows.resize((n - 1) * 3);
    for (size_t i = 1; i < n; ++i) {
        out->rows[(i - 1) * 3 + 0] = pts[i * 3] - pts[(i - 1) * 3];
        out->rows[(i - 1) * 3 + 1] = pts[i * 3 + 1] - pts[(i - 1) * 3 + 1];
        out->rows[(i - 1) * 3 + 2] = pts[i * 3 + 2];
    }
    return {};
}

} // namespace

bool SketchDataset::load(const QString &path, int maxSeqLen, QString *error)
{
    clear();
    QStringList files{path};
    if (QFileInfo(path).isDir()) {   // every ndjson file in it, by name
        files.clear();
        for (const QFileInfo &f : QDir(path).entryInfoList({"*.ndjson"}, QDir::Files, QDir::Name))
            files << f.filePath();
        if (files.isEmpty()) {
            *error = QObject::tr("%1: no .ndjson files in this folder").arg(path);
            return false;
        }
    }
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            *error = QObject::tr("cannot read %1: not a regular file").arg(file);
            return false;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QObject::tr("cannot read %1: %2").arg(file, f.errorString());
            return false;
        }
        if (!append(f.readAll(), file, maxSeqLen, error))
            return false;
    }
    return finish(path, error);
}

bool SketchDataset::parse(const QByteArray &text, const QString &name, int maxSeqLen, QString *error)
{
    clear();
    return append(text, name, maxSeqLen, error) && finish(name, error);
}

void SketchDataset::clear()
{
    m_drawings.clear();
    m_droppedTooLong = 0;
    m_skippedShort = 0;
    m_word.clear();
}

bool SketchDataset::append(const QByteArray &text, const QString &name, int maxSeqLen, QString *error)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        SketchDrawing d;
        d.line = i + 1;
        const QString msg = parseLine(line, &d, &m_word);
        if (!msg.isEmpty()) {
            *error = QObject::tr("%1:%2: %3").arg(name).arg(i + 1).arg(msg);
            return false;
        }
        if (d.length() < SketchDrawing::kMinRows) {
            ++m_skippedShort;
            continue;
        }
        if (maxSeqLen > 0 && d.length() > maxSeqLen) {
            ++m_droppedTooLong;
            continue;
        }
        m_drawings.push_back(std::move(d));
    }
    return true;
}

bool SketchDataset::finish(const QString &name, QString *error)
{
    if (m_drawings.empty()) {
        *error = m_skippedShort > 0 ? QObject::tr("%1: no drawings long enough to train on (%n too short)", nullptr,
                                                  m_skippedShort).arg(name)
                                    : QObject::tr("%1: no drawings").arg(name);
        return false;
    }
    return true;
}

std::vector<const SketchDrawing *> SketchDataset::split(const QString &name) const
{
    std::vector<const SketchDrawing *> out;
    if (name == QLatin1String("held-out") || name == QLatin1String("mine")) {
        bool anySplit = false;
        for (const SketchDrawing &d : m_drawings)
            anySplit = anySplit || !d.split.isEmpty();
        int index = 0;
        for (const SketchDrawing &d : m_drawings) {
            const bool held = anySplit ? d.split == QLatin1String("valid") || d.split == QLatin1String("test")
                                       : index % 5 == 4;
            if (held == (name == QLatin1String("held-out")))
                out.push_back(&d);
            ++index;
        }
        return out;
    }
    for (const SketchDrawing &d : m_drawings) {
        QString s = d.split;
        if (s.isEmpty())
            s = d.line % 20 == 0 ? "valid" : d.line % 20 == 1 ? "test" : "train";
        if (s == name)
            out.push_back(&d);
    }
    return out;
}

int SketchDataset::maxLength() const
{
    int m = 0;
    for (const SketchDrawing &d : m_drawings)
        m = std::max(m, d.length());
    return m;
}

double SketchDataset::scaleFactor(const std::vector<const SketchDrawing *> &drawings)
{
    double sum = 0, sum2 = 0;
    long long n = 0;
    for (const SketchDrawing *d : drawings) {
        for (int r = 0; r < d->length(); ++r) {
            for (int k = 0; k < 2; ++k) {
                const double v = d->rows[r * 3 + k];
                sum += v;
                sum2 += v * v;
                ++n;
            }
        }
    }
    if (n == 0)
        return 1.0;
    const double mean = sum / n;
    return std::sqrt(std::max(1e-12, sum2 / n - mean * mean));
}

} // namespace atelier::models
