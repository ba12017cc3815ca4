#pragma once
// MidiMessage: one short MIDI channel message (note on/off, controller,
// program change, pitch bend), or a system real-time or song-position
// message (MIDI clock), as three plain bytes, the unit the sequencer hands to the
// synth and to MIDI output ports. Trivially copyable so it travels through the
// lock-free queues. MidiOutEvent adds the output port index (into the
// playback snapshot's port list) for the sequencer -> MIDI-out thread queue.

#include "audio/SpscQueue.h"

#include <algorithm>
#include <cstdint>

namespace atelier::core {

struct MidiMessage {
    std::uint8_t status = 0;  // 0x80 | channel etc.
    std::uint8_t data1 = 0;
    std::uint8_t data2 = 0;

    static constexpr int kNoteOff = 0x80;
    static constexpr int kNoteOn = 0x90;
    static constexpr int kControlChange = 0xB0;
    static constexpr int kProgramChange = 0xC0;
    static constexpr int kPitchBend = 0xE0;
    static constexpr int kPitchBendCentre = 8192;
    static constexpr int kCcVolume = 7;
    static constexpr int kCcSustain = 64;
    static constexpr int kCcAllSoundOff = 120;
    static constexpr int kCcAllNotesOff = 123;

    int type() const { return status & 0xF0; }
    int channel() const { return status & 0x0F; }
    int size() const
    {
        if (status >= 0xF8 || status == 0xF6)
            return 1;   // real-time (clock, start, stop...), tune request
        if (status == 0xF1 || status == 0xF3)
            return 2;   // time code quarter frame, song select
        return (type() == kProgramChange || type() == 0xD0) ? 2 : 3;   // song position (0xF2): 3
    }
    bool isNoteOn() const { return type() == kNoteOn && data2 > 0; }
    bool isNoteOff() const { return type() == kNoteOff || (type() == kNoteOn && data2 == 0); }
    bool isController(int cc) const { return type() == kControlChange && data1 == cc; }
    bool isPitchBend() const { return type() == kPitchBend; }
    int pitchBendValue() const { return data1 | (data2 << 7); }   // 0..16383, 8192 = centre

    static MidiMessage make(int type, int channel, int d1, int d2)
    {
        return {std::uint8_t(type | std::clamp(channel, 0, 15)),
                std::uint8_t(std::clamp(d1, 0, 127)), std::uint8_t(std::clamp(d2, 0, 127))};
    }
    static MidiMessage noteOn(int ch, int pitch, int velocity) { return make(kNoteOn, ch, pitch, std::max(velocity, 1)); }
    static MidiMessage noteOff(int ch, int pitch) { return make(kNoteOff, ch, pitch, 0); }
    static MidiMessage controlChange(int ch, int cc, int value) { return make(kControlChange, ch, cc, value); }
    static MidiMessage programChange(int ch, int program) { return make(kProgramChange, ch, program, 0); }
    static MidiMessage pitchBend(int ch, int value)
    {
        const int v = std::clamp(value, 0, 16383);
        return make(kPitchBend, ch, v & 0x7F, v >> 7);
    }

    bool operator==(const MidiMessage &o) const
    {
        return status == o.status && data1 == o.data1 && data2 == o.data2;
    }
};

struct MidiOutEvent {
    int port = -1;  // index into PlaybackSnapshot::midiPorts()
    MidiMessage message;
    std::int64_t frame = -1;   // on the studio's audio clock where it sounds; -1: at once
};

// Sequencer (audio thread) -> MidiOutput worker thread.
using MidiOutQueue = SpscQueue<MidiOutEvent, 4096>;

} // namespace atelier::core
