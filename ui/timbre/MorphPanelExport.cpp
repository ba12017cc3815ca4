// MorphPanel, part three: WAV export of a note or the phrase, the plots of
// the current sound, and baking it into a track's sound. See MorphPanel.h.

#include "timbre/MorphPanel.h"
#include "common/Theme.h"

#include "timbre/MorphPanelInternal.h"
#include "timbre/TimbrePlots.h"

#include "audio/AudioEngine.h"
#include "jobs/JobRunner.h"
#include "document/GeneralMidi.h"
#include "timbre/SongTimbres.h"
#include "timbre/SpectralMetrics.h"

#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace atelier::ui {

using core::MidiMessage;
using namespace core::timbre;
using morphpanel::seconds;

namespace {

constexpr double kPreviewSeconds = 0.5;
constexpr double kPreviewRelease_s = 0.35;
constexpr double kPreviewFrameAt_s = 0.15;  // the harmonics shown: a frame in the sustain
constexpr int kLiveSpectrumSamples = 2048;

} // namespace

// --- Export ---------------------------------------------------------------------

MorphSound MorphPanel::sound() const { return {m_model, m_z, envelope(), gain()}; }

QString MorphPanel::exportBlocker() const
{
    if (!m_model)
        return tr("Choose a timbre model first.");
    if (m_exporter->busy())
        return tr("An export is already running.");
    return {};
}

bool MorphPanel::exportNote(const QString &path, int pitch, int velocity, double length, QString *error)
{
    if (const QString why = exportBlocker(); !why.isEmpty())
        return failWith(why, error);
    QString why, done;
    if (!m_exporter->exportNote(sound(), {path, pitch, velocity, length}, &why, &done))
        return failWith(why, error);
    setStatus(done);
    emit statusMessage(done);
    return true;
}

bool MorphPanel::exportPhrase(const QString &path, QString *error)
{
    if (const QString why = exportBlocker(); !why.isEmpty())
        return failWith(why, error);
    QString why, done;
    if (!m_exporter->exportPhrase(sound(), m_phrase, path, &why, &done))
        return failWith(why, error);
    setStatus(done);
    emit statusMessage(done);
    return true;
}

void MorphPanel::exportNoteDialog()
{
    if (!exportBlocker().isEmpty())
        return;
    const auto request = MorphExporter::askNote(this, m_model->name(), envelope().release_s);
    QString error;
    if (request && !exportNote(request->path, request->pitch, request->velocity, request->seconds, &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
}

void MorphPanel::exportPhraseDialog()
{
    if (!exportBlocker().isEmpty())
        return;
    if (phraseNoteCount() == 0) {
        QMessageBox::information(this, tr("Export Played Phrase"),
                                 tr("Nothing has been played yet. Play some notes (mouse, keys A–K or a MIDI "
                                    "keyboard), then export them."));
        return;
    }
    const QString path = MorphExporter::askPhrasePath(this, m_model->name());
    QString error;
    if (!path.isEmpty() && !exportPhrase(path, &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
}

// --- Plots ----------------------------------------------------------------------

void MorphPanel::schedulePreview()
{
    m_previewDirty = true;
    if (m_model && !m_previewBusy)
        m_previewTimer->start();
}

void MorphPanel::startPreview()
{
    if (!m_model || m_previewBusy || !m_previewDirty)
        return;
    m_previewDirty = false;
    m_previewBusy = true;
    const int job = m_previewJob->fetch_add(1) + 1;
    const auto model = m_model;
    const std::vector<float> z = m_z;
    const Envelope env = envelope();
    const double g = gain();
    const int rate = voiceEngine() ? voiceEngine()->sampleRate() : audioSampleRate();
    const auto current = m_previewJob;
    core::JobRunner::instance().start(this, [=, this](core::JobContext &context) {
        const std::vector<TimedMidi> events = {{0.0, MidiMessage::noteOn(0, kPreviewPitch, kPreviewVelocity)},
                                               {kPreviewRelease_s, MidiMessage::noteOff(0, kPreviewPitch)}};
        std::vector<float> samples = renderPhrase(model, z, env, events, kPreviewSeconds, rate);
        for (float &v : samples)
            v = float(v * g);
        // The harmonics of one frame in the sustain.
        const int width = model->zSize() + kConditioningSize;
        std::vector<float> input(std::size_t(width), 0.0f);
        std::copy(z.begin(), z.end(), input.begin());
        frameConditioning(kPreviewPitch, kPreviewVelocity, kPreviewFrameAt_s, -1.0, input.data() + model->zSize());
        const double f0 = pitchHz(kPreviewPitch);
        TimbreFrame frame{};
        if (int(z.size()) == model->zSize())
            model->decode(1, input.data(), &f0, &frame);
        if (current->load() == job)
            context.post([=, this] {
                m_previewBusy = false;
                if (m_previewJob->load() == job) {
                    m_previewSamples = samples;
                    m_previewRate = rate;
                    m_previewFrame = frame;
                    m_havePreview = true;
                    if (!m_live)
                        showPreview();
                    emit previewUpdated();
                }
                if (m_previewDirty)
                    startPreview();
            });
        else
            context.post([this] {
                m_previewBusy = false;
                if (m_previewDirty)
                    startPreview();
            });
    });
}

void MorphPanel::showPreview()
{
    if (!m_havePreview)
        return;
    m_plots->setSourceText(tr("Preview: %1, velocity %2, held %3 s (nothing is playing)")
                               .arg(core::GeneralMidi::pitchName(kPreviewPitch))
                               .arg(kPreviewVelocity)
                               .arg(kPreviewRelease_s));
    m_plots->setWaveform(m_previewSamples, m_previewRate);
    const std::size_t from = std::size_t(kPreviewFrameAt_s * m_previewRate);
    const std::size_t to = std::min(m_previewSamples.size(), from + std::size_t(kLiveSpectrumSamples));
    if (from < to)
        m_plots->setSpectrum(std::vector<float>(m_previewSamples.begin() + std::ptrdiff_t(from),
                                                m_previewSamples.begin() + std::ptrdiff_t(to)),
                             m_previewRate);
    m_plots->setHarmonics(m_previewFrame, pitchHz(kPreviewPitch));
}

void MorphPanel::pollPlots()
{
    const auto voices = m_instrument->voices();
    if (!voices)
        return;
    const int active = voices->activeVoices();
    if (active > 0) {
        const std::vector<float> block = voices->lastBlock();
        if (!block.empty()) {
            m_liveRing.insert(m_liveRing.end(), block.begin(), block.end());
            if (m_liveRing.size() > std::size_t(kLiveSpectrumSamples))
                m_liveRing.erase(m_liveRing.begin(),
                                 m_liveRing.end() - std::ptrdiff_t(kLiveSpectrumSamples));
            m_plots->setWaveform(block, voices->sampleRate());
            m_plots->setSpectrum(m_liveRing, voices->sampleRate());
        }
        TimbreFrame frame;
        double f0 = 0;
        if (voices->lastFrame(&frame, &f0))
            m_plots->setHarmonics(frame, f0);
        m_plots->setSourceText(tr("Live: %n voice(s) sounding", nullptr, active));
        m_live = true;
    } else if (m_live) {
        m_live = false;
        m_liveRing.clear();
        showPreview();
    }
}

void MorphPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::colours().errorText.name()) : QString());
    if (error)
        emit statusMessage(text);
}

bool MorphPanel::failWith(const QString &message, QString *error)
{
    if (error)
        *error = message;
    setStatus(message, true);
    return false;
}

core::TrackSound MorphPanel::bakedSound() const
{
    core::TrackSound sound;
    if (!m_model || m_z.empty())
        return sound;
    sound.model = modelFileName();
    QStringList names;
    for (int c = 0; c < kCorners; ++c) {
        if (weights()[std::size_t(c)] < 0.05)
            continue;
        names << corner(c).name.section(QStringLiteral(" ("), 0, 0);
    }
    names.removeDuplicates();
    sound.name = names.size() == 1 ? names.first() : tr("%1 morph").arg(names.join(QStringLiteral(" / ")));
    sound.z = QList<float>(m_z.begin(), m_z.end());
    sound.envelope = envelope();
    sound.gain = gain();
    return sound;
}

} // namespace atelier::ui
