#include "audio/RtMidiPortSender.h"

#include <RtMidi.h>

namespace atelier::core {

namespace {

void ignoreError(RtMidiError::Type, const std::string &, void *) {}

} // namespace

RtMidiPortSender::RtMidiPortSender(std::unique_ptr<RtMidiOut> out, const QString &name)
    : m_out(std::move(out)), m_name(name)
{
    m_out->setErrorCallback(&ignoreError, nullptr);
}

RtMidiPortSender::~RtMidiPortSender()
{
    try {
        m_out->closePort();
    } catch (...) {
    }
}

bool RtMidiPortSender::send(const MidiMessage &message, double)
{
    const unsigned char bytes[3] = {message.status, message.data1, message.data2};
    try {
        m_out->sendMessage(bytes, std::size_t(message.size()));
    } catch (...) {
        return false;   // a vanished port: the message is lost
    }
    return true;
}

} // namespace atelier::core
