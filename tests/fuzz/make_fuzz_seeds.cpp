// Writes the seed corpora of the fuzz harnesses into <folder>/<format>/:
// small files of every format made by Atelier's own writers (a two-track
// song with tempo and metre changes, controllers and chords; a project with
// a sketch and a morph; tiny models of each kind, made for the seeds; mono
// and stereo audio; Quick, Draw! lines). .ci/sanitize adds a few real files
// from the shared data folder beside them.
//
//   make_fuzz_seeds <folder>

#include "midi/SmfWriter.h"
#include "midi/SongConverter.h"
#include "music/MusicModelFile.h"
#include "music/MusicTransformerFile.h"
#include "project/ProjectFile.h"
#include "sketchrnn/SketchRnnFile.h"
#include "timbre/SpectralMetrics.h"
#include "timbre/TimbreModelFile.h"
#include "timbre/WavIo.h"

#include <QDir>
#include <QFile>
#include <QFloat16>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sndfile.h>

#include <cmath>
#include <cstdio>
#include <random>

using namespace atelier;

namespace {

std::mt19937 rng(7);

float small() { return float(qfloat16(std::uniform_real_distribution<float>(-0.5f, 0.5f)(rng))); }

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "make_fuzz_seeds: %s\n", qPrintable(what));
    std::exit(2);
}

void save(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        die(path + ": " + f.errorString());
}

core::Song seedSong()
{
    core::Song song;
    core::Track lead;
    lead.name = "Lead";
    lead.program = 73;
    for (int i = 0; i < 8; ++i)
        lead.notes.append({60 + (i * 2) % 12, i * 240, 200, 64 + i * 8});
    lead.controls.append({0, 64, 127});
    lead.controls.append({960, 64, 0});
    lead.controls.append({480, core::ControlChange::kPitchBend, 9000});
    core::Track drums;
    drums.name = "Drums";
    drums.channel = core::kDrumChannel;
    for (int i = 0; i < 4; ++i)
        drums.notes.append({36 + (i % 2) * 2, i * 480, 120, 110});
    song.tracks = {lead, drums};
    song.tempos = {{0, 96.0}, {960, 132.5}};
    song.timeSignatures = {{0, 4, 4}, {1920, 3, 4}};
    song.key = {2, 1};
    if (const auto d = core::ChordSymbol::parse("Dm7"))
        song.chords.append({0, *d});
    if (const auto g = core::ChordSymbol::parse("G7"))
        song.chords.append({960, *g});
    song.loop = {0, 1920, true};
    return song;
}

core::Sketch seedSketch()
{
    core::Sketch sketch;
    core::Stroke a;
    for (int i = 0; i < 6; ++i)
        a.points.append(QPointF(10 + i * 7, 20 + (i % 3) * 5));
    core::Stroke b;
    b.points = {QPointF(40, 40), QPointF(60, 70), QPointF(30, 80)};
    b.pressures = {0.2f, 0.8f, 0.5f};
    b.generated = true;
    sketch.strokes = {a, b};
    return sketch;
}

QByteArray ndjsonLine(const core::Sketch &sketch, const QString &word)
{
    QJsonArray drawing;
    for (const core::Stroke &s : sketch.strokes) {
        QJsonArray xs, ys;
        for (const QPointF &p : s.points) {
            xs.append(int(p.x()));
            ys.append(int(p.y()));
        }
        drawing.append(QJsonArray{xs, ys});
    }
    const QJsonObject o{{"word", word}, {"countrycode", "DE"}, {"key_id", "1"}, {"drawing", drawing}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

models::SketchRnnFile tinySketchModel(bool vae)
{
    models::SketchRnnFile f;
    f.name = vae ? "tiny-vae" : "tiny-gen";
    f.vae = vae;
    f.maxSeqLen = 50;
    f.scaleFactor = 20.0;
    for (const auto &shape : models::SketchRnnFile::expectedShapes(vae, 4, vae ? 3 : 0, vae ? 2 : 0)) {
        models::SketchRnnArray a;
        a.shape = shape;
        a.values.resize(std::size_t(a.elementCount()));
        for (float &v : a.values)
            v = small();
        f.arrays << a;
    }
    return f;
}

models::Tensors tinyTensors(const models::TensorShapes &shapes)
{
    models::Tensors out;
    for (const auto &[name, shape] : shapes) {
        models::MusicTensor t;
        t.shape = shape;
        t.values.resize(std::size_t(models::elementCount(shape)));
        for (float &v : t.values)
            v = small();
        out[name] = std::move(t);
    }
    return out;
}

models::MusicModelFile tinyLstm(const QString &kind)
{
    models::MusicModelFile f;
    f.name = "tiny-" + kind;
    f.config.kind = kind;
    f.config.vocab = kind == "melody" ? 38 : 12;
    f.config.controls = kind == "melody" ? 0 : 8;
    f.config.embedding = 3;
    f.config.hidden = 4;
    f.config.layers = kind == "melody" ? 1 : 2;
    f.training = QJsonObject{{"seed", "made for the fuzz seeds"}};
    f.tensors = tinyTensors(models::MusicModelFile::expectedShapes(f.config));
    return f;
}

models::MusicTransformerFile tinyTransformer()
{
    models::MusicTransformerFile f;
    f.name = "tiny-transformer";
    f.config.kind = "melody";
    f.config.vocab = 38;
    f.config.model = 8;
    f.config.heads = 2;
    f.config.layers = 1;
    f.config.feedForward = 8;
    f.config.window = 4;
    f.tensors = tinyTensors(f.config.shapes());
    return f;
}

models::TimbreModelFile tinyTimbre()
{
    models::TimbreModelFile f;
    f.name = "tiny-timbre";
    f.config.zSize = 2;
    f.config.hidden = 4;
    f.config.layers = 2;
    f.config.encoderHidden = 3;
    f.mfccMean.assign(core::timbre::kMfccStatsSize, 0.0f);
    f.mfccStd.assign(core::timbre::kMfccStatsSize, 1.0f);
    core::timbre::TimbreInstrument flute;
    flute.name = "Flute";
    flute.program = 73;
    flute.z = {0.25f, -0.5f};
    f.instruments.push_back(flute);
    f.tensors = tinyTensors(models::TimbreModelFile::expectedShapes(f.config));
    for (auto &[name, t] : f.tensors)
        if (name.contains("_norm.weight"))
            for (float &v : t.values)
                v = 1.0f;
    return f;
}

void writeStereoFloat(const QString &path)
{
    SF_INFO info{};
    info.samplerate = 22050;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        die(path + ": " + sf_strerror(nullptr));
    std::vector<float> frames(2 * 64);
    for (int i = 0; i < 64; ++i)
        frames[2 * i] = frames[2 * i + 1] = 0.3f * float(std::sin(i * 0.2));
    sf_writef_float(file, frames.data(), 64);
    sf_close(file);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2)
        die("usage: make_fuzz_seeds <folder>");
    const QDir root(QString::fromLocal8Bit(argv[1]));
    for (const char *sub : {"smf", "project", "sketch_model", "music_model", "timbre_model", "wav", "ndjson"})
        if (!root.mkpath(sub))
            die(root.filePath(sub) + ": cannot create");
    QString error;

    const core::Song song = seedSong();
    save(root.filePath("smf/song-format1.mid"), core::SmfWriter::write(core::SongConverter::toSmf(song, 1)));
    save(root.filePath("smf/song-format0.mid"), core::SmfWriter::write(core::SongConverter::toSmf(song, 0)));

    core::Project project;
    project.song = song;
    project.sketch = seedSketch();
    project.morph.model = "tiny.timbre.json";
    project.morph.corners[0] = {0, {}, "Flute", {0.25f, -0.5f}};
    project.morph.corners[1] = {-1, "/tmp/voice.wav", "Voice", {0.1f, 0.2f}};
    project.song.tracks[0].sound = {"Flute", "tiny.timbre.json", {0.25f, -0.5f}, {}, 0.9};
    save(root.filePath("project/song.atelier"), core::ProjectFile::serialize(project));
    save(root.filePath("project/empty.atelier"), core::ProjectFile::serialize(core::Project{}));

    if (!tinySketchModel(false).write(root.filePath("sketch_model/tiny.gen.json"), &error)
        || !tinySketchModel(true).write(root.filePath("sketch_model/tiny-vae.json"), &error)
        || !tinyLstm("melody").write(root.filePath("music_model/melody.music.json"), &error)
        || !tinyLstm("performance").write(root.filePath("music_model/performance.music.json"), &error)
        || !tinyTransformer().write(root.filePath("music_model/transformer.music.json"), &error)
        || !tinyTimbre().write(root.filePath("timbre_model/tiny.timbre.json"), &error))
        die(error);

    std::vector<float> tone(200);
    for (std::size_t i = 0; i < tone.size(); ++i)
        tone[i] = 0.5f * float(std::sin(double(i) * 0.1));
    if (!core::timbre::writeWav(root.filePath("wav/mono16.wav"), tone, 16000, &error))
        die(error);
    writeStereoFloat(root.filePath("wav/stereo-float.wav"));

    save(root.filePath("ndjson/drawings.ndjson"),
         ndjsonLine(project.sketch, "cat") + "\n" + ndjsonLine(seedSketch(), "sheep") + "{\"word\": \"bad\"}\n");
    std::printf("seeds written to %s\n", qPrintable(root.absolutePath()));
    return 0;
}
