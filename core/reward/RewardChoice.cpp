#include "reward/RewardChoice.h"

#include "reward/PreferenceLog.h"

#include <QFileInfo>

namespace atelier::core {

RewardChoice::RewardChoice() = default;
RewardChoice::~RewardChoice() = default;

bool RewardChoice::loadScript(const QString &path, QString *error)
{
    m_reward = nullptr;
    m_preferences.reset();
    m_script = std::make_unique<RewardScript>();
    if (!m_script->load(path, error))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_reward = m_script.get();
    return true;
}

bool RewardChoice::loadRatings(const QString &path, const QString &kind, QString *error)
{
    m_reward = nullptr;
    m_script.reset();
    const auto entries = PreferenceLog::read(path, error);
    if (!entries)
        return false;
    m_fit = {};
    m_preferences = PreferenceModel::fit(*entries, kind, error, &m_fit);
    if (!m_preferences)
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_reward = &*m_preferences;
    return true;
}

QJsonObject RewardChoice::record() const
{
    if (!m_reward)
        return {};
    if (isScript())
        return QJsonObject{{"script", m_script->name()}, {"path", m_path}, {"source", m_script->source()}};
    return QJsonObject{{"ratings", m_path},
                       {"pairs", m_fit.pairs},
                       {"held_out_pairs", m_fit.heldOutPairs},
                       {"train_accuracy", m_fit.trainAccuracy},
                       {"held_out_accuracy",
                        m_fit.heldOutAccuracy ? QJsonValue(*m_fit.heldOutAccuracy) : QJsonValue(QJsonValue::Null)},
                       {"model", m_preferences->toJson()}};
}

} // namespace atelier::core
