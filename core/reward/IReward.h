#pragma once
// IReward: anything that scores a sample (RewardSample's JSON): a user's
// reward script (RewardScript) or a preference model fitted on the user's
// ratings (PreferenceModel). Scoring, tuning and comparing take either.

#include "reward/RewardResult.h"

#include <QJsonObject>
#include <QString>

namespace atelier::core {

class IReward {
public:
    virtual ~IReward() = default;
    virtual RewardResult score(const QJsonObject &sample) = 0;
    virtual QString name() const = 0;   // for messages: the script's file name, "your ratings"
};

} // namespace atelier::core
