// Model files are loaded once per file, and anew when the file changed (a
// model retrained into the same file is used at once, in every panel).

#include "common/ModelCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

struct FakeModel {
    QByteArray bytes;
};

class TestModelCache : public QObject {
    Q_OBJECT
private slots:
    void loadsOnceAndAgainWhenTheFileChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.gen.json");
        auto write = [&](const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("first");
        int loads = 0;
        atelier::ui::ModelCache<FakeModel> cache([&](const QString &p, QString *error) -> std::shared_ptr<const FakeModel> {
            ++loads;
            QFile f(p);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read");
                return nullptr;
            }
            return std::make_shared<FakeModel>(FakeModel{f.readAll()});
        });
        QString error;
        const auto a = cache.get(path, &error);
        const auto b = cache.get(path, &error);
        QCOMPARE(loads, 1);
        QCOMPARE(a, b);
        QCOMPARE(a->bytes, QByteArray("first"));
        write("retrained");   // another size
        const auto c = cache.get(path, &error);
        QCOMPARE(loads, 2);
        QCOMPARE(c->bytes, QByteArray("retrained"));
        QVERIFY(!cache.get(dir.filePath("absent.gen.json"), &error));
        QCOMPARE(error, QStringLiteral("cannot read"));
        QVERIFY(!cache.get(QString(), &error));
    }
};

QTEST_GUILESS_MAIN(TestModelCache)
#include "test_model_cache.moc"
