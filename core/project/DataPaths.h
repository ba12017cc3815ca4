#pragma once
// Where Atelier finds shared data and models.
//  - the data path (MIDI corpora, sketches, pretrained models): $ATELIER_DATA,
//    else the "dataDir" setting, else ../shared beside the source checkout;
//  - the model search path: bundled assets/models, the user's model folder,
//    and <data path>/models.

#include <QString>
#include <QStringList>

namespace atelier::core::DataPaths {

QString dataDir();
QString userModelDir();
QStringList modelSearchPath();
// The example reward scripts (assets/rewards, or share/atelier/rewards beside an installed binary).
QString rewardExamplesDir();
// The files matching `pattern` (e.g. "*.timbre.json") in each folder of the
// model search path (and in its `subfolders`, "" = the folder itself), in
// search-path order, each once, as absolute paths.
QStringList modelFiles(const QString &pattern, const QStringList &subfolders = {QString()});

} // namespace atelier::core::DataPaths
