#pragma once
// RewardScript: a user's reward script (JavaScript, `function
// score(sample)`), run in Atelier's helper process `atelier-reward-host`
// so that no script can hurt the studio or the command line. The helper
// runs under a memory limit (RLIMIT_AS) and a CPU-time limit (RLIMIT_CPU),
// and inside it a watchdog interrupts a call past its time limit (50 ms by
// default). Here each call also waits at most that limit plus a margin: a
// helper that does not answer (stuck inside one builtin) is killed. A
// helper that dies costs that sample only: the next call starts a new one
// and loads the script again.
//
// load() reads the script (a regular file of at most 1 MiB: a FIFO or
// /dev/zero is refused) and loads it in the helper; a script that does not
// parse fails there with its line. score() returns the reward, or why not.
//
// Threads: one thread uses an instance at a time (it owns the helper
// process); release() it before another thread takes over.

#include "reward/IReward.h"
#include "reward/RewardResult.h"

#include <QJsonObject>
#include <QString>
#include <memory>

class QProcess;

namespace atelier::core {

class RewardScript final : public IReward {
public:
    struct Limits {
        int call_ms = 50;                        // per score() call, inside the helper
        qint64 memoryBytes = qint64(768) << 20;  // the helper's address space
        int cpuSeconds = 600;                    // the helper's CPU time over its life
    };
    static constexpr qint64 kMaxScriptBytes = 1 << 20;

    // The helper beside the running executable (or $ATELIER_REWARD_HOST).
    static QString defaultHelper();

    explicit RewardScript(QString helper = defaultHelper());
    RewardScript(QString helper, Limits limits);
    ~RewardScript() override;
    RewardScript(const RewardScript &) = delete;
    RewardScript &operator=(const RewardScript &) = delete;

    bool load(const QString &path, QString *error);
    // A script given as text (e.g. kept in a tuned model's file); `name` is for messages.
    bool loadSource(const QString &source, const QString &name, QString *error);
    RewardResult score(const QJsonObject &sample) override;
    // Ends the helper (from the thread that used it); the next score()
    // starts a new one, in its own thread, with the script's state afresh.
    void release() { stopHelper(); }

    QString name() const override { return m_name; }
    QString source() const { return m_source; }
    const Limits &limits() const { return m_limits; }
    int helperStarts() const { return m_starts; }   // 1 + the restarts after a helper died

private:
    bool startHelper(RewardResult *why);
    void stopHelper();
    // Sends one line, waits up to `wait_ms` for one line back.
    bool exchange(const QJsonObject &request, int wait_ms, QJsonObject *reply, RewardResult *why);

    QString m_helper;
    Limits m_limits;
    QString m_name, m_source;
    std::unique_ptr<QProcess> m_process;
    int m_starts = 0;
};

} // namespace atelier::core
