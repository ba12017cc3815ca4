#pragma once
// MidiSystem: which MIDI system Atelier's RtMidi ports live on: the ALSA
// sequencer (the default on Linux), or a JACK server (the studio's choice
// in Preferences, and the tests' private servers).

namespace atelier::core {

enum class MidiSystem { Alsa, Jack };

} // namespace atelier::core
