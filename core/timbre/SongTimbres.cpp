#include "timbre/SongTimbres.h"

#include "document/AtomicFile.h"
#include "document/BoundedFile.h"
#include "project/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <optional>

namespace atelier::core::timbre {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("SongTimbres", text); }
constexpr double kDefaultVolume = 0.8;
constexpr double kStartDelayMargin_s = 0.004;   // on top of the engines' latency bound (a loaded machine)
}

SongTimbres::SongTimbres(TimbreModelLoader loader, TimbreVoiceEngine::Mode mode)
    : m_loader(std::move(loader)), m_mode(mode)
{
}

QString SongTimbres::findModel(const QString &model)
{
    if (model.isEmpty()) return QString();
    const QString base = QFileInfo(model).fileName();
    for (const QString &dir : DataPaths::modelSearchPath()) {
        const QString path = QDir(dir).filePath(base);
        if (QFileInfo(path).isFile()) return QFileInfo(path).absoluteFilePath();
    }
    return QFileInfo(model).isFile() ? QFileInfo(model).absoluteFilePath() : QString();
}

QString SongTimbres::nameOnSearchPath(const QString &path, QString *error)
{
    const QFileInfo file(path);
    if (findModel(file.fileName()) == file.absoluteFilePath())
        return file.fileName();
    static QHash<QString, QString> shelved;   // this session's copies, by the original's path
    const QString key = file.absoluteFilePath() + QLatin1Char('|') + QString::number(file.size()) + QLatin1Char('|')
        + QString::number(file.lastModified().toMSecsSinceEpoch());
    if (const auto it = shelved.constFind(key); it != shelved.constEnd() && !findModel(*it).isEmpty())
        return *it;
    QString reason;
    const std::optional<QByteArray> bytes = BoundedFile::read(path, BoundedFile::kMaxModelFileBytes, &reason);
    if (!bytes) {
        if (error)
            *error = tr("cannot read the model %1: %2").arg(path, reason);
        return {};
    }
    const QDir dir(DataPaths::userModelDir());
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = tr("cannot make the model folder %1").arg(dir.path());
        return {};
    }
    // "flute.timbre.json", else "flute-2.timbre.json", ... (the name up to its first dot, then the rest).
    const QString stem = file.fileName().section(QLatin1Char('.'), 0, 0);
    const QString rest = file.fileName().mid(stem.size());
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? file.fileName() : QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(rest);
        const QString target = dir.filePath(name);
        const QString found = findModel(name);
        if (!found.isEmpty() && found != QFileInfo(target).absoluteFilePath())
            continue;   // an earlier folder of the search path has this name: it would win
        if (QFileInfo::exists(target)) {
            const std::optional<QByteArray> there = BoundedFile::read(target, BoundedFile::kMaxModelFileBytes, nullptr);
            if (!there || *there != *bytes)
                continue;   // another model of that name
        } else if (!AtomicFile::write(target, *bytes, &reason)) {
            if (error)
                *error = tr("cannot copy the model to %1: %2").arg(target, reason);
            return {};
        }
        shelved.insert(key, name);
        return name;
    }
    if (error)
        *error = tr("too many models called %1 in %2").arg(file.fileName(), dir.path());
    return {};
}

Envelope SongTimbres::envelopeOf(const TrackSound &sound) { return sound.envelope; }

std::shared_ptr<const ITimbreModel> SongTimbres::model(const QString &path, QString *error)
{
    // Cached by path, size and time: a model retrained into the same file is loaded anew.
    const QFileInfo info(path);
    const QString file = path + QLatin1Char('|') + QString::number(info.size()) + QLatin1Char('|')
        + QString::number(info.lastModified().toMSecsSinceEpoch());
    if (auto it = m_models.constFind(file); it != m_models.constEnd()) return *it;
    if (auto it = m_modelErrors.constFind(file); it != m_modelErrors.constEnd()) {
        *error = *it;
        return nullptr;
    }
    std::shared_ptr<const ITimbreModel> loaded;
    if (!m_loader)
        *error = tr("no timbre model loader");
    else
        loaded = m_loader(path, error);
    if (loaded)
        m_models.insert(file, loaded);
    else
        m_modelErrors.insert(file, *error);
    return loaded;
}

int SongTimbres::engineCount() const
{
    int n = 0;
    for (const Slot &s : m_slots) n += s.engine ? 1 : 0;
    return n;
}

bool SongTimbres::update(const Song &song, int sampleRate, int blockFrames)
{
    m_problems.clear();
    std::array<const Track *, 16> byChannel{};
    for (const Track &t : song.tracks)
        if (!t.sound.isEmpty() && t.midiOutPort.isEmpty() && t.channel >= 0 && t.channel < 16
            && t.channel != kDrumChannel)
            byChannel[std::size_t(t.channel)] = &t;
    bool changed = false;
    for (int c = 0; c < 16; ++c) {
        Slot &slot = m_slots[std::size_t(c)];
        const Track *t = byChannel[std::size_t(c)];
        std::shared_ptr<TimbreVoiceEngine> engine;
        if (t) {
            const QString file = findModel(t->sound.model);
            QString error;
            std::shared_ptr<const ITimbreModel> m;
            if (file.isEmpty())
                error = tr("the timbre model %1 is not on the model search path (%2)")
                            .arg(t->sound.model, DataPaths::modelSearchPath().join(", "));
            else
                m = model(file, &error);
            if (m && m->zSize() != int(t->sound.z.size())) {
                error = tr("the sound has %1 embedding values, the model %2 takes %3")
                            .arg(t->sound.z.size()).arg(t->sound.model).arg(m->zSize());
                m.reset();
            }
            if (!m) {
                m_problems << tr("Track \"%1\" plays its GM program: %2").arg(t->name, error);
            } else {
                if (slot.engine && slot.modelFile == file && slot.model == m && slot.sampleRate == sampleRate)
                    engine = slot.engine;
                else
                    engine = std::make_shared<TimbreVoiceEngine>(m, sampleRate, m_mode);
                engine->setZ(std::vector<float>(t->sound.z.begin(), t->sound.z.end()));
                engine->setEnvelope(envelopeOf(t->sound));
                engine->setGain(t->sound.gain * t->volume / kDefaultVolume);
                slot.modelFile = file;
                slot.model = m;
                slot.sampleRate = sampleRate;
            }
        }
        if (engine != slot.engine) changed = true;
        slot.engine = engine;
        if (!engine) {
            slot.modelFile.clear();
            slot.model.reset();
            slot.sampleRate = 0;
        }
        m_table[std::size_t(c)] = engine;
    }
    // The start delay follows the engines and the device's block: a new one
    // when either changed (a larger block needs more time).
    if (m_mode == TimbreVoiceEngine::Mode::RealTime && blockFrames != m_blockFrames) {
        m_blockFrames = blockFrames;
        changed = true;
    }
    if (changed && m_mode == TimbreVoiceEngine::Mode::RealTime) {
        int delay = 0;
        for (const Slot &slot : m_slots)
            if (slot.engine)
                delay = std::max(delay, int(std::ceil((slot.engine->latencyBoundSeconds(blockFrames > 0 ? blockFrames : 256)
                                                       + kStartDelayMargin_s) * sampleRate)));
        for (const Slot &slot : m_slots)
            if (slot.engine)
                slot.engine->setStartDelay(delay);
        m_startDelay = delay;
    }
    return changed;
}

double SongTimbres::tailSeconds(const Song &song, double minimum)
{
    double tail = minimum;
    for (const Track &t : song.tracks)
        if (!t.sound.isEmpty())
            tail = std::max(tail, t.sound.envelope.release_s + 0.5);
    return tail;
}

SongTimbres::Table SongTimbres::offlineTable(const Song &song, const TimbreModelLoader &loader, int sampleRate,
                                             QStringList *problems)
{
    SongTimbres timbres(loader, TimbreVoiceEngine::Mode::Offline);
    timbres.update(song, sampleRate);
    if (problems) *problems = timbres.problems();
    return timbres.table();
}

} // namespace atelier::core::timbre
