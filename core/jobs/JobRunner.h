#pragma once
// JobRunner: the one way the studio runs work off the UI thread (model
// sampling, renders, previews, training). A job is a function run on a
// worker of the runner's thread pool with a JobContext; it belongs to an
// owner QObject and reports back through JobContext::post(), which runs on
// the owner's thread.
//
// Rules:
//  - A job is cancelled by cancel(id), by cancelAll(owner), or when its owner
//    is destroyed. Cancelling sets the flag the work polls (cancelled(),
//    cancelFlag()) and drops everything it posts from then on, also what was
//    posted but had not run yet. The worker itself ends when the work returns.
//  - The work must not touch its owner directly: it captures values and
//    shared, immutable data (models are shared_ptr<const ...>), so that an
//    owner may go away while its job still finishes in the background.
//  - An exception escaping the work ends that job (logged as a warning); the
//    runner keeps going.
//  - waitFor() keeps the UI running (a local event loop) until a job ended:
//    for exports that are synchronous for their caller.
//  - The runner's destructor cancels every job and waits for the workers.
//    instance() is a child of the application object, so that happens when
//    the application object goes, before static destruction.
// Threads: start, cancel, waitFor and the signals belong to the runner's
// thread (the UI thread); isActive and activeCount may be asked anywhere.

#include "jobs/JobContext.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <mutex>

namespace atelier::core {

class JobRunner : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(JobContext &)>;

    // maxThreads <= 0: at least 4, more where the machine has more cores.
    explicit JobRunner(int maxThreads = 0, QObject *parent = nullptr);
    ~JobRunner() override;

    static JobRunner &instance();

    JobId start(QObject *owner, Work work);
    void cancel(JobId id);
    void cancelAll(const QObject *owner);
    bool isActive(JobId id) const;                    // queued or running
    int activeCount(const QObject *owner = nullptr) const;
    int maxThreads() const { return m_pool.maxThreadCount(); }
    // Runs a local event loop until the job ended; false when timeout_ms (>= 0) passed first.
    bool waitFor(JobId id, int timeout_ms = -1);

signals:
    void finished(atelier::core::JobId id);   // the work returned (cancelled or not)

private:
    void run(const std::shared_ptr<JobState> &state, const Work &work);

    QThreadPool m_pool;
    mutable std::mutex m_mutex;   // m_jobs
    QHash<JobId, std::shared_ptr<JobState>> m_jobs;
    JobId m_lastId = 0;
};

} // namespace atelier::core
