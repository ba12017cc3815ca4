#pragma once
// PreferenceLog: the user's thumbs up and down on Continue variations and
// sketch alternatives, kept as JSON lines in the user data folder
// (ratings.jsonl): each line one item of a batch (the variations offered
// together) with its sample (RewardSample's JSON: the variation and its
// context), its rating (+1, -1, 0 for unrated) and the model. A batch's
// items are written once, unrated, with its first rating, so that a
// thumbs-up can be preferred over the ones left unrated; a later rating of
// the same item is a new line, and the latest wins.
//
// Reading never costs work: only a regular file of at most 64 MiB is read,
// lines that do not parse (a half-written last line) are skipped and
// counted. Lines are appended whole (one write); export writes a copy
// atomically (QSaveFile); import appends another log's valid lines.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace atelier::core {

class PreferenceLog {
public:
    static constexpr qint64 kMaxBytes = qint64(64) << 20;

    struct Entry {
        QString kind;      // "music" or "sketch"
        QString batch;     // the batch's id
        int item = 0;      // the item's index in its batch
        int rating = 0;    // +1, -1, 0
        QJsonObject sample;
        QString model;
        QDateTime time;
        QJsonObject toJson() const;
        static std::optional<Entry> fromJson(const QJsonObject &o);
    };
    // A preference within one batch: entries[winner] over entries[loser].
    struct Pair {
        int winner = 0, loser = 0;
    };

    static QString defaultPath();   // <user data folder>/ratings.jsonl
    explicit PreferenceLog(QString path = defaultPath()) : m_path(std::move(path)) {}
    QString path() const { return m_path; }

    // Rates items[index] of a batch; the batch's other items not yet in
    // the log go in unrated.
    bool rate(const QString &kind, const QString &batch, const QList<QJsonObject> &items, int index, int rating,
              const QString &model, QString *error);

    // The log's entries, the latest rating of each item (in the order first seen).
    static std::optional<std::vector<Entry>> read(const QString &path, QString *error, int *skipped = nullptr);
    // Every pair of the same kind and batch where one is rated up and the other down or not at all.
    static std::vector<Pair> pairs(const std::vector<Entry> &entries, const QString &kind);

    bool exportTo(const QString &path, QString *error) const;
    // Appends the valid entries of another log; returns how many (nothing and *error when it cannot be read).
    std::optional<int> importFrom(const QString &path, QString *error);

private:
    bool append(const QList<Entry> &entries, QString *error);

    QString m_path;
    QSet<QString> m_logged;   // "batch/item" written by or read into this object
    bool m_loaded = false;
};

} // namespace atelier::core
