// libFuzzer harness: the Standard MIDI File reader (SmfReader), then what the
// studio does with a file it opens: the song made of it (events past 24
// hours dropped), written back as a MIDI file, which must read again.

#include "FuzzInput.h"
#include "midi/SmfReader.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    core::SmfError error;
    const auto file = core::SmfReader::read(fuzz::bytesOf(data, size), &error);
    if (!file)
        return 0;
    int dropped = 0;
    const core::Song song = core::SongConverter::fromSmf(*file, &dropped);
    const QByteArray written = core::SmfWriter::write(core::SongConverter::toSmf(song));
    core::SmfError again;
    if (!core::SmfReader::read(written, &again))
        fuzz::broken("the song's own MIDI file does not read:", again.message());
    return 0;
}
