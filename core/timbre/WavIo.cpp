#include "timbre/WavIo.h"

#include <QFile>
#include <QFileInfo>
#include <sndfile.h>

#include <algorithm>
#include <cstdio>

namespace atelier::core::timbre {

namespace {

constexpr int kMaxSeconds = 20 * 60;   // the longest sound read

template <class T>
T fail(QString *error, const QString &message, T result)
{
    if (error)
        *error = message;
    return result;
}

QString shown(const QString &path) { return QFileInfo(path).absoluteFilePath(); }

} // namespace

std::vector<float> readWavMono(const QString &path, int *sampleRate, QString *error)
{
    if (sampleRate)
        *sampleRate = 0;
    if (path.isEmpty())
        return fail(error, QStringLiteral("No audio file was given."), std::vector<float>{});
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, QStringLiteral("%1: no such file").arg(shown(path)), std::vector<float>{});
    if (!info.isFile())
        return fail(error, QStringLiteral("%1: not a file").arg(shown(path)), std::vector<float>{});
    if (info.size() == 0)
        return fail(error, QStringLiteral("%1: the file is empty").arg(shown(path)), std::vector<float>{});

    SF_INFO sf{};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &sf);
    if (!file) {
        const QString reason = QString::fromLocal8Bit(sf_strerror(nullptr));
        return fail(error, QStringLiteral("%1: not a readable audio file (%2)").arg(shown(path), reason),
                    std::vector<float>{});
    }
    if (sf.channels <= 0 || sf.samplerate <= 0) {
        sf_close(file);
        return fail(error, QStringLiteral("%1: the file has no audio channels").arg(shown(path)),
                    std::vector<float>{});
    }
    if (sf.frames <= 0) {
        sf_close(file);
        return fail(error, QStringLiteral("%1: the file holds no audio (0 samples)").arg(shown(path)),
                    std::vector<float>{});
    }
    // A sound of the studio's is a note or a phrase: an hour of audio is a
    // mistake, and would fill memory (the header's length may also lie, so
    // reading stops there too).
    const sf_count_t maxFrames = sf_count_t(kMaxSeconds) * sf.samplerate;
    if (sf.frames > maxFrames) {
        sf_close(file);
        return fail(error, QStringLiteral("%1: longer than %2 minutes").arg(shown(path)).arg(kMaxSeconds / 60),
                    std::vector<float>{});
    }

    const int channels = sf.channels;
    std::vector<float> mono;
    // Nothing is reserved on the header's word: the file's size bounds what is there.
    mono.reserve(std::size_t(std::min<sf_count_t>(sf.frames, info.size() / channels)));
    constexpr sf_count_t kChunk = 8192;
    std::vector<float> buffer(std::size_t(kChunk) * std::size_t(channels));
    for (;;) {
        const sf_count_t got = sf_readf_float(file, buffer.data(), kChunk);
        if (got <= 0 || sf_count_t(mono.size()) > maxFrames)
            break;
        for (sf_count_t i = 0; i < got; ++i) {
            const float *frame = buffer.data() + std::size_t(i) * std::size_t(channels);
            float sum = 0;
            for (int c = 0; c < channels; ++c)
                sum += frame[c];
            mono.push_back(sum / float(channels));
        }
    }
    const int err = sf_error(file);
    const QString reason = QString::fromLocal8Bit(sf_strerror(file));
    sf_close(file);
    if (err != SF_ERR_NO_ERROR && mono.empty())
        return fail(error, QStringLiteral("%1: cannot read the audio (%2)").arg(shown(path), reason),
                    std::vector<float>{});
    if (mono.empty())
        return fail(error, QStringLiteral("%1: the file holds no audio (0 samples)").arg(shown(path)),
                    std::vector<float>{});
    if (sampleRate)
        *sampleRate = sf.samplerate;
    return mono;
}

bool writeWav(const QString &path, const std::vector<float> &mono, int sampleRate, QString *error)
{
    if (path.isEmpty())
        return fail(error, QStringLiteral("No output file was given."), false);
    if (sampleRate < 1000 || sampleRate > 384000)
        return fail(error, QStringLiteral("Unsupported sample rate: %1 Hz").arg(sampleRate), false);

    const QString partPath = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(partPath);
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(partName.constData(), SFM_WRITE, &info);
    if (!file) {
        const QString reason = QString::fromLocal8Bit(sf_strerror(nullptr));
        return fail(error, QStringLiteral("Cannot write %1: %2").arg(shown(path), reason), false);
    }
    // Out-of-range samples clip instead of wrapping around.
    sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    constexpr std::size_t kChunk = 65536;
    for (std::size_t at = 0; at < mono.size(); at += kChunk) {
        const sf_count_t n = sf_count_t(std::min(kChunk, mono.size() - at));
        if (sf_writef_float(file, mono.data() + at, n) != n) {
            const QString reason = QString::fromLocal8Bit(sf_strerror(file));
            sf_close(file);
            QFile::remove(partPath);
            return fail(error, QStringLiteral("Cannot write %1: %2").arg(shown(path), reason), false);
        }
    }
    if (sf_close(file) != 0) {
        QFile::remove(partPath);
        return fail(error, QStringLiteral("Cannot finish writing %1.").arg(shown(path)), false);
    }
    // rename(2) replaces an existing file atomically.
    if (std::rename(partName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partPath);
        return fail(error, QStringLiteral("Cannot move the written file to %1.").arg(shown(path)), false);
    }
    return true;
}

} // namespace atelier::core::timbre
