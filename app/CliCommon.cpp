#include "CliCommon.h"

#include "SketchModels.h"
#include "music/IMusicModel.h"

#include <QJsonDocument>
#include <QObject>
#include <cstdio>

namespace atelier::app {

int fail(const QString &message)
{
    std::fprintf(stderr, "atelier: %s\n", qPrintable(message));
    return kCliError;
}

void printJson(const QJsonObject &o)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
    std::fflush(stdout);
}

bool Args::flag(const QString &name) { return m_args.removeAll(name) > 0; }

std::optional<QString> Args::option(const QString &name, const QString &alias)
{
    for (int i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == name || (!alias.isEmpty() && m_args[i] == alias)) {
            if (i + 1 >= m_args.size()) {
                m_args.remove(i);
                return QString();  // present without a value
            }
            const QString v = m_args[i + 1];
            m_args.remove(i, 2);
            return v;
        }
    }
    return std::nullopt;
}

bool Args::number(const QString &name, double *value, QString *error)
{
    const auto v = option(name);
    if (!v)
        return true;
    bool ok = false;
    const double d = v->toDouble(&ok);
    if (!ok) {
        *error = QObject::tr("%1 needs a number, not '%2'").arg(name, *v);
        return false;
    }
    *value = d;
    return true;
}

QString Args::unknownOption() const
{
    for (const QString &a : m_args)
        if (a.startsWith("--") || (a.startsWith('-') && a.size() == 2 && !a[1].isDigit()))
            return a;
    return {};
}

MusicOrSketchModel loadMusicOrSketchModel(const QString &spec, const QString &command, QString *error)
{
    MusicOrSketchModel model;
    QString musicError, sketchError;
    model.music = loadMusicModelSpec(spec, &musicError);
    if (!model.music)
        model.sketch = models::loadSketchModel(spec, &sketchError);
    if (!model && error)
        *error = QObject::tr("%1: %2 is neither a music model (%3) nor a drawing model (%4)")
                     .arg(command, spec, musicError, sketchError);
    return model;
}

} // namespace atelier::app
