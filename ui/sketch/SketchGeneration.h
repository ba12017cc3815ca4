#pragma once
// Runs drawing models off the UI thread. Each request copies its inputs,
// runs on its own thread, and comes back as a queued signal carrying its job
// id; a newer request or cancel() makes older results stale, and they are
// dropped. The model (immutable, shared) may serve several jobs at once.

#include "sketch/ISketchModel.h"

#include <QObject>
#include <atomic>
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
    bool isBusy() const { return m_running.load() > 0; }

signals:
    void continuationReady(int job, const QList<QList<atelier::core::Stroke5>> &variations);
    void scoringReady(int job, const QList<double> &nll);
    void progress(int job, int rowsDone);
    void cancelled(int job);

private:
    int next();
    std::atomic<int> m_current{0};
    std::atomic<int> m_running{0};
    int m_lastId = 0;
};

} // namespace atelier::ui
