// The Sound-Morph panel driven like a user would, with the analytic
// FakeTimbreModel (no torch, no files): default corners; the XY pad (click,
// drag = one undo step, arrow keys), the bilinear z; corner combos and WAV
// recordings as corners (and the errors of bad WAVs); two-corner mode with
// its slider; the on-screen and computer keyboards (auto-repeat ignored),
// the recorded phrase; held notes following the morph point through a
// running AudioEngine (NullAudioDevice); WAV export of a note and of the
// phrase (length, loudness, timbre); no model; no running audio engine.

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

namespace {

constexpr double kPi = 3.14159265358979323846;

std::array<double, 4> bilinear(double x, double y)
{
    return {(1 - x) * (1 - y), x * (1 - y), (1 - x) * y, x * y};
}

// z = sum w_i z_i over the panel's corners, for the weights of (x, y).
std::vector<float> expectedZ(const ui::MorphPanel &panel, double x, double y)
{
    const auto w = bilinear(x, y);
    std::vector<float> z(panel.corner(0).z.size(), 0.0f);
    for (int c = 0; c < 4; ++c)
        for (std::size_t k = 0; k < z.size(); ++k)
            z[k] += float(w[std::size_t(c)] * panel.corner(c).z.at(k));
    return z;
}

bool near(const std::vector<float> &a, const std::vector<float> &b, double tol = 1e-5)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (!(std::abs(a[k] - b[k]) <= tol))
            return false;
    return true;
}

QByteArray show(const std::vector<float> &z)
{
    QStringList parts;
    for (float v : z)
        parts << QString::number(v, 'f', 4);
    return ("(" + parts.join(", ") + ")").toUtf8();
}

// The fake decoder: harmonic 2 / harmonic 1 = exp(-slope) * evenGain.
double fakeHarmonicRatio(const std::vector<float> &z)
{
    return std::exp(-(0.6 - 0.25 * z.at(0))) * (0.55 + 0.45 * z.at(1));
}

// A plucked-string-like note: harmonics falling off by `slope` nepers per
// harmonic, a 5 ms attack and an exponential decay, after `lead_s` of silence.
std::vector<float> decayingTone(int rate, double f0, double seconds, double slope, double lead_s = 0.15)
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
double toneLevel(const std::vector<float> &x, int rate, double hz, double from_s, double to_s)
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

double peakOf(const std::vector<float> &x, std::size_t from = 0, std::size_t to = SIZE_MAX)
{
    double p = 0;
    for (std::size_t i = from; i < std::min(to, x.size()); ++i)
        p = std::max(p, double(std::abs(x[i])));
    return p;
}

double rmsOf(const std::vector<float> &x, std::size_t from, std::size_t to)
{
    to = std::min(to, x.size());
    if (to <= from)
        return 0;
    double s = 0;
    for (std::size_t i = from; i < to; ++i)
        s += double(x[i]) * x[i];
    return std::sqrt(s / double(to - from));
}

double pitchHz(int pitch) { return 440.0 * std::pow(2.0, (pitch - 69) / 12.0); }

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

int noteOnCount(const std::vector<TimedMidi> &phrase, int pitch = -1)
{
    int n = 0;
    for (const TimedMidi &e : phrase)
        n += e.message.isNoteOn() && (pitch < 0 || e.message.data1 == pitch) ? 1 : 0;
    return n;
}

int noteOffCount(const std::vector<TimedMidi> &phrase, int pitch = -1)
{
    int n = 0;
    for (const TimedMidi &e : phrase)
        n += e.message.isNoteOff() && (pitch < 0 || e.message.data1 == pitch) ? 1 : 0;
    return n;
}

} // namespace

class TestMorphPanel : public QObject {
    Q_OBJECT

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

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_model = std::make_shared<FakeTimbreModel>();
        m_engine = new core::AudioEngine(std::make_unique<core::NullAudioDevice>());
        QString error;
        QVERIFY2(m_engine->start(core::AudioSettings{}, &error), qPrintable(error));
        m_panel = makePanel(m_engine);
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
        m_panel->pad()->setFocus();
    }

    void cleanup()
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

    void defaultCornersAndLiveInstrument()
    {
        QVERIFY(m_panel->hasModel());
        QCOMPARE(m_panel->modelCombo()->currentText(), QStringLiteral("fake-timbre"));
        const QStringList names = FakeTimbreModel::defaultCornerNames();
        const auto defaults = ui::MorphPanel::defaultCorners(*m_model);
        for (int c = 0; c < 4; ++c) {
            // The model's names carry their source; the panel shows it only for the two flutes.
            QVERIFY(m_model->instruments().at(std::size_t(defaults[std::size_t(c)])).name.startsWith(names[c].section(" (", 0, 0)));
            QCOMPARE(names[c].contains("FluidR3_GM"), c == 0);
            QCOMPARE(m_panel->corner(c).name, names[c]);
            QCOMPARE(m_panel->corner(c).instrument, defaults[std::size_t(c)]);
            QCOMPARE(m_panel->cornerCombo(c)->currentText(), names[c]);
            QCOMPARE(m_panel->corner(c).z, m_model->instruments().at(std::size_t(defaults[std::size_t(c)])).z);
        }
        // The pad says "Flute", not "Flute (FluidR3_GM)": no two corners read the same.
        QStringList shortNames;
        for (const QString &n : names)
            shortNames.append(n.section(QStringLiteral(" ("), 0, 0));
        QCOMPARE(m_panel->pad()->cornerLabels(), shortNames);
        QCOMPARE(ui::MorphPanel::cornerTitle(0), QStringLiteral("A"));
        QCOMPARE(ui::MorphPanel::cornerTitle(3), QStringLiteral("D"));
        // Each corner combo offers every instrument and a recording.
        QCOMPARE(m_panel->cornerCombo(0)->findText("Organ") >= 0, true);
        QVERIFY(m_panel->cornerCombo(0)->findText("Your recording", Qt::MatchStartsWith) >= 0);
        // The centre: every corner a quarter.
        QCOMPARE(m_panel->morphPoint(), QPointF(0.5, 0.5));
        for (double w : m_panel->weights())
            QCOMPARE(w, 0.25);
        verifyZAtPoint("centre");
        QCOMPARE(m_panel->undoStack()->count(), 0);
        // The voice engine plays through the running audio engine at its rate.
        QVERIFY(m_panel->voiceEngine());
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        QCOMPARE(m_panel->voiceEngine()->sampleRate(), int(m_engine->sampleRate()));
        // The null device plays nothing, and the label says so (the status bar agrees).
        QVERIFY2(m_panel->audioLabel()->text().startsWith("Silent audio device"), qPrintable(m_panel->audioLabel()->text()));
        // The map shows the model's six instruments.
        QCOMPARE(m_panel->plots()->mapPointCount(), 6);
        // Closing the panel takes its instrument out of the engine.
        delete m_panel;
        m_panel = nullptr;
        QCOMPARE(m_engine->liveInstrumentCount(), 0);
    }

    void clickOnPadMovesPointAndZ()
    {
        QSignalSpy morphed(m_panel, &ui::MorphPanel::morphChanged);
        const QPoint at = padPixel(0.25, 0.75);
        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, at);
        const QPointF want = m_panel->pad()->positionToPoint(QPointF(at));
        QCOMPARE(m_panel->morphPoint(), want);
        QVERIFY(std::abs(want.x() - 0.25) < 0.01 && std::abs(want.y() - 0.75) < 0.01);
        QCOMPARE(m_panel->pad()->point(), want);
        verifyZAtPoint("after a click");
        // The corners at (+-1, +-1) make z = (2x - 1, 2y - 1) here.
        QVERIFY(std::abs(m_panel->currentZ()[0] - (2 * want.x() - 1)) < 1e-5);
        QVERIFY(std::abs(m_panel->currentZ()[1] - (2 * want.y() - 1)) < 1e-5);
        QCOMPARE(m_panel->undoStack()->count(), 1);
        QCOMPARE(m_panel->undoStack()->undoText(), QStringLiteral("Move Morph Point"));
        QVERIFY(morphed.count() >= 1);
        // A corner of the pad is that corner alone.
        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, padPixel(1.0, 0.0) + QPoint(30, -30));
        QCOMPARE(m_panel->morphPoint(), QPointF(1.0, 0.0));  // clamped to the square
        QCOMPARE(m_panel->currentZ(), m_panel->corner(1).z);
        QCOMPARE(m_panel->undoStack()->count(), 2);
    }

    void dragIsOneUndoStep()
    {
        const QPointF end = dragPad({{0.2, 0.2}, {0.3, 0.25}, {0.45, 0.35}, {0.6, 0.5}, {0.8, 0.6}});
        QCOMPARE(m_panel->morphPoint(), end);
        verifyZAtPoint("after the drag");
        QCOMPARE(m_panel->undoStack()->count(), 1);
        const std::vector<float> zEnd = m_panel->currentZ();

        const QPointF end2 = dragPad({{0.9, 0.9}, {0.7, 0.1}, {0.1, 0.3}});
        QCOMPARE(m_panel->undoStack()->count(), 2);
        QCOMPARE(m_panel->morphPoint(), end2);
        verifyZAtPoint("after the second drag");

        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->morphPoint(), end);
        QCOMPARE(m_panel->pad()->point(), end);
        QCOMPARE(m_panel->currentZ(), zEnd);
        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->morphPoint(), QPointF(0.5, 0.5));
        verifyZAtPoint("after undoing both drags");
        QVERIFY(near(m_panel->currentZ(), {0.0f, 0.0f}));
        m_panel->undoStack()->redo();
        QCOMPARE(m_panel->morphPoint(), end);
        QCOMPARE(m_panel->currentZ(), zEnd);
        m_panel->undoStack()->redo();
        QCOMPARE(m_panel->morphPoint(), end2);
        verifyZAtPoint("after redo");

        // A drag that comes back to where it started leaves no step.
        const QPoint start = padPixel(0.4, 0.4);
        const QPointF startPoint = m_panel->pad()->positionToPoint(QPointF(start));
        m_panel->setMorphPoint(startPoint.x(), startPoint.y());
        QCOMPARE(m_panel->morphPoint(), startPoint);
        const int steps = m_panel->undoStack()->count();
        dragPad({startPoint, {0.6, 0.6}, {0.7, 0.2}, startPoint});
        QCOMPARE(m_panel->morphPoint(), startPoint);
        QCOMPARE(m_panel->undoStack()->count(), steps);
    }

    void arrowKeysNudgeThePoint()
    {
        ui::XYPad *pad = m_panel->pad();
        pad->setFocus();
        QTest::keyClick(pad, Qt::Key_Right);
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.52) < 1e-9);
        QCOMPARE(m_panel->undoStack()->count(), 1);
        QTest::keyClick(pad, Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(std::abs(m_panel->morphPoint().y() - 0.6) < 1e-9);
        QCOMPARE(m_panel->undoStack()->count(), 2);
        verifyZAtPoint("after the arrow keys");
        // A held arrow key (auto-repeat) is one step.
        sendKey(pad, QEvent::KeyPress, Qt::Key_Left, false);
        for (int i = 0; i < 4; ++i)
            sendKey(pad, QEvent::KeyPress, Qt::Key_Left, true);
        sendKey(pad, QEvent::KeyRelease, Qt::Key_Left, false);
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.42) < 1e-9);
        QCOMPARE(m_panel->undoStack()->count(), 3);
        m_panel->undoStack()->undo();
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.52) < 1e-9);
        QTest::keyClick(pad, Qt::Key_Home);
        QCOMPARE(m_panel->morphPoint(), QPointF(0.5, 0.5));
        verifyZAtPoint("after Home");
    }

    void cornerComboIsAnUndoStep()
    {
        m_panel->setMorphPoint(0.3, 0.6);
        const std::vector<float> zBefore = m_panel->currentZ();
        const int steps = m_panel->undoStack()->count();
        choose(m_panel->cornerCombo(0), "Organ");
        QCOMPARE(m_panel->undoStack()->count(), steps + 1);
        QCOMPARE(m_panel->undoStack()->undoText(), QStringLiteral("Set Corner A to Organ"));
        QCOMPARE(m_panel->corner(0).name, QStringLiteral("Organ"));
        QCOMPARE(m_panel->corner(0).z, (std::vector<float>{0.0f, 0.0f}));
        QCOMPARE(m_panel->cornerCombo(0)->currentText(), QStringLiteral("Organ"));
        QCOMPARE(m_panel->pad()->cornerLabels().at(0), QStringLiteral("Organ"));
        verifyZAtPoint("corner A = Organ");
        QVERIFY(!near(m_panel->currentZ(), zBefore, 1e-3));
        // The same instrument again is no step.
        QVERIFY(m_panel->setCornerInstrument(0, m_panel->corner(0).instrument));
        QCOMPARE(m_panel->undoStack()->count(), steps + 1);
        // The keyboard on a combo: one step per item.
        m_panel->cornerCombo(3)->setFocus();
        QTest::keyClick(m_panel->cornerCombo(3), Qt::Key_Up);  // the instrument listed before Piano
        QCOMPARE(m_panel->undoStack()->count(), steps + 2);
        QCOMPARE(m_panel->corner(3).name, m_panel->cornerCombo(3)->currentText());
        verifyZAtPoint("after the keyboard on corner D");

        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->corner(3).name, FakeTimbreModel::defaultCornerNames().at(3));
        QCOMPARE(m_panel->cornerCombo(3)->currentText(), FakeTimbreModel::defaultCornerNames().at(3));
        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->corner(0).name, FakeTimbreModel::defaultCornerNames().at(0));
        QCOMPARE(m_panel->cornerCombo(0)->currentText(), FakeTimbreModel::defaultCornerNames().at(0));
        QCOMPARE(m_panel->pad()->cornerLabels().at(0),
                 FakeTimbreModel::defaultCornerNames().at(0).section(QStringLiteral(" ("), 0, 0));
        QCOMPARE(m_panel->currentZ(), zBefore);
        m_panel->undoStack()->redo();
        QCOMPARE(m_panel->corner(0).name, QStringLiteral("Organ"));
        verifyZAtPoint("after redo");
        // Invalid requests change nothing.
        QVERIFY(!m_panel->setCornerInstrument(0, 99));
        QVERIFY(!m_panel->setCornerInstrument(7, 0));
        QCOMPARE(m_panel->corner(0).name, QStringLiteral("Organ"));
    }

    void twoCornerModeAndSlider()
    {
        m_panel->setMorphPoint(0.3, 0.7);
        QVERIFY(!m_panel->morphSlider()->isVisible());
        QCheckBox *two = nullptr;
        for (QCheckBox *b : m_panel->findChildren<QCheckBox *>())
            if (b->text().contains("Two corners"))
                two = b;
        QVERIFY(two);
        QTest::mouseClick(two, Qt::LeftButton, {}, QPoint(8, two->height() / 2));  // on the box
        QVERIFY(m_panel->twoCornerMode());
        QVERIFY(m_panel->pad()->twoCornerMode());
        QVERIFY(m_panel->morphSlider()->isVisible());
        QVERIFY(!m_panel->cornerCombo(2)->isVisible());
        QVERIFY(!m_panel->cornerCombo(3)->isVisible());
        QCOMPARE(m_panel->pad()->point().y(), 0.0);
        QCOMPARE(m_panel->morphSlider()->value(), 300);
        // A to B only: z = 0.7 A + 0.3 B.
        auto w = m_panel->weights();
        QVERIFY(std::abs(w[0] - 0.7) < 1e-9 && std::abs(w[1] - 0.3) < 1e-9 && w[2] == 0 && w[3] == 0);
        std::vector<float> want(2);
        for (int k = 0; k < 2; ++k)
            want[k] = 0.7f * m_panel->corner(0).z[k] + 0.3f * m_panel->corner(1).z[k];
        QVERIFY2(near(m_panel->currentZ(), want), show(m_panel->currentZ()));
        const int steps = m_panel->undoStack()->count();

        // Keys on the slider: a step each.
        m_panel->morphSlider()->setFocus();
        QTest::keyClick(m_panel->morphSlider(), Qt::Key_Right);
        QCOMPARE(m_panel->undoStack()->count(), steps + 1);
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.301) < 1e-9);
        QTest::keyClick(m_panel->morphSlider(), Qt::Key_PageUp);
        QCOMPARE(m_panel->undoStack()->count(), steps + 2);
        const double afterKeys = m_panel->morphPoint().x();
        QVERIFY(afterKeys > 0.301);

        // A slider drag: one step.
        QSlider *slider = m_panel->morphSlider();
        slider->setSliderDown(true);
        for (int v : {400, 500, 650, 800})
            slider->setValue(v);
        slider->setSliderDown(false);
        QCOMPARE(m_panel->undoStack()->count(), steps + 3);
        QVERIFY(std::abs(m_panel->morphPoint().x() - 0.8) < 1e-9);
        w = m_panel->weights();
        QVERIFY(std::abs(w[0] - 0.2) < 1e-9 && std::abs(w[1] - 0.8) < 1e-9 && w[2] == 0 && w[3] == 0);
        verifyZAtPoint("after the slider drag");
        m_panel->undoStack()->undo();
        QVERIFY(std::abs(m_panel->morphPoint().x() - afterKeys) < 1e-9);
        QCOMPARE(slider->value(), int(std::lround(afterKeys * 1000)));
        verifyZAtPoint("after undoing the slider drag");

        // The pad keeps the point on the top edge and moves the slider.
        const QPoint at = padPixel(0.9, 0.8);
        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, at);
        const double x = m_panel->pad()->positionToPoint(QPointF(at)).x();
        QVERIFY(std::abs(m_panel->morphPoint().x() - x) < 1e-9);
        QCOMPARE(m_panel->pad()->point().y(), 0.0);
        QCOMPARE(slider->value(), int(std::lround(x * 1000)));
        w = m_panel->weights();
        QVERIFY(w[2] == 0 && w[3] == 0);
        verifyZAtPoint("after a click in two-corner mode");

        // Four corners again.
        QTest::mouseClick(two, Qt::LeftButton, {}, QPoint(8, two->height() / 2));  // on the box
        QVERIFY(!m_panel->twoCornerMode());
        QVERIFY(!slider->isVisible());
        QVERIFY(m_panel->cornerCombo(2)->isVisible());
        verifyZAtPoint("back in four-corner mode");
        m_panel->setMorphPoint(0.5, 1.0);
        w = m_panel->weights();
        QVERIFY(std::abs(w[2] - 0.5) < 1e-9 && std::abs(w[3] - 0.5) < 1e-9);
    }

    void wavRecordingAsCorner()
    {
        m_panel->setMorphPoint(0.25, 0.75);
        const QString path = writeTone("bright note.wav", decayingTone(44100, 220.0, 1.6, 0.25), 44100);
        const int steps = m_panel->undoStack()->count();
        QString error;
        QVERIFY2(m_panel->setCornerFromWav(2, path, &error), qPrintable(error));
        QCOMPARE(m_panel->undoStack()->count(), steps + 1);
        const ui::MorphCorner c = m_panel->corner(2);
        QCOMPARE(c.instrument, -1);
        QCOMPARE(c.wavPath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(c.name, QStringLiteral("bright note.wav"));
        QCOMPARE(int(c.z.size()), 2);
        for (float v : c.z)
            QVERIFY2(std::isfinite(v) && std::abs(v) < 0.9f, show(c.z));
        QVERIFY(m_panel->cornerCombo(2)->currentText().contains("bright note.wav"));
        QCOMPARE(m_panel->pad()->cornerLabels().at(2), QStringLiteral("bright note.wav"));
        QVERIFY(m_panel->statusLabel()->text().contains("bright note.wav"));
        verifyZAtPoint("with a recording in corner C");
        QCOMPARE(m_panel->plots()->mapPointCount(), 7);  // six instruments and the recording

        // Another recording gives another timbre.
        const QString dark = writeTone("dark.wav", decayingTone(48000, 110.0, 1.2, 2.5), 48000);
        QVERIFY2(m_panel->setCornerFromWav(3, dark, &error), qPrintable(error));
        QCOMPARE(m_panel->undoStack()->count(), steps + 2);
        QVERIFY2(!near(m_panel->corner(3).z, c.z, 1e-3), show(m_panel->corner(3).z) + " " + show(c.z));
        verifyZAtPoint("with two recordings");

        // The recordings are offered in every corner's combo.
        choose(m_panel->cornerCombo(0), "Recording: bright note.wav");
        QCOMPARE(m_panel->undoStack()->count(), steps + 3);
        QCOMPARE(m_panel->corner(0).z, c.z);
        QCOMPARE(m_panel->corner(0).wavPath, c.wavPath);
        verifyZAtPoint("recording in corner A too");

        // Undo restores the instruments, redo the recordings.
        m_panel->undoStack()->undo();
        m_panel->undoStack()->undo();
        m_panel->undoStack()->undo();
        QCOMPARE(m_panel->corner(2).name, FakeTimbreModel::defaultCornerNames().at(2));
        QCOMPARE(m_panel->corner(2).instrument >= 0, true);
        QCOMPARE(m_panel->cornerCombo(2)->currentText(), FakeTimbreModel::defaultCornerNames().at(2));
        QCOMPARE(m_panel->corner(0).name, FakeTimbreModel::defaultCornerNames().at(0));
        verifyZAtPoint("after undo");
        m_panel->undoStack()->redo();
        QCOMPARE(m_panel->corner(2).z, c.z);
        QCOMPARE(m_panel->corner(2).instrument, -1);
        QVERIFY(m_panel->cornerCombo(2)->currentText().contains("bright note.wav"));
        verifyZAtPoint("after redo");
    }

    void badWavLeavesCornerUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("missing") << "missing.wav" << 0;
        QTest::newRow("random bytes") << "noise-bytes.wav" << 1;
        QTest::newRow("truncated header") << "truncated.wav" << 2;
        QTest::newRow("silent") << "silent.wav" << 3;
        QTest::newRow("too short") << "click.wav" << 4;
    }

    void badWavLeavesCornerUnchanged()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (kind == 1 || kind == 2) {
            QByteArray bytes;
            if (kind == 1) {
                QRandomGenerator rng(1234);
                for (int i = 0; i < 6000; ++i)
                    bytes.append(char(rng.bounded(256)));
            } else {
                const QString good = writeTone("whole.wav", decayingTone(44100, 220.0, 0.5, 0.5), 44100);
                QFile f(good);
                QVERIFY(f.open(QIODevice::ReadOnly));
                bytes = f.read(30);  // the RIFF header, cut inside the fmt chunk
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        } else if (kind == 3) {
            writeTone(name, std::vector<float>(44100, 0.0f), 44100);
        } else if (kind == 4) {
            std::vector<float> click = decayingTone(16000, 440.0, 0.03, 0.5, 0.0);
            writeTone(name, click, 16000);
        }
        m_panel->setMorphPoint(0.6, 0.2);
        const ui::MorphCorner before = m_panel->corner(1);
        const std::vector<float> z = m_panel->currentZ();
        const int steps = m_panel->undoStack()->count();
        const int comboItems = m_panel->cornerCombo(1)->count();
        QString error;
        QVERIFY(!m_panel->setCornerFromWav(1, path, &error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY2(m_panel->statusLabel()->text().contains(name), qPrintable(m_panel->statusLabel()->text()));
        QVERIFY(m_panel->corner(1) == before);
        QCOMPARE(m_panel->currentZ(), z);
        QCOMPARE(m_panel->undoStack()->count(), steps);
        QCOMPARE(m_panel->cornerCombo(1)->currentText(), before.name);
        QCOMPARE(m_panel->cornerCombo(1)->count(), comboItems);  // no recording was added
    }

    void onScreenKeyboardPlaysNotes()
    {
        ui::OnScreenKeyboard *kb = m_panel->keyboard();
        QVERIFY(kb->lowest() <= 48 && kb->highest() >= 84);
        QCOMPARE(kb->pitchAt(kb->keyCentre(60)), 60);
        QCOMPARE(kb->pitchAt(kb->keyCentre(61)), 61);
        QVERIFY(kb->velocityAt(kb->keyCentre(60, 0.95), 60) > kb->velocityAt(kb->keyCentre(60, 0.05), 60));

        const QPoint c4 = kb->keyCentre(60, 0.9);
        QTest::mousePress(kb, Qt::LeftButton, {}, c4);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QVERIFY(kb->isHeld(60));
        auto phrase = m_panel->phrase();
        QCOMPARE(int(phrase.size()), 1);
        QVERIFY(phrase[0].message.isNoteOn());
        QCOMPARE(int(phrase[0].message.data1), 60);
        QCOMPARE(int(phrase[0].message.data2), kb->velocityAt(c4, 60));
        QCOMPARE(phrase[0].time_s, 0.0);
        // Glissando: dragging onto the black key next to it.
        const QPoint cs4 = kb->keyCentre(61, 0.5);
        QMouseEvent move(QEvent::MouseMove, QPointF(cs4), kb->mapToGlobal(QPointF(cs4)), Qt::NoButton, Qt::LeftButton,
                         {});
        QApplication::sendEvent(kb, &move);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QVERIFY(kb->isHeld(61));
        QVERIFY(!kb->isHeld(60));
        QTest::mouseRelease(kb, Qt::LeftButton, {}, cs4);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QVERIFY(!kb->isHeld(61));
        phrase = m_panel->phrase();
        QCOMPARE(noteOnCount(phrase), 2);
        QCOMPARE(noteOffCount(phrase, 60), 1);
        QCOMPARE(noteOffCount(phrase, 61), 1);
        QCOMPARE(m_panel->phraseNoteCount(), 2);
        for (std::size_t i = 1; i < phrase.size(); ++i)
            QVERIFY(phrase[i].time_s >= phrase[i - 1].time_s);
        // The last message is the release of C#4.
        QVERIFY(phrase.back().message.isNoteOff());
        QCOMPARE(int(phrase.back().message.data1), 61);
        m_panel->clearPhrase();
        QCOMPARE(m_panel->phraseNoteCount(), 0);
        QVERIFY(m_panel->phrase().empty());
    }

    void computerKeyboardPlaysNotes()
    {
        QWidget *pad = m_panel->pad();  // the focus is on the pad; letters go on to the panel
        pad->setFocus();
        QCOMPARE(m_panel->keyboardOctave(), 4);
        // A D G: C E G of octave 4, velocity 100.
        QTest::keyPress(pad, Qt::Key_A);
        QTest::keyPress(pad, Qt::Key_D);
        QTest::keyPress(pad, Qt::Key_G);
        QCOMPARE(m_panel->heldNoteCount(), 3);
        for (int p : {60, 64, 67})
            QVERIFY2(m_panel->keyboard()->isHeld(p), qPrintable(QString::number(p)));
        auto phrase = m_panel->phrase();
        QCOMPARE(noteOnCount(phrase), 3);
        QCOMPARE(noteOnCount(phrase, 60), 1);
        QCOMPARE(noteOnCount(phrase, 64), 1);
        QCOMPARE(noteOnCount(phrase, 67), 1);
        for (const TimedMidi &e : phrase)
            QCOMPARE(int(e.message.data2), 100);
        QTest::keyRelease(pad, Qt::Key_D);
        QCOMPARE(m_panel->heldNoteCount(), 2);
        QVERIFY(!m_panel->keyboard()->isHeld(64));
        QTest::keyRelease(pad, Qt::Key_A);
        QTest::keyRelease(pad, Qt::Key_G);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(noteOffCount(m_panel->phrase()), 3);

        // Auto-repeat neither retriggers nor releases.
        const std::size_t before = m_panel->phrase().size();
        sendKey(pad, QEvent::KeyPress, Qt::Key_W, false);  // C#4
        for (int i = 0; i < 5; ++i) {
            sendKey(pad, QEvent::KeyRelease, Qt::Key_W, true);
            sendKey(pad, QEvent::KeyPress, Qt::Key_W, true);
        }
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QCOMPARE(m_panel->phrase().size(), before + 1);
        QCOMPARE(noteOnCount(m_panel->phrase(), 61), 1);
        sendKey(pad, QEvent::KeyRelease, Qt::Key_W, false);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(m_panel->phrase().size(), before + 2);

        // The whole row: A W S E D F T G Y H U J K = C4 .. C5.
        const Qt::Key row[] = {Qt::Key_A, Qt::Key_W, Qt::Key_S, Qt::Key_E, Qt::Key_D, Qt::Key_F, Qt::Key_T,
                               Qt::Key_G, Qt::Key_Y, Qt::Key_H, Qt::Key_U, Qt::Key_J, Qt::Key_K};
        m_panel->clearPhrase();
        for (int i = 0; i < 13; ++i) {
            QTest::keyClick(pad, row[i]);
            const auto p = m_panel->phrase();
            QCOMPARE(noteOnCount(p), i + 1);
            QCOMPARE(int(p[p.size() - 2].message.data1), 60 + i);
        }
        QCOMPARE(m_panel->heldNoteCount(), 0);

        // X / Z move the octave; auto-repeat does not.
        m_panel->clearPhrase();
        QTest::keyClick(pad, Qt::Key_X);
        QCOMPARE(m_panel->keyboardOctave(), 5);
        sendKey(pad, QEvent::KeyPress, Qt::Key_X, true);
        QCOMPARE(m_panel->keyboardOctave(), 5);
        QTest::keyPress(pad, Qt::Key_A);
        QVERIFY(m_panel->keyboard()->isHeld(72));
        QTest::keyRelease(pad, Qt::Key_A);
        QTest::keyClick(pad, Qt::Key_Z);
        QTest::keyClick(pad, Qt::Key_Z);
        QCOMPARE(m_panel->keyboardOctave(), 3);
        QTest::keyPress(pad, Qt::Key_K);
        QVERIFY(m_panel->keyboard()->isHeld(60));
        // A key pressed in one octave is released as the note it played.
        QTest::keyClick(pad, Qt::Key_X);
        QTest::keyRelease(pad, Qt::Key_K);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(noteOffCount(m_panel->phrase(), 60), 1);
        // Ctrl+A is not a note.
        const std::size_t n = m_panel->phrase().size();
        QTest::keyClick(pad, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_panel->phrase().size(), n);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        // Hiding the panel releases the computer keys still down.
        m_panel->clearPhrase();
        QCOMPARE(m_panel->keyboardOctave(), 4);
        QTest::keyPress(pad, Qt::Key_S);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        m_panel->hide();
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(noteOnCount(m_panel->phrase(), 62), 1);
        QCOMPARE(noteOffCount(m_panel->phrase(), 62), 1);
    }

    void twoSourcesOnOnePitch()
    {
        ui::OnScreenKeyboard *kb = m_panel->keyboard();
        QTest::mousePress(kb, Qt::LeftButton, {}, kb->keyCentre(60));
        QTest::keyPress(m_panel->pad(), Qt::Key_A);  // C4 as well
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QCOMPARE(noteOnCount(m_panel->phrase(), 60), 2);  // retriggered
        QTest::mouseRelease(kb, Qt::LeftButton, {}, kb->keyCentre(60));
        QCOMPARE(m_panel->heldNoteCount(), 1);  // the key still holds it
        QVERIFY(kb->isHeld(60));
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QVERIFY(!kb->isHeld(60));
        // Every note-on has its note-off.
        QCOMPARE(noteOffCount(m_panel->phrase(), 60), 2);
        // All notes off releases everything.
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        QTest::keyPress(m_panel->pad(), Qt::Key_S);
        QCOMPARE(m_panel->heldNoteCount(), 2);
        m_panel->allNotesOff();
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QVERIFY(!kb->isHeld(60) && !kb->isHeld(62));
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);  // nothing left to release
        QCOMPARE(m_panel->heldNoteCount(), 0);
    }

    void heldNotesFollowTheMorphLive()
    {
        auto voices = m_panel->voiceEngine();
        QVERIFY(voices);
        const int decodesBefore = m_model->decodeCalls();
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(voices->activeVoices() > 0, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(peakOf(voices->lastBlock()) > 1e-3, 3000);
        QVERIFY(m_model->decodeCalls() > decodesBefore);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->plots()->sourceText().startsWith("Live"), 3000);

        auto ratioNow = [&] {
            core::timbre::TimbreFrame frame{};
            double f0 = 0;
            if (!voices->lastFrame(&frame, &f0) || !(frame.harmonics[0] > 0))
                return -1.0;
            return double(frame.harmonics[1]) / frame.harmonics[0];
        };
        for (QPointF p : {QPointF(1, 1), QPointF(0, 0), QPointF(0.3, 0.8)}) {
            dragPad({p});
            const double want = fakeHarmonicRatio(m_panel->currentZ());
            QTRY_VERIFY2_WITH_TIMEOUT(std::abs(ratioNow() - want) < 1e-3 * std::max(1.0, want),
                                      qPrintable(QStringLiteral("ratio %1, want %2").arg(ratioNow()).arg(want)),
                                      3000);
        }
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->plots()->sourceText().startsWith("Preview"), 3000);
    }

    void midiFromAPortThread()
    {
        // What RtMidi's input thread delivers for an open port: a chord from
        // another thread sounds, shows on the keyboard and is recorded.
        m_panel->clearPhrase();
        auto voices = m_panel->voiceEngine();
        QVERIFY(voices);
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 0, 5000);
        std::thread midi([this] {
            for (int pitch : {60, 64, 67})
                m_panel->midiFromPort(core::MidiMessage::noteOn(0, pitch, 90));
        });
        midi.join();
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 3, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->heldNoteCount(), 3, 3000);
        QVERIFY(m_panel->keyboard()->isHeld(64));
        std::thread release([this] {
            for (int pitch : {60, 64, 67})
                m_panel->midiFromPort(core::MidiMessage::noteOff(0, pitch));
        });
        release.join();
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->heldNoteCount(), 0, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 0, 5000);
        QCOMPARE(m_panel->phraseNoteCount(), 3);
        QCOMPARE(noteOffCount(m_panel->phrase(), 64), 1);
        m_panel->clearPhrase();
    }

    void studioInputPlaysThePanelWhileItIsShown()
    {
        // The studio's one input (MidiInputHub): the panel in front plays
        // what comes in; hidden, it leaves the input to the other instruments.
        core::MidiInputHub hub(m_engine->clock());
        m_panel->setMidiInput(&hub, nullptr);
        m_panel->clearPhrase();
        auto voices = m_panel->voiceEngine();
        QVERIFY(voices);
        QTRY_COMPARE_WITH_TIMEOUT(voices->activeVoices(), 0, 5000);
        hub.post(core::MidiMessage::noteOn(0, 60, 90));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->heldNoteCount(), 1, 3000);
        hub.post(core::MidiMessage::noteOff(0, 60));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->heldNoteCount(), 0, 3000);
        m_panel->hide();
        hub.post(core::MidiMessage::noteOn(0, 62, 90));
        QTest::qWait(100);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        hub.post(core::MidiMessage::noteOff(0, 62));
        m_panel->show();
        QCOMPARE(m_panel->phraseNoteCount(), 1);
        m_panel->setMidiInput(nullptr, nullptr);
        m_panel->clearPhrase();
    }

    void midiInputPorts()
    {
        QCOMPARE(m_panel->midiInputCombo()->itemText(0), QStringLiteral("None"));
        QString error;
        QVERIFY(m_panel->openMidiInput(QString(), &error));
        QVERIFY(!m_panel->openMidiInput("No Such Port 4711", &error));
        QVERIFY2(error.contains("No Such Port 4711"), qPrintable(error));
        QVERIFY(m_panel->statusLabel()->text().contains("No Such Port 4711"));
        QCOMPARE(m_panel->midiInputCombo()->currentIndex(), 0);
    }

    void exportNoteWritesTheMorph()
    {
        // Flute corner alone, then Piano corner alone.
        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, padPixel(0, 0) - QPoint(20, 20));
        QCOMPARE(m_panel->morphPoint(), QPointF(0, 0));
        const std::vector<float> zA = m_panel->currentZ();
        const QString a = m_dir.filePath("note-a.wav");
        QString error;
        QVERIFY2(m_panel->exportNote(a, 60, 100, 0.5, &error), qPrintable(error));
        QVERIFY(m_panel->statusLabel()->text().contains("note-a.wav"));
        QVERIFY(!QFile::exists(a + ".part"));

        QTest::mouseClick(m_panel->pad(), Qt::LeftButton, {}, padPixel(1, 1) + QPoint(20, 20));
        QCOMPARE(m_panel->morphPoint(), QPointF(1, 1));
        const std::vector<float> zD = m_panel->currentZ();
        const QString d = m_dir.filePath("note-d.wav");
        QVERIFY2(m_panel->exportNote(d, 60, 100, 0.5, &error), qPrintable(error));

        int rateA = 0, rateD = 0;
        const std::vector<float> xa = readBack(a, &rateA), xd = readBack(d, &rateD);
        QCOMPARE(rateA, 48000);
        QCOMPARE(rateD, 48000);
        // Held 0.5 s, then the release (0.3 s) and a short tail.
        const double release = m_panel->envelope().release_s;
        const double len = double(xa.size()) / 48000;
        QVERIFY2(len >= 0.5 + release && len <= 0.5 + release + 0.25, qPrintable(QString::number(len)));
        QCOMPARE(xd.size(), xa.size());
        // Sounding while held, silent at the end.
        for (const auto *x : {&xa, &xd}) {
            QVERIFY(rmsOf(*x, 4800, 9600) > 0.01);
            QVERIFY(rmsOf(*x, 19200, 24000) > 0.3 * rmsOf(*x, 4800, 9600));
            QVERIFY2(peakOf(*x, x->size() - 480) < 0.02 * peakOf(*x), "the release has died away at the end");
        }
        // The timbre is the morph's: 2nd / 1st harmonic as the decoder makes it.
        const double f0 = pitchHz(60);
        const double ra = toneLevel(xa, 48000, 2 * f0, 0.1, 0.45) / toneLevel(xa, 48000, f0, 0.1, 0.45);
        const double rd = toneLevel(xd, 48000, 2 * f0, 0.1, 0.45) / toneLevel(xd, 48000, f0, 0.1, 0.45);
        QVERIFY2(std::abs(ra - fakeHarmonicRatio(zA)) < 0.15 * fakeHarmonicRatio(zA) + 0.01,
                 qPrintable(QStringLiteral("corner A: %1 vs %2").arg(ra).arg(fakeHarmonicRatio(zA))));
        QVERIFY2(std::abs(rd - fakeHarmonicRatio(zD)) < 0.15 * fakeHarmonicRatio(zD) + 0.01,
                 qPrintable(QStringLiteral("corner D: %1 vs %2").arg(rd).arg(fakeHarmonicRatio(zD))));
        QVERIFY(rd > 3 * ra);

        // Gain and release: half the level, a longer file.
        m_panel->setGain(0.5);
        auto env = m_panel->envelope();
        env.release_s = 1.0;
        m_panel->setEnvelope(env);
        QCOMPARE(m_panel->envelope().release_s, 1.0);
        const QString q = m_dir.filePath("note-quiet.wav");
        QVERIFY2(m_panel->exportNote(q, 60, 100, 0.5, &error), qPrintable(error));
        int rate = 0;
        const std::vector<float> xq = readBack(q, &rate);
        QCOMPARE(std::ptrdiff_t(xq.size()) - std::ptrdiff_t(xd.size()), std::ptrdiff_t(0.7 * 48000));
        const double level = rmsOf(xq, 4800, 9600) / rmsOf(xd, 4800, 9600);
        QVERIFY2(std::abs(level - m_panel->gain()) < 0.02, qPrintable(QString::number(level)));
        QVERIFY(std::abs(m_panel->gain() - 0.5) < 0.01);

        // Bad requests fail with a message and write nothing.
        const QString bad = m_dir.filePath("bad.wav");
        QVERIFY(!m_panel->exportNote(bad, 130, 100, 0.5, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_panel->exportNote(bad, 60, 0, 0.5, &error));
        QVERIFY(!m_panel->exportNote(bad, 60, 100, 0.0, &error));
        QVERIFY(!m_panel->exportNote(m_dir.filePath("no/such/dir/x.wav"), 60, 100, 0.5, &error));
        QVERIFY2(error.contains("x.wav"), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }

    void exportPhraseAfterPlaying()
    {
        QWidget *pad = m_panel->pad();
        QPushButton *exportPhrase = button("Phrase as WAV");
        QVERIFY(exportPhrase);
        QVERIFY(!exportPhrase->isEnabled());
        QString error;
        QVERIFY(!m_panel->exportPhrase(m_dir.filePath("empty.wav"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath("empty.wav")));

        QTest::keyPress(pad, Qt::Key_A);  // C4
        QVERIFY(exportPhrase->isEnabled());
        QTest::qWait(150);
        QTest::keyPress(pad, Qt::Key_G);  // G4
        QTest::qWait(100);
        QTest::keyRelease(pad, Qt::Key_A);
        QTest::keyRelease(pad, Qt::Key_G);
        QCOMPARE(m_panel->phraseNoteCount(), 2);
        const auto phrase = m_panel->phrase();
        double tG = -1;
        for (const TimedMidi &e : phrase)
            if (e.message.isNoteOn() && e.message.data1 == 67)
                tG = e.time_s;
        QVERIFY2(tG >= 0.14 && tG < 1.0, qPrintable(QString::number(tG)));
        const QString path = m_dir.filePath("phrase.wav");
        QVERIFY2(m_panel->exportPhrase(path, &error), qPrintable(error));
        int rate = 0;
        const std::vector<float> x = readBack(path, &rate);
        QCOMPARE(rate, 48000);
        const double len = double(x.size()) / rate;
        const double last = phrase.back().time_s;
        const double release = m_panel->envelope().release_s;
        QVERIFY2(len >= last + release && len <= last + release + 0.25, qPrintable(QString::number(len)));
        // C4 from the start, G4 only from its note-on.
        const double g = pitchHz(67), c = pitchHz(60);
        const double gBefore = toneLevel(x, rate, g, 0.02, tG - 0.01);
        const double gAfter = toneLevel(x, rate, g, tG + 0.02, tG + 0.09);
        QVERIFY2(toneLevel(x, rate, c, 0.02, tG - 0.01) > 1e-3, "C4 sounds from the start");
        QVERIFY2(gAfter > 10 * gBefore, qPrintable(QStringLiteral("G4 %1 before, %2 after").arg(gBefore).arg(gAfter)));

        // A note still held at the end is let go half a second later.
        QTest::keyPress(pad, Qt::Key_E);
        const double held = m_panel->phrase().back().time_s;
        const QString path2 = m_dir.filePath("phrase-held.wav");
        QVERIFY2(m_panel->exportPhrase(path2, &error), qPrintable(error));
        QTest::keyRelease(pad, Qt::Key_E);
        const std::vector<float> x2 = readBack(path2, &rate);
        const double len2 = double(x2.size()) / rate;
        QVERIFY2(len2 >= held + 0.5 + release && len2 <= held + 0.5 + release + 0.25, qPrintable(QString::number(len2)));
        QVERIFY(rmsOf(x2, std::size_t((held + 0.1) * rate), std::size_t((held + 0.45) * rate)) > 0.01);

        m_panel->clearPhrase();
        QVERIFY(!exportPhrase->isEnabled());
    }

    void longExportKeepsTheUiRunning()
    {
        auto slow = std::make_shared<SlowFakeModel>();
        m_panel->setModel(slow);
        QCOMPARE(m_panel->modelCombo()->currentText(), QStringLiteral("slow-fake"));
        bool sawExporting = false, secondRefused = false;
        QString secondError;
        QTimer::singleShot(100, m_panel, [&] {
            sawExporting = m_panel->isExporting();
            secondRefused = !m_panel->exportNote(m_dir.filePath("second.wav"), 60, 100, 0.5, &secondError);
        });
        const QString path = m_dir.filePath("long.wav");
        QString error;
        QVERIFY2(m_panel->exportNote(path, 64, 90, 2.5, &error), qPrintable(error));
        QVERIFY2(sawExporting, "the UI ran while the long note rendered");
        QVERIFY(secondRefused);
        QVERIFY(!secondError.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath("second.wav")));
        QVERIFY(!m_panel->isExporting());
        int rate = 0;
        const std::vector<float> x = readBack(path, &rate);
        const double len = double(x.size()) / rate;
        QVERIFY2(len >= 2.5 + m_panel->envelope().release_s && len <= 3.05, qPrintable(QString::number(len)));
        QVERIFY(rmsOf(x, std::size_t(2.0 * rate), std::size_t(2.4 * rate)) > 0.01);
    }

    void noModelDisablesEverything()
    {
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        m_panel->setMorphPoint(0.2, 0.2);
        QVERIFY(m_panel->undoStack()->count() > 0);
        m_panel->setModel(nullptr);
        QVERIFY(!m_panel->hasModel());
        QCOMPARE(m_panel->modelCombo()->count(), 0);
        QCOMPARE(m_engine->liveInstrumentCount(), 0);
        QVERIFY(!m_panel->voiceEngine());
        QCOMPARE(m_panel->undoStack()->count(), 0);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QVERIFY2(m_panel->statusLabel()->text().contains(".timbre.json"), qPrintable(m_panel->statusLabel()->text()));
        QVERIFY(m_panel->modelCombo()->isEnabled());
        for (QWidget *w : m_panel->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w)
                                 || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractSpinBox *>(w);
            if (!control || qobject_cast<QScrollBar *>(w) || w == m_panel->modelCombo()
                || w->toolTip().contains(".timbre.json"))
                continue;  // the chooser and its Rescan
            QVERIFY2(!w->isEnabled(), qPrintable(w->metaObject()->className() + QStringLiteral(" ")
                                                 + w->objectName() + " " + w->toolTip()));
        }
        QVERIFY(!m_panel->pad()->isEnabled());
        QVERIFY(!m_panel->keyboard()->isEnabled());
        // Nothing plays, moves or exports.
        QTest::keyPress(m_panel->pad(), Qt::Key_S);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        m_panel->noteOn(60, 100);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        m_panel->setMorphPoint(0.9, 0.9);
        QCOMPARE(m_panel->undoStack()->count(), 0);
        QVERIFY(m_panel->currentZ().empty());
        QString error;
        QVERIFY(!m_panel->exportNote(m_dir.filePath("none.wav"), 60, 100, 0.5, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath("none.wav")));
        const QString tone = writeTone("tone-nomodel.wav", decayingTone(44100, 220, 0.5, 0.5), 44100);
        QVERIFY(!m_panel->setCornerFromWav(0, tone, &error));

        // A model file that does not load: its error, still nothing enabled.
        m_panel->setModelFiles({"/nowhere/broken.timbre.json"});
        QVERIFY(!m_panel->hasModel());
        QVERIFY2(m_panel->statusLabel()->text().contains("broken.timbre.json"),
                 qPrintable(m_panel->statusLabel()->text()));
        QVERIFY(!m_panel->pad()->isEnabled());
        // One that does: everything comes back, with the default corners.
        QSignalSpy changed(m_panel, &ui::MorphPanel::modelChanged);
        m_panel->setModelFiles({"/nowhere/broken.timbre.json", "/nowhere/good.timbre.json"});
        const int good = m_panel->modelCombo()->findData("/nowhere/good.timbre.json");
        QVERIFY(good >= 0);
        m_panel->modelCombo()->setCurrentIndex(good);
        QVERIFY(m_panel->hasModel());
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_panel->pad()->isEnabled());
        QVERIFY(m_panel->keyboard()->isEnabled());
        QVERIFY(m_panel->cornerCombo(0)->isEnabled());
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        QCOMPARE(m_panel->corner(0).name, FakeTimbreModel::defaultCornerNames().at(0));
        const int played = m_panel->phraseNoteCount();
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->heldNoteCount(), 0);
        QCOMPARE(m_panel->phraseNoteCount(), played + 1);
    }

    void modelChangeResetsCornersAndHistory()
    {
        QString error;
        const QString tone = writeTone("tone-change.wav", decayingTone(44100, 330, 0.8, 0.7), 44100);
        QVERIFY2(m_panel->setCornerFromWav(0, tone, &error), qPrintable(error));
        m_panel->setMorphPoint(0.1, 0.9);
        QVERIFY(m_panel->undoStack()->count() == 2);
        const auto oldVoices = m_panel->voiceEngine();
        m_panel->setModel(std::make_shared<FakeTimbreModel>());
        QCOMPARE(m_panel->undoStack()->count(), 0);
        QVERIFY(m_panel->voiceEngine() && m_panel->voiceEngine() != oldVoices);
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        for (int c = 0; c < 4; ++c) {
            QCOMPARE(m_panel->corner(c).name, FakeTimbreModel::defaultCornerNames().at(c));
            QCOMPARE(m_panel->cornerCombo(c)->findText("Recording:", Qt::MatchStartsWith), -1);
        }
        verifyZAtPoint("after a model change");
    }

    void worksWithoutARunningEngine()
    {
        delete m_panel;
        m_panel = nullptr;
        QCOMPARE(m_engine->liveInstrumentCount(), 0);
        m_engine->shutdown();

        // No engine at all.
        m_panel = makePanel(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
        QVERIFY(m_panel->hasModel());
        QVERIFY2(m_panel->audioLabel()->text().startsWith("Audio is off"), qPrintable(m_panel->audioLabel()->text()));
        QVERIFY(m_panel->voiceEngine());
        QCOMPARE(m_panel->voiceEngine()->sampleRate(), ui::MorphPanel::kExportSampleRate);
        QSignalSpy preview(m_panel, &ui::MorphPanel::previewUpdated);
        dragPad({{0.1, 0.1}, {0.7, 0.2}});
        QCOMPARE(m_panel->undoStack()->count(), 1);
        verifyZAtPoint("without an engine");
        QVERIFY(preview.wait(3000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->previewPending(), 3000);
        QVERIFY(m_panel->plots()->sourceText().startsWith("Preview"));
        QTest::keyPress(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->heldNoteCount(), 1);
        QTest::keyRelease(m_panel->pad(), Qt::Key_A);
        QCOMPARE(m_panel->phraseNoteCount(), 1);
        QString error;
        QVERIFY2(m_panel->exportPhrase(m_dir.filePath("offline-phrase.wav"), &error), qPrintable(error));
        QVERIFY2(m_panel->exportNote(m_dir.filePath("offline-note.wav"), 60, 100, 0.3, &error), qPrintable(error));
        int rate = 0;
        QVERIFY(peakOf(readBack(m_dir.filePath("offline-note.wav"), &rate)) > 0.01);
        delete m_panel;

        // An engine that is not running: the instrument is registered and
        // plays once the audio starts (at the device's rate).
        m_panel = makePanel(m_engine);
        QVERIFY(!m_engine->isRunning());
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        QVERIFY(m_panel->audioLabel()->text().startsWith("Audio is off"));
        core::AudioSettings settings;
        settings.sampleRate = 44100;
        QVERIFY2(m_engine->start(settings, &error), qPrintable(error));
        m_panel->audioRestarted();
        QCOMPARE(m_engine->liveInstrumentCount(), 1);
        QCOMPARE(m_panel->voiceEngine()->sampleRate(), int(m_engine->sampleRate()));
        QVERIFY2(m_panel->audioLabel()->text().startsWith("Silent audio device")
                     && m_panel->audioLabel()->text().contains("44100 Hz"),
                 qPrintable(m_panel->audioLabel()->text()));
        QTest::keyPress(m_panel->pad(), Qt::Key_D);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->voiceEngine()->activeVoices() > 0, 3000);
        QTest::keyRelease(m_panel->pad(), Qt::Key_D);
    }
};

QTEST_MAIN(TestMorphPanel)
#include "test_morphpanel.moc"
