#pragma once
// The Link part of `atelier bench clock`: two `atelier play --jack --link`
// peers, each on its own private JACK server (48 kHz/128 and 44.1 kHz/256),
// in a private network namespace (unshare --net, multicast on loopback only),
// compared at the same moments of Link's clock.

#include <QJsonObject>
#include <QString>

namespace atelier::app {

// {"phase_diff_max_ms", "comparisons", "peers_seen"}; false with *error when
// the namespace or the peers could not be set up.
bool measureLinkPeers(QJsonObject *result, QString *error);

} // namespace atelier::app
