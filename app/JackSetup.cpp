#include "JackSetup.h"

#include <QObject>
#include <cmath>

namespace atelier::app {

bool openJackWithSynth(core::JackMidiClient &client, core::JackMidiClient::Options options, bool withSynth,
                       std::unique_ptr<core::Synth> &synth, QString *error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (withSynth) {
            synth = std::make_unique<core::Synth>(attempt == 0 ? 48000.0 : client.sampleRate());
            if (!synth->loadSoundFont(core::Synth::defaultSoundFontPath(), error))
                return false;
            options.sink = synth.get();
        }
        if (!client.open(options, error))
            return false;
        if (!synth || std::abs(client.sampleRate() - synth->sampleRate()) < 0.5)
            return true;
        client.close();
    }
    *error = QObject::tr("the JACK server's sample rate changed while Atelier connected");
    return false;
}

} // namespace atelier::app
