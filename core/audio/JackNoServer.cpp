#include "audio/JackNoServer.h"

#include <QObject>

namespace atelier::core {

QString noJackServerMessage(const QString &server)
{
    QString which = server;
    if (which.isEmpty())
        which = QString::fromLocal8Bit(qgetenv("JACK_DEFAULT_SERVER"));
    return QObject::tr("no JACK server \"%1\" is running (start one, e.g. jackd -d alsa, or qjackctl)")
        .arg(which.isEmpty() ? QStringLiteral("default") : which);
}

} // namespace atelier::core
