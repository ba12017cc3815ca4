#pragma once
// Model files loaded once per path, for the panels that pick a model from a
// list (sketch canvas, piano-roll Continue, Sound Morph). A file that changed
// since (its size or time; a model retrained into the same file) is loaded
// anew. Models are immutable and shared with worker threads, so a cached one
// is handed out as is.

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QString>
#include <functional>
#include <memory>

namespace atelier::ui {

template <class Model>
class ModelCache {
public:
    using Loader = std::function<std::shared_ptr<const Model>(const QString &path, QString *error)>;

    explicit ModelCache(Loader loader) : m_loader(std::move(loader)) {}
    bool canLoad() const { return bool(m_loader); }

    // The model of `path`, loading it the first time; nullptr and *error on failure.
    std::shared_ptr<const Model> get(const QString &path, QString *error)
    {
        if (path.isEmpty() || !m_loader)
            return nullptr;
        const QFileInfo info(path);
        const QString key = path + QLatin1Char('|') + QString::number(info.size()) + QLatin1Char('|') +
                            QString::number(info.lastModified().toMSecsSinceEpoch());
        if (auto it = m_models.find(key); it != m_models.end())
            return it.value();
        auto model = m_loader(path, error);
        if (model) {
            // The file's older versions are not handed out again: let them go.
            for (auto it = m_models.begin(); it != m_models.end();)
                it = it.key().startsWith(path + QLatin1Char('|')) ? m_models.erase(it) : std::next(it);
            m_models.insert(key, model);
        }
        return model;
    }

private:
    Loader m_loader;
    QHash<QString, std::shared_ptr<const Model>> m_models;
};

} // namespace atelier::ui
