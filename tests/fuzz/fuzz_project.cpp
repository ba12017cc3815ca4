// libFuzzer harness: the project reader (ProjectFile::parse, every version).
// A project it accepts must save and read back as the same project.

#include "FuzzInput.h"
#include "project/ProjectFile.h"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    core::ProjectError error;
    const auto project = core::ProjectFile::parse(fuzz::bytesOf(data, size), &error);
    if (!project)
        return 0;
    core::ProjectError again;
    const auto reread = core::ProjectFile::parse(core::ProjectFile::serialize(*project), &again);
    if (!reread)
        fuzz::broken("a project it read does not read back after saving:", again.message());
    if (!(*reread == *project))
        fuzz::broken("a project it read reads back different after saving");
    return 0;
}
