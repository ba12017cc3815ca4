// MidiInput (core/audio): what reaches the callback from the bytes RtMidi
// delivers (channel messages; clock and song position only when asked for),
// a missing port failing with a message that names it, and Atelier's own
// ports ("Atelier In", "Atelier Out") opening where there is an ALSA
// sequencer and saying why not where there is none.

#include "audio/IMidiClock.h"
#include "audio/MidiInput.h"
#include "audio/MidiOutput.h"
#include "audio/RtMidiLiveInput.h"

#include <QFile>

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

    void clockPassesWhenAskedFor()
    {
        auto clock = [](std::vector<unsigned char> bytes) { return MidiInput::parse(bytes.data(), bytes.size(), true); };
        for (unsigned char status : {0xF8, 0xFA, 0xFB, 0xFC}) {
            const auto m = clock({status});
            QVERIFY(m);
            QCOMPARE(int(m->status), int(status));
            QCOMPARE(m->size(), 1);
        }
        const auto spp = clock({0xF2, 0x10, 0x81});   // song position: 7 bits each
        QVERIFY(spp);
        QCOMPARE(int(spp->data1), 0x10);
        QCOMPARE(int(spp->data2), 0x01);
        QVERIFY(!clock({0xF2, 0x10}));   // cut short
        QVERIFY(!clock({0xFE}));         // active sensing still not
        QVERIFY(!clock({0xF0, 0x7E, 0xF7}));
        QVERIFY(clock({0x90, 60, 1}));   // channel messages as ever
    }

    void ateliersOwnPortsOpenOrSayWhy()
    {
        const bool sequencer = QFile::exists(QStringLiteral("/dev/snd/seq"));
        MidiOutput out;
        const bool opened = out.setPorts({QString::fromLatin1(MidiOutput::kStudioPort)});
        QCOMPARE(opened, sequencer);
        if (!opened)
            QVERIFY2(out.lastError().contains(QStringLiteral("Atelier Out")), qPrintable(out.lastError()));

        struct Still : IMidiClock {
            Frame nowFrame() const override { return 0; }
            Frame earliestOutputFrame() const override { return 0; }
            double sampleRate() const override { return 48000; }
        } clock;
        RtMidiLiveInput in(clock);
        QString error;
        QVERIFY(in.start(&error));   // the chosen port may still work without it
        QCOMPARE(in.studioPortOpen(), sequencer);
        if (!sequencer)
            QVERIFY2(in.takeStatus().contains(QStringLiteral("Atelier In")), "no status about Atelier In");
        in.stop();
        QVERIFY(!in.studioPortOpen());
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
