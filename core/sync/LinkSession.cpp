#include "sync/LinkSession.h"

#include <ableton/Link.hpp>
#include <ableton/link/HostTimeFilter.hpp>

#include <chrono>
#include <cmath>

namespace atelier::core {

struct LinkSession::Impl {
    explicit Impl(double bpm) : link(bpm), audioState(link.captureAppSessionState()) {}
    ableton::Link link;
    ableton::link::HostTimeFilter<ableton::link::platform::Clock> hostTime;
    ableton::Link::SessionState audioState;   // audio thread only
    std::chrono::microseconds cycleTime{0};
    double microsPerFrame = 1e6 / 48000.0;
};

LinkSession::LinkSession(double bpm) : d(std::make_unique<Impl>(bpm)) {}

LinkSession::~LinkSession()
{
    d->link.enable(false);
}

void LinkSession::setEnabled(bool enabled) { d->link.enable(enabled); }
bool LinkSession::isEnabled() const { return d->link.isEnabled(); }
void LinkSession::setStartStopSync(bool enabled) { d->link.enableStartStopSync(enabled); }
bool LinkSession::startStopSync() const { return d->link.isStartStopSyncEnabled(); }
int LinkSession::peers() const { return int(d->link.numPeers()); }
double LinkSession::tempo() const { return d->link.captureAppSessionState().tempo(); }

void LinkSession::setTempo(double bpm)
{
    auto state = d->link.captureAppSessionState();
    state.setTempo(bpm, d->link.clock().micros());
    d->link.commitAppSessionState(state);
}

std::int64_t LinkSession::hostMicros() const { return d->link.clock().micros().count(); }

void LinkSession::beginCycle(double sampleTime, double sampleRate, std::int64_t outputLatency_us)
{
    d->microsPerFrame = 1e6 / sampleRate;
    d->cycleTime = d->hostTime.sampleTimeToHostTime(sampleTime) + std::chrono::microseconds(outputLatency_us);
    d->audioState = d->link.captureAudioSessionState();
}

std::int64_t LinkSession::hostTimeAt(double offset) const
{
    return d->cycleTime.count() + std::llround(offset * d->microsPerFrame);
}

double LinkSession::beatAt(double offset) const
{
    return d->audioState.beatAtTime(std::chrono::microseconds(hostTimeAt(offset)), kQuantum);
}

double LinkSession::cycleTempo() const { return d->audioState.tempo(); }
bool LinkSession::cyclePlaying() const { return d->audioState.isPlaying(); }

void LinkSession::setPlayingAt(bool playing, double offset)
{
    d->audioState.setIsPlaying(playing, std::chrono::microseconds(hostTimeAt(offset)));
    d->link.commitAudioSessionState(d->audioState);
}

} // namespace atelier::core
