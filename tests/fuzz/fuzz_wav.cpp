// libFuzzer harness: audio import (readWavMono: libsndfile's formats mixed
// down to mono, bounded to 20 minutes, nothing reserved on the header's
// word). What it returns is non-empty, with a sample rate, or an error.

#include "FuzzInput.h"
#include "timbre/WavIo.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::inputFile(data, size, ".wav");
    int rate = 0;
    QString error;
    const std::vector<float> mono = core::timbre::readWavMono(path, &rate, &error);
    if (mono.empty() == error.isEmpty())
        fuzz::broken("neither audio nor an error (or both):", error);
    if (!mono.empty() && rate <= 0)
        fuzz::broken("audio without a sample rate");
    return 0;
}
