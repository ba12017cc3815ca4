// CallbackProfile, driven on the test's own thread as the audio thread
// drives it: every callback lands in the bucket of its share of the period;
// those over half the period are kept with their details, the worst first.
// A callback that computes has CPU time near its wall time; one that sleeps
// has little CPU time and a voluntary switch: what tells a callback that
// worked too long from one that waited.

#include "audio/CallbackProfile.h"

#include <QtTest>
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

using namespace atelier::core;
using namespace std::chrono;

namespace {

constexpr std::int64_t kMs = 1000000;

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Computes until this thread has run `ms` (however long that takes on a busy machine).
void spinCpu(double ms)
{
    volatile double x = 1.0;
    const double until = threadCpuMs() + ms;
    while (threadCpuMs() < until)
        x = std::sqrt(x + 1.0);
}

int bucketOf(int percent)
{
    for (std::size_t i = 0; i < CallbackProfile::kBucketPercent.size(); ++i)
        if (CallbackProfile::kBucketPercent[i] == percent)
            return int(i);
    return -1;
}

} // namespace

class TestCallbackProfile : public QObject {
    Q_OBJECT
private slots:
    // The bucket bounds: "up to 25 %" holds 25 % exactly, one nanosecond
    // more is in the next; past 400 % is the last.
    void bucketBounds()
    {
        const std::int64_t period = 4 * kMs;
        QCOMPARE(CallbackProfile::bucketFor(0, period), 0);
        QCOMPARE(CallbackProfile::bucketFor(kMs, period), 0);
        QCOMPARE(CallbackProfile::bucketFor(kMs + 1, period), 1);
        QCOMPARE(CallbackProfile::bucketFor(2 * kMs, period), 1);
        QCOMPARE(CallbackProfile::bucketFor(3 * kMs, period), 2);
        QCOMPARE(CallbackProfile::bucketFor(4 * kMs, period), 3);
        QCOMPARE(CallbackProfile::bucketFor(4 * kMs + 1, period), 4);
        QCOMPARE(CallbackProfile::bucketFor(16 * kMs, period), 5);
        QCOMPARE(CallbackProfile::bucketFor(16 * kMs + 1, period), 6);
        QCOMPARE(CallbackProfile::bucketFor(1000 * kMs, period), CallbackProfile::kBuckets - 1);
    }

    void offRecordsNothing()
    {
        CallbackProfile p;
        p.begin();
        spinCpu(3);
        p.songDone();
        p.end(96, 48000);   // a 2 ms period
        for (std::int64_t n : p.histogram())
            QCOMPARE(n, std::int64_t(0));
        QVERIFY(p.late().empty());
    }

    void quickCallbacksAreCountedNotKept()
    {
        CallbackProfile p;
        p.enable(true);
        for (int i = 0; i < 10; ++i) {
            p.begin();
            p.songDone();
            p.end(4800, 48000);   // nothing done in a 100 ms period: under 25 %
        }
        QCOMPARE(p.histogram()[std::size_t(bucketOf(25))], std::int64_t(10));
        QVERIFY(p.late().empty());
    }

    void workIsCpuTimeAndWaitingIsNot()
    {
        CallbackProfile p;
        p.enable(true);
        // Computes 12 ms in a 10 ms period: over 100 %.
        p.begin();
        spinCpu(8);
        p.songDone();
        spinCpu(4);
        p.end(480, 48000);
        // Sleeps 45 ms in the same period: over 400 %, no CPU to speak of.
        p.begin();
        p.songDone();
        std::this_thread::sleep_for(milliseconds(45));
        p.end(480, 48000);

        const auto counts = p.histogram();
        std::int64_t overPeriod = 0;
        for (int b = bucketOf(200); b < CallbackProfile::kBuckets; ++b)
            overPeriod += counts[std::size_t(b)];
        QCOMPARE(overPeriod, std::int64_t(2));
        QVERIFY(counts[std::size_t(CallbackProfile::kBuckets - 1)] >= 1);
        // The sleeper waited; the worker (12 ms of CPU) did not, unless a
        // very busy machine kept it from running for over 12 ms more.
        QVERIFY(p.overlongWaiting() >= 1 && p.overlongWaiting() <= 2);
        const auto late = p.late();
        QCOMPARE(int(late.size()), 2);
        QVERIFY(late[0].wallMs >= late[1].wallMs);   // the worst first
        const bool sleptFirst = late[0].songMs < late[1].songMs;
        const CallbackProfile::Late &slept = late[sleptFirst ? 0 : 1], &worked = late[sleptFirst ? 1 : 0];
        QVERIFY2(slept.wallMs >= 45.0, qPrintable(QString::number(slept.wallMs)));
        QVERIFY2(slept.cpuMs < 5.0, qPrintable(QString::number(slept.cpuMs)));
        QVERIFY(slept.voluntarySwitches >= 1);
        QVERIFY2(slept.liveMs >= 45.0 && slept.songMs < 5.0, qPrintable(QString::number(slept.liveMs)));
        QVERIFY2(worked.wallMs >= 12.0, qPrintable(QString::number(worked.wallMs)));
        QVERIFY2(worked.cpuMs >= 11.9 && worked.cpuMs <= worked.wallMs + 0.1,
                 qPrintable(QString("%1 of %2").arg(worked.cpuMs).arg(worked.wallMs)));
        QVERIFY2(worked.songCpuMs >= 7.9 && worked.songMs >= 8.0 && worked.liveMs >= 4.0,
                 qPrintable(QString("%1 + %2").arg(worked.songMs).arg(worked.liveMs)));
        QVERIFY(worked.cpu >= 0);
    }

    // More late callbacks than it keeps: the mildest go, the rest come
    // worst first.
    void keepsTheWorst()
    {
        CallbackProfile p;
        p.enable(true);
        const int n = CallbackProfile::kLate + 6;
        for (int k = 1; k <= n; ++k) {   // sleeps of 1, 2, ... n ms in a 1 ms period
            p.begin();
            p.songDone();
            std::this_thread::sleep_for(milliseconds(k));
            p.end(48, 48000);
        }
        const auto late = p.late();
        QCOMPARE(int(late.size()), CallbackProfile::kLate);
        for (std::size_t i = 1; i < late.size(); ++i)
            QVERIFY(late[i - 1].wallMs >= late[i].wallMs);
        QVERIFY2(late.front().wallMs >= n, qPrintable(QString::number(late.front().wallMs)));
        // The six shortest (1 to 6 ms) are gone.
        QVERIFY2(late.back().wallMs >= 6.5, qPrintable(QString::number(late.back().wallMs)));
        // enable() starts afresh.
        p.enable(true);
        QVERIFY(p.late().empty());
        for (std::int64_t c : p.histogram())
            QCOMPARE(c, std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCallbackProfile)
#include "test_callback_profile.moc"
