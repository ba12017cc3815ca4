#pragma once
// RewardResult: what a reward script said about one sample: a finite
// reward and its named parts, or why not (the script threw, returned no
// finite number, ran past its time limit, or its helper process died).
// The helper process sends the kind, the line and the script's own words;
// message() puts them into a sentence for the user, in the studio's language.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace atelier::core {

struct RewardResult {
    enum class Error { None, Load, Thrown, NotANumber, TimeLimit, Crashed };
    Error error = Error::None;
    int line = 0;                  // in the script, where known
    QString detail;                // the script's error, the value it returned, or how the helper ended
    int limit_ms = 0;              // for TimeLimit
    double reward = 0;
    QMap<QString, double> parts;   // empty when the script returned a plain number

    bool ok() const { return error == Error::None; }
    static RewardResult failure(Error e, const QString &detail, int line = 0)
    {
        RewardResult r;
        r.error = e;
        r.detail = detail;
        r.line = line;
        return r;
    }
    // "stepwise.js:3: ReferenceError: x is not defined", "stepwise.js: score()
    // ran past its time limit of 50 ms", ...
    QString message(const QString &scriptName) const;
    // One line of the helper's protocol: {"reward", "parts"}, or {"error",
    // "kind" ("thrown", "nan", ...), "line", "limit_ms"}; and back.
    QJsonObject toJson() const;
    static RewardResult fromJson(const QJsonObject &o);

private:
    static QString kindName(Error e);
    static Error kindFromName(const QString &name);
};

} // namespace atelier::core
