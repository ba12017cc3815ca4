#include "reward/RewardScript.h"

#include "document/BoundedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QObject>
#include <QProcess>
#include <csignal>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define ATELIER_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ATELIER_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef ATELIER_ADDRESS_SANITIZER
#define ATELIER_ADDRESS_SANITIZER 0
#endif

namespace atelier::core {

namespace {

constexpr int kStartWait_ms = 10000;   // the helper starting and loading the script
constexpr int kCallMargin_ms = 2000;   // on top of the call's limit, for a loaded machine

QString howItEnded(const QProcess &p)
{
    if (p.exitStatus() == QProcess::CrashExit) {
        const int sig = p.exitCode();
        if (sig == SIGXCPU)
            return QObject::tr("CPU time limit");
        return QObject::tr("signal %1").arg(sig);
    }
    return QObject::tr("exit code %1").arg(p.exitCode());
}

} // namespace

QString RewardScript::defaultHelper()
{
    const QString env = qEnvironmentVariable("ATELIER_REWARD_HOST");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("atelier-reward-host"));
}

RewardScript::RewardScript(QString helper) : RewardScript(std::move(helper), Limits{}) {}

RewardScript::RewardScript(QString helper, Limits limits) : m_helper(std::move(helper)), m_limits(limits) {}

RewardScript::~RewardScript()
{
    stopHelper();
}

bool RewardScript::load(const QString &path, QString *error)
{
    QString reason;
    const auto bytes = BoundedFile::read(path, kMaxScriptBytes, &reason);
    if (!bytes) {
        *error = QObject::tr("reward script %1: %2").arg(path, reason);
        return false;
    }
    return loadSource(QString::fromUtf8(*bytes), QFileInfo(path).fileName(), error);
}

bool RewardScript::loadSource(const QString &source, const QString &name, QString *error)
{
    stopHelper();
    m_source = source;
    m_name = name;
    RewardResult why;
    if (!startHelper(&why)) {
        *error = why.message(m_name);
        return false;
    }
    return true;
}

bool RewardScript::startHelper(RewardResult *why)
{
    stopHelper();
    ++m_starts;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    const Limits limits = m_limits;
#if ATELIER_ADDRESS_SANITIZER
    // An AddressSanitizer build reserves terabytes of address space, so
    // RLIMIT_AS would stop the helper before it starts: its own limit on
    // resident memory bounds it instead (it ends the helper the same way).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":hard_rss_limit_mb=%1").arg(limits.memoryBytes >> 20));
    m_process->setProcessEnvironment(env);
#endif
    m_process->setChildProcessModifier([limits] {
#if !ATELIER_ADDRESS_SANITIZER
        const rlimit memory{rlim_t(limits.memoryBytes), rlim_t(limits.memoryBytes)};
        setrlimit(RLIMIT_AS, &memory);
#endif
        const rlimit cpu{rlim_t(limits.cpuSeconds), rlim_t(limits.cpuSeconds + 1)};
        setrlimit(RLIMIT_CPU, &cpu);
    });
    m_process->start(m_helper, {});
    if (!m_process->waitForStarted(kStartWait_ms)) {
        *why = RewardResult::failure(RewardResult::Error::Load,
                                     QObject::tr("Atelier's script helper %1 did not start: %2")
                                         .arg(m_helper, m_process->errorString()));
        m_process.reset();
        return false;
    }
    QJsonObject reply;
    if (!exchange(QJsonObject{{"script", m_source}, {"file", m_name}, {"limit_ms", m_limits.call_ms}}, kStartWait_ms,
                  &reply, why))
        return false;
    if (const RewardResult loaded = RewardResult::fromJson(reply); !loaded.ok()) {
        *why = loaded;
        stopHelper();
        return false;
    }
    return true;
}

void RewardScript::stopHelper()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(2000);
    m_process.reset();
}

bool RewardScript::exchange(const QJsonObject &request, int wait_ms, QJsonObject *reply, RewardResult *why)
{
    m_process->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!m_process->canReadLine()) {
        const int left = wait_ms - int(timer.elapsed());
        if (m_process->state() != QProcess::Running || left <= 0 || !m_process->waitForReadyRead(left)) {
            if (m_process->state() == QProcess::Running && timer.elapsed() >= wait_ms) {
                RewardResult r = RewardResult::failure(RewardResult::Error::TimeLimit, QString());
                r.limit_ms = m_limits.call_ms;
                *why = r;
            } else {
                m_process->waitForFinished(1000);
                *why = RewardResult::failure(RewardResult::Error::Crashed, howItEnded(*m_process));
            }
            stopHelper();
            return false;
        }
    }
    line = m_process->readLine();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        *why = RewardResult::failure(RewardResult::Error::Crashed, QObject::tr("it answered something unreadable"));
        stopHelper();
        return false;
    }
    *reply = doc.object();
    return true;
}

RewardResult RewardScript::score(const QJsonObject &sample)
{
    RewardResult why;
    if (!m_process && !startHelper(&why))
        return why;
    QJsonObject reply;
    if (!exchange(QJsonObject{{"sample", sample}}, m_limits.call_ms + kCallMargin_ms, &reply, &why))
        return why;
    return RewardResult::fromJson(reply);
}

} // namespace atelier::core
