#include "music/MusicGeneration.h"

#include "jobs/JobRunner.h"

#include <utility>

namespace atelier::ui {

MusicGeneration::MusicGeneration(QObject *parent) : QObject(parent) {}

MusicGeneration::~MusicGeneration() { core::JobRunner::instance().cancelAll(this); }

bool MusicGeneration::isBusy() const { return core::JobRunner::instance().activeCount(this) > 0; }

int MusicGeneration::next()
{
    core::JobRunner::instance().cancel(m_runnerJob);
    m_current = ++m_lastId;
    return m_lastId;
}

void MusicGeneration::cancel()
{
    core::JobRunner::instance().cancel(m_runnerJob);
    const int job = std::exchange(m_current, 0);
    if (job != 0)
        emit cancelled(job);
}

void MusicGeneration::launch(int job, Work work)
{
    m_runnerJob = core::JobRunner::instance().start(this, [=, this](core::JobContext &context) {
        auto onProgress = [&](int done, int total) {
            if (done % 8 == 0 || done == total)
                context.post([=, this] { if (m_current == job) emit progress(job, done, total); });
            return !context.cancelled();   // false stops the model loop
        };
        work(context, onProgress);
    });
}

int MusicGeneration::startContinue(std::shared_ptr<const core::IMusicModel> model,
                                   const core::ContinueRequest &request)
{
    const int job = next();
    launch(job, [=, this](core::JobContext &context, const std::function<bool(int, int)> &onProgress) {
        QString error;
        auto result = core::continueMusic(*model, request, onProgress, &error);
        context.post([=, this] {
            if (m_current != job)
                return;   // a newer request came while this result was on its way
            if (result)
                emit continued(job, result->variations, result->key.toString());
            else if (!error.isEmpty())
                emit failed(job, error);
        });
    });
    return job;
}

int MusicGeneration::startRegenerate(std::shared_ptr<const core::IMusicModel> model, const core::Song &song,
                                     int track, core::Tick from, core::Tick to, int candidates,
                                     const core::MusicSampleOptions &options)
{
    const int job = next();
    launch(job, [=, this](core::JobContext &context, const std::function<bool(int, int)> &onProgress) {
        QString error;
        auto notes = core::regenerateRange(*model, song, track, from, to, candidates, options, onProgress, &error);
        context.post([=, this] {
            if (m_current != job)
                return;
            if (notes)
                emit regenerated(job, *notes);
            else if (!error.isEmpty())
                emit failed(job, error);
        });
    });
    return job;
}

} // namespace atelier::ui
