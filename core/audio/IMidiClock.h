#pragma once
// IMidiClock: the audio clock that live MIDI is stamped on (frames of the
// audio device). Implemented by the MIDI backends (JackMidiClient uses JACK's
// frame time); fakes in tests advance it by hand.

#include "audio/TimedMidiEvent.h"

namespace atelier::core {

class IMidiClock {
public:
    virtual ~IMidiClock() = default;

    // Any thread. The frame being heard about now (an estimate between cycles).
    virtual Frame nowFrame() const = 0;
    // Any thread. The earliest frame an event handed to the output now can
    // still be sent at on time (now plus what the device has already taken).
    virtual Frame earliestOutputFrame() const = 0;
    virtual double sampleRate() const = 0;
};

} // namespace atelier::core
