#include "reward/PreferenceModel.h"

#include "reward/PreferenceFeatures.h"

#include <QJsonArray>
#include <QObject>
#include <cmath>

namespace atelier::core {

namespace {

double dot(const std::vector<double> &a, const std::vector<double> &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        s += a[i] * b[i];
    return s;
}

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

bool heldOut(const QString &batch) { return qHash(batch, 0) % 5 == 0; }

} // namespace

std::optional<PreferenceModel> PreferenceModel::fit(const std::vector<PreferenceLog::Entry> &entries, const QString &kind,
                                                    QString *error, Report *report)
{
    const std::vector<PreferenceLog::Pair> pairs = PreferenceLog::pairs(entries, kind);
    if (pairs.empty()) {
        *error = kind == QLatin1String("music")
            ? QObject::tr("no preferences to learn from: rate at least one variation up in a batch with others")
            : QObject::tr("no preferences to learn from: rate at least one drawing up in a batch with others");
        return std::nullopt;
    }
    PreferenceModel m;
    m.m_kind = kind;
    m.m_names = PreferenceFeatures::names(kind);
    const std::size_t f = std::size_t(m.m_names.size());
    // Standardize over every sample of the kind.
    std::vector<std::vector<double>> features(entries.size());
    m.m_mean.assign(f, 0.0);
    m.m_scale.assign(f, 0.0);
    int n = 0;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].kind == kind) {
            features[i] = PreferenceFeatures::of(kind, entries[i].sample);
            for (std::size_t j = 0; j < f; ++j)
                m.m_mean[j] += features[i][j];
            ++n;
        }
    for (double &v : m.m_mean)
        v /= std::max(n, 1);
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (!features[i].empty())
            for (std::size_t j = 0; j < f; ++j)
                m.m_scale[j] += (features[i][j] - m.m_mean[j]) * (features[i][j] - m.m_mean[j]);
    for (double &v : m.m_scale)
        v = std::sqrt(v / std::max(n, 1)) > 1e-9 ? std::sqrt(v / std::max(n, 1)) : 1.0;

    auto diff = [&](const PreferenceLog::Pair &p) {
        std::vector<double> d(f);
        for (std::size_t j = 0; j < f; ++j)
            d[j] = (features[std::size_t(p.winner)][j] - features[std::size_t(p.loser)][j]) / m.m_scale[j];
        return d;
    };
    std::vector<std::vector<double>> train, test;
    for (const PreferenceLog::Pair &p : pairs)
        (heldOut(entries[std::size_t(p.winner)].batch) ? test : train).push_back(diff(p));
    if (train.empty() || test.empty()) {   // too few batches to hold some out
        for (auto &d : test)
            train.push_back(std::move(d));
        test.clear();
    }
    // Logistic regression without intercept, full-batch gradient descent.
    m.m_weights.assign(f, 0.0);
    std::vector<double> grad(f);
    for (int it = 0; it < 2000; ++it) {
        std::fill(grad.begin(), grad.end(), 0.0);
        for (const auto &d : train) {
            const double g = 1.0 - sigmoid(dot(m.m_weights, d));
            for (std::size_t j = 0; j < f; ++j)
                grad[j] -= g * d[j] / double(train.size());
        }
        for (std::size_t j = 0; j < f; ++j)
            m.m_weights[j] -= 0.5 * (grad[j] + kL2 * m.m_weights[j]);
    }
    if (report) {
        auto accuracy = [&](const std::vector<std::vector<double>> &set) {
            int right = 0;
            for (const auto &d : set)
                right += dot(m.m_weights, d) > 0 ? 1 : 0;
            return set.empty() ? 0.0 : double(right) / double(set.size());
        };
        report->pairs = int(train.size());
        report->heldOutPairs = int(test.size());
        report->trainAccuracy = accuracy(train);
        report->heldOutAccuracy = test.empty() ? std::nullopt : std::optional<double>(accuracy(test));
    }
    return m;
}

std::vector<double> PreferenceModel::standardized(const QJsonObject &sample) const
{
    std::vector<double> x = PreferenceFeatures::of(m_kind, sample);
    for (std::size_t j = 0; j < x.size() && j < m_mean.size(); ++j)
        x[j] = (x[j] - m_mean[j]) / m_scale[j];
    return x;
}

RewardResult PreferenceModel::score(const QJsonObject &sample)
{
    if (PreferenceFeatures::kindOf(sample) != m_kind)
        return RewardResult::failure(RewardResult::Error::Thrown,
                                     m_kind == QLatin1String("music") ? QObject::tr("your ratings are of music, not of drawings")
                                                                      : QObject::tr("your ratings are of drawings, not of music"));
    const std::vector<double> x = standardized(sample);
    RewardResult r;
    for (std::size_t j = 0; j < x.size() && j < m_weights.size(); ++j) {
        r.parts.insert(m_names[int(j)], m_weights[j] * x[j]);
        r.reward += m_weights[j] * x[j];
    }
    return r;
}

QString PreferenceModel::name() const { return QObject::tr("your ratings"); }

double PreferenceModel::preference(const QJsonObject &a, const QJsonObject &b) const
{
    const std::vector<double> x = standardized(a), y = standardized(b);
    double s = 0;
    for (std::size_t j = 0; j < x.size() && j < m_weights.size(); ++j)
        s += m_weights[j] * (x[j] - y[j]);
    return sigmoid(s);
}

QJsonObject PreferenceModel::toJson() const
{
    QJsonArray features;
    for (int j = 0; j < m_names.size(); ++j)
        features.append(QJsonObject{{"name", m_names[j]},
                                    {"mean", m_mean[std::size_t(j)]},
                                    {"scale", m_scale[std::size_t(j)]},
                                    {"weight", m_weights[std::size_t(j)]}});
    return QJsonObject{{"kind", m_kind}, {"features", features}};
}

std::optional<PreferenceModel> PreferenceModel::fromJson(const QJsonObject &o)
{
    PreferenceModel m;
    m.m_kind = o.value("kind").toString();
    const QStringList names = PreferenceFeatures::names(m.m_kind);
    const QJsonArray features = o.value("features").toArray();
    if (names.isEmpty() || features.size() != names.size())
        return std::nullopt;
    for (int j = 0; j < features.size(); ++j) {
        const QJsonObject f = features[j].toObject();
        const double scale = f.value("scale").toDouble();
        if (f.value("name").toString() != names[j] || !(scale > 0) || !std::isfinite(f.value("weight").toDouble()))
            return std::nullopt;
        m.m_names.append(names[j]);
        m.m_mean.push_back(f.value("mean").toDouble());
        m.m_scale.push_back(scale);
        m.m_weights.push_back(f.value("weight").toDouble());
    }
    return m;
}

} // namespace atelier::core
