#pragma once
// What `atelier duet` and `atelier bench duet` share: reading the duet's
// options into DuetSettings, and a reply as one JSON line.

#include "CliCommon.h"
#include "live/DuetTypes.h"

#include <QJsonObject>

namespace atelier::app {

// --silence-ms, --max-phrase-s, --temperature, --key, --bars, --tempo,
// --seed. False with *error for a malformed value.
bool readDuetSettings(Args &args, core::DuetSettings *settings, QString *error);

// {"phrase_end_s", "reply_start_s", "reaction_ms", "notes": [{"t_s", "pitch",
// "velocity", "duration_s"}], "key", "interrupted"}; times from `origin`.
QJsonObject replyJson(const core::DuetReply &reply, core::Frame origin, double sampleRate);

} // namespace atelier::app
