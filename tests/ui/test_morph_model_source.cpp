// MorphModelSource: the model list (a model given in memory first, bundled
// files marked "ours"), loading through the cache (once per file, anew when
// the file changed), and the reasons a model is refused: no file, a loader
// error, a model whose embeddings do not fit its zSize, no models at all.
// Default corners prefer one soundfont that has all four instruments.

#include "FakeTimbreModel.h"

#include "timbre/MorphModelSource.h"

#include <QtTest>

using namespace atelier;
using ui::MorphModelSource;

namespace {

// Three embedding values per instrument claimed, two given.
class MisfitModel : public test::FakeTimbreModel {
public:
    QString name() const override { return QStringLiteral("misfit"); }
    int zSize() const override { return 3; }
};

} // namespace

class TestMorphModelSource : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_loads = 0;
    }

    void theListShowsTheMemoryModelFirstAndMarksOurs()
    {
        MorphModelSource source(loader());
        const QString mine = write("mine.timbre.json", "a");
        const QString ours = QStringLiteral("/somewhere/assets/models/studio.timbre.json");
        QList<MorphModelSource::Entry> entries = source.entries({mine, ours});
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].label, QStringLiteral("mine"));
        QCOMPARE(entries[0].key, mine);
        QCOMPARE(entries[0].toolTip, mine);
        QCOMPARE(entries[1].label, QStringLiteral("studio (ours)"));
        source.setMemoryModel(std::make_shared<test::FakeTimbreModel>());
        entries = source.entries({mine});
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].key, QString::fromLatin1(MorphModelSource::kMemoryKey));
        QCOMPARE(entries[0].label, QStringLiteral("fake-timbre"));
    }

    void aFileIsLoadedOnceUntilItChanges()
    {
        MorphModelSource source(loader());
        const QString path = write("one.timbre.json", "first");
        QString problem;
        const auto a = source.load(path, &problem);
        QVERIFY2(a, qPrintable(problem));
        QCOMPARE(source.load(path, &problem), a);
        QCOMPARE(m_loads, 1);
        write("one.timbre.json", "second, longer");   // retrained into the same file
        const auto b = source.load(path, &problem);
        QVERIFY(b);
        QVERIFY(b != a);
        QCOMPARE(m_loads, 2);
    }

    void refusalsSayWhy()
    {
        MorphModelSource source(loader());
        QString problem;
        QVERIFY(!source.load(QString(), &problem));   // nothing to choose from
        QVERIFY2(problem.contains(QStringLiteral(".timbre.json")) && problem.contains(QStringLiteral("Rescan")),
                 qPrintable(problem));
        const QString broken = write("broken.timbre.json", "broken");
        QVERIFY(!source.load(broken, &problem));
        QVERIFY2(problem.contains(QStringLiteral("not a timbre model")), qPrintable(problem));
        const QString misfit = write("misfit.timbre.json", "misfit");
        QVERIFY(!source.load(misfit, &problem));
        QVERIFY2(problem.contains(QStringLiteral("misfit")) && problem.contains(QStringLiteral("3 values")),
                 qPrintable(problem));
        QVERIFY(!source.load(QString::fromLatin1(MorphModelSource::kMemoryKey), &problem));   // none given
        MorphModelSource cannot(nullptr);
        QVERIFY(!cannot.load(write("x.timbre.json", "x"), &problem));
        QVERIFY2(problem.contains(QStringLiteral("cannot be loaded")), qPrintable(problem));
        QCOMPARE(MorphModelSource::problemWith(test::FakeTimbreModel()), QString());
    }

    void defaultCornersComeFromOneSoundfont()
    {
        const test::FakeTimbreModel model;
        const auto corners = MorphModelSource::defaultCorners(model);
        QStringList names;
        for (int i : corners)
            names << model.instruments()[std::size_t(i)].name;
        // Flute, Trumpet, Cello, Piano of FluidR3_GM, though OtherGM's flute comes first in the list.
        QCOMPARE(names, (QStringList{"Flute (FluidR3_GM)", "Trumpet (FluidR3_GM)", "Cello (FluidR3_GM)",
                                     "Piano (FluidR3_GM)"}));
    }

private:
    core::timbre::TimbreModelLoader loader()
    {
        return [this](const QString &path, QString *error) -> std::shared_ptr<const core::timbre::ITimbreModel> {
            ++m_loads;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return nullptr;
            const QByteArray text = f.readAll();
            if (text == "broken") {
                *error = QStringLiteral("%1 is not a timbre model").arg(path);
                return nullptr;
            }
            if (text == "misfit")
                return std::make_shared<MisfitModel>();
            return std::make_shared<test::FakeTimbreModel>();
        };
    }
    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

    QTemporaryDir m_dir;
    int m_loads = 0;
};

QTEST_MAIN(TestMorphModelSource)
#include "test_morph_model_source.moc"
