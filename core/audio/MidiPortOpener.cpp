#include "audio/MidiPortOpener.h"

#include "audio/AlsaSequencerPort.h"
#include "audio/JackMidiPortSender.h"
#include "audio/RtMidiPorts.h"

#include <QObject>
#include <QRegularExpression>

namespace atelier::core {

namespace {

std::unique_ptr<IMidiPortSender> failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return nullptr;
}

// The ALSA address "client:port" that ends a port name as RtMidi lists it
// ("FLUID Synth (1234):Synth input port (1234:0) 128:0"), or that the name is.
bool alsaAddress(const QString &name, int *client, int *port)
{
    static const QRegularExpression tail(QStringLiteral("(\\d+):(\\d+)\\s*$"));
    const QRegularExpressionMatch m = tail.match(name);
    if (!m.hasMatch())
        return false;
    *client = m.captured(1).toInt();
    *port = m.captured(2).toInt();
    return true;
}

std::unique_ptr<IMidiPortSender> openAlsa(const QString &port, bool own, QString *error)
{
    auto alsa = std::make_unique<AlsaSequencerPort>();
    if (own) {
        QString why;
        if (alsa->openOwn(port, &why))
            return alsa;
        return failWith(error, QObject::tr("cannot open MIDI output port \"%1\": %2").arg(port, why));
    }
    QString fullName;
    try {
        RtMidiOut lister(rtmidi::api(MidiSystem::Alsa), "Atelier");
        const int index = rtmidi::findPort(lister, port);
        if (index >= 0)
            fullName = QString::fromStdString(lister.getPortName(unsigned(index)));
    } catch (const RtMidiError &e) {
        return failWith(error, QObject::tr("cannot open MIDI output port \"%1\": %2")
                                   .arg(port, QString::fromStdString(e.getMessage())));
    } catch (...) {
    }
    int client = 0, number = 0;
    if (fullName.isEmpty() || !alsaAddress(fullName, &client, &number))
        return failWith(error, QObject::tr("MIDI output port \"%1\" not found").arg(port));
    return alsa->openTo(client, number, fullName, error) ? std::move(alsa) : nullptr;
}

} // namespace

std::unique_ptr<IMidiPortSender> openMidiPortSender(MidiSystem system, const QString &port, bool own, QString *error)
{
    if (port.isEmpty())
        return failWith(error, QObject::tr("MIDI output port \"%1\" not found").arg(port));
    if (system == MidiSystem::Alsa)
        return openAlsa(port, own, error);
    return JackMidiPortSender::open(port, own, error);
}

} // namespace atelier::core
