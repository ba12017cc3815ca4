#include "train/TuningLoop.h"

#include <QJsonArray>
#include <QObject>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>

namespace atelier::models {

namespace {

QJsonArray curve(const std::vector<double> &values)
{
    QJsonArray out;
    for (double v : values)
        out.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
    return out;
}

} // namespace

void TuningLoop::reset()
{
    m_step = 0;
    m_before = m_thisRun = 0;
    m_errors = m_samples = 0;
    m_firstError.clear();
    m_cancelled = false;
    m_rewards.clear();
    m_kls.clear();
}

bool TuningLoop::run(const TuningOptions &o, const Step &step, QString *error)
{
    using Clock = std::chrono::steady_clock;
    m_before += m_thisRun;
    m_thisRun = 0;
    const auto started = Clock::now();
    auto tick = [&] { m_thisRun = std::chrono::duration<double>(Clock::now() - started).count(); };
    m_cancelled = false;
    while (true) {
        tick();
        if (o.steps > 0 && m_step >= o.steps)
            break;
        if (o.minutes > 0 && elapsedSeconds() >= o.minutes * 60)
            break;
        if (o.steps <= 0 && o.minutes <= 0)
            break;
        if (m_cancel && m_cancel->load()) {
            m_cancelled = true;
            break;
        }
        const std::size_t before = m_rewards.size();
        if (!step(error))
            return false;
        if (m_rewards.size() == before)   // a step that recorded nothing still counts once
            record(std::numeric_limits<double>::quiet_NaN(), m_kls.empty() ? 0.0 : m_kls.back());
        ++m_step;
        if (m_errors * 2 > m_samples) {
            if (error)
                *error = QObject::tr("%1 of %2 rewards failed; the first: %3").arg(m_errors).arg(m_samples).arg(m_firstError);
            return false;
        }
        tick();
        if (m_progress) {
            TuningProgress p;
            p.step = m_step;
            p.targetSteps = std::max(o.steps, 0);
            p.reward = m_rewards.back();
            p.kl = m_kls.back();
            p.errors = m_errors;
            p.samples = m_samples;
            p.elapsedSeconds = elapsedSeconds();
            m_progress(p);
        }
    }
    return true;
}

TuningLoop::Scored TuningLoop::score(core::IReward &reward, const std::vector<QJsonObject> &samples)
{
    Scored s;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        ++m_samples;
        const core::RewardResult r = reward.score(samples[i]);
        if (!r.ok()) {
            if (m_firstError.isEmpty())
                m_firstError = r.message(reward.name());
            ++m_errors;
            continue;
        }
        s.rows.push_back(int(i));
        s.rewards.push_back(r.reward);
    }
    s.mean = s.rewards.empty() ? std::numeric_limits<double>::quiet_NaN()
                               : std::accumulate(s.rewards.begin(), s.rewards.end(), 0.0) / double(s.rewards.size());
    return s;
}

void TuningLoop::record(double meanReward, double kl)
{
    m_rewards.push_back(meanReward);
    m_kls.push_back(kl);
}

std::vector<float> TuningLoop::advantages(const std::vector<double> &rewards)
{
    std::vector<float> a(rewards.size(), 0.0f);
    if (rewards.empty())
        return a;
    const double mean = std::accumulate(rewards.begin(), rewards.end(), 0.0) / double(rewards.size());
    double var = 0;
    for (double v : rewards)
        var += (v - mean) * (v - mean);
    const double sd = std::sqrt(var / double(rewards.size()));
    if (sd > 1e-8)
        for (std::size_t i = 0; i < rewards.size(); ++i)
            a[i] = float((rewards[i] - mean) / sd);
    return a;
}

QString TuningLoop::checkOptions(const TuningOptions &o)
{
    if (o.group < 2 || o.group > 8)
        return QObject::tr("the group size must be 2 to 8 (it is %1)").arg(o.group);
    if (!(o.beta >= 0) || !std::isfinite(o.beta))
        return QObject::tr("β must be a number of 0 or more");
    if (!(o.learningRate > 0))
        return QObject::tr("the learning rate must be positive");
    if (!(o.temperature > 0 && o.temperature <= 2))
        return QObject::tr("the temperature must be above 0 and at most 2");
    return {};
}

QJsonObject TuningLoop::withSummary(QJsonObject tuning, const TuningOptions &o) const
{
    tuning.insert("beta", o.beta);
    tuning.insert("group", o.group);
    tuning.insert("seed", QString::number(o.seed));
    tuning.insert("learning_rate", o.learningRate);
    tuning.insert("steps", m_step);
    tuning.insert("minutes", elapsedSeconds() / 60.0);
    tuning.insert("errors", m_errors);
    tuning.insert("reward_curve", curve(m_rewards));
    tuning.insert("kl_curve", curve(m_kls));
    return tuning;
}

} // namespace atelier::models
