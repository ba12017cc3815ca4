#include "common/RatingRecorder.h"

#include "common/ResultBrowser.h"
#include "reward/PreferenceLog.h"

#include <QUuid>

namespace atelier::ui {

RatingRecorder::RatingRecorder(ResultBrowser *browser, const QString &kind, QObject *parent, const QString &logPath)
    : QObject(parent), m_kind(kind),
      m_log(std::make_unique<core::PreferenceLog>(logPath.isEmpty() ? core::PreferenceLog::defaultPath() : logPath))
{
    connect(browser, &ResultBrowser::ratingChanged, this, &RatingRecorder::record);
}

RatingRecorder::~RatingRecorder() = default;

QString RatingRecorder::logPath() const { return m_log->path(); }

void RatingRecorder::setBatch(const QList<QJsonObject> &samples, const QString &model)
{
    m_samples = samples;
    m_model = model;
    m_batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void RatingRecorder::record(int index, int rating)
{
    if (index < 0 || index >= m_samples.size())
        return;
    QString error;
    if (!m_log->rate(m_kind, m_batch, m_samples, index, rating, m_model, &error))
        emit statusMessage(error);
    else
        emit statusMessage(rating > 0 ? tr("Rated up: your ratings are in %1").arg(m_log->path())
                           : rating < 0 ? tr("Rated down: your ratings are in %1").arg(m_log->path())
                                        : tr("Rating taken back"));
}

} // namespace atelier::ui
