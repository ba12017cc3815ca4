#include "reward/PreferenceLog.h"

#include "document/AtomicFile.h"

#include "document/BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace atelier::core {

namespace {
QString keyOf(const QString &batch, int item) { return batch + QLatin1Char('/') + QString::number(item); }
}

QJsonObject PreferenceLog::Entry::toJson() const
{
    return QJsonObject{{"v", 1},          {"kind", kind},     {"batch", batch},
                       {"item", item},    {"rating", rating}, {"sample", sample},
                       {"model", model},  {"time", time.toUTC().toString(Qt::ISODate)}};
}

std::optional<PreferenceLog::Entry> PreferenceLog::Entry::fromJson(const QJsonObject &o)
{
    Entry e;
    e.kind = o.value("kind").toString();
    e.batch = o.value("batch").toString();
    e.item = o.value("item").toInt(-1);
    e.rating = o.value("rating").toInt(2);
    e.sample = o.value("sample").toObject();
    e.model = o.value("model").toString();
    e.time = QDateTime::fromString(o.value("time").toString(), Qt::ISODate);
    if ((e.kind != QLatin1String("music") && e.kind != QLatin1String("sketch")) || e.batch.isEmpty() || e.item < 0
        || e.rating < -1 || e.rating > 1 || e.sample.isEmpty())
        return std::nullopt;
    return e;
}

QString PreferenceLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("ratings.jsonl"));
}

bool PreferenceLog::rate(const QString &kind, const QString &batch, const QList<QJsonObject> &items, int index,
                         int rating, const QString &model, QString *error)
{
    if (index < 0 || index >= items.size() || rating < -1 || rating > 1) {
        *error = QObject::tr("no such item to rate");
        return false;
    }
    if (!m_loaded) {
        m_loaded = true;
        if (QFileInfo::exists(m_path)) {
            QString why;
            if (const auto old = read(m_path, &why))
                for (const Entry &e : *old)
                    m_logged.insert(keyOf(e.batch, e.item));
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Entry> lines;
    for (int i = 0; i < items.size(); ++i)
        if (i == index || !m_logged.contains(keyOf(batch, i)))
            lines.append(Entry{kind, batch, i, i == index ? rating : 0, items[i], model, now});
    if (!append(lines, error))
        return false;
    for (const Entry &e : lines)
        m_logged.insert(keyOf(e.batch, e.item));
    return true;
}

bool PreferenceLog::append(const QList<Entry> &entries, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QByteArray bytes;
    for (const Entry &e : entries)
        bytes += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QObject::tr("cannot write your ratings to %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

std::optional<std::vector<PreferenceLog::Entry>> PreferenceLog::read(const QString &path, QString *error, int *skipped)
{
    QString reason;
    const auto content = BoundedFile::read(path, kMaxBytes, &reason);
    if (!content) {
        *error = QObject::tr("ratings %1: %2").arg(path, reason);
        return std::nullopt;
    }
    const QByteArray &bytes = *content;
    std::vector<Entry> out;
    QHash<QString, std::size_t> at;
    int bad = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        const auto e = doc.isObject() ? Entry::fromJson(doc.object()) : std::nullopt;
        if (!e) {
            ++bad;
            continue;
        }
        const QString key = e->kind + QLatin1Char(':') + keyOf(e->batch, e->item);
        if (const auto it = at.constFind(key); it != at.cend()) {
            out[*it] = *e;   // a later rating of the same item
        } else {
            at.insert(key, out.size());
            out.push_back(*e);
        }
    }
    if (skipped)
        *skipped = bad;
    return out;
}

std::vector<PreferenceLog::Pair> PreferenceLog::pairs(const std::vector<Entry> &entries, const QString &kind)
{
    QHash<QString, std::vector<int>> batches;
    for (int i = 0; i < int(entries.size()); ++i)
        if (entries[std::size_t(i)].kind == kind)
            batches[entries[std::size_t(i)].batch].push_back(i);
    std::vector<Pair> out;
    for (auto it = batches.cbegin(); it != batches.cend(); ++it)
        for (int a : it.value())
            for (int b : it.value())
                if (entries[std::size_t(a)].rating > 0 && entries[std::size_t(b)].rating <= 0)
                    out.push_back({a, b});
    return out;
}

bool PreferenceLog::exportTo(const QString &path, QString *error) const
{
    QString why;
    const auto entries = read(m_path, &why);
    if (!entries) {
        *error = why;
        return false;
    }
    QByteArray bytes;
    for (const Entry &e : *entries)
        bytes += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QString reason;
    if (!AtomicFile::write(path, bytes, &reason)) {
        *error = QObject::tr("cannot write %1: %2").arg(path, reason);
        return false;
    }
    return true;
}

std::optional<int> PreferenceLog::importFrom(const QString &path, QString *error)
{
    const auto entries = read(path, error);
    if (!entries)
        return std::nullopt;
    QList<Entry> lines(entries->begin(), entries->end());
    if (!lines.isEmpty() && !append(lines, error))
        return std::nullopt;
    for (const Entry &e : lines)
        m_logged.insert(keyOf(e.batch, e.item));
    return int(lines.size());
}

} // namespace atelier::core
