#pragma once
// QCustomPlot in the studio's colours (Theme): background, axes, tick labels,
// grid and legend. Called once per plot after it is made.

#include "common/Theme.h"

#include <qcustomplot.h>

namespace atelier::ui {

inline void stylePlot(QCustomPlot *plot)
{
    const ThemeColours &c = Theme::colours();
    plot->setBackground(c.plotBackground);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2}) {
        axis->setBasePen(QPen(c.plotText));
        axis->setTickPen(QPen(c.plotText));
        axis->setSubTickPen(QPen(c.plotText));
        axis->setTickLabelColor(c.plotText);
        axis->setLabelColor(c.plotText);
        axis->grid()->setPen(QPen(c.plotGrid, 1, Qt::DotLine));
    }
    plot->legend->setBrush(c.plotBackground);
    plot->legend->setTextColor(c.plotText);
    plot->legend->setBorderPen(QPen(c.plotGrid));
}

} // namespace atelier::ui
