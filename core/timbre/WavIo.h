#pragma once
// WAV files for the timbre work: a user's recorded note (a morph corner) in,
// rendered notes and phrases out. libsndfile does the work.
//
// readWavMono reads anything libsndfile reads (WAV, AIFF, FLAC, Ogg, ...),
// any channel count, and mixes the channels down to mono (their mean). A
// missing, unreadable, corrupt or empty file gives an empty result and an
// *error that names the file ("<file>: <problem>").
//
// writeWav writes 16-bit PCM mono (samples clipped to [-1, 1]) to
// "<path>.part" and renames that over path only once it is complete, so a
// failure never damages a file already at path.

#include <QString>
#include <vector>

namespace atelier::core::timbre {

std::vector<float> readWavMono(const QString &path, int *sampleRate, QString *error);
bool writeWav(const QString &path, const std::vector<float> &mono, int sampleRate, QString *error);

} // namespace atelier::core::timbre
