#include "midi/SmfReader.h"

#include "document/BoundedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cstring>

namespace atelier::core {

namespace {

QString hex2(int b)
{
    return QStringLiteral("0x") + QString::number(b, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

// Walks the bytes with absolute offsets; every read is bounds-checked against
// an explicit end. The first failure is recorded and parsing stops.
class SmfParser {
public:
    explicit SmfParser(const QByteArray &bytes)
        : m_data(reinterpret_cast<const unsigned char *>(bytes.constData())),
          m_end(bytes.size())
    {
    }

    std::optional<SmfFile> parse();
    const SmfError &error() const { return m_error; }

private:
    bool fail(qint64 offset, const QString &reason)
    {
        m_error.offset = offset;
        m_error.reason = reason;
        return false;
    }
    quint32 be32(qint64 at) const
    {
        return (quint32(m_data[at]) << 24) | (quint32(m_data[at + 1]) << 16)
            | (quint32(m_data[at + 2]) << 8) | quint32(m_data[at + 3]);
    }
    quint32 le32(qint64 at) const
    {
        return quint32(m_data[at]) | (quint32(m_data[at + 1]) << 8)
            | (quint32(m_data[at + 2]) << 16) | (quint32(m_data[at + 3]) << 24);
    }
    int be16(qint64 at) const { return (m_data[at] << 8) | m_data[at + 1]; }
    bool idAt(qint64 at, const char *id) const
    {
        return m_end - at >= 4 && std::memcmp(m_data + at, id, 4) == 0;
    }
    QString chunkName(qint64 at) const;

    bool unwrapRiff(qint64 *start);
    bool readHeader(qint64 *pos, int *trackCount, SmfFile *file);
    bool readTrack(qint64 start, qint64 end, SmfTrack *track);
    bool readVlq(qint64 *pos, qint64 end, const QString &what, quint32 *value);
    bool pastChunkEnd(qint64 offset, const QString &what)
    {
        return fail(offset, QStringLiteral("truncated track: %1 runs past the end of the track chunk")
                                .arg(what));
    }

    const unsigned char *m_data;
    qint64 m_end;
    SmfError m_error;
};

QString SmfParser::chunkName(qint64 at) const
{
    QString name;
    for (int i = 0; i < 4; ++i) {
        const unsigned char c = m_data[at + i];
        if (c < 0x20 || c > 0x7E)
            return QStringLiteral("chunk %1 %2 %3 %4")
                .arg(hex2(m_data[at]), hex2(m_data[at + 1]), hex2(m_data[at + 2]), hex2(m_data[at + 3]));
        name += QLatin1Char(char(c));
    }
    return QStringLiteral("chunk \"%1\"").arg(name);
}

// A RIFF RMID file wraps a whole SMF in its "data" chunk; narrow the parse
// window to that chunk. Other data is left alone.
bool SmfParser::unwrapRiff(qint64 *start)
{
    if (!(idAt(0, "RIFF") && m_end >= 12 && idAt(8, "RMID")))
        return true;
    qint64 pos = 12;
    while (m_end - pos >= 8) {
        const qint64 length = le32(pos + 4);
        if (idAt(pos, "data")) {
            *start = pos + 8;
            m_end = std::min(m_end, pos + 8 + length);
            return true;
        }
        pos += 8 + length + (length & 1);
    }
    return fail(12, QStringLiteral("RIFF MIDI (RMID) file without a \"data\" chunk"));
}

bool SmfParser::readHeader(qint64 *pos, int *trackCount, SmfFile *file)
{
    const qint64 start = *pos;
    const qint64 left = m_end - start;
    if (left <= 0)
        return fail(start, QStringLiteral("the file is empty"));
    if (std::memcmp(m_data + start, "MThd", size_t(std::min<qint64>(left, 4))) != 0) {
        QStringList first;
        for (qint64 i = start; i < std::min(m_end, start + 4); ++i)
            first << QStringLiteral("%1").arg(int(m_data[i]), 2, 16, QLatin1Char('0')).toUpper();
        return fail(start, QStringLiteral("not a MIDI file: it does not start with \"MThd\" (first bytes: %1)")
                               .arg(first.join(QLatin1Char(' '))));
    }
    if (left < 8)
        return fail(m_end, QStringLiteral("truncated header: the file ends after %1 bytes, inside the MThd chunk header")
                               .arg(left));
    const qint64 length = be32(start + 4);
    if (length < 6)
        return fail(start + 4, QStringLiteral("header length %1 is less than 6").arg(length));
    if (length > left - 8)
        return fail(start + 4, QStringLiteral("truncated header: the header chunk length %1 exceeds the %2 bytes left in the file")
                                   .arg(length).arg(left - 8));
    file->format = be16(start + 8);
    *trackCount = be16(start + 10);
    const int division = be16(start + 12);
    if (file->format > 2)
        return fail(start + 8, QStringLiteral("unknown SMF format %1 (only 0, 1 and 2 exist)").arg(file->format));
    if (division & 0x8000)
        return fail(start + 12, QStringLiteral("SMPTE time division (%1 frames per second) is not supported, only ticks per quarter note")
                                    .arg(-qint8(division >> 8)));
    if (division == 0)
        return fail(start + 12, QStringLiteral("the time division is 0 ticks per quarter note"));
    // 0 tracks: a header-only file (some programs write one for an empty
    // song) reads as a file without tracks, an empty song.
    file->ppq = division;
    *pos = start + 8 + length;  // extra header bytes (length > 6) are skipped
    return true;
}

bool SmfParser::readVlq(qint64 *pos, qint64 end, const QString &what, quint32 *value)
{
    const qint64 start = *pos;
    quint32 v = 0;
    for (int i = 0; i < 4; ++i) {
        if (*pos >= end)
            return pastChunkEnd(start, what);
        const unsigned char b = m_data[(*pos)++];
        v = (v << 7) | (b & 0x7F);
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return fail(start, QStringLiteral("%1 is a variable-length quantity longer than 4 bytes").arg(what));
}

bool SmfParser::readTrack(qint64 start, qint64 end, SmfTrack *track)
{
    qint64 pos = start;
    SmfTick tick = 0;
    int runningStatus = 0;  // 0: none
    while (pos < end) {
        const qint64 eventStart = pos;
        quint32 delta = 0;
        if (!readVlq(&pos, end, QStringLiteral("delta time"), &delta))
            return false;
        tick += delta;
        if (pos >= end)
            return pastChunkEnd(eventStart, QStringLiteral("the event after a delta time"));
        int status = m_data[pos];
        if (status < 0x80) {
            if (runningStatus == 0)
                return fail(pos, QStringLiteral("data byte %1 before any status byte (running status with no previous status)")
                                     .arg(hex2(status)));
            status = runningStatus;
        } else {
            ++pos;
        }

        if (status == 0xFF || status == 0xF0 || status == 0xF7) {
            const bool isMeta = status == 0xFF;
            int metaType = 0;
            if (isMeta) {
                if (pos >= end)
                    return pastChunkEnd(eventStart, QStringLiteral("a meta event"));
                metaType = m_data[pos++];
            }
            const QString what = isMeta ? QStringLiteral("meta event %1").arg(hex2(metaType))
                                        : QStringLiteral("SysEx event");
            quint32 length = 0;
            if (!readVlq(&pos, end, what + QStringLiteral(" length"), &length))
                return false;
            if (qint64(length) > end - pos)
                return fail(pos, QStringLiteral("truncated track: %1 of %2 bytes runs past the end of the track chunk (%3 bytes left)")
                                     .arg(what).arg(length).arg(end - pos));
            const QByteArray payload(reinterpret_cast<const char *>(m_data + pos), qsizetype(length));
            pos += length;
            if (isMeta) {
                // Meta events leave running status alone (lenient, like most players).
                if (metaType == SmfEvent::kMetaEndOfTrack) {
                    // Its payload, if any, is meaningless; anything after it in the chunk is ignored.
                    track->events.append(SmfEvent::endOfTrack(tick));
                    return true;
                }
                track->events.append(SmfEvent::meta(tick, metaType, payload));
            } else {
                track->events.append(SmfEvent::sysEx(tick, status, payload));
                runningStatus = 0;  // SysEx cancels running status
            }
            continue;
        }
        if (status >= 0xF0)
            return fail(pos - 1, QStringLiteral("status byte %1 is not allowed in a MIDI file").arg(hex2(status)));

        const int dataLength = SmfEvent::channelDataLength(status);
        if (end - pos < dataLength)
            return pastChunkEnd(eventStart, QStringLiteral("a channel message with status %1").arg(hex2(status)));
        for (int i = 0; i < dataLength; ++i)
            if (m_data[pos + i] & 0x80)
                return fail(pos + i, QStringLiteral("data byte %1 of a channel message with status %2 has its high bit set")
                                         .arg(hex2(m_data[pos + i]), hex2(status)));
        SmfEvent e;
        e.tick = tick;
        e.kind = SmfEvent::Kind::Channel;
        e.status = std::uint8_t(status);
        e.data1 = m_data[pos];
        e.data2 = dataLength == 2 ? m_data[pos + 1] : 0;
        pos += dataLength;
        track->events.append(e);
        runningStatus = status;
    }
    // No End of Track: the chunk end ends the track; add one so that every
    // track read ends with End of Track.
    track->events.append(SmfEvent::endOfTrack(tick));
    return true;
}

std::optional<SmfFile> SmfParser::parse()
{
    qint64 pos = 0;
    if (m_end == 0) {
        fail(0, QStringLiteral("the file is empty"));
        return std::nullopt;
    }
    if (!unwrapRiff(&pos))
        return std::nullopt;
    SmfFile file;
    int trackCount = 0;
    if (!readHeader(&pos, &trackCount, &file))
        return std::nullopt;

    // Only chunks that are really there are read: the declared track count is
    // a loop bound, never an allocation size.
    while (file.tracks.size() < trackCount) {
        const qint64 left = m_end - pos;
        if (left == 0) {
            fail(pos, QStringLiteral("truncated file: the header declares %1 tracks but the file ends after %2")
                          .arg(trackCount).arg(file.tracks.size()));
            return std::nullopt;
        }
        if (left < 8) {
            fail(pos, QStringLiteral("truncated chunk header: 8 bytes needed, only %1 left in the file").arg(left));
            return std::nullopt;
        }
        const bool isTrack = idAt(pos, "MTrk");
        const qint64 length = be32(pos + 4);
        if (length > left - 8) {
            fail(pos + 4, QStringLiteral("%1 length %2 exceeds the %3 bytes left in the file")
                              .arg(isTrack ? QStringLiteral("track chunk") : chunkName(pos))
                              .arg(length).arg(left - 8));
            return std::nullopt;
        }
        if (isTrack) {
            SmfTrack track;
            if (!readTrack(pos + 8, pos + 8 + length, &track))
                return std::nullopt;
            file.tracks.append(std::move(track));
        }
        pos += 8 + length;  // unknown chunks are skipped
    }
    return file;  // bytes after the last declared track are ignored
}

} // namespace

std::optional<SmfFile> SmfReader::read(const QByteArray &bytes, SmfError *error)
{
    SmfParser parser(bytes);
    std::optional<SmfFile> file = parser.parse();
    if (!file && error)
        *error = parser.error();
    return file;
}

std::optional<SmfFile> SmfReader::readFile(const QString &path, SmfError *error)
{
    const QFileInfo info(path);
    auto failWith = [&](const QString &reason) -> std::optional<SmfFile> {
        if (error)
            *error = SmfError{info.fileName(), -1, reason};
        return std::nullopt;
    };
    if (info.isDir())
        return failWith(QStringLiteral("is a folder, not a MIDI file"));
    QString reason;
    const auto bytes = BoundedFile::read(path, kMaxFileSize_bytes, &reason);
    if (!bytes)
        return failWith(reason);
    std::optional<SmfFile> file = read(*bytes, error);
    if (!file && error)
        error->file = info.fileName();
    return file;
}

} // namespace atelier::core
