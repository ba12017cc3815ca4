#pragma once
// A free TCP port on 127.0.0.1, for a training rendezvous on one machine
// (`bench train`, the data-parallel tests). No torch here.

namespace atelier::models {

// A port nothing listens on right now (0 when none could be found).
int freeLoopbackPort();

} // namespace atelier::models
