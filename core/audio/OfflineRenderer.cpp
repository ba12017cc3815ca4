#include "audio/OfflineRenderer.h"

#include "document/ChordVoicer.h"
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

std::optional<AudioContainer> OfflineRenderer::containerFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
        return AudioContainer::Wav;
    if (path.endsWith(QLatin1String(".flac"), Qt::CaseInsensitive))
        return AudioContainer::Flac;
    return std::nullopt;
}

std::optional<SampleFormat> OfflineRenderer::sampleFormatFor(const QString &bits)
{
    if (bits == QLatin1String("16"))
        return SampleFormat::Pcm16;
    if (bits == QLatin1String("24"))
        return SampleFormat::Pcm24;
    if (bits == QLatin1String("32f"))
        return SampleFormat::Float32;
    return std::nullopt;
}

QString OfflineRenderer::bitsName(SampleFormat format)
{
    switch (format) {
    case SampleFormat::Pcm16: return QStringLiteral("16");
    case SampleFormat::Pcm24: return QStringLiteral("24");
    case SampleFormat::Float32: return QStringLiteral("32f");
    }
    return {};
}

std::pair<Tick, Tick> OfflineRenderer::tickRange(const Song &song, const RenderOptions &options)
{
    if (options.rangeEnd > options.rangeStart)
        return {std::max<Tick>(0, options.rangeStart), options.rangeEnd};
    if (options.loopRegionOnly)
        return {song.loop.start, song.loop.end};
    return {0, ChordVoicer::soundingEnd(song)};
}

bool OfflineRenderer::render(const Song &song, const RenderOptions &options, const QString &wavPath,
                             QString *error, const std::function<bool(double)> &progress)
{
    if (wavPath.isEmpty())
        return fail(error, QStringLiteral("No output file was given."));
    if (options.sampleRate < 8000 || options.sampleRate > 192000)
        return fail(error, QStringLiteral("Unsupported sample rate: %1 Hz").arg(options.sampleRate));
    const bool ranged = options.rangeEnd > options.rangeStart;
    if (!ranged && options.loopRegionOnly && !song.loop.isValid())
        return fail(error, QStringLiteral("The loop region is empty: set a loop region to render it."));
    if (options.container == AudioContainer::Flac && options.sampleFormat == SampleFormat::Float32)
        return fail(error, QStringLiteral("FLAC holds 16- or 24-bit samples: choose WAV for 32-bit float."));

    const QString soundFont = options.soundFont.isEmpty() ? Synth::defaultSoundFontPath() : options.soundFont;
    Synth synth(options.sampleRate);
    if (!synth.loadSoundFont(soundFont, error))
        return false;

    // The loop is not followed offline; the renderer decides where to stop.
    Song straight = song;
    straight.loop.enabled = false;
    auto snapshot = PlaybackSnapshot::build(straight, options.sampleRate);
    const auto [fromTick, toTick] = tickRange(song, options);
    const bool partial = ranged || options.loopRegionOnly;
    const std::int64_t from = partial ? snapshot->sampleAtTick(fromTick) : 0;
    const std::int64_t to = partial ? snapshot->sampleAtTick(toTick) : snapshot->end_samples();
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
    info.format = (options.container == AudioContainer::Flac ? SF_FORMAT_FLAC : SF_FORMAT_WAV) |
                  (options.sampleFormat == SampleFormat::Float32 ? SF_FORMAT_FLOAT
                   : options.sampleFormat == SampleFormat::Pcm24 ? SF_FORMAT_PCM_24
                                                                 : SF_FORMAT_PCM_16);
    if (!sf_format_check(&info))
        return fail(error, QStringLiteral("This libsndfile cannot write that format (%1, %2 bits).")
                               .arg(options.container == AudioContainer::Flac ? "FLAC" : "WAV",
                                    bitsName(options.sampleFormat)));
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
    if (partial)
        sequencer.locate(fromTick);
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
