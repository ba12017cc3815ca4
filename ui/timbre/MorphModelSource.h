#pragma once
// MorphModelSource: where the Sound-Morph instrument's timbre models come
// from. The *.timbre.json files of the model search path, each loaded once
// through a ModelCache (anew when the file changed), and optionally one
// model given in memory (tests, listed first). It checks that a model can be
// morphed (it has instruments, all with embeddings of zSize() values) and
// says why not, and it picks a model's default corners.

#include "common/ModelCache.h"
#include "timbre/ITimbreModel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <memory>

namespace atelier::ui {

class MorphModelSource {
    Q_DECLARE_TR_FUNCTIONS(MorphModelSource)
public:
    static constexpr int kCorners = 4;
    static constexpr const char *kMemoryKey = "memory:";   // the entry of the model given in memory

    struct Entry {
        QString key;       // a file path, or kMemoryKey
        QString label;     // as shown: the file's name without ".timbre.json", "(ours)" for a bundled one
        QString toolTip;   // the path
    };

    explicit MorphModelSource(core::timbre::TimbreModelLoader loader);

    static QStringList findFiles();   // *.timbre.json in the model search path
    void setMemoryModel(std::shared_ptr<const core::timbre::ITimbreModel> model) { m_memory = std::move(model); }
    std::shared_ptr<const core::timbre::ITimbreModel> memoryModel() const { return m_memory; }
    QList<Entry> entries(const QStringList &files) const;
    // The usable model of an entry (its key); null with *problem saying why.
    std::shared_ptr<const core::timbre::ITimbreModel> load(const QString &key, QString *problem);
    // Why a model cannot be morphed; "" when it can.
    static QString problemWith(const core::timbre::ITimbreModel &model);
    // A model's default corners (indices into instruments()): Flute, Trumpet,
    // Cello, Piano (GM 73, 56, 42, 0) of the first source that has them all,
    // else of any source, else the first instruments not used yet.
    static std::array<int, kCorners> defaultCorners(const core::timbre::ITimbreModel &model);

private:
    ModelCache<core::timbre::ITimbreModel> m_cache;
    std::shared_ptr<const core::timbre::ITimbreModel> m_memory;
};

} // namespace atelier::ui
