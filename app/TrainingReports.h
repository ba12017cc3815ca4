#pragma once
// What every training job (TrainingJobs.cpp, SketchTrainingJobs.cpp) hands
// the dialog and the command line: its trainer's histories as plot points,
// and the fields all trainers' progress reports share.

#include "music/TrainingJob.h"

#include <QList>
#include <QPointF>
#include <functional>
#include <utility>
#include <vector>

namespace atelier::app {

// One loss per step, from step 1.
inline QList<QPointF> stepCurve(const std::vector<double> &losses)
{
    QList<QPointF> points;
    for (std::size_t i = 0; i < losses.size(); ++i)
        points.append(QPointF(double(i + 1), losses[i]));
    return points;
}

// (step, loss) pairs.
inline QList<QPointF> pointCurve(const std::vector<std::pair<int, double>> &history)
{
    QList<QPointF> points;
    for (const auto &[step, loss] : history)
        points.append(QPointF(step, loss));
    return points;
}

// Step, target, loss, rate and times (not the learning rate: not every trainer reports one).
template <typename Progress>
core::TrainingReport commonReport(const Progress &p)
{
    core::TrainingReport r;
    r.step = p.step;
    r.targetSteps = p.targetSteps;
    r.loss = p.loss;
    r.stepsPerSecond = p.stepsPerSecond;
    r.elapsedSeconds = p.elapsedSeconds;
    r.etaSeconds = p.etaSeconds;
    return r;
}

// The training point, then (a second report) the held-out one when there is one.
inline void sendReport(core::TrainingReport r, bool validation, double validLoss,
                       const std::function<void(const core::TrainingReport &)> &report)
{
    if (!report)
        return;
    report(r);
    if (validation) {
        r.validation = true;
        r.validLoss = validLoss;
        report(r);
    }
}

} // namespace atelier::app
