#include "timbre/TimbrePlots.h"
#include "common/PlotStyle.h"
#include "common/Theme.h"

#include "timbre/SpectralMetrics.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace atelier::ui {

namespace {
constexpr int kSpectrumSize = 2048;
constexpr double kFloor_dB = -100.0;
constexpr double kTopFrequency = 8000.0;
const QColor kCornerColours[4] = {QColor(0x3b, 0x82, 0xf6), QColor(0xef, 0x44, 0x44), QColor(0x10, 0xb9, 0x81),
                                  QColor(0xf5, 0x9e, 0x0b)};
constexpr int kHoverRadius_px = 10;
} // namespace

TimbrePlots::TimbrePlots(QWidget *parent) : QWidget(parent)
{
    setObjectName("timbrePlots");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_source = new QLabel(this);
    m_source->setObjectName("plotSource");
    layout->addWidget(m_source);
    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    layout->addLayout(grid, 1);

    m_wave = makePlot("waveformPlot", tr("time (ms)"), tr("amplitude"));
    m_wave->setToolTip(tr("Waveform: the sound last played, or a preview of middle C for the current morph"));
    m_waveGraph = m_wave->addGraph();
    m_waveGraph->setPen(QPen(QColor(0x25, 0x63, 0xeb), 1));
    m_waveGraph->setAdaptiveSampling(true);
    m_wave->yAxis->setRange(-1, 1);

    m_spectrum = makePlot("spectrumPlot", tr("frequency (Hz)"), tr("level (dB)"));
    m_spectrum->setToolTip(tr("Magnitude spectrum (Hann window; 0 dB is a full-scale sine)"));
    m_spectrumGraph = m_spectrum->addGraph();
    m_spectrumGraph->setPen(QPen(QColor(0x7c, 0x3a, 0xed), 1));
    m_spectrumGraph->setBrush(QColor(0x7c, 0x3a, 0xed, 40));
    m_spectrumGraph->setChannelFillGraph(nullptr);
    m_spectrum->xAxis->setRange(0, kTopFrequency);
    m_spectrum->yAxis->setRange(kFloor_dB, 0);

    m_harmonics = makePlot("harmonicsPlot", tr("harmonic"), tr("amplitude"));
    m_harmonics->setToolTip(tr("The model's harmonic amplitudes for the most recent note"));
    m_bars = new QCPBars(m_harmonics->xAxis, m_harmonics->yAxis);
    m_bars->setWidth(0.7);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x05, 0x96, 0x69));
    m_harmonics->xAxis->setRange(0.3, 20.7);
    m_harmonics->yAxis->setRange(0, 0.1);

    m_map = makePlot("embeddingMap", tr("PC 1"), tr("PC 2"));
    m_map->setToolTip(QString());  // per-point tooltips (eventFilter)
    m_outline = new QCPCurve(m_map->xAxis, m_map->yAxis);
    m_outline->setPen(QPen(QColor(0x6b, 0x72, 0x80), 1, Qt::DashLine));
    m_outline->setBrush(QColor(0x6b, 0x72, 0x80, 25));
    m_mapGraph = m_map->addGraph();
    m_mapGraph->setLineStyle(QCPGraph::lsNone);
    m_mapGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x6b, 0x72, 0x80), 6));
    m_recordingGraph = m_map->addGraph();
    m_recordingGraph->setLineStyle(QCPGraph::lsNone);
    m_recordingGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(QColor(0xdb, 0x27, 0x77), 2),
                                                      QColor(0xdb, 0x27, 0x77, 90), 10));
    for (int c = 0; c < 4; ++c) {
        m_cornerGraphs[c] = m_map->addGraph();
        m_cornerGraphs[c]->setLineStyle(QCPGraph::lsNone);
        m_cornerGraphs[c]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kCornerColours[c], 2.5), Qt::NoBrush, 13));
    }
    m_cursorGraph = m_map->addGraph();
    m_cursorGraph->setLineStyle(QCPGraph::lsNone);
    m_cursorGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(Theme::colours().plotText, 2), Qt::NoBrush, 14));
    m_map->installEventFilter(this);
    m_map->setMouseTracking(true);

    grid->addWidget(m_wave, 0, 0);
    grid->addWidget(m_spectrum, 0, 1);
    grid->addWidget(m_harmonics, 1, 0);
    grid->addWidget(m_map, 1, 1);
}

QCustomPlot *TimbrePlots::makePlot(const QString &name, const QString &x, const QString &y)
{
    auto *plot = new QCustomPlot(this);
    plot->setObjectName(name);
    plot->setMinimumSize(220, 150);
    plot->xAxis->setLabel(x);
    plot->yAxis->setLabel(y);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    plot->xAxis->setLabelFont(f);
    plot->yAxis->setLabelFont(f);
    plot->xAxis->setTickLabelFont(f);
    plot->yAxis->setTickLabelFont(f);
    plot->setNoAntialiasingOnDrag(true);
    stylePlot(plot);
    return plot;
}

void TimbrePlots::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (QCustomPlot *plot : findChildren<QCustomPlot *>()) {  // the theme changed: repaint in its colours
        stylePlot(plot);
        plot->replot();
    }
    m_cursorGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(Theme::colours().plotText, 2),
                                                   Qt::NoBrush, 14));
}

void TimbrePlots::setSourceText(const QString &text) { m_source->setText(text); }
QString TimbrePlots::sourceText() const { return m_source->text(); }

void TimbrePlots::setWaveform(const std::vector<float> &samples, int sampleRate)
{
    const int n = int(samples.size());
    QVector<double> keys(n), values(n);
    const double msPerSample = sampleRate > 0 ? 1000.0 / sampleRate : 1.0;
    double peak = 0;
    for (int i = 0; i < n; ++i) {
        keys[i] = i * msPerSample;
        values[i] = samples[std::size_t(i)];
        peak = std::max(peak, std::abs(values[i]));
    }
    m_waveGraph->setData(keys, values, true);
    m_wave->xAxis->setRange(0, std::max(1.0, n * msPerSample));
    // Symmetric range, at least +-0.1, so quiet notes are still visible.
    const double range = std::max(0.1, std::min(1.0, peak * 1.15));
    m_wave->yAxis->setRange(-range, range);
    m_wave->replot(QCustomPlot::rpQueuedReplot);
}

void TimbrePlots::setSpectrum(const std::vector<float> &samples, int sampleRate)
{
    if (samples.empty() || sampleRate <= 0) {
        m_spectrumGraph->data()->clear();
        m_spectrum->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // The newest kSpectrumSize samples (or a smaller power of two).
    int size = kSpectrumSize;
    while (size > 64 && size > int(samples.size()))
        size /= 2;
    const int n = std::min(size, int(samples.size()));
    const float *x = samples.data() + (samples.size() - std::size_t(n));
    const std::vector<float> mag = core::timbre::magnitudeSpectrum(x, n, size);
    const double scale = 4.0 / size;  // Hann: a full-scale sine peaks at size / 4
    const double binHz = double(sampleRate) / size;
    const int bins = std::min(int(mag.size()), int(kTopFrequency / binHz) + 2);
    QVector<double> keys(bins), values(bins);
    for (int k = 0; k < bins; ++k) {
        keys[k] = k * binHz;
        values[k] = std::max(kFloor_dB, 20.0 * std::log10(std::max(1e-12, mag[std::size_t(k)] * scale)));
    }
    m_spectrumGraph->setData(keys, values, true);
    m_spectrum->xAxis->setRange(0, std::min(kTopFrequency, sampleRate / 2.0));
    m_spectrum->replot(QCustomPlot::rpQueuedReplot);
}

void TimbrePlots::setHarmonics(const core::timbre::TimbreFrame &frame, double f0Hz)
{
    const int audible = std::max(1, core::timbre::audibleHarmonics(f0Hz));
    QVector<double> keys(audible), values(audible);
    double peak = 0;
    for (int k = 0; k < audible; ++k) {
        keys[k] = k + 1;
        values[k] = frame.harmonics[k];
        peak = std::max(peak, values[k]);
    }
    m_bars->setData(keys, values, true);
    m_harmonics->xAxis->setRange(0.3, std::max(8, audible) + 0.7);
    m_harmonics->yAxis->setRange(0, std::max(0.01, peak * 1.1));
    m_harmonics->replot(QCustomPlot::rpQueuedReplot);
}

void TimbrePlots::clearSignals()
{
    m_waveGraph->data()->clear();
    m_spectrumGraph->data()->clear();
    m_bars->data()->clear();
    for (QCustomPlot *p : {m_wave, m_spectrum, m_harmonics})
        p->replot(QCustomPlot::rpQueuedReplot);
}

void TimbrePlots::setMap(const std::vector<MapPoint> &points, const std::vector<std::pair<double, double>> &outline)
{
    m_points = points;
    for (QCPItemText *t : m_labels)
        m_map->removeItem(t);
    m_labels.clear();
    m_labelAt.clear();
    QVector<double> xs, ys, rx, ry;
    double lo[2] = {-1, -1}, hi[2] = {1, 1};
    bool first = true;
    auto extend = [&](double x, double y) {
        if (first) {
            lo[0] = hi[0] = x;
            lo[1] = hi[1] = y;
            first = false;
        }
        lo[0] = std::min(lo[0], x), hi[0] = std::max(hi[0], x);
        lo[1] = std::min(lo[1], y), hi[1] = std::max(hi[1], y);
    };
    for (const MapPoint &p : points) {
        (p.recording ? rx : xs).append(p.x);
        (p.recording ? ry : ys).append(p.y);
        extend(p.x, p.y);
        if (p.corner >= 0 && p.corner < 4) {
            auto *label = new QCPItemText(m_map);
            label->position->setType(QCPItemPosition::ptAbsolute);   // placed in pixels by placeLabels()
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setPadding(QMargins(2, 1, 2, 1));
            m_labelAt.append({p.x, p.y});
            // "A Flute": the corner's letter and a short name (the tooltip has the rest).
            label->setText(QStringLiteral("%1 %2").arg(QChar(u'A' + p.corner)).arg(p.name.section(QStringLiteral(" ("), 0, 0)));
            label->setColor(kCornerColours[p.corner].darker(130));
            QFont f = font();
            f.setPointSizeF(f.pointSizeF() * 0.8);
            f.setBold(true);
            label->setFont(f);
            label->setClipToAxisRect(false);
            m_labels.append(label);
        }
    }
    m_mapGraph->setData(xs, ys);
    m_recordingGraph->setData(rx, ry);
    // Corners: coloured rings around their points.
    for (int c = 0; c < 4; ++c) {
        QVector<double> cx, cy;
        for (const MapPoint &p : points)
            if (p.corner == c) {
                cx.append(p.x);
                cy.append(p.y);
            }
        m_cornerGraphs[c]->setData(cx, cy);
    }
    QVector<double> ox, oy, ot;
    for (std::size_t i = 0; i < outline.size(); ++i) {
        ot.append(double(i));
        ox.append(outline[i].first);
        oy.append(outline[i].second);
        extend(outline[i].first, outline[i].second);
    }
    m_outline->setData(ot, ox, oy);
    for (int a = 0; a < 2; ++a) {
        const double pad = std::max(0.1, 0.15 * (hi[a] - lo[a]));
        (a == 0 ? m_map->xAxis : m_map->yAxis)->setRange(lo[a] - pad, hi[a] + pad);
    }
    placeLabels();
    m_map->replot(QCustomPlot::rpQueuedReplot);
}

void TimbrePlots::placeLabels()
{
    // Corner labels never cover each other, and cover as few instrument dots
    // as they can: each takes the side of its point (above, below, right,
    // left, then the diagonals) that overlaps no label placed before, covers
    // the fewest dots (another corner's ring or the morph point count most)
    // and stays inside the plot; ties go to the earlier side.
    // A translucent backing keeps a label readable where dots remain under it.
    QList<QPointF> dots, rings;   // rings: the corners' own points (and the morph point) weigh more
    for (const MapPoint &p : m_points)
        (p.corner >= 0 ? rings : dots).append({m_map->xAxis->coordToPixel(p.x), m_map->yAxis->coordToPixel(p.y)});
    rings.append({m_map->xAxis->coordToPixel(m_cursor.first), m_map->yAxis->coordToPixel(m_cursor.second)});
    const QRectF inside = QRectF(m_map->axisRect()->rect());
    QColor backing = Theme::colours().plotBackground;
    backing.setAlpha(200);
    QList<QRectF> taken;
    for (int i = 0; i < m_labels.size(); ++i) {
        QCPItemText *label = m_labels[i];
        const QPointF at(m_map->xAxis->coordToPixel(m_labelAt[i].x()), m_map->yAxis->coordToPixel(m_labelAt[i].y()));
        const QFontMetrics fm(label->font());
        const QSizeF size(fm.horizontalAdvance(label->text()) + 4, fm.height() + 2);
        const double w = size.width(), h = size.height();
        const QPointF sides[] = {   // the label's top left, from its point
            {-w / 2, -h - 7}, {-w / 2, 7}, {9, -h / 2}, {-w - 9, -h / 2},
            {6, -h - 5}, {-w - 6, -h - 5}, {6, 5}, {-w - 6, 5},
        };
        int chosen = 0;
        int best = std::numeric_limits<int>::max();
        for (int s = 0; s < int(std::size(sides)); ++s) {
            const QRectF r(at + sides[s], size);
            int cost = 0;
            if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(r); }))
                cost += 100000;
            if (!inside.contains(r))
                cost += 1000;
            cost += int(std::count_if(dots.begin(), dots.end(), [&](const QPointF &d) {
                return r.adjusted(-3, -3, 3, 3).contains(d);   // a dot's radius
            }));
            cost += 50 * int(std::count_if(rings.begin(), rings.end(), [&](const QPointF &d) {
                return r.adjusted(-8, -8, 8, 8).contains(d);   // a ring's radius
            }));
            if (cost < best) {
                best = cost;
                chosen = s;
            }
        }
        label->position->setCoords(at + sides[chosen]);
        label->setBrush(backing);
        taken.append(QRectF(at + sides[chosen], size));
    }
}

void TimbrePlots::setMapCursor(double x, double y)
{
    m_cursor = {x, y};
    m_cursorGraph->setData(QVector<double>{x}, QVector<double>{y});
    m_map->replot(QCustomPlot::rpQueuedReplot);
}

void TimbrePlots::clearMap()
{
    setMap({}, {});
    m_cursorGraph->data()->clear();
    m_map->replot(QCustomPlot::rpQueuedReplot);
}

bool TimbrePlots::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && event->type() == QEvent::Resize && !m_labels.isEmpty()) {
        QTimer::singleShot(0, this, [this] {   // after the plot laid itself out at its new size
            placeLabels();
            m_map->replot(QCustomPlot::rpQueuedReplot);
        });
    }
    if (watched == m_map && event->type() == QEvent::MouseMove) {
        const QPointF pos = static_cast<QMouseEvent *>(event)->position();
        const MapPoint *nearest = nullptr;
        double best = kHoverRadius_px;
        for (const MapPoint &p : m_points) {
            const double dx = m_map->xAxis->coordToPixel(p.x) - pos.x();
            const double dy = m_map->yAxis->coordToPixel(p.y) - pos.y();
            const double d = std::hypot(dx, dy);
            if (d < best) {
                best = d;
                nearest = &p;
            }
        }
        if (nearest)
            QToolTip::showText(m_map->mapToGlobal(pos.toPoint()),
                               nearest->recording ? tr("%1 (your recording)").arg(nearest->name) : nearest->name,
                               m_map);
        else
            QToolTip::hideText();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace atelier::ui
