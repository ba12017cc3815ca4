#pragma once
// RewardChoice: the reward a user picked for scoring or tuning, either a
// reward script (run in the helper process, RewardScript) or their ratings
// (a preference model fitted on a ratings log for one kind of model), with
// the record a tuned model keeps of it: the script's name and full text, or
// the ratings log, how well the preference model fits and its weights.

#include "reward/IReward.h"
#include "reward/PreferenceModel.h"
#include "reward/RewardScript.h"

#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace atelier::core {

class RewardChoice {
public:
    RewardChoice();
    ~RewardChoice();

    // A script file; false and *error (with the file and line when it does not parse).
    bool loadScript(const QString &path, QString *error);
    // A ratings log, fitted for `kind` ("music" or "sketch"); false and *error
    // when it cannot be read or has no pairs of that kind.
    bool loadRatings(const QString &path, const QString &kind, QString *error);

    bool loaded() const { return m_reward != nullptr; }
    IReward &reward() { return *m_reward; }
    const PreferenceModel::Report &fit() const { return m_fit; }   // ratings only
    bool isScript() const { return m_reward == m_script.get(); }
    // A script's helper process ends (see RewardScript::release()).
    void release()
    {
        if (m_script)
            m_script->release();
    }

    // {"script": file name, "path": absolute path, "source": text} or
    // {"ratings": absolute path, "pairs", "held_out_pairs", "train_accuracy",
    //  "held_out_accuracy" (null when nothing was held out), "model": the fitted weights}.
    QJsonObject record() const;

private:
    std::unique_ptr<RewardScript> m_script;
    std::optional<PreferenceModel> m_preferences;
    PreferenceModel::Report m_fit;
    QString m_path;
    IReward *m_reward = nullptr;
};

} // namespace atelier::core
