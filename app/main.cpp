// Atelier's composition root: one executable. With a command it runs
// headless (see Cli.h); without one it builds the studio's objects, hands
// them to the main window through its constructor, and runs the event loop.

#include "Cli.h"

#include "audio/AudioEngine.h"
#include "audio/MidiInputHub.h"
#include "audio/RtMidiScheduledOutput.h"
#include "sync/ClockFollowDriver.h"
#include "sync/LinkDriver.h"
#include "sync/MidiClockSender.h"
#include "sync/LinkSession.h"
#include "audio/RtMidiLiveInput.h"
#include "live/JackLiveInput.h"
#include "audio/NullAudioDevice.h"
#include "audio/RtAudioDevice.h"
#include "document/SongDocument.h"
#include "main/FileController.h"
#include "common/Theme.h"
#include "main/GettingStartedDialog.h"
#include "main/MainWindow.h"
#include "main/ModelDialogs.h"
#include "TuningJobs.h"
#include "main/PreferencesDialog.h"
#include "project/AutosaveStore.h"
#include "sketch/SketchDocument.h"
#include "MusicModels.h"
#include "SketchModels.h"
#include "TimbreModels.h"
#include "TrainingJobs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <cmath>
#include <QTranslator>

using namespace atelier;

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName("Atelier");
    QCoreApplication::setApplicationName("atelier");
    QCoreApplication::setApplicationVersion(ATELIER_VERSION);

    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (app::cliNeedsWidgets(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");   // no window is shown
        QApplication gui(argc, argv);
        return app::runCli(args);
    }
    if (app::isCliCommand(args)) {
        QCoreApplication cli(argc, argv);
        return app::runCli(args);
    }

    QApplication application(argc, argv);
    application.setApplicationDisplayName("Atelier");
    ui::Theme::apply(ui::Theme::saved());
    // English plural forms ("1 note", "4 notes") under every language; the
    // user's language, installed after, comes first where it has the text.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/atelier_en")))
        application.installTranslator(&plurals);
    QTranslator translator;
    if (translator.load(QLocale(), "atelier", "_", ":/i18n"))
        application.installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(app::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption nullAudio("null-audio", "Play through a silent timer-driven device instead of "
                                               "the sound card (the playhead still moves).");
    QCommandLineOption autosaveDir("autosave-dir", "Keep autosaves in DIR.", "DIR");
    QCommandLineOption jack("jack", "Take MIDI input from the running JACK server (libjack, sample-accurate) "
                                    "instead of the ALSA sequencer; also in Preferences.");
    parser.addOption(nullAudio);
    parser.addOption(jack);
    parser.addOption(autosaveDir);
    parser.addPositionalArgument("file", "A song to open (.atelier or .mid).", "[FILE]");
    parser.process(application);

    core::SongDocument doc;
    core::SketchDocument sketch;
    const core::SketchModelLoader sketchModels = &models::loadSketchModel;
    std::unique_ptr<core::IAudioDevice> device;
    if (parser.isSet(nullAudio))
        device = std::make_unique<core::NullAudioDevice>();
    else
        device = std::make_unique<core::RtAudioDevice>();
    core::AudioEngine engine(std::move(device));
    // The studio's MIDI system (Preferences, or --jack) holds its ports: input, clock and the tracks' outputs.
    const bool jackMidiSystem = parser.isSet(jack) || QSettings().value("midi/system").toString() == QLatin1String("JACK");
    engine.setMidiOutputSystem(jackMidiSystem ? core::MidiSystem::Jack : core::MidiSystem::Alsa);
    QString audioError;
    engine.start(ui::AudioPreferences::load(), &audioError);  // the status bar tells if it failed

    QString dir = parser.value(autosaveDir);
    if (dir.isEmpty())
        dir = qEnvironmentVariable("ATELIER_AUTOSAVE_DIR");
    core::AutosaveStore autosave(dir);
    QString autosaveError;
    const bool autosaving = autosave.begin(&autosaveError);

    ui::MainWindow window(&doc, &sketch, &engine, autosaving ? &autosave : nullptr, sketchModels,
                          &models::loadMusicModel, app::trainingJobFactory(), &models::loadTimbreModel);
    window.modelDialogs()->setTuning(app::tuningJobFactory());
    // One MIDI input for the whole studio, on the audio engine's clock, from
    // the ALSA sequencer or a JACK server.
    core::RtMidiLiveInput alsaMidi(engine.clock());
    alsaMidi.setAcceptClock(true);   // for Follow MIDI Clock; the hub hands clock only to its tap
    core::JackLiveInput jackMidi(engine.clock());
    core::MidiInputHub midiHub(engine.clock());
    const std::shared_ptr<core::MidiInputHub::Tap> clockTap = midiHub.openTap(core::MidiInputHub::Kind::Clock);
    clockTap->setEnabled(false);
    core::ClockFollowDriver clockFollower(*clockTap);
    // Ableton Link: joins the session only when the user turns Link on.
    // MIDI clock out: Atelier's port "Atelier Clock" on the studio's MIDI system.
    core::LinkSession link(120.0);
    core::LinkDriver linkDriver(link);
    Q_ASSERT(jackMidi.systemName() == QLatin1String("JACK"));
    core::RtMidiScheduledOutput clockPort(engine.clock(), jackMidiSystem ? core::RtMidiScheduledOutput::System::Jack
                                                                          : core::RtMidiScheduledOutput::System::Alsa);
    core::MidiClockSender clockSender(clockPort);
    window.setSync(&link, &linkDriver, [&](bool on, QString *error) {
        if (!on) {
            engine.setBlockObserver(nullptr);
            clockPort.close();
            return true;
        }
        if (!clockPort.open(QStringLiteral("virtual"), QStringLiteral("Atelier Clock"), error))
            return false;
        clockSender.setLatencyFrames(std::llround(engine.songLatencySeconds() * engine.sampleRate()));
        engine.setBlockObserver(&clockSender);
        return true;
    }, &clockFollower, [&](bool on) {
        if (on) {
            clockTap->setEnabled(true);
            clockFollower.setFollowing(true);
            engine.setTransportDriver(&clockFollower);
        } else {
            engine.setTransportDriver(&linkDriver);
            clockFollower.setFollowing(false);
            clockTap->setEnabled(false);
        }
    });
    window.setMidiInputs(&midiHub, {&alsaMidi, &jackMidi},
                         parser.isSet(jack) ? jackMidi.systemName()
                                            : QSettings().value("midi/system", alsaMidi.systemName()).toString());
    window.files()->newSong();
    window.show();
    if (!autosaving)
        window.statusBar()->showMessage(QObject::tr("Autosave is off: %1").arg(autosaveError));
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&] {
        window.files()->offerRecovery();
        if (!files.isEmpty())
            window.files()->open(files.first());
        else if (ui::GettingStartedDialog::showAtStart())   // the first run, or when asked for
            window.showGettingStarted();
    });
    const int rc = application.exec();
    window.setMidiInputs(nullptr, {}, {});
    autosave.end();
    engine.setBlockObserver(nullptr);
    clockPort.close();
    engine.shutdown();   // before the Link driver and the clock follower go
    engine.setTransportDriver(nullptr);
    midiHub.closeTap(clockTap);
    return rc;
}
