// JobRunner: work runs on a worker thread and reports back on the owner's
// thread; cancelling (by id, by owner, by destroying the owner, by destroying
// the runner) reaches the work's flag and drops what it posts; an exception
// ends only its own job; waitFor keeps the event loop running; the pool's
// thread limit holds.

#include "jobs/JobRunner.h"

#include <QtTest>
#include <atomic>
#include <thread>

using namespace atelier::core;

namespace {

// Waits (on the worker) until the flag is set or 10 s passed.
void spinUntil(const std::atomic<bool> &flag)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!flag.load() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT
private slots:
    void workRunsOnAWorkerAndPostsToTheOwnersThread()
    {
        JobRunner runner(2);
        QObject owner;
        QThread *workerThread = nullptr;
        QThread *postThread = nullptr;
        int result = 0;
        const JobId id = runner.start(&owner, [&](JobContext &job) {
            workerThread = QThread::currentThread();
            const int sum = 6 * 7;
            job.post([&, sum] {
                postThread = QThread::currentThread();
                result = sum;
            });
        });
        QVERIFY(id != 0);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QTRY_COMPARE(result, 42);
        QVERIFY(workerThread != nullptr);
        QVERIFY(workerThread != QThread::currentThread());
        QCOMPARE(postThread, QThread::currentThread());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<JobId>(), id);
        QVERIFY(!runner.isActive(id));
        QCOMPARE(runner.activeCount(), 0);
    }

    void cancelReachesTheWorkAndDropsItsPosts()
    {
        JobRunner runner(2);
        QObject owner;
        std::atomic<bool> posted{false}, sawCancel{false};
        bool ran = false;
        const JobId id = runner.start(&owner, [&](JobContext &job) {
            job.post([&] { ran = true; });   // queued, not yet run: the test does not spin the loop
            posted = true;
            spinUntil(*job.cancelFlag());
            sawCancel = job.cancelled();
            job.post([&] { ran = true; });   // after the cancel: dropped at once
        });
        spinUntil(posted);
        QVERIFY(runner.isActive(id));
        runner.cancel(id);
        QVERIFY(runner.waitFor(id, 10000));
        QCoreApplication::processEvents();
        QVERIFY(sawCancel.load());
        QVERIFY(!ran);
    }

    void cancelAllCancelsOnlyThatOwnersJobs()
    {
        JobRunner runner(4);
        QObject a, b;
        std::atomic<bool> aCancelled{false}, bCancelled{false}, release{false}, aStarted{false};
        const JobId ja = runner.start(&a, [&](JobContext &job) {
            aStarted = true;
            while (!job.cancelled() && !release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            aCancelled = job.cancelled();
        });
        const JobId jb = runner.start(&b, [&](JobContext &job) {
            while (!job.cancelled() && !release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            bCancelled = job.cancelled();
        });
        QCOMPARE(runner.activeCount(&a), 1);
        spinUntil(aStarted);
        runner.cancelAll(&a);
        QVERIFY(runner.waitFor(ja, 10000));
        QVERIFY(aCancelled.load());
        QVERIFY(runner.isActive(jb));
        release = true;
        QVERIFY(runner.waitFor(jb, 10000));
        QVERIFY(!bCancelled.load());
    }

    void anOwnerThatGoesAwayCancelsItsJob()
    {
        JobRunner runner(2);
        auto *owner = new QObject;
        std::atomic<bool> started{false};
        bool ran = false;
        const JobId id = runner.start(owner, [&](JobContext &job) {
            started = true;
            spinUntil(*job.cancelFlag());
            job.post([&] { ran = true; });   // the owner is gone: never runs
        });
        spinUntil(started);
        delete owner;
        QVERIFY(runner.waitFor(id, 10000));
        QCoreApplication::processEvents();
        QVERIFY(!ran);
    }

    void aJobCancelledBeforeItStartsNeverRuns()
    {
        JobRunner runner(1);
        QObject owner;
        std::atomic<bool> release{false}, secondRan{false};
        const JobId first = runner.start(&owner, [&](JobContext &) { spinUntil(release); });
        const JobId second = runner.start(&owner, [&](JobContext &) { secondRan = true; });   // queued behind first
        runner.cancel(second);
        release = true;
        QVERIFY(runner.waitFor(first, 10000));
        QVERIFY(runner.waitFor(second, 10000));
        QVERIFY(!secondRan.load());
    }

    void anExceptionEndsOnlyItsJob()
    {
        JobRunner runner(1);
        QObject owner;
        QTest::ignoreMessage(QtWarningMsg, "A background job failed: broken model");
        const JobId bad = runner.start(&owner, [](JobContext &) { throw std::runtime_error("broken model"); });
        int value = 0;
        const JobId good = runner.start(&owner, [&](JobContext &job) { job.post([&] { value = 1; }); });
        QVERIFY(runner.waitFor(bad, 10000));
        QVERIFY(runner.waitFor(good, 10000));
        QTRY_COMPARE(value, 1);
    }

    void waitForKeepsTheEventLoopRunning()
    {
        JobRunner runner(1);
        QObject owner;
        std::atomic<bool> stop{false};
        const JobId id = runner.start(&owner, [&](JobContext &job) {
            while (!job.cancelled() && !stop.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++ticks == 5)
                stop = true;
        });
        timer.start(10);
        QVERIFY(runner.waitFor(id, 20000));
        QVERIFY(ticks >= 5);   // the timer fired while we waited
        timer.stop();

        const JobId endless = runner.start(&owner, [](JobContext &job) {
            while (!job.cancelled())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        QVERIFY(!runner.waitFor(endless, 100));   // timed out: still running
        QVERIFY(runner.isActive(endless));
        runner.cancel(endless);
        QVERIFY(runner.waitFor(endless, 10000));
    }

    void thePoolKeepsItsThreadLimit()
    {
        JobRunner runner(2);
        QCOMPARE(runner.maxThreads(), 2);
        QObject owner;
        std::atomic<int> running{0}, most{0}, done{0};
        QList<JobId> ids;
        for (int i = 0; i < 12; ++i)
            ids.append(runner.start(&owner, [&](JobContext &) {
                const int now = ++running;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                --running;
                ++done;
            }));
        for (JobId id : ids)
            QVERIFY(runner.waitFor(id, 20000));
        QCOMPARE(done.load(), 12);
        QCOMPARE(most.load(), 2);
        QVERIFY(JobRunner(0).maxThreads() >= 4);
    }

    void theRunnersEndCancelsAndWaits()
    {
        std::atomic<bool> sawCancel{false}, finished{false}, started{false};
        QObject owner;
        {
            JobRunner runner(1);
            runner.start(&owner, [&](JobContext &job) {
                started = true;
                spinUntil(*job.cancelFlag());
                sawCancel = job.cancelled();
                finished = true;
            });
            spinUntil(started);
        }
        QVERIFY(finished.load());   // the destructor waited
        QVERIFY(sawCancel.load());
    }

    void theSharedRunnerBelongsToTheApplication()
    {
        JobRunner &shared = JobRunner::instance();
        QCOMPARE(&JobRunner::instance(), &shared);
        QCOMPARE(shared.parent(), QCoreApplication::instance());
    }
};

QTEST_MAIN(TestJobRunner)
#include "test_job_runner.moc"
