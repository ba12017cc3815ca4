#include "jobs/JobRunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <exception>

namespace atelier::core {

namespace {

void markCancelled(JobState &state) { state.cancelled.store(true); }

} // namespace

JobRunner::JobRunner(int maxThreads, QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(maxThreads > 0 ? maxThreads : std::max(4, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const auto &state : std::as_const(m_jobs))
            markCancelled(*state);
    }
    m_pool.waitForDone();
}

JobRunner &JobRunner::instance()
{
    static QPointer<JobRunner> runner;
    static JobRunner *withoutApplication = nullptr;
    if (runner)
        return *runner;
    if (QCoreApplication::instance()) {
        runner = new JobRunner(0, QCoreApplication::instance());
        return *runner;
    }
    if (!withoutApplication)
        withoutApplication = new JobRunner;   // no application object: lives as long as the process
    return *withoutApplication;
}

JobId JobRunner::start(QObject *owner, Work work)
{
    auto state = std::make_shared<JobState>();
    state->owner = owner;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        state->id = ++m_lastId;
        m_jobs.insert(state->id, state);
    }
    if (owner) {
        std::weak_ptr<JobState> weak = state;
        state->ownerGone = connect(owner, &QObject::destroyed, [weak] {
            if (auto s = weak.lock()) {
                std::lock_guard<std::mutex> lock(s->mutex);
                s->ownerAlive = false;
                markCancelled(*s);
            }
        });
    } else {
        state->ownerAlive = false;   // nobody to post to
    }
    m_pool.start([this, state, work = std::move(work)] { run(state, work); });
    return state->id;
}

void JobRunner::run(const std::shared_ptr<JobState> &state, const Work &work)
{
    if (!state->cancelled.load()) {
        JobContext context(state);
        try {
            work(context);
        } catch (const std::exception &e) {
            qWarning("A background job failed: %s", e.what());
        } catch (...) {
            qWarning("A background job failed with an unknown exception.");
        }
    }
    QObject::disconnect(state->ownerGone);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.remove(state->id);
    }
    const JobId id = state->id;
    QMetaObject::invokeMethod(this, [this, id] { emit finished(id); }, Qt::QueuedConnection);
}

void JobRunner::cancel(JobId id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (const auto state = m_jobs.value(id))
        markCancelled(*state);
}

void JobRunner::cancelAll(const QObject *owner)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const auto &state : std::as_const(m_jobs))
        if (state->owner == owner)
            markCancelled(*state);
}

bool JobRunner::isActive(JobId id) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_jobs.contains(id);
}

int JobRunner::activeCount(const QObject *owner) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!owner)
        return int(m_jobs.size());
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [owner](const auto &s) { return s->owner == owner; }));
}

bool JobRunner::waitFor(JobId id, int timeout_ms)
{
    QEventLoop loop;
    const auto connection = connect(this, &JobRunner::finished, &loop, [&loop, id](JobId done) {
        if (done == id)
            loop.quit();
    });
    QTimer poll;   // also ends the wait when the finished signal was emitted before we listened
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!isActive(id))
            loop.quit();
    });
    bool timedOut = false;
    if (timeout_ms >= 0)
        QTimer::singleShot(timeout_ms, &loop, [&] {
            timedOut = isActive(id);
            loop.quit();
        });
    if (isActive(id)) {
        poll.start();
        loop.exec();
    }
    disconnect(connection);
    return !timedOut && !isActive(id);
}

} // namespace atelier::core
