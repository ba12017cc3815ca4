// atelier-reward-host: Atelier's helper process for reward scripts (see
// core/reward/RewardScript.h). It reads JSON lines on stdin and answers one
// JSON line each on stdout:
//   {"script": TEXT, "file": NAME, "limit_ms": N}  ->  RewardResult::toJson() of loading it
//   {"sample": {...}}                              ->  RewardResult::toJson() of scoring it
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
            answer(host.load(request.value("script").toString(), request.value("file").toString()).toJson());
        } else if (request.contains("sample")) {
            answer(host.score(request.value("sample").toObject(), limit_ms).toJson());
        } else {
            answer(QJsonObject{{"error", "unreadable request"}, {"kind", "thrown"}});
        }
    }
    return 0;
}
