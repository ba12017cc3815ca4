// libFuzzer harness: Quick, Draw! ndjson import (QuickDrawReader::readFile:
// lines split, bad lines skipped and counted, long lines refused).

#include "FuzzInput.h"
#include "sketch/QuickDrawReader.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::inputFile(data, size, ".ndjson");
    QString error;
    core::QuickDrawReader::Skipped skipped;
    const auto entries = core::QuickDrawReader::readFile(path, &error, 1000, &skipped);
    if (entries && entries->isEmpty())
        fuzz::broken("an empty list of drawings instead of an error");
    if (!entries && error.isEmpty())
        fuzz::broken("no drawings and no error");
    if (skipped.lines > 0 && skipped.first.isEmpty())
        fuzz::broken("lines skipped without a reason");
    return 0;
}
