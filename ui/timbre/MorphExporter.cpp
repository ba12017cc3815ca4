#include "timbre/MorphExporter.h"

#include "common/ExportPaths.h"
#include "document/GeneralMidi.h"
#include "jobs/JobRunner.h"
#include "timbre/TimbreRender.h"
#include "timbre/WavIo.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <algorithm>

namespace atelier::ui {

using core::MidiMessage;
using namespace core::timbre;

namespace {

double releaseTail(const Envelope &e) { return std::min(std::max(e.release_s, 0.0), 10.0) + 0.1; }

QString seconds(double s) { return QString::number(s, 'f', s < 10 ? 2 : 1); }

QString askWavPath(QWidget *parent, const QString &title, const QString &suggested)
{
    QString path = QFileDialog::getSaveFileName(parent, title,
                                                ExportPaths::suggest(QFileInfo(suggested).completeBaseName(), "wav"),
                                                MorphExporter::tr("WAV audio (*.wav)"));
    if (path.isEmpty())
        return path;
    if (!path.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
        path += QLatin1String(".wav");
    ExportPaths::remember(path);
    return path;
}

} // namespace

MorphExporter::MorphExporter(QObject *parent) : QObject(parent) {}

std::vector<float> MorphExporter::render(const MorphSound &sound, const std::vector<TimedMidi> &events,
                                         double length, QString *error)
{
    auto result = std::make_shared<std::vector<float>>();
    m_busy = true;
    emit busyChanged(true);
    emit renderStarted(length);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    core::JobRunner &runner = core::JobRunner::instance();
    const core::JobId job = runner.start(this, [=](core::JobContext &) {
        *result = renderPhrase(sound.model, sound.z, sound.envelope, events, length, kSampleRate);
        for (float &v : *result)
            v = float(v * sound.gain);
    });
    QPointer<MorphExporter> self(this);
    const bool ended = runner.waitFor(job);   // the UI keeps running meanwhile
    QApplication::restoreOverrideCursor();
    if (!self || !ended) {  // (not ended: the studio is quitting, and the worker still writes `result`)
        if (error)
            *error = tr("The Sound-Morph panel was closed while rendering.");
        return {};
    }
    m_busy = false;
    emit busyChanged(false);
    if (result->empty() && error)
        *error = tr("Rendering produced no audio.");
    return std::move(*result);
}

bool MorphExporter::exportNote(const MorphSound &sound, const NoteRequest &note, QString *error, QString *done)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (note.pitch < 0 || note.pitch > 127)
        return fail(tr("The pitch must be a MIDI note number from 0 to 127."));
    if (note.velocity < 1 || note.velocity > 127)
        return fail(tr("The velocity must be from 1 to 127."));
    if (!(note.seconds > 0) || note.seconds > kMaxNoteSeconds)
        return fail(tr("The note must last more than 0 and at most %1 seconds.").arg(kMaxNoteSeconds));
    const std::vector<TimedMidi> events = {{0.0, MidiMessage::noteOn(0, note.pitch, note.velocity)},
                                           {note.seconds, MidiMessage::noteOff(0, note.pitch)}};
    const double total = note.seconds + releaseTail(sound.envelope);
    QString why;
    const std::vector<float> samples = render(sound, events, total, &why);
    if (samples.empty() || !writeWav(note.path, samples, kSampleRate, &why))
        return fail(why);
    if (done)
        *done = tr("Exported %1 (%2 s) to %3.")
                    .arg(core::GeneralMidi::pitchName(note.pitch), seconds(total), QDir::toNativeSeparators(note.path));
    return true;
}

bool MorphExporter::exportPhrase(const MorphSound &sound, const PhraseRecorder &phrase, const QString &path,
                                 QString *error, QString *done)
{
    if (phrase.noteCount() == 0) {
        if (error)
            *error = tr("Nothing to export: play some notes first (the phrase starts at the first note).");
        return false;
    }
    double end = 0;
    const std::vector<TimedMidi> events = phrase.closedEvents(kHeldNoteTail_s, &end);
    const double total = end + releaseTail(sound.envelope);
    QString why;
    const std::vector<float> samples = render(sound, events, total, &why);
    if (samples.empty() || !writeWav(path, samples, kSampleRate, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (done)
        *done = tr("Exported the phrase (%n note(s), %1 s) to %2.", nullptr, phrase.noteCount())
                    .arg(seconds(total), QDir::toNativeSeparators(path));
    return true;
}

std::optional<MorphExporter::NoteRequest> MorphExporter::askNote(QWidget *parent, const QString &modelName,
                                                                 double release_s)
{
    QSettings settings;
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export Note as WAV"));
    auto *form = new QFormLayout(&dialog);
    auto *pitch = new QSpinBox(&dialog);
    pitch->setRange(0, 127);
    pitch->setValue(settings.value("morph/exportPitch", 60).toInt());
    auto *pitchName = new QLabel(&dialog);
    auto showName = [pitchName](int p) { pitchName->setText(core::GeneralMidi::pitchName(p)); };
    showName(pitch->value());
    connect(pitch, &QSpinBox::valueChanged, pitchName, showName);
    auto *pitchRow = new QHBoxLayout;
    pitchRow->addWidget(pitch);
    pitchRow->addWidget(pitchName, 1);
    form->addRow(tr("&Pitch (MIDI note)"), pitchRow);
    auto *velocity = new QSpinBox(&dialog);
    velocity->setRange(1, 127);
    velocity->setValue(settings.value("morph/exportVelocity", 100).toInt());
    form->addRow(tr("&Velocity"), velocity);
    auto *length = new QDoubleSpinBox(&dialog);
    length->setRange(0.05, kMaxNoteSeconds);
    length->setDecimals(2);
    length->setSingleStep(0.25);
    length->setSuffix(tr(" s"));
    length->setValue(settings.value("morph/exportSeconds", 2.0).toDouble());
    length->setToolTip(tr("How long the key is held; the release (%1 ms) is added after it")
                           .arg(qRound(release_s * 1000)));
    form->addRow(tr("&Held for"), length);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    settings.setValue("morph/exportPitch", pitch->value());
    settings.setValue("morph/exportVelocity", velocity->value());
    settings.setValue("morph/exportSeconds", length->value());
    const QString suggested = QStringLiteral("%1 %2.wav").arg(modelName, core::GeneralMidi::pitchName(pitch->value()));
    NoteRequest request;
    request.path = askWavPath(parent, tr("Export Note as WAV"), suggested);
    if (request.path.isEmpty())
        return std::nullopt;
    request.pitch = pitch->value();
    request.velocity = velocity->value();
    request.seconds = length->value();
    return request;
}

QString MorphExporter::askPhrasePath(QWidget *parent, const QString &modelName)
{
    return askWavPath(parent, tr("Export Played Phrase as WAV"), QStringLiteral("%1 phrase.wav").arg(modelName));
}

} // namespace atelier::ui
