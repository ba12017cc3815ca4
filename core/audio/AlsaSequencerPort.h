#pragma once
// AlsaSequencerPort: a MIDI output port on the ALSA sequencer that leaves
// timing to the sequencer. Each message is handed to the kernel up to
// kLookahead before its time, stamped with its time on a sequencer queue
// (real time, its timer at 6250 Hz where the kernel allows), and the
// sequencer delivers it then, whatever the process is doing: a port that is
// not polled by a thread of ours. The port is Atelier's own, which other
// programs (a DAW) subscribe to, or connected to another program's port.
//
// Opens its own sequencer client ("Atelier"), non-blocking: a full
// sequencer loses the message (send() says false) instead of blocking.
// Without an ALSA sequencer (no /dev/snd/seq) open() fails and says so.
// Nothing here throws.

#include "audio/IMidiPortSender.h"

#include <QString>
#include <memory>

namespace atelier::core {

class AlsaSequencerPort final : public IMidiPortSender {
public:
    static constexpr double kLookahead = 0.010;   // seconds

    AlsaSequencerPort();
    ~AlsaSequencerPort() override;   // closes, after what waits has left (at most 0.25 s)
    AlsaSequencerPort(const AlsaSequencerPort &) = delete;
    AlsaSequencerPort &operator=(const AlsaSequencerPort &) = delete;

    // Atelier's own port called `name`, which others subscribe to.
    bool openOwn(const QString &name, QString *error);
    // A port of ours connected to the port at client:port (e.g. "128:0",
    // which ends the names RtMidi lists); `displayName` is for messages.
    bool openTo(int client, int port, const QString &displayName, QString *error);
    // Waits until what was handed over has left (at most `maxSeconds`), then
    // closes; what is still waiting after that is dropped.
    void close(double maxSeconds = 0.0);
    bool isOpen() const { return m_seq != nullptr; }

    double lookaheadSeconds() const override { return kLookahead; }
    void beginBatch() override;
    bool send(const MidiMessage &message, double delaySeconds) override;
    void removePending(int channel) override;
    QString portName() const override { return m_name; }

private:
    bool openClient(const QString &portName, QString *error);

    struct Parser;
    void *m_seq = nullptr;   // snd_seq_t (kept out of the header: alsa/asoundlib.h is large)
    std::unique_ptr<Parser> m_parser;
    int m_port = -1;
    int m_queue = -1;
    double m_batchTime = 0.0;   // the queue's time at beginBatch(), seconds
    QString m_name;
};

} // namespace atelier::core
