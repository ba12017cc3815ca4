#pragma once
// PreferenceModel: your ratings as a reward. A Bradley–Terry model on the
// samples' features (PreferenceFeatures): the chance that you prefer a over
// b is σ(w · (z(a) − z(b))), z the features standardized over the rated
// samples. It is fitted on the pairs of PreferenceLog::pairs() (a thumbs-up
// over a thumbs-down or unrated variation of the same batch) by logistic
// regression with a small L2 penalty, and reports how often it orders
// held-out pairs right: the batches whose id hashes to 0 mod 5 are held
// out (when that leaves pairs on both sides). score() is w · z(sample), on
// the log-odds scale, with each feature's share as a part.

#include "reward/IReward.h"
#include "reward/PreferenceLog.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace atelier::core {

class PreferenceModel final : public IReward {
public:
    static constexpr double kL2 = 0.01;

    struct Report {
        int pairs = 0;                       // fitted on
        int heldOutPairs = 0;
        double trainAccuracy = 0;
        std::optional<double> heldOutAccuracy;
    };

    // Nothing (and *error) when the log has no pairs of that kind.
    static std::optional<PreferenceModel> fit(const std::vector<PreferenceLog::Entry> &entries, const QString &kind,
                                              QString *error, Report *report = nullptr);

    RewardResult score(const QJsonObject &sample) override;
    QString name() const override;

    QString kind() const { return m_kind; }
    QStringList features() const { return m_names; }
    const std::vector<double> &weights() const { return m_weights; }   // per standardized feature
    double preference(const QJsonObject &a, const QJsonObject &b) const;   // P(a over b)
    QJsonObject toJson() const;
    static std::optional<PreferenceModel> fromJson(const QJsonObject &o);

private:
    std::vector<double> standardized(const QJsonObject &sample) const;

    QString m_kind;
    QStringList m_names;
    std::vector<double> m_mean, m_scale, m_weights;
};

} // namespace atelier::core
