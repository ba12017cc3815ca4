// The instrument map's corner labels on a crowded map: four corners close
// together inside a dense cloud of instruments. No label covers another
// label or any corner's ring, and every label stays inside the plot.

#include "common/Theme.h"
#include "timbre/TimbrePlots.h"

#include <QtTest>
#include <qcustomplot.h>
#include <random>

using namespace atelier;
using ui::TimbrePlots;

class TestTimbrePlots : public QObject {
    Q_OBJECT
private slots:
    void cornerLabelsKeepCornersAndEachOtherVisible()
    {
        TimbrePlots plots;
        plots.resize(900, 700);
        plots.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plots));
        std::vector<TimbrePlots::MapPoint> points;
        std::mt19937 rng(7);
        std::normal_distribution<double> spread(0.0, 0.6);
        for (int i = 0; i < 220; ++i)
            points.push_back({QStringLiteral("i%1").arg(i), spread(rng), spread(rng), -1, false});
        const QPointF corners[] = {{-0.15, -0.1}, {0.1, -0.15}, {-0.1, 0.12}, {0.14, 0.1}};   // crowded
        const char *names[] = {"Flute", "Trumpet", "Cello", "Acoustic Grand Piano"};
        for (int c = 0; c < 4; ++c)
            points.push_back({QString::fromLatin1(names[c]), corners[c].x(), corners[c].y(), c, false});
        plots.setMap(points, {});
        plots.setMapCursor(0.0, 0.0);
        QCustomPlot *map = plots.mapPlot();
        QTest::qWait(50);   // the re-placement after the layout
        map->replot();

        QList<QRectF> labels;
        for (int i = 0; i < map->itemCount(); ++i)
            if (auto *t = qobject_cast<QCPItemText *>(map->item(i)))
                labels.append(QRectF(t->topLeft->pixelPosition(), t->bottomRight->pixelPosition()).normalized());
        QCOMPARE(labels.size(), 4);
        const QRectF inside = QRectF(map->axisRect()->rect()).adjusted(-1, -1, 1, 1);
        for (int a = 0; a < 4; ++a) {
            QVERIFY2(inside.contains(labels[a]), qPrintable(QStringLiteral("label %1 leaves the plot").arg(a)));
            for (int b = a + 1; b < 4; ++b)
                QVERIFY2(!labels[a].intersects(labels[b]), qPrintable(QStringLiteral("labels %1 and %2").arg(a).arg(b)));
            for (int c = 0; c < 4; ++c) {
                const QPointF ring(map->xAxis->coordToPixel(corners[c].x()), map->yAxis->coordToPixel(corners[c].y()));
                QVERIFY2(!labels[a].adjusted(-5, -5, 5, 5).contains(ring),
                         qPrintable(QStringLiteral("label %1 covers corner %2").arg(a).arg(c)));
            }
        }
    }
};

QTEST_MAIN(TestTimbrePlots)
#include "test_timbre_plots.moc"
