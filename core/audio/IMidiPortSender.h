#pragma once
// IMidiPortSender: one open MIDI output port, as the output workers
// (MidiOutput, RtMidiScheduledOutput) use it. A sender either sends at once
// (JACK: the worker hands each message over when its time has come) or
// schedules ahead (the ALSA sequencer's queue: the worker hands a message
// over up to lookaheadSeconds() early, with its delay, and the sequencer's
// timer sends it).
//
// Threads: one thread (the output's worker) calls everything but the
// destructor's owner may close it once that worker has stopped.

#include "audio/MidiMessage.h"

#include <QString>

namespace atelier::core {

class IMidiPortSender {
public:
    virtual ~IMidiPortSender() = default;

    // How early before its time a message may be handed over (0: only when due).
    virtual double lookaheadSeconds() const = 0;
    // Marks "now" for the sends that follow: their delays count from here,
    // so that messages meant for the same moment keep their order.
    virtual void beginBatch() {}
    // Sends `message` `delaySeconds` after the batch's now (at once when
    // 0 or less). False when the message was lost (the port vanished, the
    // system is full). Never throws.
    virtual bool send(const MidiMessage &message, double delaySeconds) = 0;
    // Drops what was handed over and has not left yet, on one channel 0..15
    // or on all (-1); note-offs still leave, so no note is left hanging.
    virtual void removePending(int channel) { (void)channel; }
    // The port's name as others see it (for messages).
    virtual QString portName() const = 0;
};

} // namespace atelier::core
