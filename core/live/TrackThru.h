#pragma once
// TrackThru: what comes in on the studio's MIDI input (a DAW playing into
// "Atelier In", a MIDI keyboard, the computer keyboard) plays the song's
// tracks by channel: a message on channel c sounds on the instrument of the
// track whose channel is c (its General MIDI program, or the Sound-Morph
// timbre baked into it, which the audio engine routes by channel). A channel
// no track uses plays the fallback track (the selected one), moved to its
// channel. Each message is scheduled for the earliest frame the audio
// output can still take (so it is heard one buffer after it arrived).
//
// It listens only while active: the studio turns it off while another
// instrument takes the input (recording monitors the armed track, the duet,
// the morph panel). Turning it off (or changing the song so that a channel
// plays another program) ends the notes it holds.
//
// Threads: setSong/setFallbackTrack/setActive on the UI thread; the hub's
// thread plays (through the live output, which takes any producer).

#include "audio/IMidiClock.h"
#include "audio/IMidiOutput.h"
#include "audio/MidiInputHub.h"
#include "document/Song.h"

#include <array>
#include <atomic>
#include <cstdint>

namespace atelier::core {

class TrackThru {
public:
    TrackThru(MidiInputHub &hub, IMidiOutput &out, const IMidiClock &clock) : m_hub(hub), m_out(out), m_clock(clock) {}
    ~TrackThru() { setActive(false); }
    TrackThru(const TrackThru &) = delete;
    TrackThru &operator=(const TrackThru &) = delete;

    void setSong(const Song &song);   // keeps each track's channel and program
    void setFallbackTrack(int track);   // an index into the last song set; -1: none
    void setActive(bool on);
    bool isActive() const { return m_listener != 0; }
    // What a message on `channel` plays: the channel and program, or -1 (nothing).
    int outputChannel(int channel) const;
    int program(int outputChannel) const;

private:
    void hear(const TimedMidiEvent &event);   // the hub's thread
    void publish();
    void releaseHeld();

    MidiInputHub &m_hub;
    IMidiOutput &m_out;
    const IMidiClock &m_clock;
    QList<std::pair<int, int>> m_tracks;   // channel, program (UI thread)
    int m_fallbackTrack = -1;       // UI thread
    int m_listener = 0;
    // Published for the hub's thread: by input channel, where it plays
    // (channel + 1, 0: nowhere); by output channel, the program.
    std::array<std::atomic<std::int8_t>, 16> m_route{};
    std::array<std::atomic<std::int16_t>, 16> m_program{};
    std::array<std::int16_t, 16> m_sentProgram{};        // the hub's thread
    std::array<std::atomic<std::uint8_t>, 16 * 128> m_held{};   // by output channel and pitch
};

} // namespace atelier::core
