#include "music/ContinuationEvaluation.h"

#include "document/BarGrid.h"
#include "music/KeyFinder.h"
#include "music/MusicContinuation.h"

#include <algorithm>
#include <cmath>

namespace atelier::core::ContinuationEvaluation {

PartStats stats(const QList<Note> &notes, const KeyScale &key, int ppq, Tick span)
{
    PartStats s;
    if (notes.isEmpty() || span <= 0 || ppq <= 0)
        return s;
    int inKey = 0, onBeat = 0;
    double velocity = 0;
    for (const Note &n : notes) {
        inKey += key.contains(n.pitch) ? 1 : 0;
        onBeat += n.start % ppq == 0 ? 1 : 0;
        velocity += n.velocity;
    }
    const double count = double(notes.size());
    s.notes = int(notes.size());
    s.inKey = inKey / count;
    s.notesPerBeat = count / (double(span) / ppq);
    s.onBeat = onBeat / count;
    s.meanVelocity = velocity / count;
    return s;
}

namespace {

void add(PartStats &sum, const PartStats &s, double weight)
{
    sum.notes += s.notes;
    sum.inKey += weight * s.inKey;
    sum.notesPerBeat += weight * s.notesPerBeat;
    sum.onBeat += weight * s.onBeat;
    sum.meanVelocity += weight * s.meanVelocity;
}

} // namespace

std::optional<ContinueRequest> excerpt(const Piece &piece, double fraction, int bars, QList<Note> *context)
{
    const Song &song = piece.song;
    if (piece.track < 0 || piece.track >= song.tracks.size() || song.tracks[piece.track].notes.isEmpty())
        return std::nullopt;
    const QList<Note> &notes = song.tracks[piece.track].notes;
    Tick first = notes.first().start, last = 0;
    for (const Note &n : notes) {
        first = std::min(first, n.start);
        last = std::max(last, n.end());
    }
    const BarGrid grid(song);
    const Tick cut = first + Tick(double(last - first) * fraction);
    const Tick at = grid.barStartAt(cut) == cut ? cut : grid.nextBarLine(cut);
    ContinueRequest request;
    request.song = song;
    request.track = piece.track;
    request.contextStart = std::max<Tick>(0, at - 8 * grid.barLength(at));
    request.contextEnd = at;
    request.at = at;
    request.lengthTicks = Tick(std::max(bars, 1)) * grid.barLength(at);
    if (context) {
        context->clear();
        for (const Note &n : notes)
            if (n.start >= request.contextStart && n.start < at)
                context->append(n);
    }
    return request;
}

Keeping keeping(const IMusicModel &model, const std::vector<Piece> &pieces, const MusicSampleOptions &options,
                int variations, int bars, int cuts, const std::function<bool(int, int)> &progress)
{
    Keeping out;
    cuts = std::max(cuts, 1);
    int done = 0;
    for (const Piece &piece : pieces) {
        for (int k = 1; k <= cuts; ++k) {
            if (progress && !progress(done++, int(pieces.size()) * cuts))
                return out;
            QList<Note> context;
            auto request = excerpt(piece, double(k) / (cuts + 1), bars, &context);
            if (!request)
                break;
            request->variations = variations;
            request->options = options;
            QString error;
            const auto result = continueMusic(model, *request, {}, &error);
            if (!result || result->variations.isEmpty())
                continue;
            const KeyScale key = KeyFinder::estimate(context).key;
            PieceResult r;
            r.name = QStringLiteral("%1@%2/%3").arg(piece.name).arg(k).arg(cuts + 1);
            r.key = key.toString();
            const int ppq = piece.song.ppq;
            r.context = stats(context, key, ppq, request->at - request->contextStart);
            for (const QList<Note> &v : result->variations)
                add(r.variations, stats(v, key, ppq, request->lengthTicks), 1.0 / result->variations.size());
            r.variations.notes = int(std::lround(double(r.variations.notes) / result->variations.size()));
            out.pieces.push_back(r);
        }
    }
    if (out.pieces.empty())
        return out;
    const double w = 1.0 / double(out.pieces.size());
    for (const PieceResult &r : out.pieces) {
        add(out.context, r.context, w);
        add(out.variations, r.variations, w);
    }
    out.inKeyRatio = out.context.inKey > 0 ? out.variations.inKey / out.context.inKey : 0;
    out.densityRatio = out.context.notesPerBeat > 0 ? out.variations.notesPerBeat / out.context.notesPerBeat : 0;
    out.velocityDifference = out.variations.meanVelocity - out.context.meanVelocity;
    return out;
}

} // namespace atelier::core::ContinuationEvaluation
