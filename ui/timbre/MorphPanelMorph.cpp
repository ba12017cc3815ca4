// MorphPanel's binding to its MorphModel: the corner combos, the state the
// project keeps (restore, defaults), the point and two-corner mode, and the
// envelope and gain sliders. (See MorphPanel.h.)

#include "timbre/MorphPanel.h"
#include "common/Theme.h"
#include "common/DisplayNames.h"

#include "timbre/OnScreenKeyboard.h"
#include "timbre/TimbrePlots.h"
#include "timbre/XYPad.h"
#include "timbre/MorphPanelInternal.h"

#include "audio/AudioEngine.h"
#include "audio/MidiInputHub.h"
#include "audio/IMidiInputDevice.h"
#include "document/GeneralMidi.h"
#include "jobs/JobRunner.h"
#include "project/DataPaths.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/WavIo.h"
#include "timbre/SongTimbres.h"
#include "timbre/TimbreRecording.h"

#include <QApplication>
#include <QPointer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace atelier::ui {

using namespace core::timbre;
using morphpanel::seconds;
using namespace morphpanel::combo;
using morphpanel::kSliderSteps;

// --- Corners -------------------------------------------------------------------

void MorphPanel::fillCornerCombo(int corner)
{
    QComboBox *box = m_cornerCombos[std::size_t(corner)];
    QSignalBlocker block(box);
    box->clear();
    if (!m_model)
        return;
    const auto &instruments = m_model->instruments();
    for (int i = 0; i < int(instruments.size()); ++i) {
        const TimbreInstrument &ins = instruments[std::size_t(i)];
        box->addItem(m_instrumentNames.value(i));
        const int row = box->count() - 1;
        box->setItemData(row, kKindInstrument, kKindRole);
        box->setItemData(row, i, kValueRole);
        QString tip = ins.source;
        if (ins.program >= 0)
            tip = tr("GM %1 %2, from %3").arg(ins.program).arg(core::GeneralMidi::programName(ins.program), ins.source);
        box->setItemData(row, tip, Qt::ToolTipRole);
    }
    for (const QString &path : std::as_const(m_recordingPaths)) {
        box->addItem(tr("Recording: %1").arg(QFileInfo(path).fileName()));
        const int row = box->count() - 1;
        box->setItemData(row, kKindRecording, kKindRole);
        box->setItemData(row, path, kValueRole);
        box->setItemData(row, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    box->insertSeparator(box->count());
    box->addItem(tr("Your recording… (WAV)"));
    box->setItemData(box->count() - 1, kKindLoad, kKindRole);
    box->setItemData(box->count() - 1, tr("Load a recording of one note; the model finds the timbre closest to it"),
                     Qt::ToolTipRole);
}

void MorphPanel::syncCornerCombo(int corner)
{
    QComboBox *box = m_cornerCombos[std::size_t(corner)];
    const MorphCorner &c = m_morph->corner(corner);
    QSignalBlocker block(box);
    for (int row = 0; row < box->count(); ++row) {
        const int kind = box->itemData(row, kKindRole).toInt();
        const QVariant value = box->itemData(row, kValueRole);
        if ((c.instrument >= 0 && kind == kKindInstrument && value.toInt() == c.instrument)
            || (c.instrument < 0 && kind == kKindRecording && value.toString() == c.wavPath)) {
            box->setCurrentIndex(row);
            return;
        }
    }
    box->setCurrentIndex(-1);
}

void MorphPanel::cornerActivated(int corner, int index)
{
    QComboBox *box = m_cornerCombos[std::size_t(corner)];
    const int kind = box->itemData(index, kKindRole).toInt();
    const QVariant value = box->itemData(index, kValueRole);
    syncCornerCombo(corner);  // commands set the combo; a cancelled choice leaves it as it was
    if (kind == kKindInstrument) {
        setCornerInstrument(corner, value.toInt());
    } else if (kind == kKindRecording) {
        const QString path = value.toString();
        if (m_recordings.contains(path)) {
            MorphCorner after{-1, path, QFileInfo(path).fileName(), m_recordings.value(path)};
            m_morph->requestCorner(corner, after);
        }
    } else if (kind == kKindLoad) {
        chooseCornerRecording(corner);
    }
    m_pad->setFocus();
}

bool MorphPanel::setCornerInstrument(int corner, int instrument)
{
    if (!m_model || corner < 0 || corner >= kCorners || instrument < 0
        || instrument >= int(m_model->instruments().size()))
        return false;
    const TimbreInstrument &ins = m_model->instruments()[std::size_t(instrument)];
    MorphCorner after{instrument, QString(), m_instrumentNames.value(instrument), ins.z};
    m_morph->requestCorner(corner, after);
    return true;
}

bool MorphPanel::setCornerFromWav(int corner, const QString &path, QString *error)
{
    auto fail = [&](const QString &message) { return failWith(message, error); };
    if (corner < 0 || corner >= kCorners)
        return fail(tr("There is no corner %1.").arg(corner));
    if (!m_model)
        return fail(tr("Choose a timbre model first."));
    const QString name = QFileInfo(path).fileName();
    // Read and encoded on a worker (a long file takes a while); the studio stays live.
    struct Job {
        EncodedRecording encoded;
        QString error;
    };
    auto job = std::make_shared<Job>();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QPointer<MorphPanel> self(this);
    const bool ended = core::JobRunner::instance().waitFor(
        core::JobRunner::instance().start(this, [job, model = m_model, path](core::JobContext &) {
            job->encoded = encodeRecording(*model, path, &job->error);
        }));
    QApplication::restoreOverrideCursor();
    if (!ended || !self)  // quitting, or the panel gone: the worker may still write `job`
        return false;
    const EncodedRecording &encoded = job->encoded;
    const QString &encodeError = job->error;
    if (encoded.z.empty())
        return fail(tr("Corner %1 keeps its instrument: %2").arg(cornerTitle(corner), encodeError));
    const std::vector<float> &z = encoded.z;
    const double analysed = encoded.analysedSeconds;

    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recordings.insert(absolute, z);
    if (!m_recordingPaths.contains(absolute)) {
        m_recordingPaths.append(absolute);
        for (int c = 0; c < kCorners; ++c) {
            fillCornerCombo(c);
            syncCornerCombo(c);
        }
    }
    MorphCorner after{-1, absolute, name, z};
    m_morph->requestCorner(corner, after);
    setStatus(tr("Corner %1 is now your recording %2 (%3 s analysed).")
                  .arg(cornerTitle(corner), name, seconds(analysed)));
    return true;
}

bool MorphPanel::chooseCornerRecording(int corner)
{
    if (!m_model)
        return false;
    QSettings settings;
    const QString dir = settings.value("morph/recordingDir", QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a Recorded Note into Corner %1").arg(cornerTitle(corner)), dir,
        tr("Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue("morph/recordingDir", QFileInfo(path).absolutePath());
    QString error;
    if (!setCornerFromWav(corner, path, &error)) {
        QMessageBox::warning(this, tr("Recording Not Loaded"), error);
        return false;
    }
    return true;
}

void MorphPanel::registerRecording(const MorphCorner &value)
{
    if (value.instrument >= 0 || value.wavPath.isEmpty() || m_recordingPaths.contains(value.wavPath))
        return;
    m_recordings.insert(value.wavPath, value.z);
    m_recordingPaths.append(value.wavPath);
    for (int c = 0; c < kCorners; ++c)
        fillCornerCombo(c);
}

void MorphPanel::updatePadLabels()
{
    // Short names on the pad ("Cello", not "Cello (FluidR3_GM)") unless two corners would read the same.
    QStringList names;
    for (const MorphCorner &c : m_morph->state().corners)
        names.append(c.name);
    m_pad->setCornerLabels(withoutUnneededSources(names));
}

void MorphPanel::cornerChanged(int corner)
{
    const qsizetype known = m_recordingPaths.size();
    registerRecording(m_morph->corner(corner));
    if (m_recordingPaths.size() != known)
        for (int c = 0; c < kCorners; ++c)
            syncCornerCombo(c);
    else
        syncCornerCombo(corner);
    updatePadLabels();
    updateZ();
    updateMap();
}

// --- The model's state ------------------------------------------------------------

QString MorphPanel::modelFileName() const
{
    const QString file = m_models->currentData().toString();
    if (!m_model)
        return {};
    // A name the model search path finds (projects stay portable): a model
    // from elsewhere is copied into the user's model folder first.
    if (file == QLatin1String(MorphModelSource::kMemoryKey))
        return m_model->name();
    QString error;
    const QString name = SongTimbres::nameOnSearchPath(file, &error);
    return name.isEmpty() ? QFileInfo(file).absoluteFilePath() : name;   // unreadable: the path, as a last resort
}

core::MorphState MorphPanel::defaultState() const
{
    core::MorphState state = m_morph->state();
    state.model = modelFileName();
    if (!m_model)
        return state;
    const auto &instruments = m_model->instruments();
    const auto defaults = defaultCorners(*m_model);
    for (int c = 0; c < kCorners; ++c) {
        const int i = defaults[std::size_t(c)];
        state.corners[std::size_t(c)] = {i, QString(), m_instrumentNames.value(i), instruments[std::size_t(i)].z};
    }
    return state;
}

bool MorphPanel::fits(const core::MorphState &state) const
{
    if (!m_model || QFileInfo(state.model).fileName() != QFileInfo(modelFileName()).fileName())
        return false;
    const int instruments = int(m_model->instruments().size());
    return std::all_of(state.corners.begin(), state.corners.end(), [&](const MorphCorner &c) {
        return int(c.z.size()) == m_model->zSize() && c.instrument < instruments
            && (c.instrument >= 0 || !c.wavPath.isEmpty());
    });
}

void MorphPanel::morphReset()
{
    if (m_resetting)
        return;
    const core::MorphState state = m_morph->state();
    auto useDefaults = [this](core::MorphState s) {
        if (!m_model)
            return;
        m_resetting = true;
        m_morph->reset(s);
        m_resetting = false;
        syncAll();
    };
    if (state.isEmpty()) {   // a project without a morph: this model's defaults
        core::MorphState fresh;
        fresh.model = modelFileName();
        const core::MorphState corners = defaultState();
        fresh.corners = corners.corners;
        useDefaults(fresh);
        return;
    }
    if (fits(state)) {
        syncAll();
        return;
    }
    // Another model: choose it; applyModel() then restores the state.
    const QString wanted = QFileInfo(state.model).fileName();
    for (int i = 0; i < m_models->count(); ++i)
        if (QFileInfo(m_models->itemData(i).toString()).fileName() == wanted && i != m_models->currentIndex()) {
            m_restoring = state;
            m_models->setCurrentIndex(i);   // loads it
            return;
        }
    setStatus(tr("The project's Sound Morph uses the timbre model %1, which is not installed here (or does not "
                 "fit); the panel keeps %2.")
                  .arg(state.model, m_model ? m_model->name() : tr("no model")),
              true);
    useDefaults(defaultState());
}

void MorphPanel::syncAll()
{
    m_recordings.clear();
    m_recordingPaths.clear();
    for (const MorphCorner &c : m_morph->state().corners)
        registerRecording(c);
    for (int c = 0; c < kCorners; ++c) {
        fillCornerCombo(c);
        syncCornerCombo(c);
    }
    updatePadLabels();
    soundChanged();
    twoCornersChanged();   // the pad's mode and point, the slider, z and the map
    pointChanged();
}

// --- Morph ----------------------------------------------------------------------

std::array<double, MorphPanel::kCorners> MorphPanel::weights() const { return m_morph->weights(); }

bool MorphPanel::twoCornerMode() const { return m_morph->twoCorners(); }

void MorphPanel::setTwoCornerMode(bool on) { m_morph->setTwoCorners(on); }

void MorphPanel::twoCornersChanged()
{
    const bool on = m_morph->twoCorners();
    {
        QSignalBlocker block(m_twoCorners);
        m_twoCorners->setChecked(on);
    }
    m_pad->setTwoCornerMode(on);
    m_pad->setPoint(morphPoint());
    m_slider->setVisible(on);
    {
        QSignalBlocker block(m_slider);
        m_slider->setValue(int(std::lround(morphPoint().x() * kSliderSteps)));
    }
    for (int c = 2; c < kCorners; ++c) {
        m_cornerCombos[std::size_t(c)]->setVisible(!on);
        m_cornerLabels[std::size_t(c)]->setVisible(!on);
    }
    updateZ();
    updateMap();
}

void MorphPanel::setMorphPoint(double x, double y) { requestMove(QPointF(x, y), 0); }

void MorphPanel::requestMove(QPointF to, qint64 mergeKey)
{
    if (m_model)
        m_morph->requestPoint(to, mergeKey);
}

void MorphPanel::pointChanged()
{
    m_pad->setPoint(morphPoint());
    {
        QSignalBlocker block(m_slider);
        m_slider->setValue(int(std::lround(morphPoint().x() * kSliderSteps)));
    }
    updateZ();
}

void MorphPanel::updateZ()
{
    if (!m_model) {
        m_z.clear();
        m_weightsLabel->clear();
        return;
    }
    m_z = m_morph->z();
    m_instrument->setZ(m_z);
    updateWeightsLabel();
    updateMapCursor();
    schedulePreview();
    emit morphChanged();
}

void MorphPanel::updateWeightsLabel()
{
    const auto w = weights();
    const QStringList names = m_pad->cornerLabels();   // short, as on the pad
    QStringList parts;
    for (int c = 0; c < kCorners; ++c)
        if (!twoCornerMode() || c < 2)
            parts.append(tr("%1 %2 %").arg(names.value(c, m_morph->corner(c).name)).arg(std::lround(w[std::size_t(c)] * 100)));
    m_weightsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MorphPanel::updateMap()
{
    if (!m_model || !m_pca.isValid()) {
        m_plots->clearMap();
        return;
    }
    std::vector<TimbrePlots::MapPoint> points;
    const auto &instruments = m_model->instruments();
    for (int i = 0; i < int(instruments.size()); ++i) {
        const auto xy = m_pca.project(instruments[std::size_t(i)].z);
        TimbrePlots::MapPoint p{m_instrumentNames.value(i), xy[0], xy[1], -1, false};
        for (int c = 0; c < kCorners && p.corner < 0; ++c)
            if (m_morph->corner(c).instrument == i && (!twoCornerMode() || c < 2))
                p.corner = c;
        points.push_back(p);
    }
    for (const QString &path : std::as_const(m_recordingPaths)) {
        const auto xy = m_pca.project(m_recordings.value(path));
        TimbrePlots::MapPoint p{QFileInfo(path).fileName(), xy[0], xy[1], -1, true};
        for (int c = 0; c < kCorners && p.corner < 0; ++c)
            if (m_morph->corner(c).instrument < 0 && m_morph->corner(c).wavPath == path
                && (!twoCornerMode() || c < 2))
                p.corner = c;
        points.push_back(p);
    }
    // The morph area: a bilinear patch, whose edges are straight lines
    // between the corners (in any linear projection).
    std::vector<std::pair<double, double>> outline;
    const int order[] = {0, 1, 3, 2, 0};
    for (int k = 0; k < (twoCornerMode() ? 2 : 5); ++k) {
        const auto xy = m_pca.project(m_morph->corner(order[k]).z);
        outline.emplace_back(xy[0], xy[1]);
    }
    m_plots->setMap(points, outline);
    updateMapCursor();
}

void MorphPanel::updateMapCursor()
{
    if (!m_model || !m_pca.isValid() || m_z.empty())
        return;
    const auto xy = m_pca.project(m_z);
    m_plots->setMapCursor(xy[0], xy[1]);
}

// --- Sound ----------------------------------------------------------------------

Envelope MorphPanel::envelope() const { return m_morph->envelope(); }

void MorphPanel::setEnvelope(const Envelope &e) { m_morph->setEnvelope(e); }

double MorphPanel::gain() const { return m_morph->gain(); }

void MorphPanel::setGain(double linear) { m_morph->setGain(std::clamp(linear, 1e-4, 16.0)); }

void MorphPanel::envelopeControlsChanged()
{
    if (m_syncingSound)
        return;
    // The sliders edit the model; soundChanged() passes it on to the voices. A slider the user
    // did not move shows the model's value (rounded, within its range) and leaves it exact: a
    // project's 8 s release stays 8 s when the attack is changed.
    auto take = [](const QSlider *slider, double modelValue, double scale) {
        const int shown = std::clamp(int(std::lround(modelValue * scale)), slider->minimum(), slider->maximum());
        return slider->value() == shown ? modelValue : slider->value() / scale;
    };
    Envelope e = m_morph->envelope();
    e.attack_s = take(m_attack, e.attack_s, 1000.0);
    e.decay_s = take(m_decay, e.decay_s, 1000.0);
    e.sustain = take(m_sustain, e.sustain, 100.0);
    e.release_s = take(m_release, e.release_s, 1000.0);
    e.eraseOnset_s = take(m_erase, e.eraseOnset_s, 1000.0);
    double g = m_morph->gain();
    const double gainDb = 20.0 * std::log10(std::max(g, 1e-4));
    const int shownDb = std::clamp(int(std::lround(gainDb)), m_gain->minimum(), m_gain->maximum());
    if (m_gain->value() != shownDb)
        g = std::pow(10.0, m_gain->value() / 20.0);
    const std::array<const QSlider *, 6> sliders{m_attack, m_decay, m_sustain, m_release, m_erase, m_gain};
    const bool dragging = std::any_of(sliders.begin(), sliders.end(), [](const QSlider *s) { return s->isSliderDown(); });
    m_morph->requestSound(e, g, dragging ? m_soundGesture : 0);
}

void MorphPanel::soundChanged()
{
    const Envelope e = m_morph->envelope();
    m_syncingSound = true;   // the sliders follow the model (their labels too)
    for (auto [slider, value] : {std::pair{m_attack, e.attack_s * 1000}, std::pair{m_decay, e.decay_s * 1000},
                                 std::pair{m_sustain, e.sustain * 100}, std::pair{m_release, e.release_s * 1000},
                                 std::pair{m_erase, e.eraseOnset_s * 1000},
                                 std::pair{m_gain, 20.0 * std::log10(std::max(m_morph->gain(), 1e-4))}})
        slider->setValue(int(std::lround(value)));
    m_syncingSound = false;
    m_instrument->setSound(e, m_morph->gain());
    schedulePreview();
}

} // namespace atelier::ui
