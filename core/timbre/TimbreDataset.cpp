#include "timbre/TimbreDataset.h"

#include "document/AtomicFile.h"

#include "document/GeneralMidi.h"
#include "timbre/TimbreSpec.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <fluidsynth.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace atelier::core::timbre {

namespace {

constexpr quint32 kMagic = 0x41544e31;  // "ATN1"
constexpr quint32 kVersion = 1;
constexpr float kSilentPeak = 0.00316f;  // -50 dBFS

std::uint64_t fnv(std::uint64_t h, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i) {
        h ^= (v >> (8 * i)) & 0xff;
        h *= 1099511628211ull;
    }
    return h;
}

std::uint64_t specHash(const TimbreDatasetSpec &spec, const QString &soundFont)
{
    std::uint64_t h = 1469598103934665603ull;
    h = fnv(h, kVersion);
    for (int p : spec.programs) h = fnv(h, std::uint64_t(p));
    h = fnv(h, 0xffff);
    for (int p : spec.pitches) h = fnv(h, std::uint64_t(p));
    h = fnv(h, 0xffff);
    for (int v : spec.velocities) h = fnv(h, std::uint64_t(v));
    h = fnv(h, std::uint64_t(spec.seconds * 1000));
    h = fnv(h, std::uint64_t(spec.noteOff_s * 1000));
    h = fnv(h, spec.randomOffCopies);
    h = fnv(h, spec.seed);
    h = fnv(h, std::uint64_t(QFileInfo(soundFont).size()));
    return h;
}

struct RenderedNote {
    int program, pitch, velocity;
    float off;
    std::vector<std::int16_t> samples;
};

// Renders every note of one SoundFont. False and *error on failure or cancel.
bool renderSoundFont(const TimbreDatasetSpec &spec, const QString &path, std::vector<RenderedNote> *out,
                     QString *error, const std::function<bool()> &tick)
{
    fluid_settings_t *settings = new_fluid_settings();
    fluid_settings_setnum(settings, "synth.sample-rate", kDataSampleRate);
    fluid_settings_setint(settings, "synth.reverb.active", 0);
    fluid_settings_setint(settings, "synth.chorus.active", 0);
    fluid_settings_setnum(settings, "synth.gain", 0.5);
    fluid_settings_setint(settings, "synth.threadsafe-api", 0);
    fluid_settings_setint(settings, "synth.polyphony", 64);
    fluid_synth_t *synth = new_fluid_synth(settings);
    const int sf = synth ? fluid_synth_sfload(synth, path.toLocal8Bit().constData(), 1) : FLUID_FAILED;
    bool ok = sf != FLUID_FAILED;
    if (!ok)
        *error = QStringLiteral("%1: FluidSynth could not load this SoundFont").arg(path);
    const int total = int(std::lround(spec.seconds * kDataSampleRate));
    const int offAt = int(std::lround(spec.noteOff_s * kDataSampleRate));
    std::vector<float> left(total), right(total);
    std::mt19937_64 rng(spec.seed ^ std::hash<std::string>{}(QFileInfo(path).completeBaseName().toStdString()));
    auto renderNote = [&](int program, int pitch, int velocity, double off_s) {
        fluid_synth_system_reset(synth);
        fluid_synth_program_select(synth, 0, sf, 0, program);
        fluid_synth_noteon(synth, 0, pitch, velocity);
        const int off = std::clamp(int(std::lround(off_s * kDataSampleRate)), 1, total);
        fluid_synth_write_float(synth, off, left.data(), 0, 1, right.data(), 0, 1);
        fluid_synth_noteoff(synth, 0, pitch);
        if (total > off)
            fluid_synth_write_float(synth, total - off, left.data(), off, 1, right.data(), off, 1);
        fluid_synth_all_sounds_off(synth, -1);
        RenderedNote note{program, pitch, velocity, float(off_s), std::vector<std::int16_t>(total)};
        float peak = 0;
        for (int i = 0; i < total; ++i) {
            const float m = 0.5f * (left[i] + right[i]);
            peak = std::max(peak, std::abs(m));
            note.samples[i] = std::int16_t(std::lround(std::clamp(m, -1.0f, 32767.0f / 32768.0f) * 32768.0f));
        }
        if (peak >= kSilentPeak) out->push_back(std::move(note));
    };
    for (std::size_t p = 0; ok && p < spec.programs.size(); ++p) {
        for (int pitch : spec.pitches) {
            for (int velocity : spec.velocities) renderNote(spec.programs[p], pitch, velocity, spec.noteOff_s);
            if (spec.randomOffCopies && !spec.velocities.empty()) {
                std::uniform_int_distribution<int> pick(0, int(spec.velocities.size()) - 1);
                std::uniform_real_distribution<double> offTime(0.1, 2.5);
                const int v = spec.velocities[pick(rng)];
                renderNote(spec.programs[p], pitch, v, offTime(rng));
            }
        }
        if (tick && !tick()) {
            ok = false;
            *error = QStringLiteral("cancelled");
        }
    }
    (void)offAt;
    if (synth) delete_fluid_synth(synth);
    delete_fluid_settings(settings);
    return ok;
}

bool writeCache(const QString &file, const QString &soundFont, std::uint64_t hash,
                const std::vector<RenderedNote> &notes, QString *error)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s << kMagic << kVersion << quint64(hash) << soundFont << qint32(notes.size());
    for (const RenderedNote &n : notes) {
        s << qint16(n.program) << qint16(n.pitch) << qint16(n.velocity) << n.off << qint32(n.samples.size());
        s.writeRawData(reinterpret_cast<const char *>(n.samples.data()), int(n.samples.size() * 2));
    }
    QString reason;
    if (!AtomicFile::write(file, bytes, &reason)) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(file, reason);
        return false;
    }
    return true;
}

bool readCache(const QString &file, std::uint64_t hash, std::vector<RenderedNote> *notes, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(file, f.errorString());
        return false;
    }
    QDataStream s(&f);
    s.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0, version = 0;
    quint64 h = 0;
    QString name;
    qint32 count = 0;
    s >> magic >> version >> h >> name >> count;
    if (magic != kMagic || version != kVersion || h != hash || count < 0 || s.status() != QDataStream::Ok) {
        *error = QStringLiteral("%1: not a current note cache").arg(file);
        return false;
    }
    notes->reserve(notes->size() + count);
    for (qint32 i = 0; i < count; ++i) {
        qint16 program, pitch, velocity;
        float off;
        qint32 n;
        s >> program >> pitch >> velocity >> off >> n;
        if (s.status() != QDataStream::Ok || n < 0 || n > 16000 * 60) {
            *error = QStringLiteral("%1: truncated or corrupt note cache").arg(file);
            return false;
        }
        RenderedNote note{program, pitch, velocity, off, std::vector<std::int16_t>(n)};
        if (s.readRawData(reinterpret_cast<char *>(note.samples.data()), n * 2) != n * 2) {
            *error = QStringLiteral("%1: truncated note cache").arg(file);
            return false;
        }
        notes->push_back(std::move(note));
    }
    return true;
}

} // namespace

std::vector<float> TimbreNote::toFloat() const
{
    std::vector<float> x(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) x[i] = sample(i);
    return x;
}

QString TimbreDatasetInstrument::name() const
{
    return QStringLiteral("%1 (%2)").arg(GeneralMidi::programName(program), soundFont);
}

QStringList TimbreDataset::defaultSoundFonts()
{
    QStringList found;
    for (const QString &p : {QStringLiteral("/usr/share/sounds/sf2/FluidR3_GM.sf2"),
                             QStringLiteral("/usr/share/sounds/sf3/MuseScore_General_Lite.sf3")})
        if (QFileInfo::exists(p)) found << p;
    return found;
}

QString TimbreDataset::defaultCacheDir()
{
    const QString env = qEnvironmentVariable("ATELIER_CACHE");
    if (!env.isEmpty()) return env + QStringLiteral("/timbre-notes");
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty()) base = QDir::tempPath();
    return base + QStringLiteral("/atelier/timbre-notes");
}

std::unique_ptr<TimbreDataset> TimbreDataset::build(const TimbreDatasetSpec &given, const QString &cacheDir,
                                                    QString *error,
                                                    const std::function<bool(int, int)> &progress)
{
    TimbreDatasetSpec spec = given;
    if (spec.soundFonts.isEmpty()) spec.soundFonts = defaultSoundFonts();
    if (spec.soundFonts.isEmpty()) {
        *error = QStringLiteral("no General MIDI SoundFont found (install fluid-soundfont-gm)");
        return nullptr;
    }
    if (spec.programs.empty())
        for (int p = 0; p < 112; ++p) spec.programs.push_back(p);
    if (spec.pitches.empty())
        for (int p = 36; p <= 84; p += 3) spec.pitches.push_back(p);
    if (!QDir().mkpath(cacheDir)) {
        *error = QStringLiteral("%1: cannot create the cache folder").arg(cacheDir);
        return nullptr;
    }
    auto dataset = std::make_unique<TimbreDataset>();
    dataset->m_spec = spec;
    const int total = int(spec.soundFonts.size() * spec.programs.size());
    int done = 0;
    for (const QString &sfPath : spec.soundFonts) {
        if (!QFileInfo::exists(sfPath)) {
            *error = QStringLiteral("%1: SoundFont not found").arg(sfPath);
            return nullptr;
        }
        const QString base = QFileInfo(sfPath).completeBaseName();
        const std::uint64_t hash = specHash(spec, sfPath);
        const QString file = QStringLiteral("%1/%2-%3.notes").arg(cacheDir, base).arg(hash, 16, 16, QChar('0'));
        std::vector<RenderedNote> rendered;
        QString cacheError;
        if (!QFileInfo::exists(file) || !readCache(file, hash, &rendered, &cacheError)) {
            rendered.clear();
            const bool ok = renderSoundFont(spec, sfPath, &rendered, error, [&] {
                ++done;
                return !progress || progress(done, total);
            });
            if (!ok) return nullptr;
            if (!writeCache(file, base, hash, rendered, error)) return nullptr;
        } else {
            done += int(spec.programs.size());
            if (progress && !progress(done, total)) {
                *error = QStringLiteral("cancelled");
                return nullptr;
            }
        }
        for (RenderedNote &n : rendered) {
            int instrument = -1;
            for (std::size_t i = 0; i < dataset->m_instruments.size(); ++i)
                if (dataset->m_instruments[i].soundFont == base && dataset->m_instruments[i].program == n.program)
                    instrument = int(i);
            if (instrument < 0) {
                instrument = int(dataset->m_instruments.size());
                dataset->m_instruments.push_back({base, n.program});
            }
            dataset->m_notes.push_back({instrument, n.pitch, n.velocity, n.off, std::move(n.samples)});
        }
    }
    if (dataset->m_notes.empty()) {
        *error = QStringLiteral("the SoundFonts rendered no audible notes");
        return nullptr;
    }
    return dataset;
}

std::vector<int> TimbreDataset::trainNotes() const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < m_notes.size(); ++i)
        if (!isHeldOut(m_notes[i].pitch)) out.push_back(int(i));
    return out;
}

std::vector<int> TimbreDataset::heldOutNotes() const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < m_notes.size(); ++i)
        if (isHeldOut(m_notes[i].pitch)) out.push_back(int(i));
    return out;
}

int TimbreDataset::find(int instrument, int pitch, int velocity, bool standardOff) const
{
    for (std::size_t i = 0; i < m_notes.size(); ++i) {
        const TimbreNote &n = m_notes[i];
        if (n.instrument == instrument && n.pitch == pitch && n.velocity == velocity
            && (!standardOff || std::abs(n.noteOff_s - float(m_spec.noteOff_s)) < 1e-3f))
            return int(i);
    }
    return -1;
}

} // namespace atelier::core::timbre
