#pragma once
// MorphExporter: the Sound-Morph instrument's WAV export. A note (pitch,
// velocity, held seconds, plus the release tail) or a recorded phrase is
// rendered offline at 48 kHz with a MorphSound (model, z, envelope, gain)
// and written as 16-bit WAV (atomically). The render runs as a job of the
// studio's JobRunner while the UI keeps running (a local event loop), so the
// calls are synchronous for their caller; one export at a time (busy()).
// The dialogs ask for what to export and where; they export nothing
// themselves, so that the panel reports every export the same way.

#include "timbre/ITimbreModel.h"
#include "timbre/PhraseRecorder.h"
#include "timbre/TimbreVoiceEngine.h"

#include <QObject>
#include <memory>
#include <optional>
#include <vector>

class QWidget;

namespace atelier::ui {

// What an offline render plays.
struct MorphSound {
    std::shared_ptr<const core::timbre::ITimbreModel> model;
    std::vector<float> z;
    core::timbre::Envelope envelope;
    double gain = 1.0;
};

class MorphExporter : public QObject {
    Q_OBJECT
public:
    static constexpr int kSampleRate = 48000;
    static constexpr double kMaxNoteSeconds = 60.0;
    static constexpr double kHeldNoteTail_s = 0.5;   // a phrase's notes still held are released this long after its last event

    struct NoteRequest {
        QString path;
        int pitch = 60;
        int velocity = 100;
        double seconds = 2.0;
    };

    explicit MorphExporter(QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    // On success *done says what was written where (for a status line).
    bool exportNote(const MorphSound &sound, const NoteRequest &note, QString *error, QString *done);
    bool exportPhrase(const MorphSound &sound, const core::timbre::PhraseRecorder &phrase, const QString &path,
                      QString *error, QString *done);

    // Dialogs (remembered in the settings); nullopt / "" when cancelled.
    static std::optional<NoteRequest> askNote(QWidget *parent, const QString &modelName, double release_s);
    static QString askPhrasePath(QWidget *parent, const QString &modelName);

    // The render itself, on the runner; gain applied. Empty on failure (*error says why).
    std::vector<float> render(const MorphSound &sound, const std::vector<core::timbre::TimedMidi> &events,
                              double seconds, QString *error);

signals:
    void renderStarted(double seconds);
    void busyChanged(bool busy);

private:
    bool m_busy = false;
};

} // namespace atelier::ui
