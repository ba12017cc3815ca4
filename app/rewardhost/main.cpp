// atelier-reward-host: Atelier's helper process for reward scripts (see
// core/reward/RewardScript.h). It reads JSON lines on stdin and answers one
// JSON line each on stdout:
//   {"script": TEXT, "file": NAME, "limit_ms": N}  ->  {"ok": true} | {"error", "kind", "line"}
//   {"sample": {...}}                              ->  {"reward", "parts"} | {"error", "kind", "line", "limit_ms"}
// The parent sets its memory and CPU-time limits; the script sees nothing
// but the sample (no files, processes or network).

#include "reward/RewardScriptHost.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <iostream>
#include <string>

using namespace atelier::core;

namespace {

void answer(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
}

QJsonObject failure(const RewardResult &r)
{
    return QJsonObject{{"error", r.detail.isEmpty() ? RewardResult::kindName(r.error) : r.detail},
                       {"kind", RewardResult::kindName(r.error)},
                       {"line", r.line},
                       {"limit_ms", r.limit_ms}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    RewardScriptHost host;
    int limit_ms = RewardScriptHost::kDefaultLimit_ms;
    std::string line;
    while (std::getline(std::cin, line)) {
        const QJsonObject request = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
        if (request.contains("script")) {
            limit_ms = std::max(1, request.value("limit_ms").toInt(limit_ms));
            const RewardResult r = host.load(request.value("script").toString(), request.value("file").toString());
            answer(r.ok() ? QJsonObject{{"ok", true}} : failure(r));
        } else if (request.contains("sample")) {
            const RewardResult r = host.score(request.value("sample").toObject(), limit_ms);
            if (!r.ok()) {
                answer(failure(r));
                continue;
            }
            QJsonObject parts;
            for (auto it = r.parts.begin(); it != r.parts.end(); ++it)
                parts.insert(it.key(), it.value());
            answer(QJsonObject{{"reward", r.reward}, {"parts", parts}});
        } else {
            answer(QJsonObject{{"error", "unreadable request"}, {"kind", "thrown"}});
        }
    }
    return 0;
}
