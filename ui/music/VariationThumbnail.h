#pragma once
// A small piano roll of one Continue variation: the notes it continues from
// in grey, the variation's own notes in its colour (a hue per variation, so
// tiles are told apart at a glance), on the theme's roll background, time
// left to right and pitch bottom to top over the range both use.

#include "document/Song.h"

#include <QColor>
#include <QImage>

namespace atelier::ui {

class VariationThumbnail {
public:
    static QColor colour(int variation);
    static QImage render(const QList<core::Note> &context, const QList<core::Note> &variation, const QColor &colour,
                         QSize size);
};

} // namespace atelier::ui
