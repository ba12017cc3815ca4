#include "audio/Synth.h"

#include <QFileInfo>
#include <fluidsynth.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace atelier::core {

namespace {

void quietFluidLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        fluid_set_log_function(FLUID_WARN, nullptr, nullptr);
        fluid_set_log_function(FLUID_INFO, nullptr, nullptr);
        fluid_set_log_function(FLUID_DBG, nullptr, nullptr);
    });
}

} // namespace

Synth::Synth(double sampleRate) : m_sampleRate(sampleRate > 0 ? sampleRate : 48000.0)
{
    quietFluidLogging();
    m_settings = new_fluid_settings();
    if (!m_settings)
        return;
    fluid_settings_setnum(m_settings, "synth.sample-rate", m_sampleRate);
    fluid_settings_setnum(m_settings, "synth.gain", kGain);
    fluid_settings_setint(m_settings, "synth.reverb.active", 1);
    fluid_settings_setint(m_settings, "synth.chorus.active", 1);
    fluid_settings_setint(m_settings, "synth.threadsafe-api", 0);
    fluid_settings_setint(m_settings, "synth.cpu-cores", 1);
    m_synth = new_fluid_synth(m_settings);
}

Synth::~Synth()
{
    if (m_synth)
        delete_fluid_synth(m_synth);
    if (m_settings)
        delete_fluid_settings(m_settings);
}

bool Synth::loadSoundFont(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_synth)
        return fail(QStringLiteral("The synthesizer could not be created (fluidsynth failed to start)."));
    if (path.isEmpty())
        return fail(QStringLiteral("No SoundFont found: install fluid-soundfont-gm or choose a .sf2 file."));
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return fail(QStringLiteral("SoundFont not found: %1").arg(path));
    if (!info.isReadable())
        return fail(QStringLiteral("SoundFont is not readable: %1").arg(path));
    const int id = fluid_synth_sfload(m_synth, QFile::encodeName(info.absoluteFilePath()).constData(), 1);
    if (id == FLUID_FAILED)
        return fail(QStringLiteral("Not a usable SoundFont: %1").arg(path));
    if (m_soundFontId >= 0)
        fluid_synth_sfunload(m_synth, m_soundFontId, 1);
    m_soundFontId = id;
    m_soundFontPath = info.absoluteFilePath();
    return true;
}

QString Synth::defaultSoundFontPath()
{
    static const char *const kCandidates[] = {
        "/usr/share/sounds/sf2/default-GM.sf2",
        "/usr/share/sounds/sf2/FluidR3_GM.sf2",
        "/usr/share/soundfonts/default.sf2",
    };
    for (const char *c : kCandidates) {
        const QFileInfo info(QString::fromLatin1(c));
        if (info.exists() && info.isFile())
            return info.absoluteFilePath();
    }
    return {};
}

void Synth::noteOn(int channel, int pitch, int velocity)
{
    if (m_synth)
        fluid_synth_noteon(m_synth, channel, pitch, std::clamp(velocity, 1, 127));
}

void Synth::noteOff(int channel, int pitch)
{
    if (m_synth)
        fluid_synth_noteoff(m_synth, channel, pitch);
}

void Synth::programChange(int channel, int program)
{
    if (m_synth)
        fluid_synth_program_change(m_synth, channel, std::clamp(program, 0, 127));
}

void Synth::controlChange(int channel, int controller, int value)
{
    if (m_synth)
        fluid_synth_cc(m_synth, channel, controller, value);
}

void Synth::pitchBend(int channel, int value)
{
    if (m_synth)
        fluid_synth_pitch_bend(m_synth, channel, std::clamp(value, 0, 16383));
}

void Synth::allNotesOff(int channel)
{
    if (m_synth)
        fluid_synth_all_notes_off(m_synth, channel);
}

void Synth::allSoundOff()
{
    if (m_synth)
        fluid_synth_all_sounds_off(m_synth, -1);
}

void Synth::sendMidi(const MidiMessage &m)
{
    switch (m.type()) {
    case MidiMessage::kNoteOn:
        if (m.data2 > 0)
            noteOn(m.channel(), m.data1, m.data2);
        else
            noteOff(m.channel(), m.data1);
        break;
    case MidiMessage::kNoteOff:
        noteOff(m.channel(), m.data1);
        break;
    case MidiMessage::kControlChange:
        controlChange(m.channel(), m.data1, m.data2);
        break;
    case MidiMessage::kProgramChange:
        programChange(m.channel(), m.data1);
        break;
    case MidiMessage::kPitchBend:
        pitchBend(m.channel(), m.pitchBendValue());
        break;
    default:
        break;
    }
}

void Synth::render(float *left, float *right, int frames)
{
    if (frames <= 0)
        return;
    if (!m_synth) {
        std::memset(left, 0, sizeof(float) * size_t(frames));
        std::memset(right, 0, sizeof(float) * size_t(frames));
        return;
    }
    fluid_synth_write_float(m_synth, frames, left, 0, 1, right, 0, 1);
}

} // namespace atelier::core
