#pragma once
// The Sound-Morph panel tests' shared part: helpers (the expected bilinear
// z, tones, levels), a slow fake model, and MorphPanelFixture, which makes
// a panel with the analytic FakeTimbreModel on a running AudioEngine
// (NullAudioDevice) and drives it like a user (pad drags, combos, keys).
// Used by test_morphpanel (the morph) and test_morph_playing (playing and
// export).

#include "FakeTimbreModel.h"

#include "timbre/MorphPanel.h"
#include "timbre/OnScreenKeyboard.h"
#include "timbre/TimbrePlots.h"
#include "timbre/XYPad.h"

#include "audio/AudioEngine.h"
#include "audio/MidiInputHub.h"
#include "audio/NullAudioDevice.h"
#include "timbre/WavIo.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <array>
#include <cmath>
#include <thread>

using namespace atelier;
using core::MidiMessage;
using core::timbre::TimedMidi;
using test::FakeTimbreModel;

namespace morphtest {

constexpr double kPi = 3.14159265358979323846;

inline std::array<double, 4> bilinear(double x, double y)
{
    return {(1 - x) * (1 - y), x * (1 - y), (1 - x) * y, x * y};
}

// z = sum w_i z_i over the panel's corners, for the weights of (x, y).
inline std::vector<float> expectedZ(const ui::MorphPanel &panel, double x, double y)
{
    const auto w = bilinear(x, y);
    std::vector<float> z(panel.corner(0).z.size(), 0.0f);
    for (int c = 0; c < 4; ++c)
        for (std::size_t k = 0; k < z.size(); ++k)
            z[k] += float(w[std::size_t(c)] * panel.corner(c).z.at(k));
    return z;
}

inline bool near(const std::vector<float> &a, const std::vector<float> &b, double tol = 1e-5)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (!(std::abs(a[k] - b[k]) <= tol))
            return false;
    return true;
}

inline QByteArray show(const std::vector<float> &z)
{
    QStringList parts;
    for (float v : z)
        parts << QString::number(v, 'f', 4);
    return ("(" + parts.join(", ") + ")").toUtf8();
}

// The fake decoder: harmonic 2 / harmonic 1 = exp(-slope) * evenGain.
inline double fakeHarmonicRatio(const std::vector<float> &z)
{
    return std::exp(-(0.6 - 0.25 * z.at(0))) * (0.55 + 0.45 * z.at(1));
}

// A plucked-string-like note: harmonics falling off by `slope` nepers per
// harmonic, a 5 ms attack and an exponential decay, after `lead_s` of silence.
inline std::vector<float> decayingTone(int rate, double f0, double seconds, double slope, double lead_s = 0.15)
{
    std::vector<float> out(std::size_t(seconds * rate), 0.0f);
    double norm = 0;
    for (int k = 1; k * f0 < rate / 2.0 && k <= 16; ++k)
        norm += std::exp(-(k - 1) * slope);
    for (std::size_t n = 0; n < out.size(); ++n) {
        const double t = double(n) / rate - lead_s;
        if (t < 0)
            continue;
        double v = 0;
        for (int k = 1; k * f0 < rate / 2.0 && k <= 16; ++k)
            v += std::exp(-(k - 1) * slope) * std::sin(2 * kPi * k * f0 * t);
        out[n] = float(0.5 * (1 - std::exp(-t / 0.005)) * std::exp(-t / 0.7) * v / norm);
    }
    return out;
}

// The level of one frequency in [from_s, to_s) (Hann-windowed Goertzel).
inline double toneLevel(const std::vector<float> &x, int rate, double hz, double from_s, double to_s)
{
    const std::size_t a = std::size_t(from_s * rate);
    const std::size_t b = std::min(x.size(), std::size_t(to_s * rate));
    if (b <= a + 1)
        return 0;
    const std::size_t n = b - a;
    double re = 0, im = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = 0.5 - 0.5 * std::cos(2 * kPi * double(i) / double(n - 1));
        const double ph = 2 * kPi * hz * double(i) / rate;
        re += x[a + i] * w * std::cos(ph);
        im -= x[a + i] * w * std::sin(ph);
    }
    return std::sqrt(re * re + im * im) / double(n);
}

inline double peakOf(const std::vector<float> &x, std::size_t from = 0, std::size_t to = SIZE_MAX)
{
    double p = 0;
    for (std::size_t i = from; i < std::min(to, x.size()); ++i)
        p = std::max(p, double(std::abs(x[i])));
    return p;
}

inline double rmsOf(const std::vector<float> &x, std::size_t from, std::size_t to)
{
    to = std::min(to, x.size());
    if (to <= from)
        return 0;
    double s = 0;
    for (std::size_t i = from; i < to; ++i)
        s += double(x[i]) * x[i];
    return std::sqrt(s / double(to - from));
}

inline double pitchHz(int pitch) { return 440.0 * std::pow(2.0, (pitch - 69) / 12.0); }

// A fake model whose decoder is slow, so that long exports take a while.
class SlowFakeModel : public FakeTimbreModel {
public:
    QString name() const override { return QStringLiteral("slow-fake"); }
    void decode(int count, const float *inputs, const double *f0Hz,
                core::timbre::TimbreFrame *frames) const override
    {
        QThread::usleep(1500);
        FakeTimbreModel::decode(count, inputs, f0Hz, frames);
    }
};

inline int noteOnCount(const std::vector<TimedMidi> &phrase, int pitch = -1)
{
    int n = 0;
    for (const TimedMidi &e : phrase)
        n += e.message.isNoteOn() && (pitch < 0 || e.message.data1 == pitch) ? 1 : 0;
    return n;
}

inline int noteOffCount(const std::vector<TimedMidi> &phrase, int pitch = -1)
{
    int n = 0;
    for (const TimedMidi &e : phrase)
        n += e.message.isNoteOff() && (pitch < 0 || e.message.data1 == pitch) ? 1 : 0;
    return n;
}

} // namespace morphtest

using namespace morphtest;

class MorphPanelFixture : public QObject {
protected:

    QTemporaryDir m_dir;
    core::AudioEngine *m_engine = nullptr;
    ui::MorphPanel *m_panel = nullptr;
    std::shared_ptr<FakeTimbreModel> m_model;

    core::timbre::TimbreModelLoader loader()
    {
        auto model = m_model;
        return [model](const QString &path, QString *error) -> std::shared_ptr<const core::timbre::ITimbreModel> {
            if (path.contains("good"))
                return model;
            if (error)
                *error = QFileInfo(path).fileName() + ": not a timbre model";
            return nullptr;
        };
    }

    ui::MorphPanel *makePanel(core::AudioEngine *engine)
    {
        auto *panel = new ui::MorphPanel(engine, loader());
        panel->setModelFiles({});  // whatever is installed on this machine is not part of the test
        panel->setModel(m_model);
        panel->resize(1200, 800);
        panel->show();
        return panel;
    }

    QPoint padPixel(double x, double y) const { return m_panel->pad()->pointToPosition({x, y}).toPoint(); }

    // Presses at the first point, moves through the others, releases at the
    // last; returns the morph point the last pixel stands for.
    QPointF dragPad(const QList<QPointF> &points)
    {
        ui::XYPad *pad = m_panel->pad();
        QList<QPoint> pixels;
        for (const QPointF &p : points)
            pixels << padPixel(p.x(), p.y());
        QTest::mousePress(pad, Qt::LeftButton, {}, pixels.first());
        for (const QPoint &p : pixels.mid(1)) {
            QMouseEvent move(QEvent::MouseMove, QPointF(p), pad->mapToGlobal(QPointF(p)), Qt::NoButton,
                             Qt::LeftButton, {});
            QApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, {}, pixels.last());
        return pad->positionToPoint(QPointF(pixels.last()));
    }

    void verifyZAtPoint(const char *where)
    {
        const QPointF p = m_panel->morphPoint();
        const double y = m_panel->twoCornerMode() ? 0.0 : p.y();
        const std::vector<float> want = expectedZ(*m_panel, p.x(), y);
        QVERIFY2(near(m_panel->currentZ(), want),
                 qPrintable(QStringLiteral("%1: z %2, expected %3 at (%4, %5)")
                                .arg(where, show(m_panel->currentZ()), show(want))
                                .arg(p.x())
                                .arg(y)));
        const auto w = m_panel->weights();
        const auto bw = bilinear(p.x(), y);
        for (int c = 0; c < 4; ++c)
            QVERIFY2(std::abs(w[std::size_t(c)] - bw[std::size_t(c)]) < 1e-9, where);
    }

    // Chooses an item as the combo's popup does (current index, then activated).
    void choose(QComboBox *box, const QString &text)
    {
        const int row = box->findText(text);
        QVERIFY2(row >= 0, qPrintable(text));
        box->setCurrentIndex(row);
        emit box->activated(row);
    }

    void sendKey(QWidget *to, QEvent::Type type, Qt::Key key, bool autoRepeat)
    {
        const QString text = key >= Qt::Key_A && key <= Qt::Key_Z ? QString(QChar('a' + (key - Qt::Key_A))) : QString();
        QKeyEvent e(type, key, Qt::NoModifier, text, autoRepeat);
        QApplication::sendEvent(to, &e);
    }

    QString writeTone(const QString &name, const std::vector<float> &samples, int rate)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!core::timbre::writeWav(path, samples, rate, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    std::vector<float> readBack(const QString &path, int *rate)
    {
        QString error;
        std::vector<float> x = core::timbre::readWavMono(path, rate, &error);
        if (x.empty())
            qWarning("%s", qPrintable(error));
        return x;
    }

    QPushButton *button(const QString &prefix) const
    {
        for (QPushButton *b : m_panel->findChildren<QPushButton *>())
            if (b->text().startsWith(prefix))
                return b;
        return nullptr;
    }

    void setUpCase() { QVERIFY(m_dir.isValid()); }

    void setUp()
    {
        m_model = std::make_shared<FakeTimbreModel>();
        m_engine = new core::AudioEngine(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        m_panel = makePanel(m_engine);
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
        m_panel->pad()->setFocus();
    }

    void tearDown()
    {
        delete m_panel;
        m_panel = nullptr;
        if (m_engine) {
            m_engine->shutdown();
            delete m_engine;
            m_engine = nullptr;
        }
        m_model.reset();
    }

};
