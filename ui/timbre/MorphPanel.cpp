#include "timbre/MorphPanel.h"
#include "common/DragOutButton.h"
#include "project/DragFiles.h"
#include "common/Theme.h"
#include "common/DisplayNames.h"

#include "timbre/OnScreenKeyboard.h"
#include "timbre/TimbrePlots.h"
#include "timbre/XYPad.h"
#include "timbre/MorphPanelInternal.h"

#include "audio/AudioEngine.h"
#include "jobs/JobRunner.h"
#include "audio/MidiInputHub.h"
#include "audio/IMidiInputDevice.h"
#include "document/GeneralMidi.h"
#include "project/DataPaths.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/WavIo.h"
#include "timbre/SongTimbres.h"
#include "timbre/TimbreRecording.h"

#include <QApplication>
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

using core::MidiMessage;
using namespace core::timbre;
using morphpanel::seconds;
using namespace morphpanel::combo;
using morphpanel::kSliderSteps;

namespace {

constexpr int kPreviewDelay_ms = 60;

} // namespace

// ---------------------------------------------------------------------------

MorphPanel::MorphPanel(core::AudioEngine *engine, TimbreModelLoader loader, QWidget *parent,
                       core::timbre::MorphModel *morph)
    : QWidget(parent), m_engine(engine), m_source(std::move(loader)),
      m_morph(morph ? morph : new core::timbre::MorphModel(this)),
      m_instrument(new core::timbre::LiveTimbreInstrument(engine, this)), m_exporter(new MorphExporter(this)),
      m_previewJob(std::make_shared<std::atomic<int>>(0))
{
    m_ownMorph = !morph;
    setObjectName("morphPanel");
    setFocusPolicy(Qt::StrongFocus);
    m_plotTimer = new QTimer(this);
    m_plotTimer->setInterval(kPlotInterval_ms);
    connect(m_plotTimer, &QTimer::timeout, this, &MorphPanel::pollPlots);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelay_ms);
    connect(m_previewTimer, &QTimer::timeout, this, &MorphPanel::startPreview);
    if (!m_morph->state().isEmpty())
        m_restoring = m_morph->state();   // a project's morph, opened before the panel was made
    buildUi();
    connect(m_instrument, &LiveTimbreInstrument::heldChanged, m_keyboard, &OnScreenKeyboard::setHeld);
    connect(m_instrument, &LiveTimbreInstrument::allReleased, this, &MorphPanel::forgetHeldKeys);
    connect(m_instrument, &LiveTimbreInstrument::played, this, &MorphPanel::record);
    connect(m_exporter, &MorphExporter::renderStarted, this,
            [this](double length) { setStatus(tr("Rendering %1 s of audio…").arg(seconds(length))); });
    connect(m_exporter, &MorphExporter::busyChanged, this, &MorphPanel::updateEnabled);
    connect(m_morph, &core::timbre::MorphModel::stateReset, this, &MorphPanel::morphReset);
    connect(m_morph, &core::timbre::MorphModel::pointChanged, this, &MorphPanel::pointChanged);
    connect(m_morph, &core::timbre::MorphModel::cornerChanged, this, &MorphPanel::cornerChanged);
    connect(m_morph, &core::timbre::MorphModel::twoCornersChanged, this, &MorphPanel::twoCornersChanged);
    connect(m_morph, &core::timbre::MorphModel::soundChanged, this, &MorphPanel::soundChanged);
    refreshMidiPorts();
    refreshModels();
    updateAudioLabel();
}

MorphPanel::~MorphPanel()
{
    listen(false);  // no MIDI callback runs after this
    m_plotTimer->stop();
    core::JobRunner::instance().cancelAll(this);   // a preview in flight posts nothing more
    dropVoices();
    // A morph model of our own is a child, destroyed after this destructor:
    // its undo stack's last signals must not reach what is left of us. (A
    // model given to us may be gone already: its owner's business.)
    if (m_ownMorph) {
        disconnect(m_morph, nullptr, this, nullptr);
        disconnect(m_morph->undoStack(), nullptr, this, nullptr);
    }
}

void MorphPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // Model chooser and the audio state.
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Model"), this));
    m_models = new QComboBox(this);
    m_models->setObjectName("timbreModel");
    m_models->setMinimumContentsLength(18);
    m_models->setToolTip(tr("The timbre model: it plays notes in the timbre of the instruments it was trained on, "
                            "and of anything in between"));
    top->addWidget(m_models);
    m_rescanModels = new QToolButton(this);
    m_rescanModels->setText(tr("Rescan"));
    m_rescanModels->setToolTip(tr("Look for new .timbre.json models in the model folders"));
    top->addWidget(m_rescanModels);
    m_audioLabel = new QLabel(this);
    m_audioLabel->setObjectName("morphAudioStatus");
    m_audioLabel->setWordWrap(true);
    top->addWidget(m_audioLabel, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);

    // Left: the pad.
    auto *padColumn = new QWidget(split);
    auto *padLayout = new QVBoxLayout(padColumn);
    padLayout->setContentsMargins(0, 0, 0, 0);
    m_twoCorners = new QCheckBox(tr("&Two corners (A ↔ B)"), padColumn);
    m_twoCorners->setToolTip(tr("Morph between corners A and B only, with a slider"));
    padLayout->addWidget(m_twoCorners);
    m_pad = new XYPad(padColumn);
    padLayout->addWidget(m_pad, 1);
    m_slider = new QSlider(Qt::Horizontal, padColumn);
    m_slider->setObjectName("morphSlider");
    m_slider->setRange(0, kSliderSteps);
    m_slider->setToolTip(tr("From corner A (left) to corner B (right)"));
    m_slider->hide();
    padLayout->addWidget(m_slider);
    m_weightsLabel = new QLabel(padColumn);
    m_weightsLabel->setObjectName("morphWeights");
    m_weightsLabel->setWordWrap(true);
    m_weightsLabel->setToolTip(tr("How much of each corner is in the sound"));
    padLayout->addWidget(m_weightsLabel);
    split->addWidget(padColumn);

    // Middle: corners, sound, playing, export.
    auto *controls = new QWidget;
    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->setSpacing(4);
    auto *cornersBox = new QGroupBox(tr("Corners"), controls);
    auto *cornersForm = new QFormLayout(cornersBox);
    cornersForm->setVerticalSpacing(3);
    for (int c = 0; c < kCorners; ++c) {
        m_cornerLabels[c] = new QLabel(cornersBox);
        m_cornerCombos[c] = new QComboBox(cornersBox);
        m_cornerCombos[c]->setObjectName(QStringLiteral("corner%1").arg(c));
        m_cornerCombos[c]->setMinimumContentsLength(14);
        m_cornerCombos[c]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_cornerCombos[c]->setToolTip(tr("The instrument of this corner: one the model knows, or your own "
                                         "recording of a single note (a WAV file)"));
        cornersForm->addRow(m_cornerLabels[c], m_cornerCombos[c]);
        connect(m_cornerCombos[c], &QComboBox::activated, this, [this, c](int index) { cornerActivated(c, index); });
        m_modelWidgets.append(m_cornerCombos[c]);
    }
    controlsLayout->addWidget(cornersBox);

    auto *soundBox = new QGroupBox(tr("Sound"), controls);
    auto *soundForm = new QFormLayout(soundBox);
    soundForm->setVerticalSpacing(1);
    auto addSlider = [&](const QString &title, const QString &tip, int lo, int hi, int value,
                         std::function<QString(int)> text) {
        auto *row = new QHBoxLayout;
        auto *slider = new QSlider(Qt::Horizontal, soundBox);
        slider->setRange(lo, hi);
        slider->setValue(value);
        slider->setToolTip(tip);
        auto *label = new QLabel(text(value), soundBox);
        label->setMinimumWidth(QFontMetrics(label->font()).horizontalAdvance(QStringLiteral("-30.0 dB ")));
        row->addWidget(slider, 1);
        row->addWidget(label);
        soundForm->addRow(title, row);
        connect(slider, &QSlider::valueChanged, label, [label, text](int v) { label->setText(text(v)); });
        connect(slider, &QSlider::valueChanged, this, &MorphPanel::envelopeControlsChanged);
        connect(slider, &QSlider::sliderPressed, this, [this] { ++m_soundGesture; });   // one drag, one undo step
        m_modelWidgets.append(slider);
        return slider;
    };
    auto ms = [](int v) { return tr("%1 ms").arg(v); };
    const Envelope defaults;
    m_attack = addSlider(tr("Attack"), tr("Fade-in time of each note (on top of the model's own attack)"), 1, 2000,
                         int(std::lround(defaults.attack_s * 1000)), ms);
    m_attack->setObjectName("morphAttack");
    m_decay = addSlider(tr("Decay"), tr("Time to fall from the peak to the sustain level"), 1, 3000,
                        int(std::lround(defaults.decay_s * 1000)), ms);
    m_sustain = addSlider(tr("Sustain"), tr("Level held while the key is down"), 0, 100,
                          int(std::lround(defaults.sustain * 100)), [](int v) { return tr("%1 %").arg(v); });
    m_release = addSlider(tr("Release"), tr("Fade-out time after the key is released"), 5, 5000,
                          int(std::lround(defaults.release_s * 1000)), ms);
    m_release->setObjectName("morphRelease");
    m_erase = addSlider(tr("Erase onset"),
                        tr("Fade in over the first milliseconds of each note, hiding the model's attack "
                           "(0 = off). Useful for pads and bowed sounds."),
                        0, 50, int(std::lround(defaults.eraseOnset_s * 1000)), ms);
    m_erase->setObjectName("morphEraseOnset");
    m_gain = addSlider(tr("Gain"), tr("Output level of the instrument"), -30, 12, 0,
                       [](int v) { return tr("%1 dB").arg(v > 0 ? QStringLiteral("+%1").arg(v) : QString::number(v)); });
    m_gain->setObjectName("morphGain");
    controlsLayout->addWidget(soundBox);

    auto *playBox = new QGroupBox(tr("Play"), controls);
    auto *playForm = new QFormLayout(playBox);
    playForm->setVerticalSpacing(3);
    auto *midiRow = new QHBoxLayout;
    m_midiPorts = new QComboBox(playBox);
    m_midiPorts->setObjectName("morphMidiInput");
    m_midiPorts->setToolTip(tr("Play the instrument from a MIDI keyboard"));
    m_rescanMidi = new QToolButton(playBox);
    m_rescanMidi->setText(tr("Rescan"));
    m_rescanMidi->setToolTip(tr("Look for MIDI input ports again"));
    midiRow->addWidget(m_midiPorts, 1);
    midiRow->addWidget(m_rescanMidi);
    playForm->addRow(tr("MIDI input"), midiRow);
    // One row for the computer keyboard: its velocity and the octave it plays.
    m_velocity = new QSpinBox(playBox);
    m_velocity->setRange(1, 127);
    m_velocity->setValue(100);
    m_velocity->setToolTip(tr("Velocity of the notes played with the computer keyboard"));
    m_octaveLabel = new QLabel(playBox);
    m_octaveLabel->setToolTip(tr("A W S E D F T G Y H U J K play one octave; Z and X shift it down and up"));
    auto *keysRow = new QHBoxLayout;
    keysRow->addWidget(m_velocity);
    keysRow->addWidget(m_octaveLabel, 1);
    playForm->addRow(tr("Key velocity"), keysRow);
    m_modelWidgets << m_midiPorts << m_rescanMidi << m_velocity;
    controlsLayout->addWidget(playBox);

    auto *exportBox = new QGroupBox(tr("Export"), controls);
    auto *exportLayout = new QGridLayout(exportBox);
    m_exportNote = new QPushButton(tr("Note as WAV…"), exportBox);
    m_exportNote->setToolTip(tr("Render one note of the current morph to a WAV file (48 kHz)"));
    m_exportPhrase = new QPushButton(tr("Phrase as WAV…"), exportBox);
    m_exportPhrase->setToolTip(tr("Render what you played (from the first note on) with the current morph "
                                  "to a WAV file (48 kHz)"));
    m_clearPhrase = new QPushButton(tr("Clear Phrase"), exportBox);
    m_clearPhrase->setToolTip(tr("Forget the notes played so far; the next note starts a new phrase"));
    m_bake = new QPushButton(tr("Bake into a Track…"), exportBox);
    m_bake->setObjectName("morphBake");
    m_bake->setToolTip(tr("Make the current morph the instrument of a piano-roll track: the whole song then "
                          "plays (and renders to WAV) with this sound"));
    m_allOff = new QPushButton(tr("All Notes Off"), exportBox);
    m_allOff->setToolTip(tr("Release every sounding note (Shift+Esc)"));
    m_phraseLabel = new QLabel(exportBox);
    m_phraseLabel->setObjectName("morphPhrase");
    m_phraseLabel->setWordWrap(true);
    // Compact, so that Bake and All Notes Off stay in view on a 1280×800 screen.
    exportLayout->setVerticalSpacing(4);
    exportLayout->addWidget(m_exportNote, 0, 0);
    exportLayout->addWidget(m_exportPhrase, 0, 1);
    exportLayout->addWidget(m_clearPhrase, 1, 0);
    exportLayout->addWidget(m_allOff, 1, 1);
    m_dragNote = new DragOutButton(tr("Drag Note"), QStringLiteral("audio/wav"), exportBox);
    m_dragNote->setObjectName("morphDragNote");
    m_dragNote->setToolTip(tr("Drag one note of the current morph (middle C, 2 s) into a file manager or a DAW "
                              "as a WAV file"));
    m_dragNote->setWriter([this](QString *error) -> QString {
        const QString path = core::DragFiles::newPath(m_model->name() + tr(" note"), QStringLiteral("wav"), error);
        if (path.isEmpty() || !exportNote(path, 60, 100, 2.0, error))
            return {};
        return path;
    });
    connect(m_dragNote, &DragOutButton::message, this, &MorphPanel::statusMessage);
    exportLayout->addWidget(m_bake, 2, 0);
    exportLayout->addWidget(m_dragNote, 2, 1);
    exportLayout->addWidget(m_phraseLabel, 3, 0, 1, 2);
    m_modelWidgets << m_exportNote << m_exportPhrase << m_clearPhrase << m_allOff << m_bake << m_dragNote;
    controlsLayout->addWidget(exportBox);
    controlsLayout->addStretch(1);
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    // Wide enough for the corner choosers and the sliders, whatever the window.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::max(controls->minimumSizeHint().width(), 340)
                            + scroll->verticalScrollBar()->sizeHint().width() + 4);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    split->addWidget(scroll);

    // Right: the plots.
    m_plots = new TimbrePlots(split);
    split->addWidget(m_plots);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 3);

    m_keyboard = new OnScreenKeyboard(this);
    m_keyboard->setRange(48, 84);
    layout->addWidget(m_keyboard);
    m_status = new QLabel(this);
    m_status->setObjectName("morphStatus");
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_modelWidgets << m_pad << m_twoCorners << m_slider << m_keyboard;

    connect(m_models, &QComboBox::currentIndexChanged, this, &MorphPanel::loadSelectedModel);
    connect(m_models, &QComboBox::activated, this, [this] { m_pad->setFocus(); });
    connect(m_rescanModels, &QToolButton::clicked, this, &MorphPanel::refreshModels);
    connect(m_pad, &XYPad::moveRequested, this, [this](QPointF to, int gesture) { requestMove(to, gesture); });
    connect(m_twoCorners, &QCheckBox::toggled, this, &MorphPanel::setTwoCornerMode);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { ++m_sliderGesture; });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        // A drag is one gesture; each key or page step is its own.
        const qint64 key = m_slider->isSliderDown() ? -m_sliderGesture : 0;
        requestMove(QPointF(double(v) / kSliderSteps, morphPoint().y()), key);
    });
    connect(m_keyboard, &OnScreenKeyboard::notePressed, this, [this](int pitch, int velocity) {
        releaseMouseNote();
        m_mouseNote = pitch;
        noteOn(pitch, velocity);
    });
    connect(m_keyboard, &OnScreenKeyboard::noteReleased, this, [this](int pitch) {
        if (pitch == m_mouseNote)
            releaseMouseNote();
    });
    connect(m_midiPorts, &QComboBox::activated, this, [this] {
        QString error;
        openMidiInput(m_midiPorts->currentData().toString(), &error);
        m_pad->setFocus();
    });
    connect(m_rescanMidi, &QToolButton::clicked, this, &MorphPanel::refreshMidiPorts);
    connect(m_exportNote, &QPushButton::clicked, this, &MorphPanel::exportNoteDialog);
    connect(m_bake, &QPushButton::clicked, this, &MorphPanel::bakeRequested);
    connect(m_exportPhrase, &QPushButton::clicked, this, &MorphPanel::exportPhraseDialog);
    connect(m_clearPhrase, &QPushButton::clicked, this, &MorphPanel::clearPhrase);
    connect(m_allOff, &QPushButton::clicked, this, &MorphPanel::allNotesOff);
    connect(m_morph->undoStack(), &QUndoStack::indexChanged, this, [this] { m_pad->update(); });

    for (int c = 0; c < kCorners; ++c)
        m_cornerLabels[c]->setText(tr("%1 (%2)").arg(cornerTitle(c), c == 0 ? tr("top left")
                                                                      : c == 1 ? tr("top right")
                                                                      : c == 2 ? tr("bottom left")
                                                                               : tr("bottom right")));
    setKeyboardOctave(m_octave);
    updatePhraseLabel();
}

QString MorphPanel::cornerTitle(int corner)
{
    return QString(QChar('A' + std::clamp(corner, 0, kCorners - 1)));
}

// --- Models ----------------------------------------------------------------

QStringList MorphPanel::findModelFiles() { return MorphModelSource::findFiles(); }

void MorphPanel::refreshModels() { setModelFiles(findModelFiles()); }

void MorphPanel::fillModelCombo(const QStringList &files, const QString &keep)
{
    QSignalBlocker block(m_models);
    m_models->clear();
    for (const MorphModelSource::Entry &e : m_source.entries(files)) {
        m_models->addItem(e.label, e.key);
        if (!e.toolTip.isEmpty())
            m_models->setItemData(m_models->count() - 1, e.toolTip, Qt::ToolTipRole);
    }
    const int row = m_models->findData(keep);
    m_models->setCurrentIndex(row >= 0 ? row : (m_models->count() > 0 ? 0 : -1));
}

void MorphPanel::setModelFiles(const QStringList &files)
{
    fillModelCombo(files, m_models->currentData().toString());
    loadSelectedModel();
}

void MorphPanel::setModel(std::shared_ptr<const ITimbreModel> model)
{
    QStringList files;
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->itemData(i).toString() != QLatin1String(MorphModelSource::kMemoryKey))
            files.append(m_models->itemData(i).toString());
    m_source.setMemoryModel(std::move(model));
    fillModelCombo(files, QString::fromLatin1(MorphModelSource::kMemoryKey));
    loadSelectedModel();
}

void MorphPanel::loadSelectedModel()
{
    QString problem;
    auto model = m_source.load(m_models->count() > 0 ? m_models->currentData().toString() : QString(), &problem);
    applyModel(model, problem);
}

std::array<int, MorphPanel::kCorners> MorphPanel::defaultCorners(const ITimbreModel &model)
{
    return MorphModelSource::defaultCorners(model);
}

void MorphPanel::applyModel(std::shared_ptr<const ITimbreModel> model, const QString &message)
{
    if (model && model == m_model)
        return;
    dropVoices();
    m_model = std::move(model);
    m_recordings.clear();
    m_recordingPaths.clear();
    m_pca = {};
    m_havePreview = false;
    m_previewSamples.clear();
    m_previewJob->fetch_add(1);  // a preview in flight is for the old model
    m_instrumentNames.clear();
    if (m_model) {
        const auto &instruments = m_model->instruments();
        for (const TimbreInstrument &ins : instruments)
            m_instrumentNames.append(ins.name);
        m_instrumentNames = withoutUnneededSources(m_instrumentNames);
        std::vector<std::vector<float>> zs;
        for (const TimbreInstrument &i : instruments)
            zs.push_back(i.z);
        m_pca = morph::computePca2(zs);
    }
    // The morph: a project's, when it was made with this model; else this model's default corners.
    if (m_model) {
        core::MorphState state = defaultState();
        const bool restoring = m_restoring && fits(*m_restoring);
        if (restoring)
            state = *m_restoring;
        else if (m_restoring)
            setStatus(tr("The project's Sound Morph does not fit %1; its default corners are used.")
                          .arg(m_model->name()), true);
        m_resetting = true;
        if (restoring || m_morph->state().isEmpty())
            m_morph->reset(state);     // a project's morph, or the first one
        else
            m_morph->replace(state);   // another model: the project changed
        m_resetting = false;
    } else {
        m_morph->undoStack()->clear();   // its steps were for the model that is gone
    }
    m_restoring.reset();
    m_plots->clearSignals();
    rebuildVoices();
    syncAll();
    updateEnabled();
    if (m_model)
        setStatus(tr("%1: %n instrument(s). Drag the point to morph; play with the mouse, the keys A–K, or a "
                     "MIDI keyboard.", nullptr, int(m_model->instruments().size()))
                      .arg(m_model->name()));
    else
        setStatus(message.isEmpty() ? tr("No timbre model.") : message, !message.isEmpty());
    m_plots->setSourceText(m_model ? QString() : tr("No model"));
    emit modelChanged();
}

// --- Voices and audio --------------------------------------------------------

int MorphPanel::audioSampleRate() const { return m_instrument->audioSampleRate(); }

void MorphPanel::rebuildVoices()
{
    dropVoices();
    m_instrument->rebuild(m_model, m_z, envelope(), gain());
    updateAudioLabel();
}

void MorphPanel::dropVoices()
{
    m_instrument->drop();
    forgetHeldKeys();
    m_live = false;
    m_liveRing.clear();
}

void MorphPanel::forgetHeldKeys()
{
    m_computerKeys.clear();
    m_mouseNote = -1;
    m_keyboard->clearHeld();
}

void MorphPanel::audioRestarted()
{
    rebuildVoices();
    updateAudioLabel();
    schedulePreview();
}

void MorphPanel::updateAudioLabel()
{
    if (!m_engine || !m_engine->isRunning()) {
        const QString why = m_engine ? m_engine->statusText() : tr("no audio engine");
        m_audioLabel->setText(tr("Audio is off: you will not hear what you play (%1). The plots show offline "
                                 "previews, and export works.")
                                  .arg(why));
        m_audioLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::colours().warningText.name()));
        return;
    }
    if (m_engine->device() && m_engine->device()->isSilent()) {
        m_audioLabel->setText(tr("Silent audio device: nothing is heard (%1 Hz). Choose a sound card in Preferences; "
                                 "the plots and export work.")
                                  .arg(audioSampleRate()));
        m_audioLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::colours().warningText.name()));
        return;
    }
    m_audioLabel->setStyleSheet(QString());
    const double latency = (voiceEngine() ? voiceEngine()->declaredLatencySeconds() : 0.0) + m_engine->outputLatencySeconds();
    m_audioLabel->setText(tr("Audio on, %1 Hz; key to sound ≈ %2 ms").arg(audioSampleRate()).arg(latency * 1000, 0, 'f', 0));
}

void MorphPanel::updateEnabled()
{
    const bool on = hasModel();
    for (QWidget *w : std::as_const(m_modelWidgets))
        w->setEnabled(on);
    m_exportNote->setEnabled(on && !isExporting());
    m_exportPhrase->setEnabled(on && !isExporting() && phraseNoteCount() > 0);
    m_clearPhrase->setEnabled(on && !m_phrase.events().empty());
}

} // namespace atelier::ui
