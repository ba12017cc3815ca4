#pragma once
// RewardScriptHost: runs a reward script in QJSEngine. The script defines
// `function score(sample)` and returns a number, or `{reward: number,
// parts: {name: number, ...}}`. The engine gets no extensions: no console,
// no timers, no files, processes or network; a script sees only the sample.
//
// load() evaluates the script once (a syntax error comes back with its
// line); score() calls score(sample) with a watchdog that
// interrupts the engine (QJSEngine::setInterrupted) when the call runs past
// its time limit. A call that throws, returns no finite number (NaN, a
// string, nothing) or is interrupted is an error for that sample; the
// engine stays usable for the next.
//
// This runs inside Atelier's helper process (`atelier reward-host`), under
// memory and CPU-time limits (see RewardScript); tests may use it directly.
// One thread only.

#include "reward/RewardResult.h"

#include <QJsonObject>
#include <QString>
#include <memory>

class QJSEngine;

namespace atelier::core {

class RewardScriptHost {
public:
    static constexpr int kDefaultLimit_ms = 50;

    RewardScriptHost();
    ~RewardScriptHost();

    // `fileName` is for the engine's stack traces only. Not ok(): why not (Error::Load).
    RewardResult load(const QString &source, const QString &fileName);
    RewardResult score(const QJsonObject &sample, int limit_ms = kDefaultLimit_ms);

private:
    std::unique_ptr<QJSEngine> m_engine;
    bool m_loaded = false;
};

} // namespace atelier::core
