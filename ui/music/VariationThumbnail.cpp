#include "music/VariationThumbnail.h"

#include "common/Theme.h"
#include "document/NoteOps.h"

#include <QPainter>

#include <algorithm>

namespace atelier::ui {

QColor VariationThumbnail::colour(int variation)
{
    // Golden-ratio hues: neighbours differ, and the eighth still differs from the first.
    const double hue = std::fmod(0.08 + 0.618034 * variation, 1.0);
    return QColor::fromHsvF(float(hue), 0.65f, 0.95f);
}

QImage VariationThumbnail::render(const QList<core::Note> &context, const QList<core::Note> &variation,
                                  const QColor &colour, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const ThemeColours &tc = Theme::colours();
    image.fill(tc.rollRow);
    const QList<core::Note> all = context + variation;
    if (all.isEmpty())
        return image;
    int low = 127, high = 0;
    for (const core::Note &n : all) {
        low = std::min(low, n.pitch);
        high = std::max(high, n.pitch);
    }
    low -= 2;
    high += 2;
    const core::Tick from = core::NoteOps::earliestStart(all);
    const core::Tick to = std::max(core::NoteOps::latestEnd(all), from + 1);
    const double xScale = double(size.width() - 2) / double(to - from);
    const double rowH = double(size.height() - 2) / double(high - low + 1);
    QPainter p(&image);
    // The boundary between the context and the variation.
    if (!context.isEmpty() && !variation.isEmpty()) {
        const int x = 1 + int((core::NoteOps::earliestStart(variation) - from) * xScale);
        p.setPen(QPen(tc.gridBar, 1, Qt::DashLine));
        p.drawLine(x, 0, x, size.height());
    }
    auto draw = [&](const QList<core::Note> &notes, const QColor &fill) {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        for (const core::Note &n : notes) {
            const double x = 1 + (n.start - from) * xScale;
            const double y = 1 + (high - n.pitch) * rowH;
            p.drawRect(QRectF(x, y, std::max(1.5, n.length * xScale - 0.5), std::max(1.5, rowH)));
        }
    };
    draw(context, tc.gridBar);
    draw(variation, colour);
    p.setPen(tc.gridBeat);
    p.setBrush(Qt::NoBrush);
    p.drawRect(image.rect().adjusted(0, 0, -1, -1));
    return image;
}

} // namespace atelier::ui
