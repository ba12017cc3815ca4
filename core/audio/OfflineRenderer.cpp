#include "audio/OfflineRenderer.h"
#include "audio/ChannelRouter.h"

#include "audio/PlaybackSnapshot.h"
#include "audio/Sequencer.h"
#include "audio/Synth.h"

#include <QFile>
#include <QFileInfo>
#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace atelier::core {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool OfflineRenderer::render(const Song &song, const RenderOptions &options, const QString &wavPath,
                             QString *error, const std::function<bool(double)> &progress)
{
    if (wavPath.isEmpty())
        return fail(error, QStringLiteral("No output file was given."));
    if (options.sampleRate < 8000 || options.sampleRate > 192000)
        return fail(error, QStringLiteral("Unsupported sample rate: %1 Hz").arg(options.sampleRate));
    if (options.loopRegionOnly && !song.loop.isValid())
        return fail(error, QStringLiteral("The loop region is empty: set a loop region to render it."));

    const QString soundFont = options.soundFont.isEmpty() ? Synth::defaultSoundFontPath() : options.soundFont;
    Synth synth(options.sampleRate);
    if (!synth.loadSoundFont(soundFont, error))
        return false;

    // The loop is not followed offline; the renderer decides where to stop.
    Song straight = song;
    straight.loop.enabled = false;
    auto snapshot = PlaybackSnapshot::build(straight, options.sampleRate);
    const std::int64_t from = options.loopRegionOnly ? snapshot->sampleAtTick(song.loop.start) : 0;
    const std::int64_t to = options.loopRegionOnly ? snapshot->sampleAtTick(song.loop.end)
                                                   : snapshot->end_samples();
    const std::int64_t musicFrames = std::max<std::int64_t>(to - from, 0);
    const std::int64_t totalFrames =
        musicFrames + std::llround(std::max(options.tail_s, 0.0) * options.sampleRate);
    if (totalFrames <= 0)
        return fail(error, QStringLiteral("Nothing to render: the song is empty."));

    const QString partPath = wavPath + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(partPath);
    SF_INFO info{};
    info.samplerate = options.sampleRate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | (options.float32 ? SF_FORMAT_FLOAT : SF_FORMAT_PCM_16);
    SNDFILE *file = sf_open(partName.constData(), SFM_WRITE, &info);
    if (!file) {
        const QString reason = QString::fromLocal8Bit(sf_strerror(nullptr));
        return fail(error, QStringLiteral("Cannot write %1: %2").arg(QFileInfo(wavPath).absoluteFilePath(), reason));
    }
    sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    auto abandon = [&](const QString &message) {
        sf_close(file);
        QFile::remove(partPath);
        return fail(error, message);
    };

    // No MIDI-out queue: MIDI-port tracks are played by the internal synth.
    ChannelRouter router(synth, kBlock_frames);
    router.setInstruments(options.channelInstruments);
    Sequencer sequencer(router);
    sequencer.publish(std::move(snapshot));
    if (options.loopRegionOnly)
        sequencer.locate(song.loop.start);
    sequencer.play();

    std::vector<float> left(kBlock_frames), right(kBlock_frames), interleaved(2 * kBlock_frames);
    std::int64_t done = 0;
    bool stopped = false;
    double lastReported = -1.0;
    while (done < totalFrames) {
        // Blocks end exactly at the music's end, where the transport stops
        // (releasing every note); the tail is rendered after that.
        std::int64_t limit = totalFrames - done;
        if (!stopped)
            limit = std::min(limit, musicFrames - done);
        if (!stopped && limit <= 0) {
            sequencer.stop();
            stopped = true;
            continue;
        }
        const int n = int(std::min<std::int64_t>(kBlock_frames, limit));
        sequencer.process(left.data(), right.data(), n);
        sequencer.collectGarbage();
        for (int i = 0; i < n; ++i) {
            interleaved[std::size_t(2 * i)] = left[std::size_t(i)];
            interleaved[std::size_t(2 * i + 1)] = right[std::size_t(i)];
        }
        if (sf_writef_float(file, interleaved.data(), n) != n)
            return abandon(QStringLiteral("Cannot write %1: %2").arg(wavPath, QString::fromLocal8Bit(sf_strerror(file))));
        done += n;
        if (progress) {
            const double p = double(done) / double(totalFrames);
            if (p - lastReported >= 0.005 || done == totalFrames) {
                lastReported = p;
                if (!progress(p))
                    return abandon(QStringLiteral("Rendering was cancelled."));
            }
        }
    }
    if (sf_close(file) != 0) {
        QFile::remove(partPath);
        return fail(error, QStringLiteral("Cannot finish writing %1.").arg(wavPath));
    }
    // rename(2) replaces an existing file atomically.
    if (std::rename(partName.constData(), QFile::encodeName(wavPath).constData()) != 0) {
        QFile::remove(partPath);
        return fail(error, QStringLiteral("Cannot move the rendered file to %1.").arg(wavPath));
    }
    return true;
}

} // namespace atelier::core
