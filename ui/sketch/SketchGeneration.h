#pragma once
// Runs drawing models off the UI thread, as jobs of the studio's JobRunner.
// Each request copies its inputs and comes back as a signal on the UI thread
// carrying its job id; a newer request or cancel() cancels the older job (it
// stops at its next row and nothing of it arrives). The model (immutable,
// shared) may serve several jobs at once.

#include "jobs/JobContext.h"
#include "sketch/ISketchModel.h"

#include <QObject>
#include <memory>

namespace atelier::ui {

class SketchGeneration : public QObject {
    Q_OBJECT
public:
    explicit SketchGeneration(QObject *parent = nullptr);
    ~SketchGeneration() override;

    // Starts `count` continuations of prefix; returns the job id.
    int startContinuation(std::shared_ptr<const core::ISketchModel> model, const QList<core::Stroke5> &prefix,
                          int count, const core::SketchSampleOptions &options);
    // Starts scoring every row of rows (negative log-likelihood).
    int startScoring(std::shared_ptr<const core::ISketchModel> model, const QList<core::Stroke5> &rows);
    void cancel();
    bool isBusy() const;

signals:
    void continuationReady(int job, const QList<QList<atelier::core::Stroke5>> &variations);
    void scoringReady(int job, const QList<double> &nll);
    void progress(int job, int rowsDone);
    void cancelled(int job);

private:
    int next();
    int m_current = 0;             // the job whose results count (0: none)
    core::JobId m_runnerJob = 0;   // its runner job
    int m_lastId = 0;
};

} // namespace atelier::ui
