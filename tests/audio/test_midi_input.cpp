// MidiInput (core/audio): what reaches the callback from the bytes RtMidi
// delivers (channel messages only), and a missing port failing with a message
// that names it, with or without a MIDI system on the machine.

#include "audio/MidiInput.h"

#include <QTest>
#include <vector>

using namespace atelier::core;

class TestMidiInput : public QObject {
    Q_OBJECT

    static std::optional<MidiMessage> parse(std::vector<unsigned char> bytes)
    {
        return MidiInput::parse(bytes.data(), bytes.size());
    }

private slots:
    void channelMessagesPass()
    {
        auto m = parse({0x90, 60, 100});
        QVERIFY(m && m->isNoteOn());
        QCOMPARE(int(m->channel()), 0);
        QCOMPARE(int(m->data1), 60);
        QCOMPARE(int(m->data2), 100);
        m = parse({0x93, 64, 0});  // note-on at velocity 0 is a note-off
        QVERIFY(m && m->isNoteOff() && !m->isNoteOn());
        QCOMPARE(int(m->channel()), 3);
        m = parse({0x80, 64, 40});
        QVERIFY(m && m->isNoteOff());
        m = parse({0xB0, 123, 0});
        QVERIFY(m && m->isController(MidiMessage::kCcAllNotesOff));
        m = parse({0xC5, 40, 99});  // a program change has one data byte
        QVERIFY(m);
        QCOMPARE(int(m->data1), 40);
        QCOMPARE(int(m->data2), 0);
        m = parse({0x90, 0xBC, 0xFF});  // data bytes keep 7 bits
        QVERIFY(m);
        QCOMPARE(int(m->data1), 0x3C);
        QCOMPARE(int(m->data2), 0x7F);
    }

    void otherBytesAreIgnored()
    {
        QVERIFY(!parse({}));
        QVERIFY(!parse({60, 100}));                 // running-status data
        QVERIFY(!parse({0xF0, 0x7E, 0x7F, 0xF7}));  // sysex
        QVERIFY(!parse({0xF8}));                    // clock
        QVERIFY(!parse({0xFE}));                    // active sensing
        QVERIFY(!MidiInput::parse(nullptr, 3));
    }

    void missingPortFailsClearly()
    {
        MidiInput in;
        QString error;
        QVERIFY(!in.open(QStringLiteral("No Such Port 4711"), [](const MidiMessage &) {}, &error));
        QVERIFY2(error.contains(QStringLiteral("No Such Port 4711")) || error.contains(QStringLiteral("MIDI")),
                 qPrintable(error));
        QVERIFY(!in.isOpen());
        QVERIFY(in.portName().isEmpty());
        in.close();  // closing a port that never opened is fine
    }
};

QTEST_GUILESS_MAIN(TestMidiInput)
#include "test_midi_input.moc"
