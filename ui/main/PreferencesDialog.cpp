#include "main/PreferencesDialog.h"

#include "audio/RtAudioDevice.h"
#include "audio/Synth.h"
#include "project/DataPaths.h"
#include "common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace atelier::ui {

core::AudioSettings AudioPreferences::load()
{
    QSettings s;
    core::AudioSettings a;
    a.api = s.value("audio/api").toString();
    a.deviceName = s.value("audio/device").toString();
    a.sampleRate = s.value("audio/sampleRate", a.sampleRate).toUInt();
    a.bufferFrames = s.value("audio/bufferFrames", a.bufferFrames).toUInt();
    a.soundFont = s.value("audio/soundFont").toString();
    return a;
}

void AudioPreferences::save(const core::AudioSettings &a)
{
    QSettings s;
    s.setValue("audio/api", a.api);
    s.setValue("audio/device", a.deviceName);
    s.setValue("audio/sampleRate", a.sampleRate);
    s.setValue("audio/bufferFrames", a.bufferFrames);
    s.setValue("audio/soundFont", a.soundFont);
}

PreferencesDialog::PreferencesDialog(const core::AudioSettings &current, const QString &engineStatus,
                                     const QStringList &midiSystems, const QString &midiSystem, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_devices = core::RtAudioDevice::outputDevices();
    auto *form = new QFormLayout;
    m_theme = new QComboBox(this);
    m_theme->setObjectName("themeCombo");
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::current())));
    form->addRow(tr("Appearance"), m_theme);
    m_device = new QComboBox(this);
    m_device->setObjectName("deviceCombo");
    m_device->addItem(tr("System default"), -1);
    for (int i = 0; i < m_devices.size(); ++i) {
        const auto &d = m_devices[i];
        m_device->addItem(QStringLiteral("%1: %2%3").arg(d.apiDisplayName, d.name,
                                                         d.isDefault ? tr(" (default)") : QString()), i);
        if (d.api == current.api && d.name == current.deviceName)
            m_device->setCurrentIndex(m_device->count() - 1);
    }
    if (m_devices.isEmpty())
        m_device->setItemText(0, tr("System default (no output devices found)"));
    form->addRow(tr("Audio output"), m_device);
    m_rate = new QComboBox(this);
    form->addRow(tr("Sample rate"), m_rate);
    m_buffer = new QComboBox(this);
    for (unsigned b : {64u, 128u, 256u, 512u, 1024u, 2048u})
        m_buffer->addItem(tr("%1 frames").arg(b), b);
    m_buffer->setCurrentIndex(std::max(0, m_buffer->findData(current.bufferFrames)));
    form->addRow(tr("Buffer size"), m_buffer);
    m_latency = new QLabel(this);
    m_latency->setObjectName("latencyLabel");
    form->addRow(tr("Latency"), m_latency);
    auto *status = new QLabel(engineStatus, this);
    status->setWordWrap(true);
    form->addRow(tr("Now"), status);

    m_midiSystem = new QComboBox(this);
    m_midiSystem->setObjectName("midiSystemCombo");
    for (const QString &system : midiSystems)
        m_midiSystem->addItem(system == QLatin1String("JACK") ? tr("JACK (a running JACK server, sample-accurate)")
                              : system == QLatin1String("ALSA") ? tr("ALSA sequencer")
                                                                : system,
                              system);
    m_midiSystem->setCurrentIndex(std::max(0, m_midiSystem->findData(midiSystem)));
    m_midiSystem->setEnabled(midiSystems.size() > 1);
    m_midiSystem->setToolTip(tr("Where MIDI keyboards come in for recording, the duet and Sound Morph; the port "
                                "is chosen in the Duet or Sound Morph panel"));
    form->addRow(tr("MIDI input"), m_midiSystem);

    m_soundFont = new QLineEdit(current.soundFont, this);
    m_soundFont->setPlaceholderText(core::Synth::defaultSoundFontPath());
    auto *sfRow = new QHBoxLayout;
    sfRow->addWidget(m_soundFont);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Soundfont"), "/usr/share/sounds/sf2",
                                                       tr("Soundfonts (*.sf2 *.sf3)"));
        if (!f.isEmpty())
            m_soundFont->setText(f);
    });
    sfRow->addWidget(browse);
    form->addRow(tr("Soundfont"), sfRow);
    m_dataDir = new QLineEdit(QSettings().value("paths/dataDir").toString(), this);
    m_dataDir->setPlaceholderText(core::DataPaths::dataDir());
    form->addRow(tr("Data folder"), m_dataDir);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_device, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRates);
    connect(m_rate, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLatency);
    connect(m_buffer, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLatency);
    updateRates();
    m_rate->setCurrentIndex(std::max(0, m_rate->findData(current.sampleRate)));
    updateLatency();
}

void PreferencesDialog::updateRates()
{
    const unsigned keep = m_rate->currentData().toUInt();
    m_rate->clear();
    const int i = m_device->currentData().toInt();
    QList<unsigned> rates = {44100, 48000, 88200, 96000};
    if (i >= 0 && !m_devices[i].sampleRates.isEmpty())
        rates = m_devices[i].sampleRates;
    for (unsigned r : rates)
        m_rate->addItem(tr("%1 Hz").arg(r), r);
    const int k = m_rate->findData(keep ? keep : 48000u);
    m_rate->setCurrentIndex(std::max(0, k));
}

void PreferencesDialog::updateLatency()
{
    const unsigned rate = m_rate->currentData().toUInt();
    const unsigned frames = m_buffer->currentData().toUInt();
    if (rate == 0)
        return;
    m_latency->setText(tr("%1 ms per buffer (plus the device's own latency)")
                           .arg(1000.0 * frames / rate, 0, 'f', 1));
}

core::AudioSettings PreferencesDialog::settings() const
{
    core::AudioSettings a;
    const int i = m_device->currentData().toInt();
    if (i >= 0) {
        a.api = m_devices[i].api;
        a.deviceName = m_devices[i].name;
    }
    a.sampleRate = m_rate->currentData().toUInt();
    a.bufferFrames = m_buffer->currentData().toUInt();
    a.soundFont = m_soundFont->text().trimmed();
    return a;
}

QString PreferencesDialog::midiSystem() const
{
    return m_midiSystem->currentData().toString();
}

Theme::Kind PreferencesDialog::theme() const { return Theme::Kind(m_theme->currentData().toInt()); }

QString PreferencesDialog::dataDir() const { return m_dataDir->text().trimmed(); }

} // namespace atelier::ui
