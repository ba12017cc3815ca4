#pragma once
// Builders for hand-made MIDI file bytes, so the malformed-file tests read as
// the byte layout they describe. Test-only; header-only.

#include <QByteArray>
#include <initializer_list>

namespace atelier::test {

inline QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

inline QByteArray be32(quint32 v)
{
    return bytes({int(v >> 24) & 0xFF, int(v >> 16) & 0xFF, int(v >> 8) & 0xFF, int(v) & 0xFF});
}

inline QByteArray be16(int v) { return bytes({(v >> 8) & 0xFF, v & 0xFF}); }

// "MThd", length 6, format, track count, division: 14 bytes.
inline QByteArray header(int format, int trackCount, int division)
{
    return QByteArray("MThd") + be32(6) + be16(format) + be16(trackCount) + be16(division);
}

inline QByteArray chunk(const char *id, const QByteArray &body)
{
    return QByteArray(id, 4) + be32(quint32(body.size())) + body;
}

inline QByteArray mtrk(const QByteArray &body) { return chunk("MTrk", body); }

inline QByteArray endOfTrack() { return bytes({0x00, 0xFF, 0x2F, 0x00}); }

// A type 1 file with one track holding body (plus End of Track if asked).
inline QByteArray oneTrackFile(const QByteArray &body, bool withEnd = true, int ppq = 480)
{
    return header(1, 1, ppq) + mtrk(withEnd ? body + endOfTrack() : body);
}

// Offset of the first byte of the first track's body in oneTrackFile().
constexpr int kFirstTrackBody = 22;

} // namespace atelier::test
