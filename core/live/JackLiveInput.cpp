#include "live/JackLiveInput.h"

#include "live/JackPorts.h"

#include <QObject>
#include <cmath>

namespace atelier::core {

JackLiveInput::JackLiveInput(const IMidiClock &studioClock, QString serverName)
    : m_clock(studioClock), m_server(std::move(serverName))
{
}

JackLiveInput::~JackLiveInput()
{
    stop();
}

bool JackLiveInput::start(QString *error)
{
    if (isStarted())
        return true;
    m_jack.close();
    JackMidiClient::Options options;
    options.serverName = m_server;
    options.inputPort = QStringLiteral("in");
    options.outputPort.clear();
    options.acceptClock = true;   // the hub hands clock only to those who follow it
    m_haveOffset = false;
    return m_jack.open(options, error);
}

void JackLiveInput::stop()
{
    m_port.clear();
    m_jack.close();
}

QStringList JackLiveInput::portNames(QString *error)
{
    if (!isStarted()) {
        if (error)
            *error = QObject::tr("JACK is not running");
        return {};
    }
    if (error)
        error->clear();
    return m_jack.inputPortNames();
}

bool JackLiveInput::open(const QString &port, QString *error)
{
    close();
    if (!isStarted()) {
        if (error)
            *error = QObject::tr("MIDI input \"%1\": JACK is not running").arg(port);
        return false;
    }
    QString e;
    if (!m_jack.connectInput(port, &e)) {
        if (error)
            *error = e;
        return false;
    }
    // The full name of what connectInput() connected (the user may have typed its start).
    m_port = port == QLatin1String("virtual") ? m_jack.inputPortFullName()
                                              : jackports::find(m_jack.inputPortNames(), port);
    return true;
}

void JackLiveInput::close()
{
    if (m_port.isEmpty())
        return;
    m_port.clear();
    m_jack.disconnectInput();
}

bool JackLiveInput::checkPort()
{
    if (m_port.isEmpty())
        return true;
    const bool serverGone = !isStarted();
    if (!serverGone && (m_port == m_jack.inputPortFullName() || m_jack.inputPortNames().contains(m_port)))
        return true;
    const QString port = m_port;
    m_port.clear();
    std::lock_guard lock(m_statusMutex);
    m_status = serverGone ? QObject::tr("The JACK server stopped: MIDI input \"%1\" is gone").arg(port)
                          : QObject::tr("MIDI input \"%1\" disappeared; choose another or Rescan").arg(port);
    return false;
}

bool JackLiveInput::readInput(TimedMidiEvent &event)
{
    if (!m_jack.isOpen())
        return false;
    // studio = offset + ratio * jack. Both "now"s are estimates that jitter by
    // a fraction of a cycle, so the offset is smoothed over every call (the
    // hub asks every 0.5 ms): a time constant of about a quarter second, and
    // a jump of more than 50 ms (an audio restart) is taken at once.
    const double jackRate = m_jack.sampleRate(), studioRate = m_clock.sampleRate();
    const double ratio = jackRate > 0 && studioRate > 0 ? studioRate / jackRate : 1.0;
    const double sample = double(m_clock.nowFrame()) - ratio * double(m_jack.nowFrame());
    if (!m_haveOffset || std::abs(sample - m_offset) > 0.05 * studioRate) {
        m_offset = sample;
        m_haveOffset = true;
    } else {
        m_offset += 0.002 * (sample - m_offset);
    }
    if (!m_jack.readInput(event))
        return false;
    event.frame = Frame(std::llround(m_offset + ratio * double(event.frame)));
    return true;
}

QString JackLiveInput::takeStatus()
{
    {
        std::lock_guard lock(m_statusMutex);
        if (!m_status.isEmpty()) {
            QString s;
            std::swap(s, m_status);
            return s;
        }
    }
    return m_jack.takeStatus();
}

} // namespace atelier::core
