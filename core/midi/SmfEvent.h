#pragma once
// One event of a Standard MIDI File track, kept close to the bytes so that a
// file read and written again comes out the same. The tick is absolute (ticks
// from the start of the track, not the delta stored in the file). A channel
// message keeps its status byte and one or two data bytes in plain fields, so
// the common case allocates nothing; meta events and SysEx keep their payload
// (the bytes after the length) in a QByteArray.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <utility>

namespace atelier::core {

using SmfTick = std::int64_t;

struct SmfEvent {
    enum class Kind : std::uint8_t { Channel, Meta, SysEx };

    // Meta event types this code reads or writes.
    static constexpr int kMetaTrackName = 0x03;
    static constexpr int kMetaMarker = 0x06;
    static constexpr int kMetaChannelPrefix = 0x20;
    static constexpr int kMetaEndOfTrack = 0x2F;
    static constexpr int kMetaTempo = 0x51;
    static constexpr int kMetaTimeSignature = 0x58;
    static constexpr int kMetaKeySignature = 0x59;

    // Channel message commands (status & 0xF0).
    static constexpr int kNoteOff = 0x80;
    static constexpr int kNoteOn = 0x90;
    static constexpr int kPolyPressure = 0xA0;
    static constexpr int kControlChange = 0xB0;
    static constexpr int kProgramChange = 0xC0;
    static constexpr int kChannelPressure = 0xD0;
    static constexpr int kPitchBend = 0xE0;

    SmfTick tick = 0;
    Kind kind = Kind::Channel;
    std::uint8_t status = kNoteOn;  // Channel: 0x80..0xEF; Meta: 0xFF; SysEx: 0xF0 or 0xF7
    std::uint8_t metaType = 0;      // Meta only
    std::uint8_t data1 = 0;         // Channel only
    std::uint8_t data2 = 0;         // Channel only, 0 for one-data-byte messages
    QByteArray bytes;               // Meta and SysEx payload

    static SmfEvent channelMessage(SmfTick tick, int status, int data1, int data2 = 0);
    static SmfEvent meta(SmfTick tick, int type, const QByteArray &bytes);
    static SmfEvent sysEx(SmfTick tick, int status, const QByteArray &bytes);
    static SmfEvent endOfTrack(SmfTick tick);
    static SmfEvent trackName(SmfTick tick, const QString &name);
    static SmfEvent tempo(SmfTick tick, int microsecondsPerQuarter);
    // denominator is rounded to a power of two (the file stores its log2).
    static SmfEvent timeSignature(SmfTick tick, int numerator, int denominator);

    // Number of data bytes after a channel status byte: 1 (program change,
    // channel pressure) or 2 (the rest).
    static int channelDataLength(int status);

    bool isChannel() const { return kind == Kind::Channel; }
    bool isMeta() const { return kind == Kind::Meta; }
    bool isMeta(int type) const { return kind == Kind::Meta && metaType == type; }
    bool isSysEx() const { return kind == Kind::SysEx; }
    bool isEndOfTrack() const { return isMeta(kMetaEndOfTrack); }
    int command() const { return status & 0xF0; }  // channel messages only
    int channel() const { return status & 0x0F; }  // channel messages only
    // A note-on with velocity > 0.
    bool isNoteOn() const;
    // A note-off, or a note-on with velocity 0.
    bool isNoteOff() const;
    bool isControlChange() const { return isChannel() && command() == kControlChange; }
    bool isProgramChange() const { return isChannel() && command() == kProgramChange; }

    // Decoded meta payloads; nullopt when the event is another kind or its
    // payload is too short.
    std::optional<int> tempoMicroseconds() const;
    std::optional<double> tempoBpm() const;
    // {numerator, denominator}; the denominator is 2^dd.
    std::optional<std::pair<int, int>> timeSignatureValue() const;
    // {sharps (negative: flats, -7..7), minor}.
    std::optional<std::pair<int, bool>> keySignatureValue() const;
    // Track-name text: UTF-8 if the bytes are valid UTF-8, else Latin-1.
    std::optional<QString> text() const;

    bool operator==(const SmfEvent &o) const;
    bool operator!=(const SmfEvent &o) const { return !(*this == o); }
};

} // namespace atelier::core
