#include "sketch/QuickDrawReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace atelier::core {

namespace {

// The next line of `f` (with its '\n'), read in small pieces so that a short
// line costs no more than its length; false when it is longer than `limit`.
bool nextLine(QFile &f, qint64 limit, QByteArray *line)
{
    constexpr qint64 kPiece = 64 * 1024;
    line->clear();
    while (!f.atEnd()) {
        line->append(f.readLine(kPiece + 1));
        if (line->endsWith('\n'))
            break;
        if (line->size() > limit)
            return false;
    }
    return line->size() <= limit;
}

} // namespace

std::optional<QuickDrawEntry> QuickDrawReader::parseLine(const QByteArray &line, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QObject::tr("not JSON (%1 at column %2)").arg(pe.errorString()).arg(pe.offset + 1));
    const QJsonObject o = doc.object();
    if (!o.value("drawing").isArray())
        return fail(QObject::tr("no \"drawing\" list"));
    QuickDrawEntry e;
    e.word = o.value("word").toString();
    e.split = o.value("split").toString();
    e.id = o.contains("key_id") ? o.value("key_id").toVariant().toString()
                                : o.value("index").toVariant().toString();
    const QJsonArray strokes = o.value("drawing").toArray();
    for (qsizetype i = 0; i < strokes.size(); ++i) {
        const QJsonArray s = strokes[i].toArray();
        if (s.size() < 2 || !s[0].isArray() || !s[1].isArray())
            return fail(QObject::tr("stroke %1 is not [xs, ys]").arg(i + 1));
        const QJsonArray xs = s[0].toArray(), ys = s[1].toArray();
        if (xs.size() != ys.size())
            return fail(QObject::tr("stroke %1 has %2 x values but %3 y values").arg(i + 1).arg(xs.size()).arg(ys.size()));
        Stroke stroke;
        for (qsizetype k = 0; k < xs.size(); ++k) {
            if (!xs[k].isDouble() || !ys[k].isDouble())
                return fail(QObject::tr("stroke %1 point %2 is not a number").arg(i + 1).arg(k + 1));
            stroke.points.append({xs[k].toDouble(), ys[k].toDouble()});
        }
        if (!stroke.points.isEmpty())
            e.sketch.strokes.append(stroke);
    }
    return e;
}

std::optional<QList<QuickDrawEntry>> QuickDrawReader::readFile(const QString &path, QString *error,
                                                               int maxDrawings, Skipped *skipped)
{
    // Only a regular file (a FIFO or a device would hang or never end), and
    // no line longer than any drawing's: a file without line breaks is
    // refused instead of read whole.
    constexpr qint64 kMaxLineBytes = qint64(4) << 20;
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto failWith = [&](const QString &why) -> std::optional<QList<QuickDrawEntry>> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, why);
        return std::nullopt;
    };
    if (!info.exists())
        return failWith(QObject::tr("no such file"));
    if (!info.isFile())
        return failWith(QObject::tr("not a regular file"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failWith(f.errorString());
    QList<QuickDrawEntry> out;
    Skipped bad;
    int lineNo = 0;
    while (!f.atEnd() && out.size() < maxDrawings) {
        QByteArray line;
        ++lineNo;
        if (!nextLine(f, kMaxLineBytes, &line))
            return failWith(QObject::tr("line %1 is longer than %2 MiB: not a drawing per line").arg(lineNo).arg(kMaxLineBytes >> 20));
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QString why;
        auto e = parseLine(line, &why);
        if (!e) {
            if (bad.lines++ == 0)
                bad.first = QObject::tr("%1: line %2: %3").arg(name).arg(lineNo).arg(why);
            continue;
        }
        out.append(*e);
    }
    if (skipped)
        *skipped = bad;
    if (out.isEmpty() && bad.lines > 0) {
        if (error)
            *error = bad.first;
        return std::nullopt;
    }
    if (out.isEmpty())
        return failWith(QObject::tr("no drawings in the file"));
    return out;
}

} // namespace atelier::core
