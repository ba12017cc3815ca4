#pragma once
// What a JobRunner job sees on its worker thread: whether it was cancelled,
// the cancel flag itself (for APIs that poll one), and post(), which runs a
// function on the owner's thread while the owner lives and the job is not
// cancelled. A job's work function should capture values and shared data
// only, never its owner: everything that touches the owner goes through
// post(). See JobRunner.h.

#include <QObject>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>

namespace atelier::core {

using JobId = std::uint64_t;

// The state a job shares between its worker, its owner's thread and the runner.
struct JobState {
    JobId id = 0;
    std::atomic<bool> cancelled{false};
    std::mutex mutex;            // guards owner / ownerAlive against the owner's destruction
    QObject *owner = nullptr;
    bool ownerAlive = true;
    QMetaObject::Connection ownerGone;
};

class JobContext {
public:
    explicit JobContext(std::shared_ptr<JobState> state) : m_state(std::move(state)) {}

    JobId id() const { return m_state->id; }
    bool cancelled() const { return m_state->cancelled.load(std::memory_order_relaxed); }
    std::atomic<bool> *cancelFlag() const { return &m_state->cancelled; }

    // Queues fn for the owner's thread. It runs there only if, by then, the
    // owner still lives and the job has not been cancelled.
    void post(std::function<void()> fn) const
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        if (!m_state->ownerAlive || m_state->cancelled.load())
            return;
        auto state = m_state;
        QMetaObject::invokeMethod(
            m_state->owner,
            [state, fn = std::move(fn)] {
                if (!state->cancelled.load())
                    fn();
            },
            Qt::QueuedConnection);
    }

private:
    std::shared_ptr<JobState> m_state;
};

} // namespace atelier::core
