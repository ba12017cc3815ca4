#include "live/DuetPanel.h"

#include "audio/AudioEngine.h"
#include "audio/IMidiInputDevice.h"
#include "audio/RtMidiScheduledOutput.h"
#include "document/GeneralMidi.h"
#include "document/SongDocument.h"
#include "document/TempoMap.h"
#include "live/DuetEngine.h"
#include "live/DuetRecording.h"
#include "live/LiveDuet.h"
#include "live/TransportBarLines.h"
#include "music/MusicEncoding.h"
#include "project/DataPaths.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace atelier::ui {

namespace {

// MIDI channels no track of the song uses (never the drum channel), first `count`.
QList<int> freeChannels(const core::Song &song, int count)
{
    QList<int> free;
    for (int ch = 0; ch < 16 && free.size() < count; ++ch) {
        if (ch == core::kDrumChannel)
            continue;
        bool used = false;
        for (const core::Track &t : song.tracks)
            used = used || t.channel == ch;
        if (!used)
            free.append(ch);
    }
    while (free.size() < count)
        free.append(free.isEmpty() ? 0 : free.last());
    return free;
}

} // namespace

DuetPanel::DuetPanel(core::SongDocument *doc, core::AudioEngine *engine, core::MusicModelLoader loader, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_audio(engine), m_models(std::move(loader))
{
    setObjectName("duetPanel");
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Play a phrase. When you stop, the model answers; play again to cut in. "
                                "Stop keeps both parts as tracks."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *inputRow = new QHBoxLayout;
    m_input = new QComboBox(this);
    m_input->setObjectName("duetInput");
    m_input->setToolTip(tr("The MIDI keyboard to play on; the computer keyboard (Ctrl+K) always plays too"));
    m_rescan = new QPushButton(tr("Rescan"), this);
    m_rescan->setToolTip(tr("Look for MIDI keyboards plugged in since"));
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_rescan);
    form->addRow(tr("Input"), inputRow);

    m_model = new QComboBox(this);
    m_model->setObjectName("duetModel");
    m_model->setToolTip(tr("Performance models answer in free time with dynamics; melody models answer one "
                           "voice in 16th notes at the song's tempo"));
    form->addRow(tr("Model"), m_model);

    m_program = new QComboBox(this);
    m_program->setObjectName("duetProgram");
    m_program->setToolTip(tr("A General MIDI instrument, a Sound Morph timbre baked into a track, or a MIDI output "
                             "port (a hardware synth, a DAW)"));
    for (int p = 0; p < 128; ++p)
        m_program->addItem(QStringLiteral("%1 %2").arg(p + 1).arg(core::GeneralMidi::programName(p)), p);
    form->addRow(tr("Answers with"), m_program);

    auto *tempRow = new QHBoxLayout;
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName("duetTemperature");
    m_temperature->setRange(0.1, 2.0);
    m_temperature->setSingleStep(0.05);
    m_temperature->setValue(1.0);
    m_temperature->setToolTip(tr("Low: safe and repetitive; high: adventurous"));
    m_learn = new QPushButton(tr("Learn CC"), this);
    m_learn->setCheckable(true);
    m_learn->setToolTip(tr("Move a knob on your MIDI keyboard to steer the temperature with it"));
    tempRow->addWidget(m_temperature, 1);
    tempRow->addWidget(m_learn);
    form->addRow(tr("Temperature"), tempRow);

    m_key = new QComboBox(this);
    m_key->setObjectName("duetKey");
    m_key->addItem(tr("Key of your phrase"), QStringLiteral("auto"));
    m_key->addItem(tr("Any notes"), QStringLiteral("any"));
    static const char *const kTonics[] = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    for (const char *t : kTonics)
        for (const char *mode : {"major", "minor"})
            m_key->addItem(QStringLiteral("%1 %2").arg(QLatin1String(t), mode == QLatin1String("major") ? tr("major") : tr("minor")),
                           QStringLiteral("%1:%2").arg(QLatin1String(t), QLatin1String(mode)));
    form->addRow(tr("Key"), m_key);

    m_silence = new QSpinBox(this);
    m_silence->setObjectName("duetSilence");
    m_silence->setRange(100, 3000);
    m_silence->setSingleStep(50);
    m_silence->setValue(500);
    m_silence->setSuffix(tr(" ms"));
    m_silence->setToolTip(tr("How long you stay silent (all keys and the pedal up) before the model answers"));
    form->addRow(tr("Answer after"), m_silence);

    m_phraseEnd = new QComboBox(this);
    m_phraseEnd->setObjectName("duetPhraseEnd");

    m_phraseEnd->addItem(tr("After the silence"), false);
    m_phraseEnd->addItem(tr("On the next bar line while the song plays"), true);
    m_phraseEnd->setToolTip(tr("Tempo-synced: play along with the song (Space) and the answer starts on the bar "
                               "line after your phrase; when the song stands still, the silence ends it"));
    form->addRow(tr("Phrase ends"), m_phraseEnd);

    m_maxPhrase = new QSpinBox(this);
    m_maxPhrase->setRange(1, 30);
    m_maxPhrase->setValue(8);
    m_maxPhrase->setSuffix(tr(" s"));
    m_maxPhrase->setToolTip(tr("A phrase longer than this is answered even while you play on"));
    form->addRow(tr("Longest phrase"), m_maxPhrase);

    m_replyLength = new QComboBox(this);
    m_replyLength->setObjectName("duetReplyLength");

    m_replyLength->addItem(tr("As long as the phrase (1–8 s)"), 0);
    for (int bars : {1, 2, 4, 8})
        m_replyLength->addItem(tr("%n bar(s)", nullptr, bars), bars);
    form->addRow(tr("Reply length"), m_replyLength);

    auto *buttons = new QHBoxLayout;
    m_startStop = new QPushButton(tr("Start Duet"), this);
    m_startStop->setObjectName("duetStart");
    m_mutate = new QPushButton(tr("Mutate"), this);
    m_mutate->setToolTip(tr("Answer the last phrase again, differently"));
    m_panic = new QPushButton(tr("Panic"), this);
    m_panic->setToolTip(tr("All notes off"));
    buttons->addWidget(m_startStop);
    buttons->addWidget(m_mutate);
    buttons->addWidget(m_panic);
    layout->addLayout(buttons);
    m_status = new QLabel(tr("Off."), this);
    m_status->setObjectName("duetStatus");
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    // Long choices are elided in the closed combos (their lists show them whole): the panel fits a laptop screen.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (isRunning()) {
            stop();
        } else {
            QString error;
            if (!start(&error))
                setStatus(error);
        }
    });
    connect(m_mutate, &QPushButton::clicked, this, &DuetPanel::mutate);
    connect(m_panic, &QPushButton::clicked, this, &DuetPanel::panic);
    connect(m_rescan, &QPushButton::clicked, this, &DuetPanel::refreshPorts);
    connect(m_input, &QComboBox::activated, this, &DuetPanel::chooseInputPort);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, [this](double t) {
        if (m_duet)
            m_duet->requestTemperature(t);   // the worker applies it to the next reply
    });
    connect(m_learn, &QPushButton::toggled, this, [this](bool on) { m_learning = on; });
    refreshModels();
    refreshPorts();
    updateControls();
}

DuetPanel::~DuetPanel()
{
    if (m_hub && m_learnListener)
        m_hub->removeListener(m_learnListener);
    if (m_duet)
        m_duet->stop();
    if (m_hub && m_tap)
        m_hub->closeTap(m_tap);
}

void DuetPanel::setMidiInput(core::MidiInputHub *hub, core::IMidiInputDevice *device)
{
    if (m_hub && m_learnListener)
        m_hub->removeListener(m_learnListener);
    m_hub = hub;
    m_device = device;
    m_learnListener = 0;
    if (m_hub)
        m_learnListener = m_hub->addListener([this](const core::TimedMidiEvent &e) {
            if (e.message.type() != core::MidiMessage::kControlChange || e.message.data1 == core::MidiMessage::kCcSustain)
                return;
            const int cc = e.message.data1, value = e.message.data2;
            QMetaObject::invokeMethod(this, [this, cc, value] {
                if (m_learning) {
                    m_learnedCc = cc;
                    m_learning = false;
                    m_learn->setChecked(false);
                    m_learn->setText(tr("CC %1").arg(cc));
                }
                if (cc == m_learnedCc)
                    m_temperature->setValue(0.1 + 1.9 * value / 127.0);
            });
        });
    refreshPorts();
    updateControls();
}

void DuetPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshPorts();   // the port may have been chosen in the Sound Morph panel
}

void DuetPanel::refreshModels()
{
    const QString current = m_model->currentData().toString();
    m_model->clear();
    for (const QString &f : core::DataPaths::modelFiles(QStringLiteral("*.music.json")))
        m_model->addItem(QFileInfo(f).completeBaseName().remove(QStringLiteral(".music")), f);
    int row = m_model->findData(current);
    // Our default performance model (the Transformer), else our other one.
    for (const QString &ours : {QStringLiteral("/assets/models/performance-transformer"), QStringLiteral("/assets/models/performance")})
        for (int i = 0; row < 0 && i < m_model->count(); ++i)
            if (m_model->itemData(i).toString().contains(ours))
                row = i;
    m_model->setCurrentIndex(std::max(row, 0));
}

void DuetPanel::refreshVoices()
{
    // After the 128 GM programs: the tracks' baked sounds, then MIDI output ports.
    const QVariant current = m_program->currentData();
    while (m_program->count() > 128)
        m_program->removeItem(m_program->count() - 1);
    const core::Song &song = m_doc->song();
    for (int i = 0; i < song.tracks.size(); ++i) {
        const core::Track &t = song.tracks[i];
        if (!t.sound.isEmpty() && t.channel != core::kDrumChannel && t.midiOutPort.isEmpty())
            m_program->addItem(tr("Sound Morph: %1 (track \"%2\")").arg(t.sound.name, t.name),
                               QStringLiteral("sound:%1").arg(i));
    }
    QString error;
    for (const QString &port : core::RtMidiScheduledOutput::portNames(core::RtMidiScheduledOutput::System::Alsa, &error))
        m_program->addItem(tr("MIDI out: %1").arg(port), QStringLiteral("port:") + port);
    const int row = m_program->findData(current);
    m_program->setCurrentIndex(row >= 0 ? row : 0);
}

void DuetPanel::refreshPorts()
{
    refreshVoices();
    const QString current = m_device && m_device->isOpen() ? m_device->portName() : QString();
    if (m_device)
        m_device->checkPort();
    m_input->clear();
    m_input->addItem(tr("Computer keyboard only"), QString());
    QString error;
    const QStringList ports = m_device ? m_device->portNames(&error) : QStringList();
    for (const QString &p : ports)
        m_input->addItem(p, p);
    const int row = m_input->findData(m_device && m_device->isOpen() ? current : QString());
    m_input->setCurrentIndex(std::max(row, 0));
    if (!error.isEmpty())
        m_input->setToolTip(tr("No MIDI keyboard can be used: %1").arg(error));
}

void DuetPanel::chooseInputPort(int row)
{
    if (!m_device)
        return;
    const QString port = m_input->itemData(row).toString();
    if (port.isEmpty()) {
        m_device->close();
        setStatus(tr("Playing from the computer keyboard (Ctrl+K turns it on)."));
        return;
    }
    QString error;
    if (!m_device->open(port, &error)) {
        setStatus(tr("MIDI input %1 could not be opened: %2").arg(port, error));
        m_input->setCurrentIndex(0);
        return;
    }
    setStatus(tr("Playing from %1.").arg(port));
}

core::DuetSettings DuetPanel::settings() const
{
    core::DuetSettings s;
    s.silence_s = m_silence->value() / 1000.0;
    s.barSync = m_phraseEnd->currentData().toBool();
    s.maxPhrase_s = m_maxPhrase->value();
    s.temperature = m_temperature->value();
    const QString key = m_key->currentData().toString();
    if (key == QLatin1String("any")) {
        s.keyMode = core::DuetSettings::KeyMode::Any;
    } else if (const auto k = core::KeyScale::parse(key); k && key != QLatin1String("auto")) {
        s.keyMode = core::DuetSettings::KeyMode::Fixed;
        s.fixedKey = *k;
    }
    s.replyBars = m_replyLength->currentData().toInt();
    const core::TempoMap tempo(m_doc->song());
    s.tempo_bpm = tempo.bpmAt(m_audio ? m_audio->playhead() : 0);
    s.beatsPerBar = m_doc->song().timeSignatures.isEmpty() ? 4 : m_doc->song().timeSignatures.first().numerator;
    s.replyChannel = kReplyChannel;
    s.seed = std::uint64_t(QDateTime::currentMSecsSinceEpoch());
    return s;
}

bool DuetPanel::isRunning() const
{
    return m_duet && m_duet->isRunning();
}

bool DuetPanel::start(QString *error)
{
    if (isRunning())
        return true;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_hub || !m_audio)
        return fail(tr("The duet needs the studio's MIDI input and audio."));
    if (!m_audio->isRunning())
        return fail(tr("No audio device: the duet cannot answer. Choose a device in Preferences."));
    QString loadError;
    const auto model = m_models.get(m_model->currentData().toString(), &loadError);
    if (!model)
        return fail(tr("No music model could be loaded: %1").arg(loadError.isEmpty() ? tr("none found") : loadError));
    const core::IMidiClock &clock = m_audio->clock();
    core::DuetSettings s = settings();
    // Who answers: a GM program or a baked sound on the internal synth, or a MIDI port.
    const QString voice = m_program->currentData().typeId() == QMetaType::QString ? m_program->currentData().toString()
                                                                                 : QString();
    m_replyTrack = core::Track{};
    m_replyTrack.program = voice.isEmpty() ? m_program->currentData().toInt() : 0;
    core::IMidiOutput *out = &m_audio->liveOutput();
    if (voice.startsWith(QLatin1String("sound:"))) {
        const int track = voice.mid(6).toInt();
        if (!m_doc->isValidTrack(track) || m_doc->track(track).sound.isEmpty())
            return fail(tr("The track with that sound is gone: choose another instrument."));
        s.replyChannel = m_doc->track(track).channel;   // the channel its timbre plays on
        m_replyTrack.sound = m_doc->track(track).sound;
        m_replyTrack.program = m_doc->track(track).program;
    } else if (voice.startsWith(QLatin1String("port:"))) {
        m_portOutput = std::make_unique<core::RtMidiScheduledOutput>(clock);
        QString portError;
        if (!m_portOutput->open(voice.mid(5), QString(), &portError)) {
            m_portOutput.reset();
            return fail(tr("The answer cannot go to %1: %2").arg(voice.mid(5), portError));
        }
        m_replyTrack.midiOutPort = m_portOutput->portName();
        out = m_portOutput.get();
    }
    m_duetEngine = std::make_unique<core::DuetEngine>(model, s, clock.sampleRate());
    m_duetEngine->setBarLines(core::TransportBarLines(*m_audio, m_doc->song()));
    m_tap = m_hub->openTap();
    // Before the worker starts, this thread is the output's producer: set the sounds.
    const core::Frame now = clock.nowFrame();
    if (m_replyTrack.sound.isEmpty())
        out->schedule({now, core::MidiMessage::programChange(s.replyChannel, m_replyTrack.program)});
    out->schedule({now, core::MidiMessage::programChange(kMonitorChannel, 0)});
    m_duet = std::make_unique<core::LiveDuet>(*m_duetEngine, *m_tap, *out, clock);
    m_duet->setMonitorChannel(kMonitorChannel);
    m_duet->setTemperatureController(m_learnedCc);
    m_duet->setReplyCallback([this](const core::DuetReply &r) {
        const double rate = m_audio->clock().sampleRate();
        const double ms = double(r.start - r.phraseEnd) / rate * 1000.0;
        const int index = r.index, notes = int(r.notes.size());
        const bool cut = r.interrupted;
        QMetaObject::invokeMethod(this, [this, index, ms, notes, cut] { onReply(index, ms, notes, cut); });
    });
    m_duet->setStatusCallback([this](const QString &message) {
        QMetaObject::invokeMethod(this, [this, message] { setStatus(message); });
    });
    m_startTick = m_audio->playhead();
    m_duet->start();
    setStatus(tr("Listening… play a phrase."));
    updateControls();
    emit runningChanged(true);
    return true;
}

int DuetPanel::stop()
{
    if (!m_duet)
        return 0;
    m_duet->stop();
    const core::Frame origin = m_duet->originFrame();
    m_duet.reset();
    m_portOutput.reset();   // closing ends what still sounds there
    m_hub->closeTap(m_tap);
    m_tap.reset();
    const core::Song &song = m_doc->song();
    const QList<int> channels = freeChannels(song, 2);
    QList<core::Track> tracks = core::DuetRecording::tracks(
        m_duetEngine->playerNotes(), m_duetEngine->replies(), origin, m_audio->clock().sampleRate(), song,
        m_startTick, channels[0], channels[1], m_replyTrack.program);
    tracks[1].sound = m_replyTrack.sound;             // plays back as it answered
    tracks[1].midiOutPort = m_replyTrack.midiOutPort;
    const int replies = int(m_duetEngine->replies().size());
    m_duetEngine.reset();
    updateControls();
    if (tracks[0].notes.isEmpty() && tracks[1].notes.isEmpty()) {
        setStatus(tr("Off. Nothing was played."));
        return 0;
    }
    m_doc->undoStack()->beginMacro(tr("Duet"));
    int added = 0, last = -1;
    for (const core::Track &t : tracks)
        if (!t.notes.isEmpty() && m_doc->requestAddTrack(t)) {
            ++added;
            last = m_doc->trackCount() - 1;
        }
    m_doc->undoStack()->endMacro();
    if (last >= 0)
        emit duetKept(last);
    setStatus(tr("Off. Your %n phrase(s) and the replies are in the song.", nullptr, replies));
    emit statusMessage(tr("Duet kept as %n track(s) (Ctrl+Z removes them).", nullptr, added));
    return added;
}

void DuetPanel::mutate()
{
    if (m_duet)
        m_duet->requestMutate();
}

void DuetPanel::panic()
{
    if (m_duet)
        m_duet->requestPanic();
    else if (m_audio)
        m_audio->allNotesOff();
}

void DuetPanel::onReply(int index, double reaction_ms, int notes, bool interrupted)
{
    if (!isRunning())
        return;
    setStatus(interrupted ? tr("Reply %1 cut short by your playing.").arg(index + 1)
                          : tr("Reply %1: %n note(s), %2 ms after your phrase.", nullptr, notes)
                                .arg(index + 1)
                                .arg(reaction_ms, 0, 'f', 1));
}

void DuetPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void DuetPanel::updateControls()
{
    const bool running = isRunning();
    m_startStop->setText(running ? tr("Stop Duet") : tr("Start Duet"));
    m_model->setEnabled(!running);
    m_program->setEnabled(!running);
    m_key->setEnabled(!running);
    m_silence->setEnabled(!running);
    m_phraseEnd->setEnabled(!running);
    m_maxPhrase->setEnabled(!running);
    m_replyLength->setEnabled(!running);
    m_mutate->setEnabled(running);
    m_input->setEnabled(m_device != nullptr);
    m_rescan->setEnabled(m_device != nullptr);
}

} // namespace atelier::ui
