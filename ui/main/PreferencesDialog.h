#pragma once
// Preferences: the appearance (dark or light), the audio output (API and device), sample rate and buffer
// size with the latency they give, the MIDI input system (ALSA or JACK), the
// soundfont for the internal synth, and the shared data folder. Stored with QSettings (see AudioPreferences).

#include "audio/AudioSettings.h"
#include "common/Theme.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace atelier::ui {

namespace AudioPreferences {
core::AudioSettings load();
void save(const core::AudioSettings &settings);
} // namespace AudioPreferences

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // midiSystems: the MIDI input systems to choose from ("ALSA", "JACK").
    PreferencesDialog(const core::AudioSettings &current, const QString &engineStatus,
                      const QStringList &midiSystems = {}, const QString &midiSystem = {},
                      QWidget *parent = nullptr);
    core::AudioSettings settings() const;
    QString midiSystem() const;   // empty when there was none to choose
    QString dataDir() const;
    Theme::Kind theme() const;

private:
    void updateRates();
    void updateLatency();

    QList<core::AudioDeviceInfo> m_devices;
    QComboBox *m_device;
    QComboBox *m_rate;
    QComboBox *m_buffer;
    QLabel *m_latency;
    QLineEdit *m_soundFont;
    QLineEdit *m_dataDir;
    QComboBox *m_midiSystem;
    QComboBox *m_theme;
};

} // namespace atelier::ui
