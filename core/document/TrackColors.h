#pragma once
// One colour per track, by its place in the song: the track list shows it
// beside the name and the piano roll paints the track's notes in it (deeper
// for louder notes). The first track keeps the studio's blue.

#include <QColor>
#include <algorithm>
#include <array>

namespace atelier::core {

inline double trackHue(int index)
{
    static constexpr std::array<double, 12> kHues = {0.58, 0.08, 0.33, 0.83, 0.14, 0.50,
                                                     0.95, 0.70, 0.25, 0.02, 0.44, 0.64};
    return kHues[std::size_t(std::max(index, 0)) % kHues.size()];
}

inline QColor trackColor(int index)
{
    return QColor::fromHsvF(trackHue(index), 0.65, 0.85);
}

} // namespace atelier::core
