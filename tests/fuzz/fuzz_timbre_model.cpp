// libFuzzer harness: timbre model files (`*.timbre.json`,
// TimbreModelFile::parse). A file it accepts validates, writes and reads back.

#include "FuzzInput.h"
#include "timbre/TimbreModelFile.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString name = QStringLiteral("fuzz.timbre.json");
    QString error;
    const auto file = models::TimbreModelFile::parse(fuzz::bytesOf(data, size), name, &error);
    if (!file)
        return 0;
    if (!file->validate().isEmpty())
        fuzz::broken("accepted a timbre file that does not validate:", file->validate());
    const QByteArray written = file->serialize(&error);
    if (written.isEmpty())
        fuzz::broken("a timbre file it read does not write:", error);
    if (!models::TimbreModelFile::parse(written, name, &error))
        fuzz::broken("a timbre file it wrote does not read:", error);
    return 0;
}
