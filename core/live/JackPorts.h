#pragma once
// What JackMidiClient and JackServer share about JACK port names (include
// only in .cpp files: it brings in jack/jack.h).

#include <QString>
#include <QStringList>
#include <jack/jack.h>

namespace atelier::core::jackports {

// Ports of that type and flags, as full names ("client:port").
inline QStringList list(jack_client_t *client, const char *type, unsigned long flags)
{
    QStringList names;
    const char **ports = jack_get_ports(client, nullptr, type, flags);
    if (!ports)
        return names;
    for (const char **p = ports; *p; ++p)
        names.append(QString::fromUtf8(*p));
    jack_free(ports);
    return names;
}

// The same, without the calling client's own ports.
inline QStringList listOthers(jack_client_t *client, const char *type, unsigned long flags)
{
    const QString own = QString::fromUtf8(jack_get_client_name(client)) + QLatin1Char(':');
    QStringList names = list(client, type, flags);
    names.erase(std::remove_if(names.begin(), names.end(), [&](const QString &n) { return n.startsWith(own); }),
                names.end());
    return names;
}

// `name` exactly, else the first port that starts with it, else the first
// whose port part (after "client:") is it; empty when none.
inline QString find(const QStringList &ports, const QString &name)
{
    if (name.isEmpty())
        return {};
    if (ports.contains(name))
        return name;
    for (const QString &p : ports)
        if (p.startsWith(name))
            return p;
    for (const QString &p : ports)
        if (p.section(QLatin1Char(':'), 1) == name)
            return p;
    return {};
}

} // namespace atelier::core::jackports
