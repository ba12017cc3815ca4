#include "sketch/SketchGeneration.h"

#include "jobs/JobRunner.h"

#include <utility>

namespace atelier::ui {

SketchGeneration::SketchGeneration(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<QList<core::Stroke5>>>();
    qRegisterMetaType<QList<double>>();
}

SketchGeneration::~SketchGeneration() { core::JobRunner::instance().cancelAll(this); }

bool SketchGeneration::isBusy() const { return core::JobRunner::instance().activeCount(this) > 0; }

int SketchGeneration::next()
{
    core::JobRunner::instance().cancel(m_runnerJob);
    m_current = ++m_lastId;
    return m_lastId;
}

void SketchGeneration::cancel()
{
    core::JobRunner::instance().cancel(m_runnerJob);
    const int job = std::exchange(m_current, 0);
    if (job != 0)
        emit cancelled(job);
}

int SketchGeneration::startContinuation(std::shared_ptr<const core::ISketchModel> model,
                                        const QList<core::Stroke5> &prefix, int count,
                                        const core::SketchSampleOptions &options)
{
    const int job = next();
    m_runnerJob = core::JobRunner::instance().start(this, [=, this](core::JobContext &context) {
        int rows = 0;
        auto onStep = [&](int, const core::Stroke5 &) {
            if (++rows % 16 == 0)
                context.post([=, this] { if (m_current == job) emit progress(job, rows); });
            return !context.cancelled();
        };
        auto result = model->continueSketch(prefix, count, options, onStep);
        if (result)
            context.post([=, this] { if (m_current == job) emit continuationReady(job, *result); });
    });
    return job;
}

int SketchGeneration::startScoring(std::shared_ptr<const core::ISketchModel> model,
                                   const QList<core::Stroke5> &rows)
{
    const int job = next();
    m_runnerJob = core::JobRunner::instance().start(this, [=, this](core::JobContext &context) {
        const QList<double> nll = model->rowNll(rows);
        context.post([=, this] { if (m_current == job) emit scoringReady(job, nll); });
    });
    return job;
}

} // namespace atelier::ui
