#pragma once
// JackMidiClient: Atelier's live MIDI on a JACK server through libjack
// itself (not RtMidi, whose JACK backend stamps input at the start of a cycle
// and writes output at frame 0 of the next): one client with a MIDI input
// port, a MIDI output port and, optionally, a stereo audio output that an
// IEventSink (the GM synth) renders.
//
//  - Input: every channel message read in a cycle is stamped
//    jack_last_frame_time + its offset and pushed to a lock-free queue
//    (readInput()). Sysex, system and running-status bytes are dropped. With
//    a sink, input is also played on `monitorChannel` (so a keyboard without
//    a sound of its own is heard).
//  - Output: schedule() queues events; the process callback keeps them
//    sorted and writes each one at its exact frame offset in the cycle that
//    contains it (one that is already past goes out at offset 0 and, past
//    1 ms, counts as late). They go to the MIDI port, to the sink, or both.
//  - Clock: JACK's frame time (nowFrame, earliestOutputFrame).
//  - Cycle: with an IMidiCycle set (setCycle), each cycle's raw input (clock
//    and song-position bytes included; sysex dropped) goes to it instead,
//    and what it writes is the cycle's audio and MIDI output (the song
//    played with its MIDI at exact frame offsets). Close the client before
//    the cycle object goes away.
//  - A connection that goes away (the other program quit) or a server that
//    stops is reported through takeStatus(); nothing throws or crashes.
//
// Threading: open/close/connect from one control thread; readInput from one
// consumer; schedule/cancelScheduled from one producer; the process
// callback on JACK's thread never locks or allocates.

#include "audio/IMidiClock.h"
#include "audio/IMidiInput.h"
#include "audio/IMidiOutput.h"

#include <QString>
#include <memory>

namespace atelier::core {

class IEventSink;
class IMidiCycle;

class JackMidiClient final : public IMidiInput, public IMidiOutput, public IMidiClock {
public:
    struct Options {
        QString clientName = QStringLiteral("Atelier");
        QString serverName;                               // empty: $JACK_DEFAULT_SERVER or the default
        QString inputPort = QStringLiteral("Duet in");    // empty: no input port
        QString outputPort = QStringLiteral("Duet out");  // empty: no output port
        IEventSink *sink = nullptr;   // not owned; renders the audio ports "out_L"/"out_R" when set
        bool outputToSink = false;    // scheduled events also go to the sink
        bool outputToPort = true;     // scheduled events go to the MIDI output port
        int monitorChannel = -1;      // >= 0: input is also played on the sink on this channel
        bool audioPorts = false;      // "out_L"/"out_R" even without a sink (for a cycle)
        bool acceptClock = false;     // input also delivers MIDI clock, Start/Continue/Stop and SPP
    };

    JackMidiClient();
    ~JackMidiClient() override;  // closes
    JackMidiClient(const JackMidiClient &) = delete;
    JackMidiClient &operator=(const JackMidiClient &) = delete;

    // Connects to a running server (never starts one), registers the ports
    // and activates. False with *error naming the server when there is none.
    bool open(const Options &options, QString *error);
    void close();
    bool isOpen() const;
    // The sink's audio ports are connected to the server's playback ports.
    bool connectAudioToPlayback(QString *error);

    QString inputPortFullName() const;   // e.g. "Atelier:Duet in"
    QString outputPortFullName() const;
    unsigned bufferFrames() const;
    bool serverStopped() const;
    // How long until what the audio ports write is heard (their playback
    // latency, the server's period included), in frames; 0 without audio ports.
    unsigned outputLatencyFrames() const;
    // Any thread: cycles the server missed (xruns) since open().
    std::int64_t xruns() const;
    // Any thread: cycles whose audio held a NaN or an infinity, sent as silence.
    std::int64_t silencedCycles() const;

    // Other programs' MIDI ports, and connecting ours to them ("virtual":
    // leave Atelier's own port for others to connect to). False with *error
    // naming the port.
    QStringList inputPortNames() const;
    bool connectInput(const QString &port, QString *error);
    // Drops every connection to our input (held keys get note-offs; no status).
    void disconnectInput();
    QStringList outputPortNames() const;
    bool connectOutput(const QString &port, QString *error);

    // Any thread: hands the cycles to `cycle` (null: back to the usual input/output).
    void setCycle(IMidiCycle *cycle);

    // IMidiInput
    bool readInput(TimedMidiEvent &event) override;
    QString takeStatus() override;

    // IMidiOutput
    bool schedule(const TimedMidiEvent &event) override;
    void cancelScheduled(int channel = -1) override;
    std::int64_t lateEvents() const override;

    // IMidiClock
    Frame nowFrame() const override;
    Frame earliestOutputFrame() const override;
    double sampleRate() const override;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace atelier::core
