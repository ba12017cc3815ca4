#pragma once
// File > Export > Audio: what to render (the song, the loop region, the
// selected notes, or bars FIRST to LAST), the sample rate, the bit depth
// (16, 24 or 32-bit float) and the file type (WAV, or FLAC for 16 and 24
// bits). The last choices are remembered (QSettings "export/audio/…").

#include "audio/OfflineRenderer.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace atelier::ui {

class ExportAudioDialog : public QDialog {
    Q_OBJECT
public:
    enum Range { WholeSong, LoopRegion, Selection, Bars };

    // selection: the selected notes' ticks (first start, last end); empty (end <= start) when none.
    ExportAudioDialog(const core::Song &song, std::pair<core::Tick, core::Tick> selection, QWidget *parent = nullptr);

    // The options chosen: range, sample rate, bit depth and container.
    core::RenderOptions options() const;
    QString suffix() const;   // "wav" or "flac"

    QComboBox *rangeCombo() const { return m_range; }
    QComboBox *rateCombo() const { return m_rate; }
    QComboBox *bitsCombo() const { return m_bits; }
    QComboBox *typeCombo() const { return m_type; }
    QSpinBox *firstBar() const { return m_firstBar; }
    QSpinBox *lastBar() const { return m_lastBar; }

    void accept() override;   // remembers the choices

private:
    void update();

    core::Song m_song;
    std::pair<core::Tick, core::Tick> m_selection;
    QComboBox *m_range;
    QComboBox *m_rate;
    QComboBox *m_bits;
    QComboBox *m_type;
    QSpinBox *m_firstBar;
    QSpinBox *m_lastBar;
};

} // namespace atelier::ui
