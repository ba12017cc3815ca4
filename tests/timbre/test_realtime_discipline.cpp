// The audio thread's rules, counted: while the audio side of the Sequencer
// (process, with locates, a loop wrap, a snapshot swap and MIDI-port events),
// the ChannelRouter (render and sendMidi, with a routing change) and the
// TimbreVoiceEngine (sendMidi and render, real-time mode) run, this thread
// neither allocates nor frees (operator new and delete are replaced for this
// test) nor takes a lock (pthread_mutex_lock, _trylock and the rwlock calls
// are interposed). Counting is per thread and only inside watch(); each
// case first shows that the counters do count.

#include "AnalyticTimbreModel.h"

#include "audio/ChannelRouter.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Sequencer.h"
#include "timbre/TimbreVoiceEngine.h"

#include <QtTest>
#include <cstdlib>
#include <mutex>
#include <new>
#include <pthread.h>
#include <thread>

namespace {

thread_local bool t_watching = false;
thread_local long t_allocations = 0, t_frees = 0, t_locks = 0;

void *counted(std::size_t size)
{
    if (t_watching)
        ++t_allocations;
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}

void *countedAligned(std::size_t size, std::align_val_t align)
{
    if (t_watching)
        ++t_allocations;
    const std::size_t a = std::max(std::size_t(align), sizeof(void *));
    if (void *p = std::aligned_alloc(a, (size + a - 1) / a * a))
        return p;
    throw std::bad_alloc();
}

void release(void *p)
{
    if (t_watching && p)
        ++t_frees;
    std::free(p);
}

} // namespace

// glibc's own entry points behind the public names (exported by libc), so
// the interposers below need no dlsym, which would run (and lock) before
// main, e.g. under AddressSanitizer.
// They are compat symbols, bound to glibc's first version on this architecture.
#if defined(__x86_64__)
#define ATELIER_GLIBC_BASE "GLIBC_2.2.5"
#elif defined(__aarch64__)
#define ATELIER_GLIBC_BASE "GLIBC_2.17"
#endif
#ifdef ATELIER_GLIBC_BASE
__asm__(".symver __pthread_mutex_lock,__pthread_mutex_lock@" ATELIER_GLIBC_BASE);
__asm__(".symver __pthread_mutex_trylock,__pthread_mutex_trylock@" ATELIER_GLIBC_BASE);
__asm__(".symver __pthread_rwlock_rdlock,__pthread_rwlock_rdlock@" ATELIER_GLIBC_BASE);
__asm__(".symver __pthread_rwlock_wrlock,__pthread_rwlock_wrlock@" ATELIER_GLIBC_BASE);
#endif
extern "C" {
int __pthread_mutex_lock(pthread_mutex_t *m);
int __pthread_mutex_trylock(pthread_mutex_t *m);
int __pthread_rwlock_rdlock(pthread_rwlock_t *l);
int __pthread_rwlock_wrlock(pthread_rwlock_t *l);
}

namespace {

struct Counts {
    long allocations, frees, locks;
};

// Runs f with the counters on and returns what it did.
template <typename F>
Counts watch(F &&f)
{
    t_allocations = t_frees = t_locks = 0;
    t_watching = true;
    f();
    t_watching = false;
    return {t_allocations, t_frees, t_locks};
}

} // namespace

void *operator new(std::size_t size) { return counted(size); }
void *operator new[](std::size_t size) { return counted(size); }
void *operator new(std::size_t size, std::align_val_t a) { return countedAligned(size, a); }
void *operator new[](std::size_t size, std::align_val_t a) { return countedAligned(size, a); }
void *operator new(std::size_t size, const std::nothrow_t &) noexcept
{
    try {
        return counted(size);
    } catch (...) {
        return nullptr;
    }
}
void *operator new[](std::size_t size, const std::nothrow_t &t) noexcept { return operator new(size, t); }
void operator delete(void *p) noexcept { release(p); }
void operator delete[](void *p) noexcept { release(p); }
void operator delete(void *p, std::size_t) noexcept { release(p); }
void operator delete[](void *p, std::size_t) noexcept { release(p); }
void operator delete(void *p, std::align_val_t) noexcept { release(p); }
void operator delete[](void *p, std::align_val_t) noexcept { release(p); }
void operator delete(void *p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void *p, std::size_t, std::align_val_t) noexcept { release(p); }

extern "C" {
int pthread_mutex_lock(pthread_mutex_t *m)
{
    if (t_watching)
        ++t_locks;
    return __pthread_mutex_lock(m);
}
int pthread_mutex_trylock(pthread_mutex_t *m)
{
    if (t_watching)
        ++t_locks;
    return __pthread_mutex_trylock(m);
}
int pthread_rwlock_rdlock(pthread_rwlock_t *l)
{
    if (t_watching)
        ++t_locks;
    return __pthread_rwlock_rdlock(l);
}
int pthread_rwlock_wrlock(pthread_rwlock_t *l)
{
    if (t_watching)
        ++t_locks;
    return __pthread_rwlock_wrlock(l);
}
}

using namespace atelier::core;

namespace {

constexpr double kRate = 48000.0;
constexpr int kBlock = 256;

// Takes what it is sent without storing it.
struct CountingSink final : IEventSink {
    long messages = 0;
    void sendMidi(const MidiMessage &) override { ++messages; }
    void render(float *left, float *right, int frames) override
    {
        std::fill(left, left + frames, 0.0f);
        std::fill(right, right + frames, 0.0f);
    }
};

Song busySong(int tracks, int notesPerTrack)
{
    Song song;
    for (int t = 0; t < tracks; ++t) {
        Track track;
        track.channel = t % 16;
        track.midiOutPort = t % 4 == 3 ? QStringLiteral("port %1").arg(t % 2) : QString();
        for (int n = 0; n < notesPerTrack; ++n)
            track.notes.append(Note{48 + (n * 7 + t) % 36, Tick(n) * 120, 100 + (n % 3) * 200, 90});
        for (int c = 0; c < notesPerTrack / 4; ++c) {
            track.controls.append({Tick(c) * 480, 1, c % 128});
            track.controls.append({Tick(c) * 480 + 240, ControlChange::kPitchBend, 8192 + (c % 8) * 500});
        }
        track.controls.append({960, MidiMessage::kCcSustain, 127});
        song.tracks.append(track);
    }
    song.tempos = {{0, 120.0}, {9600, 90.0}};
    song.loop = {1920, 5760, true};
    return song;
}

} // namespace

class TestRealtimeDiscipline : public QObject {
    Q_OBJECT
private slots:
    void theCountersCount()
    {
        std::mutex m;
        volatile std::size_t size = 3;
        const Counts c = watch([&] {
            std::vector<int> v(size);   // one allocation, freed at the end
            std::lock_guard lock(m);
        });
        QCOMPARE(c.allocations, 1L);
        QCOMPARE(c.frees, 1L);
        QCOMPARE(c.locks, 1L);
    }

    void sequencerProcessNeitherAllocatesNorLocks()
    {
        CountingSink sink;
        MidiOutQueue midiOut;
        Sequencer seq(sink, &midiOut);
        seq.publish(PlaybackSnapshot::build(busySong(16, 400), kRate));
        seq.play();
        std::vector<float> l(kBlock), r(kBlock);
        MidiOutEvent drained;
        const auto run = [&](int blocks) {
            for (int b = 0; b < blocks; ++b) {
                seq.process(l.data(), r.data(), kBlock);
                while (midiOut.pop(drained)) {
                }
            }
        };
        run(8);   // the first snapshot is taken up
        Counts total{0, 0, 0};
        const auto add = [&](const Counts &c) {
            total.allocations += c.allocations;
            total.frees += c.frees;
            total.locks += c.locks;
        };
        add(watch([&] { run(1200); }));   // 6.4 s: through the loop wrap at 3 s
        seq.locate(7000);
        add(watch([&] { run(100); }));    // chase and release on locate
        seq.publish(PlaybackSnapshot::build(busySong(12, 300), kRate));
        add(watch([&] { run(100); }));    // a new snapshot swapped in while playing
        seq.stop();
        add(watch([&] { run(10); }));
        QVERIFY(sink.messages > 1000);
        QCOMPARE(total.allocations, 0L);
        QCOMPARE(total.frees, 0L);
        QCOMPARE(total.locks, 0L);
        seq.collectGarbage();
    }

    void channelRouterNeitherAllocatesNorLocks()
    {
        CountingSink synth;
        ChannelRouter router(synth, kBlock);
        auto a = std::make_shared<CountingSink>(), b = std::make_shared<CountingSink>();
        ChannelRouter::Table table;
        table[2] = a;
        router.setInstruments(table);
        std::vector<float> l(kBlock * 3), r(kBlock * 3);
        const auto play = [&] {
            for (int k = 0; k < 50; ++k) {
                router.sendMidi(MidiMessage::noteOn(k % 4, 60, 100));
                router.render(l.data(), r.data(), kBlock * 3);   // longer than the scratch: in chunks
                router.sendMidi(MidiMessage::noteOff(k % 4, 60));
            }
        };
        Counts c = watch(play);
        table[2] = b;
        table[3] = a;
        router.setInstruments(table);   // the flush runs on the audio side
        const Counts d = watch(play);
        QCOMPARE(c.allocations + d.allocations, 0L);
        QCOMPARE(c.frees + d.frees, 0L);
        QCOMPARE(c.locks + d.locks, 0L);
        QVERIFY(a->messages > 0 && b->messages > 0);
        router.collectGarbage(true);
    }

    void voiceEngineNeitherAllocatesNorLocks_data()
    {
        QTest::addColumn<int>("startDelay");
        QTest::newRow("live") << 0;
        QTest::newRow("song playback (start delay, note-offs held)") << 600;
    }

    void voiceEngineNeitherAllocatesNorLocks()
    {
        QFETCH(int, startDelay);
        auto model = std::make_shared<timbre::test::AnalyticTimbreModel>();
        timbre::TimbreVoiceEngine engine(model, int(kRate), timbre::TimbreVoiceEngine::Mode::RealTime, 8);
        engine.setStartDelay(startDelay);
        std::vector<float> l(kBlock), r(kBlock);
        Counts total{0, 0, 0};
        for (int k = 0; k < 200; ++k) {
            const Counts c = watch([&] {
                if (k % 10 == 0)
                    engine.sendMidi(MidiMessage::noteOn(0, 48 + k % 24, 100));   // more notes than voices: steals
                if (k % 10 == 7)
                    engine.sendMidi(MidiMessage::noteOff(0, 48 + (k - 7) % 24));
                if (k == 150)
                    engine.sendMidi(MidiMessage::controlChange(0, MidiMessage::kCcAllSoundOff, 0));
                if (k == 100) {   // a setter writing meanwhile, on another thread
                    t_watching = false;
                    std::thread([&] { engine.setEnvelope(SoundEnvelope{0.01, 0.1, 0.8, 0.2, 0.0}); }).join();
                    t_watching = true;
                }
                engine.render(l.data(), r.data(), kBlock);
            });
            total.allocations += c.allocations;
            total.frees += c.frees;
            total.locks += c.locks;
            std::this_thread::sleep_for(std::chrono::microseconds(500));   // the frame worker runs
        }
        QVERIFY(model->calls.load() > 0);
        QCOMPARE(total.allocations, 0L);
        QCOMPARE(total.frees, 0L);
        QCOMPARE(total.locks, 0L);
    }
};

QTEST_GUILESS_MAIN(TestRealtimeDiscipline)
#include "test_realtime_discipline.moc"
