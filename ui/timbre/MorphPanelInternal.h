#pragma once
// What the parts of MorphPanel share: MorphPanel.cpp (the panel and its
// timbre model), MorphPanelMorph.cpp (the binding to its MorphModel: corners,
// morph, sound), MorphPanelPlaying.cpp (notes, keys, MIDI input and the
// recorded phrase) and MorphPanelExport.cpp (WAV export, plots and baking).
// Private to ui/timbre.

#include <QString>
#include <Qt>

namespace atelier::ui::morphpanel {

inline QString seconds(double s) { return QString::number(s, 'f', s < 10 ? 2 : 1); }

inline constexpr int kSliderSteps = 1000;   // the two-corner slider's resolution

// The corner combos' items: a model instrument, a loaded recording, or "load one".
namespace combo {
inline constexpr int kKindInstrument = 0;
inline constexpr int kKindRecording = 1;
inline constexpr int kKindLoad = 2;
inline constexpr int kKindRole = Qt::UserRole;
inline constexpr int kValueRole = Qt::UserRole + 1;
} // namespace combo

} // namespace atelier::ui::morphpanel
