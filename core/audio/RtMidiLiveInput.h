#pragma once
// RtMidiLiveInput: an ALSA sequencer input port (through RtMidi's MidiInput)
// as an IMidiInput. Each channel message is stamped on arrival with the
// audio clock's now (the studio's clock, see LiveEventMerger), so input and
// output share one clock; ALSA delivers the message within a fraction of a
// millisecond of the key, so this is as close as the ALSA path gets.
// Keys still down when the port closes or disappears get their note-offs.
// With setAcceptClock(true), MIDI clock, Start/Continue/Stop and Song
// Position come through too (the hub hands them only to a clock follower).
//
// Beside the port the user chooses, start() opens Atelier's own port,
// "Atelier In", that other programs (a DAW) play into; both feed the same
// input. Without an ALSA sequencer it is left closed and a status says why.
//
// Threads: open/close/checkPort from the UI thread; RtMidi's thread
// produces; one consumer reads (the MidiInputHub).

#include "audio/IMidiClock.h"
#include "audio/IMidiInputDevice.h"
#include "audio/MidiInput.h"

#include <QString>
#include <QStringList>
#include <array>
#include <atomic>
#include <mutex>

namespace atelier::core {

class RtMidiLiveInput final : public IMidiInputDevice {
public:
    explicit RtMidiLiveInput(const IMidiClock &clock) : m_clock(clock) {}
    ~RtMidiLiveInput() override { stop(); }
    static constexpr const char *kStudioPort = "Atelier In";

    static QStringList availablePorts(QString *error) { return MidiInput::portNames(error); }
    QString systemName() const override { return QStringLiteral("ALSA"); }
    QStringList portNames(QString *error) override { return availablePorts(error); }
    bool start(QString *error) override;
    void stop() override;
    bool studioPortOpen() const { return m_studioIn.isOpen(); }
    void setAcceptClock(bool accept) { m_acceptClock = accept; }   // before open()/start()
    bool open(const QString &port, QString *error) override;
    // Atelier's own port called `name`, for other programs to play into.
    bool openVirtual(const QString &name, QString *error);
    bool isVirtual() const { return m_virtual && isOpen(); }
    void close() override;
    bool isOpen() const override { return m_input.isOpen(); }
    QString portName() const override { return m_input.portName(); }
    bool checkPort() override;

    bool readInput(TimedMidiEvent &event) override { return m_queue.pop(event) || m_studioQueue.pop(event); }
    QString takeStatus() override;

private:
    void received(const MidiMessage &m, TimedMidiQueue &queue);   // RtMidi's threads
    void releaseHeld();

    const IMidiClock &m_clock;
    MidiInput m_input;
    MidiInput m_studioIn;            // "Atelier In"
    bool m_virtual = false;
    bool m_acceptClock = false;
    TimedMidiQueue m_queue;          // from m_input's thread
    TimedMidiQueue m_studioQueue;    // from m_studioIn's thread
    std::array<std::atomic<std::uint8_t>, 16 * 128> m_held{};
    std::atomic<std::int64_t> m_dropped{0};
    std::mutex m_statusMutex;
    QString m_status;
};

} // namespace atelier::core
