// Track headers like a DAW's: one click on M, S or R toggles mute, solo and
// record arm (one undo step each); pressing on the fader sets the volume from
// where it was pressed and a drag follows the mouse; the channel and output
// columns wait in the header's menu. And the look: the dark theme gives a dark
// window with light text, the light theme the opposite, and the custom views'
// colours follow.

#include "common/Theme.h"
#include "document/SongDocument.h"
#include "document/TrackListModel.h"
#include "tracks/TrackHeaderDelegate.h"
#include "tracks/TrackListView.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QSpinBox>
#include <QtTest>

using namespace atelier;
using core::TrackListModel;

class TestTrackHeaders : public QObject {
    Q_OBJECT

    core::SongDocument doc;
    TrackListModel *model = nullptr;
    ui::TrackListView *view = nullptr;

    QPoint centreOf(int row, int column) const
    {
        return view->visualRect(model->index(row, column)).center();
    }

private slots:
    void init()
    {
        core::Song song;
        core::Track piano, bass;
        piano.name = QStringLiteral("Piano");
        bass.name = QStringLiteral("Bass");
        song.tracks = {piano, bass};
        doc.resetSong(song);
        model = new TrackListModel(&doc, this);
        view = new ui::TrackListView(model);
        view->resize(420, 200);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
    }

    void cleanup()
    {
        delete view;
        delete model;
    }

    void oneClickTogglesMuteSoloArm()
    {
        QCOMPARE(doc.trackCount(), 2);
        const int undoBefore = doc.undoStack()->count();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(1, TrackListModel::MuteColumn));
        QVERIFY(doc.track(1).mute);
        QCOMPARE(view->currentTrack(), 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(1, TrackListModel::SoloColumn));
        QVERIFY(doc.track(1).solo);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(1, TrackListModel::MuteColumn));
        QVERIFY(!doc.track(1).mute);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(0, TrackListModel::ArmColumn));
        QVERIFY(doc.track(0).armed);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(1, TrackListModel::ArmColumn));
        QVERIFY(doc.track(1).armed);
        QVERIFY(!doc.track(0).armed);   // one armed track
        QCOMPARE(doc.undoStack()->count(), undoBefore + 5);
        doc.undoStack()->undo();
        QVERIFY(doc.track(0).armed);
    }

    void theFaderFollowsTheMouse()
    {
        const QRect cell = view->visualRect(model->index(0, TrackListModel::VolumeColumn));
        QVERIFY(cell.width() >= 60);
        const QRect groove = ui::TrackHeaderDelegate::faderGroove(cell);
        // Press at the left end: silence; drag to three quarters; release.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(groove.left(), cell.center().y()));
        QCOMPARE(doc.track(0).volume, 0.0);
        QMouseEvent move(QEvent::MouseMove, QPointF(groove.left() + groove.width() * 0.75, cell.center().y()),
                         view->viewport()->mapToGlobal(QPointF(groove.left() + groove.width() * 0.75, cell.center().y())),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY2(std::abs(doc.track(0).volume - 0.75) <= 0.02, qPrintable(QString::number(doc.track(0).volume)));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(groove.right() + 50, cell.center().y()));
        const double kept = doc.track(0).volume;
        // After the release, moving the mouse changes nothing.
        QMouseEvent after(QEvent::MouseMove, QPointF(groove.left(), cell.center().y()),
                          view->viewport()->mapToGlobal(QPointF(groove.left(), cell.center().y())), Qt::NoButton,
                          Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &after);
        QCOMPARE(doc.track(0).volume, kept);
        // Past the right end: full volume, not more.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(cell.right() - 1, cell.center().y()));
        QCOMPARE(doc.track(0).volume, 1.0);
    }

    void doubleClickTypesTheVolume()
    {
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centreOf(1, TrackListModel::VolumeColumn));
        QSpinBox *editor = nullptr;
        QTRY_VERIFY((editor = view->findChild<QSpinBox *>()) && editor->isVisible());
        QCOMPARE(editor->value(), 80);
        editor->setValue(42);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(doc.track(1).volume, 0.42);
    }

    void channelAndOutputWaitInTheHeaderMenu()
    {
        QVERIFY(view->isColumnHidden(TrackListModel::ChannelColumn));
        QVERIFY(view->isColumnHidden(TrackListModel::OutputColumn));
        for (int c : {TrackListModel::NameColumn, TrackListModel::ProgramColumn, TrackListModel::MuteColumn,
                      TrackListModel::SoloColumn, TrackListModel::ArmColumn, TrackListModel::VolumeColumn})
            QVERIFY(!view->isColumnHidden(c));
        QCOMPARE(model->headerData(TrackListModel::ChannelColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("MIDI channel"));
    }

    void theOutputEditorOffersTheEnginesPorts()
    {
        int asked = 0;
        view->setOutputPorts([&asked] {
            ++asked;
            return QStringList{"synth:midi_in", "Atelier Out (studio)", "daw:in"};
        });
        auto *delegate = qobject_cast<ui::TrackHeaderDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        QWidget parent;
        auto *combo = qobject_cast<QComboBox *>(
            delegate->createEditor(&parent, QStyleOptionViewItem(), model->index(0, TrackListModel::OutputColumn)));
        QVERIFY(combo);
        QCOMPARE(asked, 1);   // asked when the editor opens, not before
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items.append(combo->itemData(i).toString());
        // The internal synth, Atelier's own port once, then the system's other ports.
        QCOMPARE(items, (QStringList{QString(), "Atelier Out", "synth:midi_in", "daw:in"}));
    }

    void themesSwitchTheLook()
    {
        ui::Theme::apply(ui::Theme::Dark);
        QCOMPARE(ui::Theme::current(), ui::Theme::Dark);
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 80);
        QVERIFY(dark.color(QPalette::WindowText).lightness() > 180);
        QVERIFY(ui::Theme::colours().rollRow.lightness() < 80);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        ui::Theme::apply(ui::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(ui::Theme::colours().rollRow.lightness() > 180);
    }

    void iconsComeFromTheIconTheme()
    {
        ui::Theme::apply(ui::Theme::Dark);
        // breeze-icon-theme is installed by .ci/setup; a missing icon gives a null icon, never a broken one.
        QVERIFY2(!ui::Theme::icon(QStringLiteral("media-playback-start")).isNull(),
                 "breeze-dark has media-playback-start");
        QVERIFY(ui::Theme::icon(QStringLiteral("no-such-icon-anywhere")).isNull());
        ui::Theme::apply(ui::Theme::Light);
    }
};

QTEST_MAIN(TestTrackHeaders)
#include "test_track_headers.moc"
