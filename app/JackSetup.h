#pragma once
// Opening Atelier's JACK client with the GM synth at the server's sample
// rate (the synth must run at the server's rate, which is only known once
// the client is open): shared by `atelier duet --jack` and `atelier play --jack`.

#include "audio/Synth.h"
#include "live/JackMidiClient.h"

#include <QString>
#include <memory>

namespace atelier::app {

// Opens `client` with `options`; when `withSynth`, `synth` is made at the
// server's rate (with the default SoundFont) and set as options.sink. False
// with *error when there is no server or no SoundFont.
bool openJackWithSynth(core::JackMidiClient &client, core::JackMidiClient::Options options, bool withSynth,
                       std::unique_ptr<core::Synth> &synth, QString *error);

} // namespace atelier::app
