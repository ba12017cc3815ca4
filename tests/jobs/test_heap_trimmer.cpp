// HeapTrimmer: at most one trim per interval, and a trim gives back to the
// system what a worker thread freed in the middle of its heap (which glibc
// keeps resident on its own: only a heap's top is given back by free()).

#include "jobs/HeapTrimmer.h"

#include <QFile>
#include <QtTest>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace atelier::core;
using namespace std::chrono_literals;

namespace {

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : -1;
}

} // namespace

class TestHeapTrimmer : public QObject {
    Q_OBJECT
private slots:
    void trimsAtMostOncePerInterval()
    {
        HeapTrimmer trimmer(10s);
        const HeapTrimmer::Clock::time_point t0 = HeapTrimmer::Clock::now();
        QVERIFY(!trimmer.maybeTrim(t0 + 1s));
        QVERIFY(!trimmer.maybeTrim(t0 + 9s));
        QVERIFY(trimmer.maybeTrim(t0 + 11s));
        QVERIFY(!trimmer.maybeTrim(t0 + 20s));   // 9 s after that trim
        QVERIFY(trimmer.maybeTrim(t0 + 21s));
        QCOMPARE(trimmer.trims(), 2);
    }

    void aTrimGivesBackWhatAWorkerFreedInsideItsHeap()
    {
#if !defined(__GLIBC__)
        QSKIP("malloc_trim is glibc's");
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        QSKIP("a sanitizer's allocator replaces glibc's (and keeps what was freed in quarantine)");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
        QSKIP("a sanitizer's allocator replaces glibc's (and keeps what was freed in quarantine)");
#endif
#endif
        // 64 MiB in 16 KiB blocks (below the mmap threshold, so in the
        // worker's heap), all touched; then all freed but every 64th, which
        // keeps the heap from shrinking at its top.
        constexpr std::size_t kBlock = 16 * 1024, kBlocks = 4096;
        std::vector<void *> kept;
        double beforeFree = 0, afterFree = 0;
        std::thread worker([&] {
            std::vector<void *> blocks;
            for (std::size_t i = 0; i < kBlocks; ++i) {
                void *b = std::malloc(kBlock);
                std::memset(b, int(i), kBlock);
                blocks.push_back(b);
            }
            beforeFree = residentMb();
            for (std::size_t i = 0; i < kBlocks; ++i) {
                if (i % 64 == 63)
                    kept.push_back(blocks[i]);
                else
                    std::free(blocks[i]);
            }
            afterFree = residentMb();
        });
        worker.join();
        HeapTrimmer::trimNow();
        const double afterTrim = residentMb();
        for (void *b : kept)
            std::free(b);
        qInfo("resident: %.1f MB with the blocks, %.1f MB after freeing 63 of 64, %.1f MB after the trim",
              beforeFree, afterFree, afterTrim);
        QVERIFY2(afterFree > beforeFree - 16.0, "free() alone gave most of it back: nothing for the test to show");
        QVERIFY2(afterFree - afterTrim > 40.0, "the trim gave back less than 40 of the 63 MB freed");
    }
};

QTEST_GUILESS_MAIN(TestHeapTrimmer)
#include "test_heap_trimmer.moc"
