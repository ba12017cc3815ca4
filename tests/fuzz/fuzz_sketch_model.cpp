// libFuzzer harness: Sketch-RNN model files (`*.gen.json`, the decoder-only
// and the VAE models; SketchRnnFile::parse). A file it accepts has the
// shapes the format requires.

#include "FuzzInput.h"
#include "sketchrnn/SketchRnnFile.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const auto file = models::SketchRnnFile::parse(fuzz::bytesOf(data, size), QStringLiteral("fuzz.gen.json"), &error);
    if (!file)
        return 0;
    const auto expected = models::SketchRnnFile::expectedShapes(file->vae, file->hiddenSize(), file->encoderSize(),
                                                                file->latentSize());
    if (expected.size() != file->arrays.size())
        fuzz::broken("accepted a model with the wrong number of arrays");
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (file->arrays[i].shape != expected[i] || qsizetype(file->arrays[i].values.size()) != file->arrays[i].elementCount())
            fuzz::broken("accepted an array of the wrong shape");
    }
    return 0;
}
