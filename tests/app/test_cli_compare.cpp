// `atelier compare` on the real models: the trials' files for listening
// (two MIDI files per trial, the primer then each model's continuation; two
// SVGs for drawings), the key, and the picks scored into the win rate with
// its interval. A key that was edited, picks that do not fit, a key that is
// a device, and models of two families are refused with exit 2.

#include "AtelierProcess.h"
#include "../TestData.h"

#include "midi/SmfReader.h"
#include "midi/SongConverter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

class TestCliCompare : public QObject {
    Q_OBJECT

    static QJsonObject json(const AtelierResult &r) { return QJsonDocument::fromJson(r.out).object(); }
    static QString sketchModel(const QString &name)
    {
        return qEnvironmentVariable("ATELIER_DATA") + "/models/sketch-rnn/" + name + ".gen.json";
    }

private slots:
    void musicTrialsThenPicks()
    {
        if (!QDir(qEnvironmentVariable("ATELIER_DATA") + "/data/midi").exists())
            ATELIER_SKIP_OR_FAIL("the MIDI corpora are not in $ATELIER_DATA/data/midi");
        QTemporaryDir dir;
        const QString out = dir.filePath("trials");
        const AtelierResult r = runAtelier({"compare", "--first", "melody", "--second", "performance", "--trials", "3",
                                            "--seed", "5", "--out", out, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("trials").toInt(), 3);
        QCOMPARE(o.value("kind").toString(), QString("melody"));
        const QJsonArray files = o.value("files").toArray();
        QCOMPARE(files.size(), 3);
        for (int t = 0; t < 3; ++t) {
            QList<QList<atelier::core::Note>> sides;
            for (int s = 0; s < 2; ++s) {
                const QString path = files.at(t).toArray().at(s).toString();
                QCOMPARE(QFileInfo(path).fileName(), QString("trial-0%1-%2.mid").arg(t + 1).arg(s == 0 ? "A" : "B"));
                atelier::core::SmfError error;
                const auto smf = atelier::core::SmfReader::readFile(path, &error);
                QVERIFY2(smf, qPrintable(error.message()));
                const atelier::core::Song song = atelier::core::SongConverter::fromSmf(*smf);
                QCOMPARE(song.tracks.size(), 1);
                sides.append(song.tracks.at(0).notes);
            }
            // The same primer (the first notes, from 0), then different continuations.
            QVERIFY(sides[0].size() > 4 && sides[1].size() > 4);
            QCOMPARE(sides[0].first(), sides[1].first());
            QVERIFY(sides[0].first().start < 4 * 480 * 4);
            QVERIFY(sides[0] != sides[1]);
        }
        const QString key = o.value("key").toString();
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QJsonArray order = QJsonDocument::fromJson(keyFile.readAll()).object().value("per_trial").toArray();
        keyFile.close();
        QCOMPARE(order.size(), 3);

        // A listener who liked A, B, and had no preference.
        const AtelierResult p = runAtelier({"compare", "--key", key, "--picks", "AB-", "--json"});
        QVERIFY2(p.code == 0, p.err.constData());
        const QJsonObject res = json(p);
        const bool firstAWasFirst = order.at(0).toObject().value("a_is").toString() == "first";
        const bool secondAWasFirst = order.at(1).toObject().value("a_is").toString() == "first";
        const int secondWins = (firstAWasFirst ? 0 : 1) + (secondAWasFirst ? 1 : 0);   // trial 2's pick is B
        QCOMPARE(res.value("picked").toInt(), 2);
        QCOMPARE(res.value("second_wins").toInt(), secondWins);
        QCOMPARE(res.value("first_wins").toInt(), 2 - secondWins);
        QVERIFY(res.value("first").toString().endsWith("melody-lstm.music.json"));
        QVERIFY(QFile::exists(dir.filePath("trials/result.json")));

        // Picks that do not fit, and a key that was edited.
        QCOMPARE(runAtelier({"compare", "--key", key, "--picks", "AB"}).code, 2);
        const AtelierResult bad = runAtelier({"compare", "--key", key, "--picks", "ABX"});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("\"X\" is not a pick"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QByteArray text = keyFile.readAll();
        keyFile.close();
        const QByteArray was = order.at(0).toObject().value("a_is").toString().toUtf8();
        const QByteArray now = was == "first" ? "second" : "first";
        text.replace("\"a_is\": \"" + was + "\"", "\"a_is\": \"" + now + "\"");
        QVERIFY(keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        keyFile.write(text);
        keyFile.close();
        const AtelierResult edited = runAtelier({"compare", "--key", key, "--picks", "AB-"});
        QCOMPARE(edited.code, 2);
        QVERIFY2(edited.err.contains("does not match its seed"), edited.err.constData());
    }

    void drawingTrials()
    {
        if (!QFile::exists(sketchModel("bird")) || !QFile::exists(sketchModel("sheep")))
            ATELIER_SKIP_OR_FAIL("Magenta's drawing models are not in $ATELIER_DATA/models/sketch-rnn");
        QTemporaryDir dir;
        const AtelierResult r = runAtelier({"compare", "--first", sketchModel("bird"), "--second", sketchModel("sheep"),
                                            "--trials", "2", "--out", dir.path(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("kind").toString(), QString("sketch"));
        for (const QJsonValue &pair : o.value("files").toArray())
            for (const QJsonValue &f : pair.toArray()) {
                QVERIFY(f.toString().endsWith(".svg"));
                QSvgRenderer svg(f.toString());
                QVERIFY2(svg.isValid() && svg.defaultSize().width() > 20, qPrintable(f.toString()));
            }
    }

    void badInputIsRefused()
    {
        QTemporaryDir dir;
        AtelierResult r = runAtelier({"compare", "--key", "/dev/zero", "--picks", "A"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not a regular file"));
        if (QFile::exists(sketchModel("sheep"))) {
            r = runAtelier({"compare", "--first", "melody", "--second", sketchModel("sheep"), "--out", dir.path()});
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains("not both music models or both drawing models"));
        }
        r = runAtelier({"compare", "--first", "melody", "--out", dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("usage: atelier compare"));
        r = runAtelier({"compare", "--first", "melody", "--second", dir.filePath("none.music.json"), "--out", dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("none.music.json"));
    }
};

QTEST_MAIN(TestCliCompare)
#include "test_cli_compare.moc"
