#include "audio/MidiInput.h"

#include "audio/RtMidiPorts.h"

namespace atelier::core {

namespace {

// After a port is open, RtMidi problems (e.g. a vanished device) must not
// throw on its thread or ours: they are dropped.
void ignoreError(RtMidiError::Type, const std::string &, void *) {}

} // namespace

MidiInput::MidiInput() = default;

MidiInput::~MidiInput()
{
    close();
}

QStringList MidiInput::portNames(QString *error)
{
    return rtmidi::listPorts<RtMidiIn>(rtmidi::api(), QStringLiteral("no MIDI input system"), error);
}

bool MidiInput::open(const QString &portName, Callback callback, QString *error)
{
    return openPort(portName, false, std::move(callback), error);
}

bool MidiInput::openVirtual(const QString &name, Callback callback, QString *error)
{
    return openPort(name, true, std::move(callback), error);
}

bool MidiInput::openPort(const QString &portName, bool isVirtual, Callback callback, QString *error)
{
    close();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        m_callback = nullptr;
        return false;
    };
    if (!callback)
        return fail(QStringLiteral("cannot open MIDI input port \"%1\": no callback").arg(portName));
    try {
        auto in = std::make_unique<RtMidiIn>(rtmidi::api(), "Atelier");
        const int index = isVirtual ? 0 : rtmidi::findPort(*in, portName);
        if (index < 0)
            return fail(QStringLiteral("MIDI input port \"%1\" not found").arg(portName));
        const QString fullName = isVirtual ? portName : QString::fromStdString(in->getPortName(unsigned(index)));
        m_callback = std::move(callback);  // before the input thread can call it
        in->ignoreTypes(true, !m_acceptClock, true);  // sysex, timing, active sensing
        in->setCallback(&MidiInput::onMessage, this);
        if (isVirtual)
            in->openVirtualPort(portName.toStdString());
        else
            in->openPort(unsigned(index), "Atelier in");
        in->setErrorCallback(&ignoreError, nullptr);
        m_in = std::move(in);
        m_portName = fullName;
    } catch (const RtMidiError &e) {
        // `in` is destroyed (its thread stopped) before we get here.
        return fail(QStringLiteral("cannot open MIDI input port \"%1\": %2")
                        .arg(portName, QString::fromStdString(e.getMessage())));
    } catch (const std::exception &e) {
        return fail(QStringLiteral("cannot open MIDI input port \"%1\": %2")
                        .arg(portName, QString::fromUtf8(e.what())));
    } catch (...) {
        return fail(QStringLiteral("cannot open MIDI input port \"%1\"").arg(portName));
    }
    if (error)
        error->clear();
    return true;
}

void MidiInput::close()
{
    if (m_in) {
        try {
            m_in->closePort();  // joins RtMidi's input thread
        } catch (...) {
        }
        m_in.reset();
    }
    m_callback = nullptr;
    m_portName.clear();
}

bool MidiInput::isOpen() const
{
    return m_in != nullptr;
}

QString MidiInput::portName() const
{
    return m_portName;
}

bool MidiInput::isClockMessage(std::uint8_t status)
{
    return status == 0xF8 || status == 0xFA || status == 0xFB || status == 0xFC || status == 0xF2;
}

std::optional<MidiMessage> MidiInput::parse(const unsigned char *bytes, std::size_t size, bool acceptClock)
{
    if (!bytes || size == 0)
        return std::nullopt;
    const unsigned char status = bytes[0];
    if (acceptClock && isClockMessage(status)) {
        MidiMessage m;
        m.status = status;
        if (status == 0xF2) {
            if (size < 3)
                return std::nullopt;
            m.data1 = bytes[1] & 0x7F;
            m.data2 = bytes[2] & 0x7F;
        }
        return m;
    }
    if (status < 0x80 || status >= 0xF0)
        return std::nullopt;  // running-status data or a system message
    MidiMessage m;
    m.status = status;
    m.data1 = size > 1 ? (bytes[1] & 0x7F) : 0;
    m.data2 = size > 2 && m.size() > 2 ? (bytes[2] & 0x7F) : 0;
    return m;
}

void MidiInput::onMessage(double, std::vector<unsigned char> *message, void *self)
{
    auto *input = static_cast<MidiInput *>(self);
    const std::optional<MidiMessage> parsed =
        message ? parse(message->data(), message->size(), input->m_acceptClock) : std::nullopt;
    if (!parsed)
        return;
    const MidiMessage m = *parsed;
    if (!input->m_callback)
        return;
    try {
        input->m_callback(m);
    } catch (...) {
        // Must not unwind into RtMidi's thread.
    }
}

} // namespace atelier::core
