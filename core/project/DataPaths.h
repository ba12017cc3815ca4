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

} // namespace atelier::core::DataPaths
