#pragma once
// RatingRecorder: what the thumbs of a ResultBrowser write to the user's
// ratings log (core::PreferenceLog). The panel hands it each new batch of
// results as the samples a reward script would see (core::RewardSample)
// and the model's name; every rating the user gives goes into the log with
// its batch. A log that cannot be written is said in a status message.

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <memory>

namespace atelier::core {
class PreferenceLog;
}

namespace atelier::ui {

class ResultBrowser;

class RatingRecorder : public QObject {
    Q_OBJECT
public:
    // kind: "music" or "sketch"; logPath empty: the user's ratings log.
    RatingRecorder(ResultBrowser *browser, const QString &kind, QObject *parent, const QString &logPath = {});
    ~RatingRecorder() override;

    void setBatch(const QList<QJsonObject> &samples, const QString &model);
    QString logPath() const;

signals:
    void statusMessage(const QString &text);

private:
    void record(int index, int rating);

    QString m_kind, m_batch, m_model;
    QList<QJsonObject> m_samples;
    std::unique_ptr<core::PreferenceLog> m_log;
};

} // namespace atelier::ui
