// atelier bench pianoroll [--notes N] [--json]: how the piano roll copes with
// a big song, offscreen. A one-track song of N notes (a steady stream of
// eighths in two voices, deterministic) is written as a MIDI file; "open" is
// reading that file, putting it in the document and showing it in the piano
// roll up to its first painted frame (the steps the studio's File > Open
// takes for the roll); "repaint" is one full repaint of a 1500 x 900 roll at
// the default zoom (median of 50, and the worst), and zoomed out as far as
// the roll goes, where most of the song is in view. Aims (issue 16): open
// under 0.5 s, a full repaint under 8 ms.

#include "CliCommon.h"

#include "document/NoteModel.h"
#include "document/SongDocument.h"
#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "pianoroll/PianoRollEditor.h"
#include "pianoroll/PianoRollView.h"
#include "project/SongFiles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QScrollBar>
#include <QTemporaryDir>
#include <algorithm>
#include <vector>

namespace atelier::app {

namespace {

core::Song bigSong(int notes)
{
    core::Song song;
    core::Track t;
    t.name = QStringLiteral("bench");
    t.notes.reserve(notes);
    for (int i = 0; i < notes; ++i) {
        const int voice = i % 2;
        const core::Tick start = core::Tick(i / 2) * 240;
        t.notes.append(core::Note{voice ? 60 + (i * 5) % 24 : 36 + (i * 7) % 24, start, voice ? 240 : 480,
                                  60 + (i * 13) % 60});
    }
    song.tracks = {t};
    return song;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// One full paint of the roll's viewport (into an image: offscreen, a
// window's repaint() may paint nothing while it is not exposed).
void paintOnce(ui::PianoRollView *view, QImage &image)
{
    view->viewport()->render(&image);
}

// Median and worst of `runs` synchronous full repaints.
std::pair<double, double> repaintTimes(ui::PianoRollView *view, int runs)
{
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        paintOnce(view, image);
        ms.push_back(elapsedMs(t));
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

int benchPianoRoll(Args args)
{
    double notes = 50000;
    QString error;
    args.flag("--json");
    if (!args.number("--notes", &notes, &error))
        return fail(QObject::tr("bench pianoroll: %1").arg(error));
    if (!args.unknownOption().isEmpty())
        return fail(QObject::tr("bench pianoroll: unknown option %1").arg(args.unknownOption()));
    if (notes < 1 || notes > 2'000'000)
        return fail(QObject::tr("bench pianoroll: --notes must be between 1 and 2000000"));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(QObject::tr("bench pianoroll: needs the widgets (run as `atelier bench pianoroll`)"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.mid"));
    if (!core::SmfWriter::writeFile(core::SongConverter::toSmf(bigSong(int(notes)), 1), path, &error))
        return fail(QObject::tr("bench pianoroll: %1").arg(error));

    QElapsedTimer open;
    open.start();
    const std::optional<core::Project> project = core::SongFiles::load(path, &error);
    if (!project)
        return fail(QObject::tr("bench pianoroll: %1").arg(error));
    core::SongDocument doc;
    doc.resetSong(project->song);
    core::NoteModel model(&doc);
    model.setTrack(0);
    ui::PianoRollEditor editor(&model);
    editor.resize(1500, 900);
    editor.show();
    QApplication::processEvents();   // laid out
    QImage first(editor.view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    paintOnce(editor.view(), first);
    const double openMs = elapsedMs(open);

    const auto [repaint, repaintWorst] = repaintTimes(editor.view(), 50);
    editor.view()->horizontalScrollBar()->setValue(editor.view()->horizontalScrollBar()->maximum() / 2);
    const auto [middle, middleWorst] = repaintTimes(editor.view(), 50);
    editor.view()->setZoom(0.0, editor.view()->rowHeight());   // as far out as the roll goes
    const auto [out, outWorst] = repaintTimes(editor.view(), 20);
    printJson({{"notes", model.rowCount()},
               {"open_ms", open.isValid() ? openMs : 0.0},
               {"repaint_ms", repaint},
               {"repaint_worst_ms", repaintWorst},
               {"repaint_middle_ms", middle},
               {"repaint_zoomed_out_ms", out},
               {"repaint_zoomed_out_worst_ms", outWorst},
               {"view", QStringLiteral("1500x900, offscreen")},
               {"aim", QJsonObject{{"open_ms", 500}, {"repaint_ms", 8}}}});
    return 0;
}

} // namespace

QList<CliCommand> benchPianoRollCommands()
{
    return {{{"bench", "pianoroll"}, "bench pianoroll [--notes N] [--json]", &benchPianoRoll}};
}

} // namespace atelier::app
