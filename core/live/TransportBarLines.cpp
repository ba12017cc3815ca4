#include "live/TransportBarLines.h"

#include "audio/AudioEngine.h"

#include <cmath>

namespace atelier::core {

TransportBarLines::TransportBarLines(const AudioEngine &engine, const Song &song)
    : m_engine(&engine), m_tempo(song), m_grid(song), m_loop(song.loop)
{
}

std::optional<Frame> TransportBarLines::operator()(Frame after) const
{
    const AudioEngine::TransportPoint tp = m_engine->transportPoint();
    const double rate = m_engine->clock().sampleRate();
    if (!tp.playing || rate <= 0)
        return std::nullopt;
    const std::int64_t sample = tp.sample + (after - tp.frame);
    const Tick tick = m_tempo.secondsToTick(double(std::max<std::int64_t>(sample, 0)) / rate);
    // secondsToTick rounds: a bar line a fraction of a tick before `after` is not "at or after".
    Tick bar = -1;
    for (const BarGrid::Line &line : m_grid.lines(std::max<Tick>(tick - 1, 0), tick + 2 * m_grid.barLength(tick) + 1, false)) {
        const std::int64_t at = std::llround(m_tempo.tickToSeconds(line.tick) * rate);
        if (line.isBar && at >= sample) {
            bar = line.tick;
            break;
        }
    }
    if (m_loop.enabled && m_loop.isValid() && tick < m_loop.end && (bar < 0 || bar > m_loop.end))
        bar = m_loop.end;
    if (bar < 0)
        return std::nullopt;
    return tp.frame + (std::llround(m_tempo.tickToSeconds(bar) * rate) - tp.sample);
}

} // namespace atelier::core
