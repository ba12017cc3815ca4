// The stroke-5 codec: RDP simplification, encoding a drawing and decoding it
// back to the same ink, and the pen rules of continuation.

#include "sketch/StrokeCodec.h"

#include <QTest>

using namespace atelier::core;

class TestStrokeCodec : public QObject {
    Q_OBJECT
private slots:
    void simplifyKeepsCorners()
    {
        QList<QPointF> line;
        for (int i = 0; i <= 100; ++i)
            line.append({double(i), i < 50 ? 0.0 : double(i - 50)});  // an L with a corner at 50
        const auto s = StrokeCodec::simplify(line, 2.0);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[1], QPointF(50, 0));
        QCOMPARE(StrokeCodec::simplify({{0, 0}, {1, 1}}, 2.0).size(), 2);
    }

    void encodeDecodeRoundTrip()
    {
        Sketch sk;
        sk.strokes = {Stroke{{{10, 10}, {30, 10}, {30, 40}}}, Stroke{{{50, 50}, {60, 70}}}};
        const QList<Stroke5> rows = StrokeCodec::encode(sk, 10.0, 0.0);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], (Stroke5{2.0f, 0.0f, Stroke5::Down}));
        QCOMPARE(rows[1], (Stroke5{0.0f, 3.0f, Stroke5::Up}));
        QCOMPARE(rows[2], (Stroke5{2.0f, 1.0f, Stroke5::Down}));  // travel to the second stroke
        QCOMPARE(rows[3], (Stroke5{1.0f, 2.0f, Stroke5::Up}));
        const QList<Stroke> back = StrokeCodec::decode(rows, QPointF(10, 10), 10.0, true);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].points, sk.strokes[0].points);
        QCOMPARE(back[1].points, sk.strokes[1].points);
        QCOMPARE(StrokeCodec::endPoint(sk), QPointF(60, 70));
    }

    void continuationStartsWithPenUp()
    {
        // A continuation after a lifted pen: the first row only moves the pen.
        const QList<Stroke5> gen = {{1, 0, Stroke5::Down}, {1, 0, Stroke5::Down}, {0, 1, Stroke5::Up},
                                    {5, 5, Stroke5::End}};
        const auto strokes = StrokeCodec::decode(gen, QPointF(0, 0), 1.0, false);
        QCOMPARE(strokes.size(), 1);
        QCOMPARE(strokes[0].points, (QList<QPointF>{{1, 0}, {2, 0}, {2, 1}}));
        // Rows after End are ignored.
        QCOMPARE(StrokeCodec::decode({{1, 1, Stroke5::End}, {1, 1, Stroke5::Down}}, {}, 1.0).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStrokeCodec)
#include "test_strokecodec.moc"
