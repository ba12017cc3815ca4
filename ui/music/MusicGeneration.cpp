#include "music/MusicGeneration.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace atelier::ui {

MusicGeneration::MusicGeneration(QObject *parent) : QObject(parent) {}

MusicGeneration::~MusicGeneration()
{
    cancel();
    // Workers hold shared pointers and copies only; wait so none reports to a dead object.
    while (m_running.load() > 0)
        QThread::msleep(5);
}

int MusicGeneration::next()
{
    m_current = ++m_lastId;
    return m_lastId;
}

void MusicGeneration::cancel()
{
    const int job = m_current.exchange(0);
    if (job != 0)
        emit cancelled(job);
}

void MusicGeneration::launch(int job, Work work)
{
    ++m_running;
    QPointer<MusicGeneration> self(this);
    QThread *t = QThread::create([=, this] {
        auto onProgress = [&](int done, int total) {
            if (self && m_current.load() == job && (done % 8 == 0 || done == total))
                QMetaObject::invokeMethod(self, [=] {
                    if (m_current.load() == job)
                        emit progress(job, done, total);
                }, Qt::QueuedConnection);
            return m_current.load() == job;  // false cancels the model loop
        };
        work(onProgress);
        --m_running;
    });
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

int MusicGeneration::startContinue(std::shared_ptr<const core::IMusicModel> model,
                                   const core::ContinueRequest &request)
{
    const int job = next();
    QPointer<MusicGeneration> self(this);
    launch(job, [=, this](const std::function<bool(int, int)> &onProgress) {
        QString error;
        auto result = core::continueMusic(*model, request, onProgress, &error);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [=, this] {
            if (m_current.load() != job)
                return;
            if (result)
                emit continued(job, result->variations, result->key.toString());
            else if (!error.isEmpty())
                emit failed(job, error);
        }, Qt::QueuedConnection);
    });
    return job;
}

int MusicGeneration::startRegenerate(std::shared_ptr<const core::IMusicModel> model, const core::Song &song,
                                     int track, core::Tick from, core::Tick to, int candidates,
                                     const core::MusicSampleOptions &options)
{
    const int job = next();
    QPointer<MusicGeneration> self(this);
    launch(job, [=, this](const std::function<bool(int, int)> &onProgress) {
        QString error;
        auto notes = core::regenerateRange(*model, song, track, from, to, candidates, options, onProgress, &error);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [=, this] {
            if (m_current.load() != job)
                return;
            if (notes)
                emit regenerated(job, *notes);
            else if (!error.isEmpty())
                emit failed(job, error);
        }, Qt::QueuedConnection);
    });
    return job;
}

} // namespace atelier::ui
