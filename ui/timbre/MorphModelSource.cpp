#include "timbre/MorphModelSource.h"

#include "project/DataPaths.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cstring>

namespace atelier::ui {

using namespace core::timbre;

namespace {

const int kDefaultPrograms[MorphModelSource::kCorners] = {73, 56, 42, 0};   // Flute, Trumpet, Cello, Piano
constexpr const char *kSuffix = ".timbre.json";

QString baseName(const QString &path) { return QFileInfo(path).fileName().chopped(int(std::strlen(kSuffix))); }

} // namespace

MorphModelSource::MorphModelSource(TimbreModelLoader loader) : m_cache(std::move(loader)) {}

QStringList MorphModelSource::findFiles() { return core::DataPaths::modelFiles(QStringLiteral("*.timbre.json")); }

QList<MorphModelSource::Entry> MorphModelSource::entries(const QStringList &files) const
{
    QList<Entry> out;
    if (m_memory)
        out.append({QString::fromLatin1(kMemoryKey), m_memory->name(), QString()});
    for (const QString &f : files) {
        const bool bundled = f.contains(QLatin1String("/assets/models/"));
        out.append({f, bundled ? tr("%1 (ours)").arg(baseName(f)) : baseName(f), f});
    }
    return out;
}

std::shared_ptr<const ITimbreModel> MorphModelSource::load(const QString &key, QString *problem)
{
    auto fail = [&](const QString &why) -> std::shared_ptr<const ITimbreModel> {
        if (problem)
            *problem = why;
        return nullptr;
    };
    if (key.isEmpty())
        return fail(tr("No timbre models found. Put .timbre.json models in %1 (or in the models folder of the data "
                       "path, %2) and press Rescan.")
                        .arg(QDir::toNativeSeparators(core::DataPaths::userModelDir()),
                             QDir::toNativeSeparators(core::DataPaths::dataDir() + "/models")));
    std::shared_ptr<const ITimbreModel> model;
    if (key == QLatin1String(kMemoryKey)) {
        model = m_memory;
    } else {
        if (!m_cache.canLoad())
            return fail(tr("Timbre models cannot be loaded in this build."));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        model = m_cache.get(key, &error);   // once per file (anew when it changed)
        QApplication::restoreOverrideCursor();
        if (!model)
            return fail(error.isEmpty() ? tr("%1 could not be loaded.").arg(key)
                                        : tr("The model could not be loaded: %1").arg(error));
    }
    if (!model)
        return fail(tr("No timbre model."));
    if (const QString why = problemWith(*model); !why.isEmpty())
        return fail(why);
    return model;
}

QString MorphModelSource::problemWith(const ITimbreModel &model)
{
    const int zSize = model.zSize();
    bool consistent = zSize > 0 && !model.instruments().empty();
    for (const TimbreInstrument &i : model.instruments())
        consistent = consistent && int(i.z.size()) == zSize;
    if (consistent)
        return {};
    return tr("%1 cannot be used: it has no instruments, or their embeddings do not have %2 values.")
        .arg(model.name())
        .arg(zSize);
}

std::array<int, MorphModelSource::kCorners> MorphModelSource::defaultCorners(const ITimbreModel &model)
{
    const auto &instruments = model.instruments();
    std::array<int, kCorners> out{};
    out.fill(-1);
    if (instruments.empty())
        return out;
    // Sources ranked by their first appearance; the first source that has all
    // four default programs goes first, so that the corners come from one
    // soundfont when one has them all.
    QStringList sources;
    for (const TimbreInstrument &i : instruments)
        if (!sources.contains(i.source))
            sources.append(i.source);
    for (int k = 0; k < sources.size(); ++k) {
        const bool complete = std::all_of(std::begin(kDefaultPrograms), std::end(kDefaultPrograms), [&](int program) {
            return std::any_of(instruments.begin(), instruments.end(), [&](const TimbreInstrument &i) {
                return i.source == sources[k] && i.program == program;
            });
        });
        if (complete) {
            sources.move(k, 0);
            break;
        }
    }
    for (int c = 0; c < kCorners; ++c) {
        int best = -1;
        for (int i = 0; i < int(instruments.size()); ++i) {
            if (instruments[std::size_t(i)].program != kDefaultPrograms[c])
                continue;
            if (best < 0 || sources.indexOf(instruments[std::size_t(i)].source)
                                < sources.indexOf(instruments[std::size_t(best)].source))
                best = i;
        }
        out[std::size_t(c)] = best;
    }
    // Corners without their instrument: the first instruments not used yet.
    for (int c = 0; c < kCorners; ++c) {
        if (out[std::size_t(c)] >= 0)
            continue;
        for (int i = 0; i < int(instruments.size()); ++i)
            if (std::find(out.begin(), out.end(), i) == out.end()) {
                out[std::size_t(c)] = i;
                break;
            }
        if (out[std::size_t(c)] < 0)  // fewer instruments than corners
            out[std::size_t(c)] = c % int(instruments.size());
    }
    return out;
}

} // namespace atelier::ui
