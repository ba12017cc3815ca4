// `atelier sketch trace|generate` and `atelier bench sketch`, run as a user
// would run them: JSON on stdout, errors on stderr with exit code 2.

#include "../TestData.h"
#include <QFile>
#include "AtelierProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

class TestCliSketch : public QObject {
    Q_OBJECT

    using Result = AtelierResult;
    static Result run(const QStringList &args) { return runAtelier(args); }

    static QString model(const QString &name)
    {
        return qEnvironmentVariable("ATELIER_DATA") + "/models/sketch-rnn/" + name + ".gen.json";
    }

    QString writeFile(const QString &name, const QByteArray &text)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }

    static double sum(const QJsonArray &a)
    {
        double s = 0;
        for (const QJsonValue &v : a)
            s += v.toDouble();
        return s;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (!QFile::exists(model("bird")))
            ATELIER_SKIP_OR_FAIL("shared models not found (set ATELIER_DATA)");
    }

    void traceShapesAndSoftmaxSums()
    {
        const QString input =
            writeFile("strokes.json", "[[0,0,1,0,0],[0.5,0.1,1,0,0],[0.2,-0.3,0,1,0],[1.5,0.25,1,0,0]]");
        const Result r = run({"sketch", "trace", "--model", model("bird"), "--input", input});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray steps = QJsonDocument::fromJson(r.out).object()["steps"].toArray();
        QCOMPARE(steps.size(), 4);
        for (const QJsonValue &v : steps) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s["pen"].toArray().size(), 3);
            for (const char *key : {"pi", "mu_x", "mu_y", "sigma_x", "sigma_y", "rho"})
                QCOMPARE(s[key].toArray().size(), 20);
            QVERIFY(std::abs(sum(s["pen"].toArray()) - 1.0) < 1e-5);
            QVERIFY(std::abs(sum(s["pi"].toArray()) - 1.0) < 1e-5);
            for (int k = 0; k < 20; ++k) {
                QVERIFY(s["sigma_x"].toArray()[k].toDouble() > 0);
                QVERIFY(s["sigma_y"].toArray()[k].toDouble() > 0);
                QVERIFY(std::abs(s["rho"].toArray()[k].toDouble()) < 1);
            }
        }
        // full precision: values are not rounded to a few digits
        QVERIFY(QString::fromUtf8(r.out).contains(QRegularExpression("\\d\\.\\d{7,}")));
    }

    void generateGreedyIsDeterministicJson()
    {
        const QStringList args{"sketch", "generate", "--model", model("bird"), "--greedy", "--json"};
        const Result a = run(args), b = run(args);
        QVERIFY2(a.code == 0, a.err.constData());
        QCOMPARE(a.out, b.out);
        const QJsonArray rows = QJsonDocument::fromJson(a.out).object()["strokes"].toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &v : rows) {
            const QJsonArray row = v.toArray();
            QCOMPARE(row.size(), 5);
            QCOMPARE(row[2].toDouble() + row[3].toDouble() + row[4].toDouble(), 1.0);
        }
        QVERIFY(rows.size() == 129 || rows.last().toArray()[4].toDouble() == 1.0);  // bird: max_seq_len 129

        const Result capped = run({"sketch", "generate", "--model", model("bird"), "--greedy", "--steps", "7", "--json"});
        const QJsonArray short_ = QJsonDocument::fromJson(capped.out).object()["strokes"].toArray();
        QVERIFY(short_.size() <= 7);
        for (int i = 0; i < short_.size(); ++i)
            QCOMPARE(short_[i], rows[i]);
    }

    void generateSeeded()
    {
        auto strokes = [&](const QString &seed) {
            const Result r = run({"sketch", "generate", "--model", model("sheep"), "--temperature", "0.5", "--seed",
                                  seed, "--json"});
            return QJsonDocument::fromJson(r.out).object()["strokes"].toArray();
        };
        const QJsonArray a = strokes("11");
        QVERIFY(!a.isEmpty());
        QCOMPARE(strokes("11"), a);
        QVERIFY(strokes("12") != a);
    }

    void generateSvg()
    {
        const QString svg = m_dir.filePath("bird.svg");
        const Result r = run({"sketch", "generate", "--model", model("bird"), "--seed", "4", "--svg", svg});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<path"));
        QSvgRenderer renderer(text);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.viewBoxF().width() > 20 && renderer.viewBoxF().height() > 20);
    }

    void benchReportsBothFigures()
    {
        const Result r = run({"bench", "sketch", "--model", model("bird"), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o["batch1_us_per_step"].toDouble() > 0);
        QVERIFY(o["batch8_us_per_step"].toDouble() > 0);
        QVERIFY(o["torch_lstmcell_us_per_step"].toDouble() > 0);
    }

    void errorsExitWith2()
    {
        const QString broken = writeFile("broken.gen.json", "[{\"mode\":2}, [], []]");
        const QString badInput = writeFile("bad.json", "[[0,0,1,1,0]]");
        const QString input = writeFile("ok.json", "[[0,0,1,0,0]]");
        const QList<QStringList> cases = {
            {"sketch", "generate", "--model", broken, "--json"},
            {"sketch", "trace", "--model", broken, "--input", input},
            {"sketch", "generate", "--model", m_dir.filePath("missing.gen.json")},
            {"sketch", "generate", "--json"},
            {"sketch", "trace", "--model", model("bird"), "--input", badInput},
            {"sketch", "generate", "--model", model("bird"), "--greedy", "--seed", "3"},
            {"sketch", "generate", "--model", model("bird"), "--steps", "zero"},
            {"bench", "sketch", "--model", broken, "--json"},
        };
        for (const QStringList &args : cases) {
            const Result r = run(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(' ')));
            QVERIFY2(r.err.startsWith("atelier: "), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        const Result r = run(cases[0]);
        QVERIFY2(r.err.contains("broken.gen.json: info has no 'version' field"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSketch)
#include "test_cli_sketch.moc"
