#pragma once
// Runs the music models off the UI thread, the way SketchGeneration does for
// drawings: each request copies its inputs, runs on its own thread and comes
// back on the UI thread tagged with its job id; a newer request or cancel()
// makes an older job stale (it stops at its next step and is dropped).

#include "document/NoteModel.h"  // Q_DECLARE_METATYPE(core::Note) for the signals
#include "music/IMusicModel.h"
#include "music/MusicContinuation.h"

#include <QObject>
#include <atomic>
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
    bool isBusy() const { return m_running.load() > 0; }

signals:
    void continued(int job, const QList<QList<atelier::core::Note>> &variations, const QString &key);
    void regenerated(int job, const QList<atelier::core::Note> &notes);
    void failed(int job, const QString &error);
    void progress(int job, int done, int total);
    void cancelled(int job);

private:
    int next();
    using Work = std::function<void(const std::function<bool(int, int)> &progress)>;
    void launch(int job, Work work);

    std::atomic<int> m_current{0};
    std::atomic<int> m_running{0};
    int m_lastId = 0;
};

} // namespace atelier::ui
