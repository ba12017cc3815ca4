#include "midi/SmfWriter.h"

#include "document/AtomicFile.h"

#include <QSaveFile>
#include <algorithm>

namespace atelier::core {

namespace {

constexpr quint32 kMaxVlq = 0x0FFFFFFF;

void appendBe32(QByteArray &out, quint32 v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

void appendBe16(QByteArray &out, int v)
{
    out.append(char((v >> 8) & 0xFF)).append(char(v & 0xFF));
}

void appendVlq(QByteArray &out, quint64 value)
{
    quint32 v = quint32(std::min<quint64>(value, kMaxVlq));
    char buf[4];
    int n = 0;
    buf[n++] = char(v & 0x7F);
    while (v >>= 7)
        buf[n++] = char(0x80 | (v & 0x7F));
    while (n > 0)
        out.append(buf[--n]);
}

QByteArray trackBody(const SmfTrack &track)
{
    QByteArray out;
    SmfTick previous = 0;
    SmfTick end = 0;
    int runningStatus = 0;
    for (const SmfEvent &e : track.events) {
        end = std::max(end, e.tick);
        if (e.isEndOfTrack())
            continue;
        appendVlq(out, quint64(std::max<SmfTick>(e.tick - previous, 0)));
        previous = std::max(previous, e.tick);
        switch (e.kind) {
        case SmfEvent::Kind::Channel:
            if (e.status != runningStatus)
                out.append(char(e.status));
            runningStatus = e.status;
            out.append(char(e.data1 & 0x7F));
            if (SmfEvent::channelDataLength(e.status) == 2)
                out.append(char(e.data2 & 0x7F));
            break;
        case SmfEvent::Kind::Meta:
            out.append(char(0xFF)).append(char(e.metaType));
            appendVlq(out, quint64(e.bytes.size()));
            out.append(e.bytes);
            runningStatus = 0;
            break;
        case SmfEvent::Kind::SysEx:
            out.append(char(e.status));
            appendVlq(out, quint64(e.bytes.size()));
            out.append(e.bytes);
            runningStatus = 0;
            break;
        }
    }
    appendVlq(out, quint64(std::max<SmfTick>(end - previous, 0)));
    out.append(char(0xFF)).append(char(SmfEvent::kMetaEndOfTrack)).append(char(0));
    return out;
}

} // namespace

QByteArray SmfWriter::write(const SmfFile &file)
{
    QByteArray out("MThd", 4);
    appendBe32(out, 6);
    appendBe16(out, std::clamp(file.format, 0, 2));
    appendBe16(out, int(std::min<qsizetype>(file.tracks.size(), 0xFFFF)));
    appendBe16(out, std::clamp(file.ppq, 1, 0x7FFF));
    for (qsizetype i = 0; i < std::min<qsizetype>(file.tracks.size(), 0xFFFF); ++i) {
        const QByteArray body = trackBody(file.tracks[i]);
        out.append("MTrk", 4);
        appendBe32(out, quint32(body.size()));
        out.append(body);
    }
    return out;
}

bool SmfWriter::writeFile(const SmfFile &file, const QString &path, QString *error)
{
    QString reason;
    if (!AtomicFile::write(path, write(file), &reason)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace atelier::core
