#pragma once
// What the parts of MorphPanel (MorphPanel.cpp: the panel, its model,
// corners and morph; MorphPanelPlaying.cpp: notes, keys, MIDI input and the
// recorded phrase; MorphPanelExport.cpp: WAV export, plots and baking) share.
// Private to ui/timbre.

#include <QString>

namespace atelier::ui::morphpanel {

inline constexpr const char *kMemoryModel = "memory:";  // the model list's entry for a model given in memory

inline QString seconds(double s) { return QString::number(s, 'f', s < 10 ? 2 : 1); }

} // namespace atelier::ui::morphpanel
