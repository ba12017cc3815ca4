#pragma once
// MidiInputHub: the studio's one MIDI input. It reads the chosen device input
// (an IMidiInput: RtMidiLiveInput for an ALSA port, or none) and the computer
// keyboard (post(), stamped on the audio clock), and hands every event to
// every subscriber: instruments never open ports themselves.
//
// Subscribers are taps: each one an IMidiInput with a lock-free queue of its
// own, filled by the hub's thread and read by the subscriber's one consumer
// thread (the duet's worker, a recorder). A listener callback (for panels
// that forward events at once, e.g. to a voice engine) runs on the hub's
// thread. Closing a tap or removing a listener returns only once the hub
// will not touch it again.
//
// MIDI clock, Start/Continue/Stop and Song Position (what the sources let
// through) go only to clock taps (openTap(Kind::Clock)), and only while such
// a tap is enabled; channel messages go to every other tap and listener.
//
// The hub's thread wakes every 0.5 ms; events keep their stamps, so the
// wake-up costs nothing in timing. Status from the source (a vanished port,
// dropped events) is kept for takeStatus().

#include "audio/IMidiClock.h"
#include "audio/IMidiInput.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace atelier::core {

class MidiInputHub {
public:
    using Listener = std::function<void(const TimedMidiEvent &event)>;

    enum class Kind { Channel, Clock };

    class Tap final : public IMidiInput {
    public:
        bool readInput(TimedMidiEvent &event) override { return m_queue.pop(event); }
        QString takeStatus() override;
        // Any thread: while disabled, nothing is queued for it.
        void setEnabled(bool on) { m_enabled.store(on, std::memory_order_relaxed); }
        bool isEnabled() const { return m_enabled.load(std::memory_order_relaxed); }

    private:
        friend class MidiInputHub;
        Tap(MidiInputHub &hub, Kind kind) : m_hub(hub), m_kind(kind) {}
        MidiInputHub &m_hub;
        const Kind m_kind;
        std::atomic<bool> m_enabled{true};
        TimedMidiQueue m_queue;
        std::atomic<std::int64_t> m_dropped{0};
    };

    explicit MidiInputHub(const IMidiClock &clock);
    ~MidiInputHub();
    MidiInputHub(const MidiInputHub &) = delete;
    MidiInputHub &operator=(const MidiInputHub &) = delete;

    const IMidiClock &clock() const { return m_clock; }
    // The status line for `count` input events dropped in a flood (every input says it alike).
    static QString droppedMessage(std::int64_t count);

    // The device input (not owned; null: none). Returns once the hub no
    // longer reads the old one.
    void setSource(IMidiInput *source);

    // Any one thread (the UI): a message from the computer or on-screen
    // keyboard, stamped with the clock's now.
    void post(const MidiMessage &message);

    std::shared_ptr<Tap> openTap(Kind kind = Kind::Channel);
    void closeTap(const std::shared_ptr<Tap> &tap);
    int addListener(Listener listener);
    void removeListener(int id);

    // Any thread: a message about the input for the user; empty if none.
    QString takeStatus();

private:
    void run();
    void dispatch(const TimedMidiEvent &event);

    const IMidiClock &m_clock;
    TimedMidiQueue m_posted;
    std::mutex m_mutex;   // guards the fields below; the hub thread holds it while dispatching
    IMidiInput *m_source = nullptr;
    std::vector<std::shared_ptr<Tap>> m_taps;
    std::vector<std::pair<int, Listener>> m_listeners;
    int m_nextListener = 1;
    QString m_status;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace atelier::core
