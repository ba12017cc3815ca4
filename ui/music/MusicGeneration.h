#pragma once
// Runs the music models off the UI thread, the way SketchGeneration does for
// drawings: each request copies its inputs, runs as a job of the studio's
// JobRunner and comes back on the UI thread tagged with its job id; a newer
// request or cancel() cancels an older job (it stops at its next step and
// nothing of it arrives).

#include "jobs/JobContext.h"
#include "document/NoteModel.h"  // Q_DECLARE_METATYPE(core::Note) for the signals
#include "music/IMusicModel.h"
#include "music/MusicContinuation.h"

#include <QObject>
#include <functional>
#include <memory>

namespace atelier::ui {

class MusicGeneration : public QObject {
    Q_OBJECT
public:
    explicit MusicGeneration(QObject *parent = nullptr);
    ~MusicGeneration() override;

    int startContinue(std::shared_ptr<const core::IMusicModel> model, const core::ContinueRequest &request);
    // Candidates for [from, to) of `track`, the best-fitting one first.
    int startRegenerate(std::shared_ptr<const core::IMusicModel> model, const core::Song &song, int track,
                        core::Tick from, core::Tick to, int candidates, const core::MusicSampleOptions &options);
    void cancel();
    bool isBusy() const;

signals:
    void continued(int job, const QList<QList<atelier::core::Note>> &variations, const QString &key);
    void regenerated(int job, const QList<atelier::core::Note> &notes);
    void failed(int job, const QString &error);
    void progress(int job, int done, int total);
    void cancelled(int job);

private:
    int next();
    using Work = std::function<void(core::JobContext &context, const std::function<bool(int, int)> &progress)>;
    void launch(int job, Work work);

    int m_current = 0;             // the job whose results count (0: none)
    core::JobId m_runnerJob = 0;   // its runner job
    int m_lastId = 0;
};

} // namespace atelier::ui
