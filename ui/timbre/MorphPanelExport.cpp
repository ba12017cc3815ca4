// MorphPanel, part three: WAV export of a note or the phrase, the plots of
// the current sound, and baking it into a track's sound. See MorphPanel.h.

#include "timbre/MorphPanel.h"
#include "common/Theme.h"

#include "timbre/MorphPanelInternal.h"
#include "common/ExportPaths.h"
#include "timbre/TimbrePlots.h"

#include "audio/AudioEngine.h"
#include "document/GeneralMidi.h"
#include "timbre/SongTimbres.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/WavIo.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace atelier::ui {

using core::MidiMessage;
using namespace core::timbre;
using morphpanel::kMemoryModel;
using morphpanel::seconds;

namespace {

constexpr double kPreviewSeconds = 0.5;
constexpr double kPreviewRelease_s = 0.35;
constexpr double kPreviewFrameAt_s = 0.15;  // the harmonics shown: a frame in the sustain
constexpr int kLiveSpectrumSamples = 2048;
constexpr double kMaxNoteSeconds = 60.0;
constexpr double kHeldNoteTail_s = 0.5;     // export: notes still held are released this long after the last event

double releaseTail(const Envelope &e) { return std::min(std::max(e.release_s, 0.0), 10.0) + 0.1; }

} // namespace

// --- Export ---------------------------------------------------------------------

std::vector<float> MorphPanel::render(const std::vector<TimedMidi> &events, double length, int sampleRate,
                                      QString *error)
{
    const auto model = m_model;
    const std::vector<float> z = m_z;
    const Envelope env = envelope();
    const double g = gain();
    std::vector<float> out;
    if (length <= kWorkerRenderSeconds) {
        out = renderPhrase(model, z, env, events, length, sampleRate);
    } else {
        // Long renders: a worker thread, the UI running meanwhile (a local
        // event loop), exports disabled until it is done.
        m_exporting = true;
        updateEnabled();
        setStatus(tr("Rendering %1 s of audio…").arg(seconds(length)));
        QApplication::setOverrideCursor(Qt::BusyCursor);
        auto result = std::make_shared<std::vector<float>>();
        QThread *thread = QThread::create([=] { *result = renderPhrase(model, z, env, events, length, sampleRate); });
        QEventLoop loop;
        connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
        QPointer<MorphPanel> self(this);
        thread->start();
        loop.exec();
        thread->wait();  // the loop also ends when the application quits
        delete thread;
        QApplication::restoreOverrideCursor();
        if (!self) {
            if (error)
                *error = tr("The Sound-Morph panel was closed while rendering.");
            return {};
        }
        m_exporting = false;
        updateEnabled();
        out = std::move(*result);
    }
    if (out.empty()) {
        if (error)
            *error = tr("Rendering produced no audio.");
        return out;
    }
    for (float &v : out)
        v = float(v * g);
    return out;
}

QString MorphPanel::exportBlocker() const
{
    if (!m_model)
        return tr("Choose a timbre model first.");
    if (m_exporting)
        return tr("An export is already running.");
    return {};
}

bool MorphPanel::exportNote(const QString &path, int pitch, int velocity, double length, QString *error)
{
    auto fail = [&](const QString &message) { return failWith(message, error); };
    if (const QString why = exportBlocker(); !why.isEmpty())
        return fail(why);
    if (pitch < 0 || pitch > 127)
        return fail(tr("The pitch must be a MIDI note number from 0 to 127."));
    if (velocity < 1 || velocity > 127)
        return fail(tr("The velocity must be from 1 to 127."));
    if (!(length > 0) || length > kMaxNoteSeconds)
        return fail(tr("The note must last more than 0 and at most %1 seconds.").arg(kMaxNoteSeconds));
    const std::vector<TimedMidi> events = {{0.0, MidiMessage::noteOn(0, pitch, velocity)},
                                           {length, MidiMessage::noteOff(0, pitch)}};
    const double total = length + releaseTail(envelope());
    QString renderError;
    const std::vector<float> samples = render(events, total, kExportSampleRate, &renderError);
    if (samples.empty())
        return fail(renderError);
    QString writeError;
    if (!writeWav(path, samples, kExportSampleRate, &writeError))
        return fail(writeError);
    setStatus(tr("Exported %1 (%2 s) to %3.")
                  .arg(core::GeneralMidi::pitchName(pitch), seconds(total), QDir::toNativeSeparators(path)));
    emit statusMessage(m_status->text());
    return true;
}

bool MorphPanel::exportPhrase(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) { return failWith(message, error); };
    if (const QString why = exportBlocker(); !why.isEmpty())
        return fail(why);
    if (phraseNoteCount() == 0)
        return fail(tr("Nothing to export: play some notes first (the phrase starts at the first note)."));
    double end = 0;
    const std::vector<TimedMidi> events = m_phrase.closedEvents(kHeldNoteTail_s, &end);
    const double total = end + releaseTail(envelope());
    QString renderError;
    const std::vector<float> samples = render(events, total, kExportSampleRate, &renderError);
    if (samples.empty())
        return fail(renderError);
    QString writeError;
    if (!writeWav(path, samples, kExportSampleRate, &writeError))
        return fail(writeError);
    setStatus(tr("Exported the phrase (%n note(s), %1 s) to %2.", nullptr, phraseNoteCount())
                  .arg(seconds(total), QDir::toNativeSeparators(path)));
    emit statusMessage(m_status->text());
    return true;
}

namespace {
QString askWavPath(QWidget *parent, const QString &title, const QString &suggested)
{
    QString path = QFileDialog::getSaveFileName(parent, title,
                                                ExportPaths::suggest(QFileInfo(suggested).completeBaseName(), "wav"),
                                                MorphPanel::tr("WAV audio (*.wav)"));
    if (path.isEmpty())
        return path;
    if (!path.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
        path += QLatin1String(".wav");
    ExportPaths::remember(path);
    return path;
}
} // namespace

void MorphPanel::exportNoteDialog()
{
    if (!m_model || m_exporting)
        return;
    QSettings settings;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Note as WAV"));
    auto *form = new QFormLayout(&dialog);
    auto *pitch = new QSpinBox(&dialog);
    pitch->setRange(0, 127);
    pitch->setValue(settings.value("morph/exportPitch", 60).toInt());
    auto *pitchName = new QLabel(&dialog);
    auto showName = [pitchName](int p) { pitchName->setText(core::GeneralMidi::pitchName(p)); };
    showName(pitch->value());
    connect(pitch, &QSpinBox::valueChanged, pitchName, showName);
    auto *pitchRow = new QHBoxLayout;
    pitchRow->addWidget(pitch);
    pitchRow->addWidget(pitchName, 1);
    form->addRow(tr("&Pitch (MIDI note)"), pitchRow);
    auto *velocity = new QSpinBox(&dialog);
    velocity->setRange(1, 127);
    velocity->setValue(settings.value("morph/exportVelocity", 100).toInt());
    form->addRow(tr("&Velocity"), velocity);
    auto *length = new QDoubleSpinBox(&dialog);
    length->setRange(0.05, kMaxNoteSeconds);
    length->setDecimals(2);
    length->setSingleStep(0.25);
    length->setSuffix(tr(" s"));
    length->setValue(settings.value("morph/exportSeconds", 2.0).toDouble());
    length->setToolTip(tr("How long the key is held; the release (%1 ms) is added after it")
                           .arg(m_release->value()));
    form->addRow(tr("&Held for"), length);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue("morph/exportPitch", pitch->value());
    settings.setValue("morph/exportVelocity", velocity->value());
    settings.setValue("morph/exportSeconds", length->value());
    const QString suggested = QStringLiteral("%1 %2.wav").arg(m_model->name(), core::GeneralMidi::pitchName(pitch->value()));
    const QString path = askWavPath(this, tr("Export Note as WAV"), suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportNote(path, pitch->value(), velocity->value(), length->value(), &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
}

void MorphPanel::exportPhraseDialog()
{
    if (!m_model || m_exporting)
        return;
    if (phraseNoteCount() == 0) {
        QMessageBox::information(this, tr("Export Played Phrase"),
                                 tr("Nothing has been played yet. Play some notes (mouse, keys A–K or a MIDI "
                                    "keyboard), then export them."));
        return;
    }
    const QString path = askWavPath(this, tr("Export Played Phrase as WAV"),
                                    QStringLiteral("%1 phrase.wav").arg(m_model->name()));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPhrase(path, &error))
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
    const int rate = m_voices ? m_voices->sampleRate() : audioSampleRate();
    const auto current = m_previewJob;
    const auto workers = m_workers;
    workers->fetch_add(1);
    QThread *thread = QThread::create([=, this] {
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
            QMetaObject::invokeMethod(this, [=, this] {
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
            }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(this, [this] {
                m_previewBusy = false;
                if (m_previewDirty)
                    startPreview();
            }, Qt::QueuedConnection);
        workers->fetch_sub(1);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
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
    if (!m_voices)
        return;
    const int active = m_voices->activeVoices();
    if (active > 0) {
        const std::vector<float> block = m_voices->lastBlock();
        if (!block.empty()) {
            m_liveRing.insert(m_liveRing.end(), block.begin(), block.end());
            if (m_liveRing.size() > std::size_t(kLiveSpectrumSamples))
                m_liveRing.erase(m_liveRing.begin(),
                                 m_liveRing.end() - std::ptrdiff_t(kLiveSpectrumSamples));
            m_plots->setWaveform(block, m_voices->sampleRate());
            m_plots->setSpectrum(m_liveRing, m_voices->sampleRate());
        }
        TimbreFrame frame;
        double f0 = 0;
        if (m_voices->lastFrame(&frame, &f0))
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
    const core::timbre::Envelope e = envelope();
    sound.attack_s = e.attack_s;
    sound.decay_s = e.decay_s;
    sound.sustain = e.sustain;
    sound.release_s = e.release_s;
    sound.eraseOnset_s = e.eraseOnset_s;
    sound.gain = gain();
    return sound;
}

} // namespace atelier::ui
