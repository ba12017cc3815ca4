#include "midi/SmfError.h"

namespace atelier::core {

QString SmfError::message() const
{
    QString out;
    if (!file.isEmpty())
        out += file + QStringLiteral(": ");
    if (offset >= 0)
        out += QStringLiteral("byte %1: ").arg(offset);
    return out + reason;
}

} // namespace atelier::core
