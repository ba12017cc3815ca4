#include "midi/SmfEvent.h"

#include <QStringDecoder>
#include <algorithm>
#include <cmath>

namespace atelier::core {

namespace {
std::uint8_t clamp7(int v) { return std::uint8_t(std::clamp(v, 0, 127)); }
} // namespace

SmfEvent SmfEvent::channelMessage(SmfTick tick, int status, int data1, int data2)
{
    SmfEvent e;
    e.tick = tick;
    e.kind = Kind::Channel;
    e.status = std::uint8_t(std::clamp(status, 0x80, 0xEF));
    e.data1 = clamp7(data1);
    e.data2 = channelDataLength(e.status) == 2 ? clamp7(data2) : 0;
    return e;
}

SmfEvent SmfEvent::meta(SmfTick tick, int type, const QByteArray &bytes)
{
    SmfEvent e;
    e.tick = tick;
    e.kind = Kind::Meta;
    e.status = 0xFF;
    e.metaType = std::uint8_t(std::clamp(type, 0, 255));
    e.bytes = bytes;
    return e;
}

SmfEvent SmfEvent::sysEx(SmfTick tick, int status, const QByteArray &bytes)
{
    SmfEvent e;
    e.tick = tick;
    e.kind = Kind::SysEx;
    e.status = status == 0xF7 ? 0xF7 : 0xF0;
    e.bytes = bytes;
    return e;
}

SmfEvent SmfEvent::endOfTrack(SmfTick tick)
{
    return meta(tick, kMetaEndOfTrack, {});
}

SmfEvent SmfEvent::trackName(SmfTick tick, const QString &name)
{
    return meta(tick, kMetaTrackName, name.toUtf8());
}

SmfEvent SmfEvent::tempo(SmfTick tick, int microsecondsPerQuarter)
{
    const int us = std::clamp(microsecondsPerQuarter, 1, 0xFFFFFF);
    QByteArray b(3, '\0');
    b[0] = char((us >> 16) & 0xFF);
    b[1] = char((us >> 8) & 0xFF);
    b[2] = char(us & 0xFF);
    return meta(tick, kMetaTempo, b);
}

SmfEvent SmfEvent::timeSignature(SmfTick tick, int numerator, int denominator)
{
    const int log2Denominator =
        std::clamp(int(std::lround(std::log2(double(std::max(denominator, 1))))), 0, 30);
    QByteArray b(4, '\0');
    b[0] = char(std::clamp(numerator, 1, 255));
    b[1] = char(log2Denominator);
    b[2] = char(24);  // MIDI clocks per metronome click
    b[3] = char(8);   // notated 32nd notes per quarter
    return meta(tick, kMetaTimeSignature, b);
}

int SmfEvent::channelDataLength(int status)
{
    const int cmd = status & 0xF0;
    return (cmd == kProgramChange || cmd == kChannelPressure) ? 1 : 2;
}

bool SmfEvent::isNoteOn() const
{
    return isChannel() && command() == kNoteOn && data2 > 0;
}

bool SmfEvent::isNoteOff() const
{
    return isChannel() && (command() == kNoteOff || (command() == kNoteOn && data2 == 0));
}

std::optional<int> SmfEvent::tempoMicroseconds() const
{
    if (!isMeta(kMetaTempo) || bytes.size() < 3)
        return std::nullopt;
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const int us = (b[0] << 16) | (b[1] << 8) | b[2];
    if (us <= 0)
        return std::nullopt;
    return us;
}

std::optional<double> SmfEvent::tempoBpm() const
{
    const auto us = tempoMicroseconds();
    if (!us)
        return std::nullopt;
    return 60'000'000.0 / *us;
}

std::optional<std::pair<int, int>> SmfEvent::timeSignatureValue() const
{
    if (!isMeta(kMetaTimeSignature) || bytes.size() < 2)
        return std::nullopt;
    const int numerator = static_cast<unsigned char>(bytes[0]);
    const int log2Denominator = static_cast<unsigned char>(bytes[1]);
    if (log2Denominator > 30)
        return std::nullopt;
    return std::make_pair(numerator, 1 << log2Denominator);
}

std::optional<std::pair<int, bool>> SmfEvent::keySignatureValue() const
{
    if (!isMeta(kMetaKeySignature) || bytes.size() < 2)
        return std::nullopt;
    const int sharps = static_cast<signed char>(bytes[0]);
    const int mode = static_cast<unsigned char>(bytes[1]);
    if (sharps < -7 || sharps > 7 || mode > 1)
        return std::nullopt;
    return std::make_pair(sharps, mode == 1);
}

std::optional<QString> SmfEvent::text() const
{
    if (!isMeta() || metaType < 0x01 || metaType > 0x0F)
        return std::nullopt;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString s = utf8(bytes);
    if (utf8.hasError())
        s = QString::fromLatin1(bytes);
    return s;
}

bool SmfEvent::operator==(const SmfEvent &o) const
{
    return tick == o.tick && kind == o.kind && status == o.status && metaType == o.metaType
        && data1 == o.data1 && data2 == o.data2 && bytes == o.bytes;
}

} // namespace atelier::core
