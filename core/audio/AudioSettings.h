#pragma once
// Plain settings and device descriptions shared by the audio engine, the
// audio devices and the preferences dialog. Values only.

#include <QList>
#include <QString>

namespace atelier::core {

struct AudioSettings {
    QString api;         // RtAudio API name ("alsa", "pulse", "jack"...); empty: RtAudio's choice
    QString deviceName;  // output device name as listed by RtAudioDevice::outputDevices(); empty: default
    unsigned sampleRate = 48000;
    unsigned bufferFrames = 256;
    QString soundFont;   // empty: Synth::defaultSoundFontPath()
    bool operator==(const AudioSettings &o) const
    {
        return api == o.api && deviceName == o.deviceName && sampleRate == o.sampleRate
            && bufferFrames == o.bufferFrames && soundFont == o.soundFont;
    }
};

// One output device of one audio API, for the preferences dialog.
struct AudioDeviceInfo {
    QString api;             // RtAudio API name, for AudioSettings::api
    QString apiDisplayName;  // e.g. "ALSA", "PulseAudio"
    QString name;            // for AudioSettings::deviceName
    unsigned outputChannels = 0;
    QList<unsigned> sampleRates;
    unsigned preferredSampleRate = 0;
    bool isDefault = false;
};

} // namespace atelier::core
