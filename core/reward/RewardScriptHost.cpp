#include "reward/RewardScriptHost.h"

#include <QJSEngine>
#include <QJSValueIterator>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace atelier::core {

namespace {

// Interrupts the engine unless finished within the limit.
class Watchdog {
public:
    Watchdog(QJSEngine &engine, int limit_ms)
        : m_thread([this, &engine, limit_ms] {
              std::unique_lock lock(m_mutex);
              if (!m_done.wait_for(lock, std::chrono::milliseconds(limit_ms), [this] { return m_finished; })) {
                  m_fired = true;
                  engine.setInterrupted(true);
              }
          })
    {
    }
    ~Watchdog()
    {
        finish();
        m_thread.join();
    }
    // The call is over; returns whether the watchdog interrupted it.
    bool finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        std::lock_guard lock(m_mutex);
        return m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false, m_fired = false;
    std::thread m_thread;
};

int lineOf(const QJSValue &error)
{
    return error.property(QStringLiteral("lineNumber")).toInt();
}

} // namespace

RewardScriptHost::RewardScriptHost() : m_engine(std::make_unique<QJSEngine>()) {}

RewardScriptHost::~RewardScriptHost() = default;

RewardResult RewardScriptHost::load(const QString &source, const QString &fileName)
{
    using E = RewardResult::Error;
    m_loaded = false;
    QJSValue result;
    {
        Watchdog dog(*m_engine, 1000);   // the script's top level runs once, with a second to do it
        result = m_engine->evaluate(source, fileName, 1);
        if (dog.finish()) {
            m_engine->setInterrupted(false);
            RewardResult r = RewardResult::failure(E::TimeLimit, QString());
            r.limit_ms = 1000;
            return r;
        }
    }
    if (result.isError())
        return RewardResult::failure(E::Load, result.toString(), lineOf(result));
    const QJSValue score = m_engine->globalObject().property(QStringLiteral("score"));
    if (!score.isCallable())
        return RewardResult::failure(E::Load, QStringLiteral("the script defines no function score(sample)"));
    m_loaded = true;
    return {};
}

RewardResult RewardScriptHost::score(const QJsonObject &sample, int limit_ms)
{
    using E = RewardResult::Error;
    if (!m_loaded)
        return RewardResult::failure(E::Load, QStringLiteral("no reward script is loaded"));
    QJSValue score = m_engine->globalObject().property(QStringLiteral("score"));
    const QJSValue arg = m_engine->toScriptValue(sample.toVariantMap());
    QJSValue value;
    bool interrupted = false;
    {
        Watchdog dog(*m_engine, std::max(1, limit_ms));
        value = score.call({arg});
        interrupted = dog.finish();
    }
    if (interrupted) {
        m_engine->setInterrupted(false);
        RewardResult r = RewardResult::failure(E::TimeLimit, QString());
        r.limit_ms = limit_ms;
        return r;
    }
    if (value.isError())
        return RewardResult::failure(E::Thrown, value.toString(), lineOf(value));
    RewardResult r;
    QJSValue reward = value;
    if (value.isObject() && !value.isArray() && value.hasProperty(QStringLiteral("reward"))) {
        reward = value.property(QStringLiteral("reward"));
        const QJSValue parts = value.property(QStringLiteral("parts"));
        if (parts.isObject()) {
            QJSValueIterator it(parts);
            while (it.hasNext()) {
                it.next();
                if (!it.value().isNumber() || !std::isfinite(it.value().toNumber()))
                    return RewardResult::failure(E::NotANumber, QStringLiteral("a part \"%1\" of %2")
                                                                    .arg(it.name(), it.value().toString()));
                r.parts.insert(it.name(), it.value().toNumber());
            }
        }
    }
    if (!reward.isNumber() || !std::isfinite(reward.toNumber()))
        return RewardResult::failure(E::NotANumber, reward.isUndefined() ? QStringLiteral("nothing")
                                                    : reward.isString() ? QStringLiteral("\"%1\"").arg(reward.toString().left(40))
                                                                        : reward.toString().left(40));
    r.reward = reward.toNumber();
    return r;
}

} // namespace atelier::core
