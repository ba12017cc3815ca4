#pragma once
// The Sound-Morph panel's four views (QCustomPlot), arranged 2 x 2:
//  - waveform: what was last heard (live), or the offline preview note;
//  - magnitude spectrum in dB (SpectralMetrics::magnitudeSpectrum, Hann
//    window; 0 dB is a full-scale sine), 0 .. 8 kHz;
//  - harmonic amplitudes of the model's frame, as bars (harmonic number);
//  - the map of the model's instruments: their embeddings z projected to 2-D
//    by PCA (MorphMath), the four corners named and coloured, recordings as
//    diamonds, the morph area's outline and the current morph point. Hover a
//    point for its name.
// The panel decides what to show; this widget only draws it. Every setter
// queues one replot of its own view.

#include "timbre/TimbreSpec.h"

#include <QString>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPBars;
class QCPCurve;
class QCPGraph;
class QCPItemText;
class QLabel;

namespace atelier::ui {

class TimbrePlots : public QWidget {
    Q_OBJECT
public:
    struct MapPoint {
        QString name;
        double x = 0, y = 0;
        int corner = -1;          // 0..3 when it is a corner
        bool recording = false;   // a user's WAV
    };

    explicit TimbrePlots(QWidget *parent = nullptr);

    void setSourceText(const QString &text);  // e.g. "Live" or "Preview: C4"
    void setWaveform(const std::vector<float> &samples, int sampleRate);
    void setSpectrum(const std::vector<float> &samples, int sampleRate);
    void setHarmonics(const core::timbre::TimbreFrame &frame, double f0Hz);
    void clearSignals();
    void setMap(const std::vector<MapPoint> &points, const std::vector<std::pair<double, double>> &outline);
    void setMapCursor(double x, double y);
    void clearMap();

    QCustomPlot *waveformPlot() const { return m_wave; }
    QCustomPlot *spectrumPlot() const { return m_spectrum; }
    QCustomPlot *harmonicsPlot() const { return m_harmonics; }
    QCustomPlot *mapPlot() const { return m_map; }
    int mapPointCount() const { return int(m_points.size()); }
    std::pair<double, double> mapCursor() const { return m_cursor; }
    QString sourceText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *makePlot(const QString &name, const QString &x, const QString &y);
    void placeLabels();

    QLabel *m_source;
    QCustomPlot *m_wave, *m_spectrum, *m_harmonics, *m_map;
    QCPGraph *m_waveGraph, *m_spectrumGraph, *m_mapGraph, *m_recordingGraph, *m_cursorGraph;
    QCPGraph *m_cornerGraphs[4];
    QCPBars *m_bars;
    QCPCurve *m_outline;
    QList<QCPItemText *> m_labels;
    std::vector<MapPoint> m_points;
    QList<QPointF> m_labelAt;   // the corner labels' points (plot coordinates)
    std::pair<double, double> m_cursor{0, 0};
};

} // namespace atelier::ui
