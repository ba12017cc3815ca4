<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChordSymbol</name>
    <message>
        <location filename="../core/document/ChordSymbol.cpp" line="117"/>
        <source>&quot;%1&quot; is not a chord symbol (examples: Am, F, C7, Gmaj7, Bm7, Bdim, Dsus4, C/E, N.C.)</source>
        <translation>„%1“ ist kein Akkordsymbol (Beispiele: Am, F, C7, Gmaj7, Bm7, Bdim, Dsus4, C/E, N.C.)</translation>
    </message>
    <message>
        <location filename="../core/document/ChordSymbol.cpp" line="159"/>
        <source>no chords given</source>
        <translation>keine Akkorde angegeben</translation>
    </message>
</context>
<context>
    <name>MorphCommands</name>
    <message>
        <location filename="../core/timbre/MorphCommands.cpp" line="12"/>
        <source>Move Morph Point</source>
        <translation>Morph-Punkt verschieben</translation>
    </message>
    <message>
        <location filename="../core/timbre/MorphCommands.cpp" line="31"/>
        <source>Set Corner %1 to %2</source>
        <translation>Ecke %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../core/timbre/MorphCommands.cpp" line="41"/>
        <source>Change Sound</source>
        <translation>Klang ändern</translation>
    </message>
    <message>
        <location filename="../core/timbre/MorphCommands.cpp" line="59"/>
        <source>Morph Two Corners</source>
        <translation>Zwischen zwei Ecken morphen</translation>
    </message>
    <message>
        <location filename="../core/timbre/MorphCommands.cpp" line="60"/>
        <source>Morph Four Corners</source>
        <translation>Zwischen vier Ecken morphen</translation>
    </message>
</context>
<context>
    <name>MorphModelSource</name>
    <message>
        <location filename="../ui/timbre/MorphModelSource.cpp" line="35"/>
        <source>%1 (ours)</source>
        <translation>%1 (von uns)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphModelSource.cpp" line="48"/>
        <source>No timbre models found. Put .timbre.json models in %1 (or in the models folder of the data path, %2) and press Rescan.</source>
        <translation>Keine Klangmodelle gefunden. Leg .timbre.json-Modelle in %1 ab (oder im Ordner models des Datenpfads, %2) und klicke auf Neu suchen.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphModelSource.cpp" line="57"/>
        <source>Timbre models cannot be loaded in this build.</source>
        <translation>Klangmodelle lassen sich in diesem Build nicht laden.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphModelSource.cpp" line="63"/>
        <source>%1 could not be loaded.</source>
        <translation>%1 ließ sich nicht laden.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphModelSource.cpp" line="64"/>
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell ließ sich nicht laden: %1</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphModelSource.cpp" line="67"/>
        <source>No timbre model.</source>
        <translation>Kein Klangmodell.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphModelSource.cpp" line="81"/>
        <source>%1 cannot be used: it has no instruments, or their embeddings do not have %2 values.</source>
        <translation>%1 ist nicht nutzbar: Es hat keine Instrumente, oder deren Embeddings haben nicht %2 Werte.</translation>
    </message>
</context>
<context>
    <name>PianoRollTool</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="229"/>
        <source>Erase note</source>
        <translation>Note löschen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="230"/>
        <source>Erase notes</source>
        <translation>Noten löschen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/CliMidi.cpp" line="38"/>
        <source>midi info: unknown option %1</source>
        <translation>midi info: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="41"/>
        <source>usage: atelier midi info FILE [--json]</source>
        <translation>Aufruf: atelier midi info DATEI [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="80"/>
        <source>none (120 bpm)</source>
        <translation>keine (120 BPM)</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="81"/>
        <source>none (4/4)</source>
        <translation>keine (4/4)</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="82"/>
        <source>none (no notes)</source>
        <translation>keine (keine Noten)</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="83"/>
        <source>%1 (confidence %2)%3</source>
        <translation>%1 (Konfidenz %2)%3</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="87"/>
        <source>; key signature %1</source>
        <translation>; Vorzeichen %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="99"/>
        <source>midi convert: --format must be 0 or 1</source>
        <translation>midi convert: --format muss 0 oder 1 sein</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="102"/>
        <source>midi convert: unknown option %1</source>
        <translation>midi convert: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="105"/>
        <source>usage: atelier midi convert IN.mid OUT.mid [--format 0|1]</source>
        <translation>Aufruf: atelier midi convert EIN.mid AUS.mid [--format 0|1]</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="131"/>
        <source>render: unknown option %1</source>
        <translation>render: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="134"/>
        <source>usage: atelier render IN.mid|IN.atelier -o OUT.wav|OUT.flac [--rate 44100] [--bits 16|24|32f] [--range song|loop|BAR:BAR] [--soundfont FILE.sf2]</source>
        <translation>Aufruf: atelier render EIN.mid|EIN.atelier -o AUS.wav|AUS.flac [--rate 44100] [--bits 16|24|32f] [--range song|loop|TAKT:TAKT] [--soundfont DATEI.sf2]</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="139"/>
        <source>render: %1: the output must end in .wav or .flac</source>
        <translation>render: %1: die Ausgabe muss auf .wav oder .flac enden</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="144"/>
        <source>render: --bits must be 16, 24 or 32f, not %1</source>
        <translation>render: --bits muss 16, 24 oder 32f sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="148"/>
        <source>render: FLAC holds 16- or 24-bit samples; write a .wav for --bits 32f</source>
        <translation>render: FLAC speichert 16- oder 24-Bit-Samples; für --bits 32f eine .wav schreiben</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="158"/>
        <source>render: --range must be song, loop or FIRST:LAST bars (as 5:8), not %1</source>
        <translation>render: --range muss song, loop oder ERSTER:LETZTER Takt sein (etwa 5:8), nicht %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="165"/>
        <source>render: --rate must be a sample rate from 8000 to 192000 Hz</source>
        <translation>render: --rate muss eine Abtastrate von 8000 bis 192000 Hz sein</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="176"/>
        <source>render: %1 has no loop region</source>
        <translation>render: %1 hat keinen Loop-Bereich</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="198"/>
        <source>render: stopped; %1 was not written</source>
        <translation>render: abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="48"/>
        <source>Usage:
  atelier [FILE]                         open the studio (optionally a song)
</source>
        <translation>Aufruf:
  atelier [DATEI]                        das Studio öffnen (optional mit einem Song)
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="51"/>
        <source>Results are JSON on stdout; errors go to stderr with exit code 2.
</source>
        <translation>Ergebnisse kommen als JSON auf stdout; Fehler gehen mit Exit-Code 2 an stderr.
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="87"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="162"/>
        <source>Autosave is off: %1</source>
        <translation>Automatisches Sichern ist aus: %1</translation>
    </message>
    <message>
        <location filename="../core/document/SongCommands.cpp" line="52"/>
        <source>Add track</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/document/SongCommands.cpp" line="61"/>
        <source>Delete track</source>
        <translation>Spur löschen</translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="35"/>
        <source>Cannot create the autosave folder %1</source>
        <translation>Der Ordner für automatische Sicherungen %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="48"/>
        <source>Cannot lock %1</source>
        <translation>%1 lässt sich nicht sperren</translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="59"/>
        <source>Autosave is not running</source>
        <translation>Automatisches Sichern läuft nicht</translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="126"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="133"/>
        <source>Cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="155"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="171"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="173"/>
        <source>not an Atelier project (the top level is not a JSON object)</source>
        <translation>kein Atelier-Projekt (die oberste Ebene ist kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="176"/>
        <source>not an Atelier project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>kein Atelier-Projekt (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="179"/>
        <source>the project has no version number</source>
        <translation>das Projekt hat keine Versionsnummer</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="184"/>
        <source>the project was saved by a newer Atelier (format version %1; this one reads up to %2)</source>
        <translation>das Projekt wurde von einem neueren Atelier gespeichert (Formatversion %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="186"/>
        <source>unknown project format version %1</source>
        <translation>unbekannte Projektformatversion %1</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="22"/>
        <location filename="../core/project/ProjectReaderV1.cpp" line="35"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="25"/>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="28"/>
        <location filename="../core/project/ProjectReaderV1.cpp" line="38"/>
        <source>%1 is not in %2..%3</source>
        <translation>%1 liegt nicht in %2..%3</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="45"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="52"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="62"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="75"/>
        <source>expected a name and a model file name</source>
        <translation>Name und Dateiname eines Modells erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="80"/>
        <source>expected 1 to 1024 numbers</source>
        <translation>1 bis 1024 Zahlen erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="96"/>
        <source>expected [pitch, start, length, velocity]</source>
        <translation>[Tonhöhe, Beginn, Länge, Anschlagstärke] erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="107"/>
        <source>expected [tick, controller, value]</source>
        <translation>[Tick, Controller, Wert] erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="121"/>
        <source>expected a model file name</source>
        <translation>Dateiname eines Modells erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="125"/>
        <source>expected %1 corners</source>
        <translation>%1 Ecken erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="137"/>
        <source>expected an instrument number or a recording</source>
        <translation>Instrumentnummer oder Aufnahme erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="140"/>
        <source>expected 1 to 1024 numbers, as many as the other corners</source>
        <translation>1 bis 1024 Zahlen erwartet, so viele wie bei den anderen Ecken</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="170"/>
        <source>expected [x, y]</source>
        <translation>[x, y] erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="174"/>
        <source>a stroke needs at least one point</source>
        <translation>ein Strich braucht mindestens einen Punkt</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="177"/>
        <source>%1 pressures for %2 points</source>
        <translation>%1 Druckwerte für %2 Punkte</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="183"/>
        <source>not a colour</source>
        <translation>keine Farbe</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="211"/>
        <source>%1 is not a power of two</source>
        <translation>%1 ist keine Zweierpotenz</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="229"/>
        <source>unknown scale &quot;%1&quot;</source>
        <translation>unbekannte Tonleiter „%1“</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="241"/>
        <source>chords must be in order, one per tick</source>
        <translation>Akkorde müssen geordnet sein, einer pro Tick</translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="259"/>
        <source>unknown chord style &quot;%1&quot; (block, arpeggio, comp)</source>
        <translation>unbekannter Akkordstil „%1“ (block, arpeggio, comp)</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="56"/>
        <source>no timbre model (*.timbre.json) found on the model search path (%1)</source>
        <translation>kein Klangmodell (*.timbre.json) im Modellsuchpfad gefunden (%1)</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="82"/>
        <source>eval timbre: unknown option %1</source>
        <translation>eval timbre: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="84"/>
        <source>eval timbre: --notes, --pairs and --seed must not be negative</source>
        <translation>eval timbre: --notes, --pairs und --seed dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="121"/>
        <source>bench timbre: unknown option %1</source>
        <translation>bench timbre: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="123"/>
        <source>bench timbre: --seconds, --rate and --block must be positive</source>
        <translation>bench timbre: --seconds, --rate und --block müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="164"/>
        <source>the model has no instrument with GM program %1</source>
        <translation>das Modell hat kein Instrument mit GM-Programm %1</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="183"/>
        <location filename="../core/project/SongFiles.cpp" line="26"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="185"/>
        <source>&quot;%1&quot; is neither a GM program, an instrument of the model nor an audio file</source>
        <translation>&quot;%1&quot; ist weder ein GM-Programm noch ein Instrument des Modells noch eine Audiodatei</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="206"/>
        <source>timbre render: unknown option %1</source>
        <translation>timbre render: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="208"/>
        <source>usage: atelier timbre render --corner PROGRAM_OR_WAV ... [--x X --y Y | --mix W,...] --pitch P --velocity V --seconds S -o OUT.wav</source>
        <translation>Aufruf: atelier timbre render --corner PROGRAMM_ODER_WAV ... [--x X --y Y | --mix W,...] --pitch P --velocity V --seconds S -o AUS.wav</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="210"/>
        <source>timbre render: give at least one --corner</source>
        <translation>timbre render: gib mindestens ein --corner an</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="212"/>
        <source>timbre render: --pitch must be 0..127 and --velocity 1..127</source>
        <translation>timbre render: --pitch muss 0..127 sein und --velocity 1..127</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="214"/>
        <source>timbre render: --seconds must be in (0, 600], --tail &gt;= 0, --rate 8000..192000</source>
        <translation>timbre render: --seconds muss in (0, 600] liegen, --tail &gt;= 0, --rate 8000..192000</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="223"/>
        <source>timbre render: malformed --mix &quot;%1&quot;</source>
        <translation>timbre render: fehlerhaftes --mix &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="227"/>
        <source>timbre render: --mix has %1 weights for %2 corners</source>
        <translation>timbre render: --mix hat %1 Gewichte für %2 Ecken</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="232"/>
        <source>timbre render: --x must be in [0, 1]</source>
        <translation>timbre render: --x muss in [0, 1] liegen</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="236"/>
        <source>timbre render: --x and --y must be in [0, 1]</source>
        <translation>timbre render: --x und --y müssen in [0, 1] liegen</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="240"/>
        <source>timbre render: %1 corners need --mix (the pad takes 1, 2 or 4)</source>
        <translation>timbre render: %1 Ecken brauchen --mix (das Pad nimmt 1, 2 oder 4)</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="244"/>
        <source>timbre render: the weights add up to 0</source>
        <translation>timbre render: die Summe der Gewichte ist 0</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="254"/>
        <source>timbre render: corner %1: %2</source>
        <translation>timbre render: Ecke %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="262"/>
        <source>timbre render: nothing was rendered</source>
        <translation>timbre render: es wurde nichts gerendert</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/SongFiles.cpp" line="41"/>
        <source>%1: %n event(s) after 24 hours were left out</source>
        <translation>
            <numerusform>%1: %n Ereignis nach 24 Stunden wurde ausgelassen</numerusform>
            <numerusform>%1: %n Ereignisse nach 24 Stunden wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="47"/>
        <source>Drums</source>
        <translation>Schlagzeug</translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="48"/>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="63"/>
        <source>MIDI format must be 0 or 1, not %1</source>
        <translation>MIDI-Format muss 0 oder 1 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/CliCommon.cpp" line="50"/>
        <source>%1 needs a number, not &apos;%2&apos;</source>
        <translation>%1 braucht eine Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/CliCommon.cpp" line="73"/>
        <source>%1: %2 is neither a music model (%3) nor a drawing model (%4)</source>
        <translation>%1: %2 ist weder ein Musikmodell (%3) noch ein Zeichenmodell (%4)</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="40"/>
        <source>%1: --model FILE is required</source>
        <translation>%1: --model DATEI ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="59"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1: lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="65"/>
        <source>%1: expected a JSON array of [dx, dy, p1, p2, p3] rows</source>
        <translation>%1: JSON-Array aus Zeilen [dx, dy, p1, p2, p3] erwartet</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="78"/>
        <source>%1: row %2 is not [dx, dy, p1, p2, p3] with a one-hot pen state</source>
        <translation>%1: Zeile %2 ist nicht [dx, dy, p1, p2, p3] mit One-Hot-Stiftzustand</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="93"/>
        <source>sketch trace: unknown option %1</source>
        <translation>sketch trace: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="97"/>
        <source>usage: atelier sketch trace --model FILE --input STROKES.json</source>
        <translation>Aufruf: atelier sketch trace --model DATEI --input STRICHE.json</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="168"/>
        <source>sketch generate: unknown option %1</source>
        <translation>sketch generate: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="172"/>
        <source>sketch generate: --greedy takes no --temperature or --seed</source>
        <translation>sketch generate: --greedy nimmt weder --temperature noch --seed</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="177"/>
        <source>sketch generate: --temperature needs a number &gt;= 0</source>
        <translation>sketch generate: --temperature braucht eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="182"/>
        <source>sketch generate: --seed needs a non-negative integer</source>
        <translation>sketch generate: --seed braucht eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="187"/>
        <source>sketch generate: --steps needs a positive integer</source>
        <translation>sketch generate: --steps braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="190"/>
        <source>sketch generate: --svg needs a file name</source>
        <translation>sketch generate: --svg braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="195"/>
        <location filename="../core/music/Harmonizer.cpp" line="258"/>
        <location filename="../models/HalfTensors.cpp" line="159"/>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="319"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: lässt sich nicht schreiben (%2)</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="207"/>
        <source>, written to %1</source>
        <translation>, geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="249"/>
        <source>bench sketch: unknown option %1</source>
        <translation>bench sketch: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="77"/>
        <source>train sketch: unknown option %1</source>
        <translation>train sketch: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliPersonalise.cpp" line="50"/>
        <source>train sketch --init: unknown option %1 (personalising runs in one process with the base model&apos;s sizes)</source>
        <translation>train sketch --init: unbekannte Option %1 (das Personalisieren läuft in einem Prozess mit den Größen des Ausgangsmodells)</translation>
    </message>
    <message>
        <location filename="../app/CliPersonalise.cpp" line="53"/>
        <source>usage: atelier train sketch --init MODEL.gen.json --data MINE.ndjson [--out MODEL.gen.json] [--reference DATA.ndjson] [--minutes M (2) | --steps N] [--batch B] [--lr R] [--rehearsal R (1)] [--anchor A] [--random-scale S] [--seed S] [--json]</source>
        <translation>Aufruf: atelier train sketch --init MODELL.gen.json --data MEINE.ndjson [--out MODELL.gen.json] [--reference DATEN.ndjson] [--minutes M (2) | --steps N] [--batch B] [--lr R] [--rehearsal R (1)] [--anchor A] [--random-scale S] [--seed S] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliPersonalise.cpp" line="58"/>
        <source>train sketch --init: --batch must be positive, --lr, --anchor, --steps, --minutes and --rehearsal not negative, --random-scale in [0, 1)</source>
        <translation>train sketch --init: --batch muss positiv sein, --lr, --anchor, --steps, --minutes und --rehearsal dürfen nicht negativ sein, --random-scale liegt in [0, 1)</translation>
    </message>
    <message>
        <location filename="../app/CliPersonalise.cpp" line="73"/>
        <location filename="../app/CliPersonalise.cpp" line="96"/>
        <location filename="../app/CliPersonalise.cpp" line="100"/>
        <location filename="../app/CliTrain.cpp" line="75"/>
        <source>train sketch: %1</source>
        <translation>train sketch: %1</translation>
    </message>
    <message>
        <location filename="../app/CliPersonalise.cpp" line="98"/>
        <source>train sketch: stopped before the first training step; nothing was saved</source>
        <translation>train sketch: vor dem ersten Trainingsschritt angehalten; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="79"/>
        <source>usage: atelier train sketch --data FILE.ndjson [--out MODEL.gen.json] [--checkpoint-dir DIR] [--resume] [--steps N | --minutes M] [--batch B] [--hidden H] [--seed S] [--world-size N --rank R --master HOST:PORT [--timeout S] [--bind ADDR]] [--json]</source>
        <translation>Aufruf: atelier train sketch --data DATEI.ndjson [--out MODELL.gen.json] [--checkpoint-dir ORDNER] [--resume] [--steps N | --minutes M] [--batch B] [--hidden H] [--seed S] [--world-size N --rank R --master HOST:PORT [--timeout S] [--bind ADRESSE]] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="86"/>
        <source>train sketch: sizes must be positive and --dropout-keep in (0, 1]</source>
        <translation>train sketch: Größen müssen positiv sein und --dropout-keep in (0, 1] liegen</translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="168"/>
        <source>eval sketch: unknown option %1</source>
        <translation>eval sketch: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="170"/>
        <source>usage: atelier eval sketch --model FILE --data FILE.ndjson [--split test|valid|train|held-out] [--base MODEL] [--json]</source>
        <translation>Aufruf: atelier eval sketch --model DATEI --data DATEI.ndjson [--split test|valid|train|held-out] [--base MODELL] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="194"/>
        <source>; base %1, %2 %</source>
        <translation>; Ausgangsmodell %1, %2 %</translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="42"/>
        <source>not JSON (%1 at column %2)</source>
        <translation>kein JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="45"/>
        <source>no &quot;drawing&quot; list</source>
        <translation>keine &quot;drawing&quot;-Liste</translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="55"/>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="42"/>
        <source>stroke %1 is not [xs, ys]</source>
        <translation>Strich %1 ist nicht [xs, ys]</translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="58"/>
        <source>stroke %1 has %2 x values but %3 y values</source>
        <translation>Strich %1 hat %2 x-Werte, aber %3 y-Werte</translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="62"/>
        <source>stroke %1 point %2 is not a number</source>
        <translation>Strich %1, Punkt %2 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="99"/>
        <source>line %1 is longer than %2 MiB: not a drawing per line</source>
        <translation>Zeile %1 ist länger als %2 MiB: keine Zeichnung pro Zeile</translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="107"/>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="120"/>
        <source>no drawings in the file</source>
        <translation>keine Zeichnungen in der Datei</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="586"/>
        <source>no %1 model found on the model search path (%2)</source>
        <translation>kein %1-Modell im Modellsuchpfad gefunden (%2)</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="106"/>
        <source>train: unknown option %1</source>
        <translation>train: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="74"/>
        <source>usage: atelier train melody [--chords]|performance --data DIR [--out MODEL.music.json] [--checkpoint-dir DIR] [--resume] [--steps N | --minutes M] [--transformer [--heads N]] [--hidden H] [--layers L] [--batch B] [--window W] [--dropout P] [--threads T] [--seed S] [--max-files N] [--world-size N --rank R --master HOST:PORT [--timeout S] [--bind ADDR]] [--data-shards N] [--json]
   or: atelier train melody|performance --init MODEL.music.json --data MY-MIDI-DIR [--reference DIR] [--minutes M (2)] [--lr R] [--rehearsal R (1)] [--anchor A] [--out MODEL.music.json] [--json]</source>
        <translation>Aufruf: atelier train melody [--chords]|performance --data ORDNER [--out MODELL.music.json] [--checkpoint-dir ORDNER] [--resume] [--steps N | --minutes M] [--transformer [--heads N]] [--hidden H] [--layers L] [--batch B] [--window W] [--dropout P] [--threads T] [--seed S] [--max-files N] [--world-size N --rank R --master HOST:PORT [--timeout S] [--bind ADRESSE]] [--data-shards N] [--json]
   oder: atelier train melody|performance --init MODELL.music.json --data MEIN-MIDI-ORDNER [--reference ORDNER] [--minutes M (2)] [--lr R] [--rehearsal R (1)] [--anchor A] [--out MODELL.music.json] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="127"/>
        <source>train %1: --lr, --anchor and --rehearsal must not be negative</source>
        <translation>train %1: --lr, --anchor und --rehearsal dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="132"/>
        <source>train %1: sizes must be positive</source>
        <translation>train %1: Größen müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="104"/>
        <location filename="../app/CliMusic.cpp" line="151"/>
        <location filename="../app/CliMusic.cpp" line="177"/>
        <location filename="../app/CliMusic.cpp" line="179"/>
        <source>train %1: %2</source>
        <translation>train %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="112"/>
        <source>train %1 --init: give the folder of your own MIDI files with --data; personalising runs in one process</source>
        <translation>train %1 --init: gib den Ordner mit deinen eigenen MIDI-Dateien mit --data an; das Personalisieren läuft in einem Prozess</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="115"/>
        <source>train %1: --reference and --anchor go with --init MODEL</source>
        <translation>train %1: --reference und --anchor gehören zu --init MODELL</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="134"/>
        <source>train %1: --dropout must be below 1</source>
        <translation>train %1: --dropout muss kleiner als 1 sein</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="153"/>
        <location filename="../app/CliTimbre.cpp" line="160"/>
        <source>, resumed at step %1</source>
        <translation>, fortgesetzt bei Schritt %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="53"/>
        <source>usage: atelier eval melody --chords [--data DIR] [--model F] [--melody-model F] [--seed S] --json</source>
        <translation>Aufruf: atelier eval melody --chords [--data ORDNER] [--model D] [--melody-model D] [--seed S] --json</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="57"/>
        <location filename="../app/CliMusicEval.cpp" line="62"/>
        <location filename="../app/CliMusicEval.cpp" line="66"/>
        <source>eval melody: %1</source>
        <translation>eval melody: %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="59"/>
        <source>eval melody --chords: %1 is not a chord-conditioned melody model</source>
        <translation>eval melody --chords: %1 ist kein akkordbedingtes Melodie-Modell</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="72"/>
        <source>eval melody: the models scored %1 and %2 events, the baselines %3</source>
        <translation>eval melody: die Modelle bewerteten %1 und %2 Ereignisse, die Vergleichsmodelle %3</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="118"/>
        <source>: folder not found</source>
        <translation>: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="163"/>
        <location filename="../app/CliMusicEval.cpp" line="170"/>
        <source>: no pieces of that split</source>
        <translation>: keine Stücke dieses Teils</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="171"/>
        <source>: no held-out pieces</source>
        <translation>: keine zurückgehaltenen Stücke</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="193"/>
        <source>usage: atelier eval continuations [--model melody|performance|FILE] [--data DIR] [--pieces N] [--cuts 1-8] [--bars B] [--variations 1-8] [--seed S] [--temperature T] [--top-p P] --json</source>
        <translation>Aufruf: atelier eval continuations [--model melody|performance|DATEI] [--data ORDNER] [--pieces N] [--cuts 1-8] [--bars B] [--variations 1-8] [--seed S] [--temperature T] [--top-p P] --json</translation>
    </message>
    <message>
        <location filename="../app/CliMusicEval.cpp" line="198"/>
        <location filename="../app/CliMusicEval.cpp" line="203"/>
        <source>eval continuations: %1</source>
        <translation>eval continuations: %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="226"/>
        <source>eval: unknown option %1</source>
        <translation>eval: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="228"/>
        <source>usage: atelier eval melody|performance [--data DIR] [--model FILE] [--split test|valid] --json</source>
        <translation>Aufruf: atelier eval melody|performance [--data ORDNER] [--model DATEI] [--split test|valid] --json</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="232"/>
        <location filename="../app/CliMusic.cpp" line="237"/>
        <source>eval %1: %2</source>
        <translation>eval %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="234"/>
        <source>eval %1: the model is a %2 model</source>
        <translation>eval %1: das Modell ist ein %2-Modell</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="251"/>
        <source>eval %1: the model scored %2 events and the baselines %3</source>
        <translation>eval %1: das Modell bewertete %2 Ereignisse und die Vergleichsmodelle %3</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="330"/>
        <source>usage: atelier bench music [--melody FILE] [--performance FILE] [--transformer FILE] [--lstm FILE] [--steps N] --json</source>
        <translation>Aufruf: atelier bench music [--melody DATEI] [--performance DATEI] [--transformer DATEI] [--lstm DATEI] [--steps N] --json</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="344"/>
        <source>bench music: %1</source>
        <translation>bench music: %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="401"/>
        <source>usage: atelier continue IN.mid -o OUT.mid --model melody|performance|FILE [--bars N | --seconds S] [--variations K] [--temperature T] [--top-p P] [--seed S] [--key C:major|auto] [--key-bias B] [--chords &quot;Am F C G&quot; | --chords-from FILE.mid] [--chord-bias B] [--density 0-7] [--track N] [--json]</source>
        <translation>Aufruf: atelier continue EIN.mid -o AUS.mid --model melody|performance|DATEI [--bars N | --seconds S] [--variations K] [--temperature T] [--top-p P] [--seed S] [--key C:major|auto] [--key-bias B] [--chords &quot;Am F C G&quot; | --chords-from DATEI.mid] [--chord-bias B] [--density 0-7] [--track N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="427"/>
        <source>continue: unknown option %1
%2</source>
        <translation>continue: unbekannte Option %1
%2</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="433"/>
        <source>continue: --variations 1–8, one of --bars or --seconds, --top-p in (0, 1], --density -1–7, --key-bias and --chord-bias 0–20, one of --chords or --chords-from</source>
        <translation>continue: --variations 1–8, entweder --bars oder --seconds, --top-p in (0, 1], --density -1–7, --key-bias und --chord-bias 0–20, entweder --chords oder --chords-from</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="441"/>
        <source>continue: --chords: %1</source>
        <translation>continue: --chords: %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="447"/>
        <source>continue: --chords-from: %1</source>
        <translation>continue: --chords-from: %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="450"/>
        <source>continue: --chords-from: %1 has neither chords nor notes to find them in</source>
        <translation>continue: --chords-from: %1 hat weder Akkorde noch Noten, in denen sie sich finden ließen</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="462"/>
        <source>continue: %1 is not a key (examples: C:major, F#:minor, Bb:major)</source>
        <translation>continue: %1 ist keine Tonart (Beispiele: C:major, F#:minor, Bb:major)</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="466"/>
        <location filename="../app/CliMusic.cpp" line="513"/>
        <source>continue: %1</source>
        <translation>continue: %1</translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="481"/>
        <source>continue: %1 has no notes to continue%2</source>
        <translation>continue: %1 hat keine Noten zum Fortsetzen%2</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="45"/>
        <source>no %1 on the model search path (%2)</source>
        <translation>kein %1 im Modellsuchpfad (%2)</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="56"/>
        <source>usage: atelier harmonize IN.mid -o OUT.mid [--model F] [--track N] [--json]</source>
        <translation>Aufruf: atelier harmonize EIN.mid -o AUS.mid [--model D] [--track N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="65"/>
        <source>harmonize: unknown option %1
%2</source>
        <translation>harmonize: unbekannte Option %1
%2</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="72"/>
        <source>harmonize: %1</source>
        <translation>harmonize: %1</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="83"/>
        <source>harmonize: %1 has no melody to harmonize%2</source>
        <translation>harmonize: %1 hat keine Melodie zum Harmonisieren%2</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="84"/>
        <location filename="../app/CliMusic.cpp" line="482"/>
        <source> on track %1</source>
        <translation> auf Spur %1</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="93"/>
        <source>Chords</source>
        <translation>Akkorde</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="131"/>
        <source>usage: atelier train harmonizer [--data DIR] [--out F.harmony.json] [--max-files N] [--json]</source>
        <translation>Aufruf: atelier train harmonizer [--data ORDNER] [--out D.harmony.json] [--max-files N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="134"/>
        <location filename="../app/CliHarmony.cpp" line="139"/>
        <source>train harmonizer: %1</source>
        <translation>train harmonizer: %1</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="161"/>
        <source>usage: atelier eval harmonize [--data DIR] [--model F] [--split test|valid] --json</source>
        <translation>Aufruf: atelier eval harmonize [--data ORDNER] [--model D] [--split test|valid] --json</translation>
    </message>
    <message>
        <location filename="../app/CliHarmony.cpp" line="165"/>
        <location filename="../app/CliHarmony.cpp" line="168"/>
        <source>eval harmonize: %1</source>
        <translation>eval harmonize: %1</translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="41"/>
        <location filename="../app/CliTimbre.cpp" line="50"/>
        <source>malformed list &quot;%1&quot;</source>
        <translation>fehlerhafte Liste &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="56"/>
        <source>empty list &quot;%1&quot;</source>
        <translation>leere Liste &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="100"/>
        <source>timbre data: unknown option %1</source>
        <translation>timbre data: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="136"/>
        <source>train timbre: %1</source>
        <translation>train timbre: %1</translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="137"/>
        <source>train timbre: unknown option %1</source>
        <translation>train timbre: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="140"/>
        <source>train timbre: sizes must be positive</source>
        <translation>train timbre: Größen müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="31"/>
        <source>unknown model kind &quot;%1&quot; (melody, chord-melody or performance)</source>
        <translation>unbekannte Modellart „%1“ (melody, chord-melody oder performance)</translation>
    </message>
    <message>
        <location filename="../app/SketchTrainingJobs.cpp" line="30"/>
        <source>drawing model (Sketch-RNN VAE, encoder %1×2, decoder %2, z %3); %4 drawings to learn from, %5 held out</source>
        <translation>Zeichenmodell (Sketch-RNN-VAE, Encoder %1×2, Decoder %2, z %3); %4 Zeichnungen zum Lernen, %5 zurückbehalten</translation>
    </message>
    <message>
        <location filename="../app/SketchTrainingJobs.cpp" line="55"/>
        <location filename="../app/SketchTrainingJobs.cpp" line="95"/>
        <location filename="../app/TrainingJobs.cpp" line="150"/>
        <source>stopped before the first training step; nothing was saved</source>
        <translation>vor dem ersten Trainingsschritt gestoppt; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../app/SketchTrainingJobs.cpp" line="76"/>
        <source>making %1 yours: %2 of your drawings to learn from, %3 held out to measure it</source>
        <translation>%1 wird deins: %2 deiner Zeichnungen zum Lernen, %3 zum Messen zurückbehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/SketchTrainingJobs.cpp" line="126"/>
        <source>%1: none of its %n project(s) has a drawing of your own</source>
        <translation>
            <numerusform>%1: sein %n Projekt enthält keine eigene Zeichnung</numerusform>
            <numerusform>%1: keins seiner %n Projekte enthält eine eigene Zeichnung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/SketchTrainingJobs.cpp" line="194"/>
        <location filename="../app/TrainingJobs.cpp" line="170"/>
        <source>stopped before training began; nothing was saved</source>
        <translation>vor Beginn des Trainings gestoppt; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="189"/>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="195"/>
        <source>%1: no SoundFonts (.sf2, .sf3) in this folder</source>
        <translation>%1: keine SoundFonts (.sf2, .sf3) in diesem Ordner</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="219"/>
        <source>timbre model, MLP %1×%2, batch %3 one-second crops; %4 notes of %5 instruments</source>
        <translation>Klangmodell, MLP %1×%2, Batch %3 einsekündige Ausschnitte; %4 Noten von %5 Instrumenten</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="223"/>
        <source>; starting from %1</source>
        <translation>; ausgehend von %1</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="255"/>
        <source>personalising %1 (%2), batch %3 × %4 events; %5</source>
        <translation>personalisiere %1 (%2), Batch %3 × %4 Ereignisse; %5</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="281"/>
        <source>Transformer %1×%2, %3 heads, window %4</source>
        <translation>Transformer %1×%2, %3 Köpfe, Fenster %4</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="284"/>
        <source>LSTM %1×%2</source>
        <translation>LSTM %1×%2</translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="285"/>
        <source>%1 model, %2, batch %3 × %4 events; %5</source>
        <translation>%1-Modell, %2, Batch %3 × %4 Ereignisse; %5</translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="12"/>
        <location filename="../models/music/MusicTransformerConfig.cpp" line="10"/>
        <source>unsupported kind &quot;%1&quot; (expected &quot;melody&quot; or &quot;performance&quot;)</source>
        <translation>nicht unterstützte Art &quot;%1&quot; (&quot;melody&quot; oder &quot;performance&quot; erwartet)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="14"/>
        <source>vocab %1 out of range (2..65536)</source>
        <translation>vocab %1 außerhalb des Bereichs (2..65536)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="16"/>
        <source>controls %1 out of range (0..1024)</source>
        <translation>controls %1 außerhalb des Bereichs (0..1024)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="18"/>
        <source>embedding %1 out of range (1..4096)</source>
        <translation>embedding %1 außerhalb des Bereichs (1..4096)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="20"/>
        <source>hidden %1 out of range (1..4096)</source>
        <translation>hidden %1 außerhalb des Bereichs (1..4096)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="22"/>
        <source>layers %1 out of range (1..8)</source>
        <translation>layers %1 außerhalb des Bereichs (1..8)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="24"/>
        <location filename="../models/music/MusicTransformerConfig.cpp" line="21"/>
        <source>dropout %1 out of range [0, 1)</source>
        <translation>dropout %1 außerhalb des Bereichs [0, 1)</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="44"/>
        <location filename="../models/HalfTensors.cpp" line="70"/>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation>Tensor &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="46"/>
        <location filename="../models/HalfTensors.cpp" line="84"/>
        <source>tensor &apos;%1&apos; has shape %2, expected %3</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2, erwartet %3</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="49"/>
        <source>tensor &apos;%1&apos; has %2 values, expected %3</source>
        <translation>Tensor &apos;%1&apos; hat %2 Werte, erwartet %3</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="55"/>
        <location filename="../models/HalfTensors.cpp" line="119"/>
        <location filename="../models/HalfTensors.cpp" line="135"/>
        <source>tensor &apos;%1&apos; has a non-finite value</source>
        <translation>Tensor &apos;%1&apos; hat einen nicht endlichen Wert</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="59"/>
        <location filename="../models/HalfTensors.cpp" line="67"/>
        <source>unexpected tensor &apos;%1&apos;</source>
        <translation>unerwarteter Tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="87"/>
        <source>tensor &apos;%1&apos; has unsupported dtype &quot;%2&quot; (expected &quot;f16&quot; or &quot;f32&quot;)</source>
        <translation>Tensor „%1“ hat den nicht unterstützten Datentyp „%2“ (erwartet: „f16“ oder „f32“)</translation>
    </message>
    <message>
        <location filename="../core/music/Harmonizer.cpp" line="212"/>
        <source>not an Atelier harmonizer (format is not &quot;atelier-harmonizer&quot;)</source>
        <translation>kein Atelier-Harmonisierer (das Format ist nicht „atelier-harmonizer“)</translation>
    </message>
    <message>
        <location filename="../core/music/Harmonizer.cpp" line="214"/>
        <source>unsupported version %1 (this build reads version 1)</source>
        <translation>nicht unterstützte Version %1 (dieser Build liest Version 1)</translation>
    </message>
    <message>
        <location filename="../core/music/Harmonizer.cpp" line="218"/>
        <source>&apos;emission_weight&apos; must be a number from 0 to 100</source>
        <translation>&apos;emission_weight&apos; muss eine Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <location filename="../core/music/Harmonizer.cpp" line="226"/>
        <source>&apos;%1&apos; must hold %2 numbers (log probabilities)</source>
        <translation>&apos;%1&apos; muss %2 Zahlen enthalten (Log-Wahrscheinlichkeiten)</translation>
    </message>
    <message>
        <location filename="../core/document/BoundedFile.cpp" line="15"/>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="86"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/document/BoundedFile.cpp" line="19"/>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="88"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/document/BoundedFile.cpp" line="24"/>
        <location filename="../core/document/BoundedFile.cpp" line="44"/>
        <source>larger than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <location filename="../core/music/Harmonizer.cpp" line="245"/>
        <location filename="../models/music/MusicModelFile.cpp" line="79"/>
        <location filename="../models/music/MusicTransformerFile.cpp" line="20"/>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="153"/>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="81"/>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="24"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="84"/>
        <source>not an Atelier music model (format is not &quot;%1&quot;)</source>
        <translation>kein Atelier-Musikmodell (format ist nicht &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="87"/>
        <source>&apos;version&apos; must be an integer</source>
        <translation>&apos;version&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="89"/>
        <location filename="../models/music/MusicTransformerFile.cpp" line="25"/>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation>nicht unterstützte Version %1 (dieser Build liest Version %2)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="93"/>
        <source>&apos;kind&apos; must be a string</source>
        <translation>&apos;kind&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="96"/>
        <source>&apos;name&apos; must be a string</source>
        <translation>&apos;name&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="107"/>
        <source>&apos;%1&apos; must be an integer</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="115"/>
        <source>&apos;training&apos; must be an object</source>
        <translation>&apos;training&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="118"/>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="141"/>
        <source>&apos;tensors&apos; must be an object</source>
        <translation>&apos;tensors&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="72"/>
        <source>tensor &apos;%1&apos; must be an object</source>
        <translation>Tensor &apos;%1&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="75"/>
        <source>tensor &apos;%1&apos; has no shape array</source>
        <translation>Tensor &apos;%1&apos; hat kein shape-Array</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="80"/>
        <source>tensor &apos;%1&apos; has a malformed shape</source>
        <translation>Tensor &apos;%1&apos; hat eine fehlerhafte Form</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="91"/>
        <source>tensor &apos;%1&apos; has no data string</source>
        <translation>Tensor &apos;%1&apos; hat keinen data-String</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="98"/>
        <source>tensor &apos;%1&apos; data has the wrong length (%2 base64 characters for %3 values)</source>
        <translation>die Daten von Tensor &apos;%1&apos; haben die falsche Länge (%2 Base64-Zeichen für %3 Werte)</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="104"/>
        <source>tensor &apos;%1&apos; data is not valid base64</source>
        <translation>die Daten von Tensor &apos;%1&apos; sind kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="106"/>
        <source>tensor &apos;%1&apos; data has %2 bytes, expected %3</source>
        <translation>die Daten von Tensor &apos;%1&apos; haben %2 Bytes, erwartet %3</translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="143"/>
        <source>tensor &apos;%1&apos; has a value beyond the float16 range</source>
        <translation>Tensor &apos;%1&apos; hat einen Wert außerhalb des float16-Bereichs</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="72"/>
        <source>no training data</source>
        <translation>keine Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="86"/>
        <source>the model&apos;s vocabulary (%1) is not the data&apos;s (%2)</source>
        <translation>das Vokabular des Modells (%1) passt nicht zu dem der Daten (%2)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="90"/>
        <source>the model&apos;s control size (%1) is not the data&apos;s (%2)</source>
        <translation>die Steuergröße des Modells (%1) passt nicht zu der der Daten (%2)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="95"/>
        <source>unknown architecture &quot;%1&quot; (lstm or transformer)</source>
        <translation>unbekannte Architektur „%1“ (lstm oder transformer)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="103"/>
        <source>batch size and window length must be positive</source>
        <translation>Batchgröße und Fensterlänge müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="105"/>
        <source>the training window (%1) is longer than the attention window (%2)</source>
        <translation>das Trainingsfenster (%1) ist länger als das Aufmerksamkeitsfenster (%2)</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="276"/>
        <source>rank %1 at step %2</source>
        <translation>Rang %1 bei Schritt %2</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="280"/>
        <source>the ranks would start from different steps (%1): --checkpoint-dir must be a folder every rank sees</source>
        <translation>die Ränge würden bei verschiedenen Schritten beginnen (%1): --checkpoint-dir muss ein Ordner sein, den jeder Rang sieht</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="157"/>
        <source>the data shards (%1) must be a multiple of the ranks (%2)</source>
        <translation>die Zahl der Datenteile (%1) muss ein Vielfaches der Ränge (%2) sein</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="160"/>
        <source>the batch (%1) must split evenly over this rank&apos;s %2 data shards</source>
        <translation>der Batch (%1) muss sich gleichmäßig auf die %2 Datenteile dieses Rangs aufteilen lassen</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="164"/>
        <location filename="../models/music/MusicTrainer.cpp" line="171"/>
        <source>the train split cannot be cut into %1 shards (each needs at least one sequence)</source>
        <translation>der Trainingsteil lässt sich nicht in %1 Datenteile schneiden (jeder braucht mindestens eine Sequenz)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainerCheckpoint.cpp" line="73"/>
        <source>the checkpoint has no random state for data shard %1</source>
        <translation>der Checkpoint hat keinen Zufallszustand für Datenteil %1</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainerCheckpoint.cpp" line="96"/>
        <source>%1 was made with other sizes (%2)</source>
        <translation>%1 wurde mit anderen Größen erstellt (%2)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainerCheckpoint.cpp" line="113"/>
        <source>%1 was written by a run with world size %2 and %3 data shards; resume it with --world-size %2 (this run: world size %4, %5 data shards)</source>
        <translation>%1 wurde von einem Lauf mit %2 Rängen und %3 Datenteilen geschrieben; setze ihn mit --world-size %2 fort (dieser Lauf: %4 Ränge, %5 Datenteile)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainerCheckpoint.cpp" line="149"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="225"/>
        <source>cannot resume from %1: %2</source>
        <translation>Fortsetzen von %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="493"/>
        <location filename="../models/music/MusicTrainerCheckpoint.cpp" line="168"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="249"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="440"/>
        <source>cannot create %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainerCheckpoint.cpp" line="201"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="271"/>
        <source>cannot write checkpoint %1: %2</source>
        <translation>Checkpoint %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="212"/>
        <location filename="../models/music/MusicTrainer.cpp" line="485"/>
        <source>the trainer is not prepared</source>
        <translation>der Trainer ist nicht vorbereitet</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="279"/>
        <source>a training window has token %1, outside the vocabulary of %2</source>
        <translation>ein Trainingsfenster enthält das Token %1, außerhalb des Vokabulars von %2</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="302"/>
        <location filename="../models/music/MusicTrainer.cpp" line="327"/>
        <source>the training data gave only empty windows</source>
        <translation>die Trainingsdaten ergaben nur leere Fenster</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="338"/>
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="205"/>
        <source>the loss is not finite at step %1 (try a lower learning rate)</source>
        <translation>der Verlust ist bei Schritt %1 nicht endlich (versuch eine niedrigere Lernrate)</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="95"/>
        <source>has %1 weight arrays, expected %2 for a %3 model (plain LSTM)</source>
        <translation>hat %1 Gewichts-Arrays, erwartet %2 für ein %3-Modell (einfaches LSTM)</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="98"/>
        <source>VAE (mode 0)</source>
        <translation>VAE (Modus 0)</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="98"/>
        <source>decoder-only (mode 2)</source>
        <translation>nur Decoder (Modus 2)</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="102"/>
        <source>array %1 has shape %2, expected 1 or 2 dimensions</source>
        <translation>Array %1 hat die Form %2, erwartet 1 oder 2 Dimensionen</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="105"/>
        <source>array %1 has shape %2, dimensions must be 1 to %3</source>
        <translation>Array %1 hat die Form %2, die Dimensionen müssen 1 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="113"/>
        <source>the LSTM weight matrices must have 2 dimensions</source>
        <translation>die LSTM-Gewichtsmatrizen müssen 2 Dimensionen haben</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="117"/>
        <source>array %1 has shape %2, expected %3</source>
        <translation>Array %1 hat die Form %2, erwartet %3</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="120"/>
        <source>array %1 holds %2 values, its shape %3 needs %4</source>
        <translation>Array %1 enthält %2 Werte, seine Form %3 braucht %4</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="124"/>
        <source>scale_factor must be a positive number</source>
        <translation>scale_factor muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="126"/>
        <source>max_seq_len must be a positive integer</source>
        <translation>max_seq_len muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="155"/>
        <source>expected a JSON array [info, shapes, blobs] of three elements</source>
        <translation>JSON-Array [info, shapes, blobs] aus drei Elementen erwartet</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="158"/>
        <source>expected [info object, shapes array, blobs array]</source>
        <translation>[info-Objekt, shapes-Array, blobs-Array] erwartet</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="165"/>
        <source>info has no &apos;%1&apos; field</source>
        <translation>info hat kein Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="169"/>
        <source>unsupported mode &quot;%1&quot; (expected 2, &quot;gen&quot; or 0)</source>
        <translation>nicht unterstützter Modus &quot;%1&quot; (erwartet 2, &quot;gen&quot; oder 0)</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="174"/>
        <source>info &apos;mode&apos; must be an integer or &quot;gen&quot;</source>
        <translation>info &apos;mode&apos; muss eine ganze Zahl oder &quot;gen&quot; sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="177"/>
        <source>info &apos;version&apos; must be an integer</source>
        <translation>info &apos;version&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="180"/>
        <source>info &apos;max_seq_len&apos; must be a positive integer</source>
        <translation>info &apos;max_seq_len&apos; muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="183"/>
        <source>info &apos;name&apos; must be a string</source>
        <translation>info &apos;name&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="186"/>
        <source>info &apos;scale_factor&apos; must be a positive number</source>
        <translation>info &apos;scale_factor&apos; muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="190"/>
        <source>info &apos;weights&apos; must be &quot;int16&quot; or &quot;float32&quot;</source>
        <translation>info &apos;weights&apos; muss &quot;int16&quot; oder &quot;float32&quot; sein</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="201"/>
        <source>%1 shapes but %2 blobs</source>
        <translation>%1 Formen, aber %2 Blobs</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="204"/>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="208"/>
        <source>shape %1 is not an array of integers</source>
        <translation>Form %1 ist kein Array aus ganzen Zahlen</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="231"/>
        <source>blob %1 is not a string</source>
        <translation>Blob %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="235"/>
        <source>blob %1 is not valid base64</source>
        <translation>Blob %1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="240"/>
        <source>blob %1 decodes to %2 bytes, shape %3 needs %4</source>
        <translation>Blob %1 ergibt dekodiert %2 Bytes, Form %3 braucht %4</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="251"/>
        <source>blob %1 holds a value that is not a finite number</source>
        <translation>Blob %1 enthält einen Wert, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="22"/>
        <source>invalid JSON (%1 at column %2)</source>
        <translation>ungültiges JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="29"/>
        <source>missing &quot;drawing&quot; array</source>
        <translation>Array &quot;drawing&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="33"/>
        <source>unknown split &apos;%1&apos;</source>
        <translation>unbekannter Split &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="37"/>
        <source>empty drawing</source>
        <translation>leere Zeichnung</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="45"/>
        <source>stroke %1 has %2 x and %3 y values</source>
        <translation>Strich %1 hat %2 x- und %3 y-Werte</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="48"/>
        <source>stroke %1 point %2 is not numeric</source>
        <translation>Strich %1, Punkt %2 ist nicht numerisch</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="77"/>
        <source>%1: no .ndjson files in this folder</source>
        <translation>%1: keine .ndjson-Dateien in diesem Ordner</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="83"/>
        <source>cannot read %1: not a regular file</source>
        <translation>%1 kann nicht gelesen werden: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/project/DrawingCollection.cpp" line="59"/>
        <source>the canvas has no strokes of your own to keep (the model&apos;s strokes are not yours)</source>
        <translation>die Leinwand hat keine eigenen Striche zum Behalten (die Striche des Modells sind nicht deine)</translation>
    </message>
    <message>
        <location filename="../core/project/DrawingCollection.cpp" line="67"/>
        <location filename="../models/music/MusicTrainerCheckpoint.cpp" line="237"/>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="88"/>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="122"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="141"/>
        <source>%1: no drawings long enough to train on (%n too short)</source>
        <translation>
            <numerusform>%1: keine Zeichnung lang genug zum Trainieren (%n zu kurz)</numerusform>
            <numerusform>%1: keine Zeichnung lang genug zum Trainieren (%n zu kurz)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="143"/>
        <source>%1: no drawings</source>
        <translation>%1: keine Zeichnungen</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="108"/>
        <source>%1: no training drawings</source>
        <translation>%1: keine Trainingszeichnungen</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="124"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="133"/>
        <source>%1: too few training drawings for %2 ranks</source>
        <translation>%1: zu wenige Trainingszeichnungen für %2 Ränge</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="192"/>
        <source>%1 was made with other sizes (encoder %2, decoder %3, z %4)</source>
        <translation>%1 wurde mit anderen Größen erstellt (Encoder %2, Decoder %3, z %4)</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="211"/>
        <source>%1 was written by a run with world size %2; resume it with --world-size %2</source>
        <translation>%1 wurde von einem Lauf mit %2 Rängen geschrieben; setze ihn mit --world-size %2 fort</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="428"/>
        <source>%1: no drawings in split &apos;%2&apos;</source>
        <translation>%1: keine Zeichnungen im Split &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/reward/PreferenceLog.cpp" line="54"/>
        <source>no such item to rate</source>
        <translation>kein solches Element zum Bewerten</translation>
    </message>
    <message>
        <location filename="../core/reward/PreferenceLog.cpp" line="86"/>
        <source>cannot write your ratings to %1: %2</source>
        <translation>deine Bewertungen lassen sich nicht nach %1 schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/reward/PreferenceLog.cpp" line="97"/>
        <source>ratings %1: %2</source>
        <translation>Bewertungen %1: %2</translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="69"/>
        <location filename="../core/project/DrawingCollection.cpp" line="78"/>
        <location filename="../core/reward/PreferenceLog.cpp" line="154"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="453"/>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchVae.cpp" line="117"/>
        <source>expected %1 arrays, got %2</source>
        <translation>%1 Arrays erwartet, %2 erhalten</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchVae.cpp" line="123"/>
        <source>array %1 has the wrong shape</source>
        <translation>Array %1 hat die falsche Form</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchVaeIo.cpp" line="30"/>
        <source>not a Sketch-RNN VAE model (needs the 17-array layout with an encoder)</source>
        <translation>kein Sketch-RNN-VAE-Modell (braucht das Layout mit 17 Arrays und einem Encoder)</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="73"/>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="125"/>
        <source>network sizes out of range</source>
        <translation>Netzgrößen außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="75"/>
        <source>MFCC normalization must have %1 values</source>
        <translation>die MFCC-Normalisierung muss %1 Werte haben</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="77"/>
        <source>MFCC standard deviations must be positive</source>
        <translation>die MFCC-Standardabweichungen müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="80"/>
        <source>instrument &apos;%1&apos; has %2 z values, expected %3</source>
        <translation>Instrument &apos;%1&apos; hat %2 z-Werte, erwartet %3</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="104"/>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="105"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="108"/>
        <source>not an Atelier timbre model (format must be &quot;%1&quot;)</source>
        <translation>kein Atelier-Klangmodell (format muss &quot;%1&quot; sein)</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="110"/>
        <source>unsupported version %1</source>
        <translation>nicht unterstützte Version %1</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="121"/>
        <source>missing or malformed network sizes</source>
        <translation>fehlende oder fehlerhafte Netzgrößen</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="128"/>
        <source>mfcc_mean and mfcc_std must hold %1 numbers each</source>
        <translation>mfcc_mean und mfcc_std müssen je %1 Zahlen enthalten</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="131"/>
        <source>no instruments array</source>
        <translation>kein instruments-Array</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="136"/>
        <source>malformed instrument entry</source>
        <translation>fehlerhafter Instrumenteintrag</translation>
    </message>
    <message>
        <location filename="../app/CliBenchDuet.cpp" line="75"/>
        <source>usage: atelier bench duet [--phrases N] [--model melody|performance|FILE] [--json]</source>
        <translation>Aufruf: atelier bench duet [--phrases N] [--model melody|performance|DATEI] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliBenchDuet.cpp" line="144"/>
        <source>%1 phrases, reaction p50 %2 ms, p99 %3 ms, max %4 ms; %5 late events, %6 missing replies (%7)</source>
        <translation>%1 Phrasen, Reaktion p50 %2 ms, p99 %3 ms, max. %4 ms; %5 verspätete Ereignisse, %6 fehlende Antworten (%7)</translation>
    </message>
    <message>
        <location filename="../app/CliBenchDuet.cpp" line="154"/>
        <source>bench duet: no reply came</source>
        <translation>bench duet: keine Antwort kam</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="129"/>
        <source>the JACK server stopped; the duet ended</source>
        <translation>der JACK-Server wurde beendet; das Duett ist zu Ende</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="140"/>
        <source>no ALSA MIDI input ports</source>
        <translation>keine ALSA-MIDI-Eingänge</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="152"/>
        <source>duet: no audio device for the answer: %1 (or use --jack)</source>
        <translation>duet: kein Audiogerät für die Antwort: %1 (oder nimm --jack)</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="182"/>
        <source>the MIDI keyboard %1 went away; the duet ended</source>
        <translation>das MIDI-Keyboard %1 ist verschwunden; das Duett ist zu Ende</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="188"/>
        <source>usage: atelier duet [--jack] [--input PORT|virtual] [--output PORT|virtual] [--model melody|performance|FILE] [--silence-ms N] [--max-phrase-s S] [--temperature T] [--key auto|any|C:major ...] [--bars N] [--tempo BPM] [--seed S] [--seconds N] [--record OUT.mid] [--json]</source>
        <translation>Aufruf: atelier duet [--jack] [--input PORT|virtual] [--output PORT|virtual] [--model melody|performance|DATEI] [--silence-ms N] [--max-phrase-s S] [--temperature T] [--key auto|any|C:major ...] [--bars N] [--tempo BPM] [--seed S] [--seconds N] [--record AUS.mid] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="204"/>
        <source>duet: unknown option %1</source>
        <translation>duet: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="225"/>
        <source>reply %1: %2 notes, %3 ms after the phrase</source>
        <translation>Antwort %1: %2 Noten, %3 ms nach der Phrase</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="125"/>
        <location filename="../app/CliDuet.cpp" line="167"/>
        <source>replies leave %1</source>
        <translation>Antworten gehen an %1</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="126"/>
        <location filename="../app/CliDuet.cpp" line="171"/>
        <source>replies play through the GM piano</source>
        <translation>Antworten klingen über das GM-Klavier</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="139"/>
        <source>duet: no MIDI keyboard found (%1); connect one, use --input virtual, or use --jack</source>
        <translation>duet: kein MIDI-Keyboard gefunden (%1); schließ eines an, nimm --input virtual oder --jack</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="272"/>
        <source> (recording saved to %1)</source>
        <translation> (Aufnahme gespeichert in %1)</translation>
    </message>
    <message>
        <location filename="../app/DuetSetup.cpp" line="19"/>
        <source>--silence-ms must be between 10 and 10000</source>
        <translation>--silence-ms muss zwischen 10 und 10000 liegen</translation>
    </message>
    <message>
        <location filename="../app/DuetSetup.cpp" line="23"/>
        <source>--max-phrase-s must be between 0.5 and 60</source>
        <translation>--max-phrase-s muss zwischen 0,5 und 60 liegen</translation>
    </message>
    <message>
        <location filename="../app/DuetSetup.cpp" line="27"/>
        <source>--temperature must be between 0 and 5</source>
        <translation>--temperature muss zwischen 0 und 5 liegen</translation>
    </message>
    <message>
        <location filename="../app/DuetSetup.cpp" line="31"/>
        <source>--bars must be 0..64, --tempo 20..400 and --seed positive</source>
        <translation>--bars muss 0..64 sein, --tempo 20..400 und --seed positiv</translation>
    </message>
    <message>
        <location filename="../app/DuetSetup.cpp" line="49"/>
        <source>--key takes auto, any or a key such as C:major or G:minor, not &quot;%1&quot;</source>
        <translation>--key nimmt auto, any oder eine Tonart wie C:major oder G:minor, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/live/DuetRecording.cpp" line="32"/>
        <source>Duet: you</source>
        <translation>Duett: du</translation>
    </message>
    <message>
        <location filename="../core/live/DuetRecording.cpp" line="36"/>
        <source>Duet: Atelier</source>
        <translation>Duett: Atelier</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="197"/>
        <source>the JACK server stopped</source>
        <translation>der JACK-Server wurde beendet</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="219"/>
        <source>MIDI port &quot;%1&quot; was disconnected from %2 (did its program quit?)</source>
        <translation>MIDI-Port &quot;%1&quot; wurde von %2 getrennt (wurde sein Programm beendet?)</translation>
    </message>
    <message>
        <location filename="../core/audio/JackNoServer.cpp" line="12"/>
        <source>no JACK server &quot;%1&quot; is running (start one, e.g. jackd -d alsa, or qjackctl)</source>
        <translation>kein JACK-Server &quot;%1&quot; läuft (starte einen, z. B. jackd -d alsa oder qjackctl)</translation>
    </message>
    <message>
        <location filename="../core/audio/JackMidiPortSender.cpp" line="48"/>
        <location filename="../core/live/JackMidiClient.cpp" line="285"/>
        <source>JACK refused to register Atelier&apos;s ports</source>
        <translation>JACK hat Ateliers Ports nicht angenommen</translation>
    </message>
    <message>
        <location filename="../core/audio/JackMidiPortSender.cpp" line="52"/>
        <location filename="../core/live/JackMidiClient.cpp" line="294"/>
        <source>the JACK client could not be activated</source>
        <translation>der JACK-Client ließ sich nicht aktivieren</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="354"/>
        <source>the JACK server has no playback ports</source>
        <translation>der JACK-Server hat keine Wiedergabe-Ports</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="384"/>
        <source>MIDI port &quot;%1&quot;: JACK is not running</source>
        <translation>MIDI-Port &quot;%1&quot;: JACK läuft nicht</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="389"/>
        <source>MIDI port &quot;%1&quot; not found (JACK has: %2)</source>
        <translation>MIDI-Port &quot;%1&quot; nicht gefunden (JACK hat: %2)</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="390"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/audio/JackMidiPortSender.cpp" line="56"/>
        <location filename="../core/live/JackMidiClient.cpp" line="398"/>
        <source>MIDI port &quot;%1&quot; could not be connected</source>
        <translation>MIDI-Port &quot;%1&quot; ließ sich nicht verbinden</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/live/JackMidiClient.cpp" line="451"/>
        <source>JACK missed %n cycle(s) (xrun): MIDI in those cycles may be lost; a realtime JACK server or a larger buffer helps</source>
        <translation>
            <numerusform>JACK hat %n Zyklus verpasst (Xrun): MIDI in diesem Zyklus kann verloren sein; ein Echtzeit-JACK-Server oder ein größerer Puffer hilft</numerusform>
            <numerusform>JACK hat %n Zyklen verpasst (Xrun): MIDI in diesen Zyklen kann verloren sein; ein Echtzeit-JACK-Server oder ein größerer Puffer hilft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audio/MidiInputHub.cpp" line="20"/>
        <source>%n MIDI input event(s) dropped: more than Atelier can take in at once</source>
        <translation>
            <numerusform>%n MIDI-Eingangsereignis verworfen: mehr, als Atelier auf einmal aufnehmen kann</numerusform>
            <numerusform>%n MIDI-Eingangsereignisse verworfen: mehr, als Atelier auf einmal aufnehmen kann</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/live/JackServer.cpp" line="56"/>
        <source>jackd is not installed (Debian package jackd2)</source>
        <translation>jackd ist nicht installiert (Debian-Paket jackd2)</translation>
    </message>
    <message>
        <location filename="../core/live/JackServer.cpp" line="72"/>
        <source>jackd could not be started: %1</source>
        <translation>jackd ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../core/live/JackServer.cpp" line="80"/>
        <source>jackd exited: %1</source>
        <translation>jackd wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../core/live/JackServer.cpp" line="88"/>
        <source>the JACK server &quot;%1&quot; did not come up within %2 s</source>
        <translation>der JACK-Server &quot;%1&quot; war nach %2 s nicht bereit</translation>
    </message>
    <message>
        <location filename="../core/live/LiveDuet.cpp" line="50"/>
        <source>this phrase is too dense for the model to hear all of it; every note is still recorded</source>
        <translation>diese Phrase ist zu dicht, als dass das Modell alles hören könnte; jede Note wird trotzdem aufgenommen</translation>
    </message>
    <message>
        <location filename="../core/audio/RtMidiLiveInput.cpp" line="20"/>
        <source>Atelier&apos;s own MIDI port &quot;%1&quot; could not be opened: %2</source>
        <translation>Ateliers eigener MIDI-Port „%1“ ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../core/audio/RtMidiLiveInput.cpp" line="88"/>
        <location filename="../core/live/JackLiveInput.cpp" line="91"/>
        <source>MIDI input &quot;%1&quot; disappeared; choose another or Rescan</source>
        <translation>MIDI-Eingang „%1“ ist verschwunden; wähle einen anderen oder suche neu</translation>
    </message>
    <message>
        <location filename="../core/audio/RtMidiScheduledOutput.cpp" line="23"/>
        <source>no MIDI output system</source>
        <translation>kein MIDI-Ausgabesystem</translation>
    </message>
    <message>
        <location filename="../core/audio/JackMidiPortSender.cpp" line="42"/>
        <location filename="../core/audio/MidiPortOpener.cpp" line="56"/>
        <location filename="../core/audio/MidiPortOpener.cpp" line="65"/>
        <source>MIDI output port &quot;%1&quot; not found</source>
        <translation>MIDI-Ausgang „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/audio/AlsaSequencerPort.cpp" line="52"/>
        <source>no ALSA sequencer: %1 (is /dev/snd/seq there? the snd-seq module loaded?)</source>
        <translation>kein ALSA-Sequencer: %1 (gibt es /dev/snd/seq? ist das Modul snd-seq geladen?)</translation>
    </message>
    <message>
        <location filename="../core/audio/AlsaSequencerPort.cpp" line="69"/>
        <source>ALSA sequencer: cannot create the port &quot;%1&quot;: %2</source>
        <translation>ALSA-Sequencer: der Port „%1“ lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <location filename="../core/audio/AlsaSequencerPort.cpp" line="72"/>
        <source>ALSA sequencer: cannot allocate a queue: %1</source>
        <translation>ALSA-Sequencer: keine Warteschlange zu bekommen: %1</translation>
    </message>
    <message>
        <location filename="../core/audio/AlsaSequencerPort.cpp" line="81"/>
        <source>ALSA sequencer: cannot start its queue: %1</source>
        <translation>ALSA-Sequencer: die Warteschlange lässt sich nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../core/audio/AlsaSequencerPort.cpp" line="85"/>
        <source>ALSA sequencer: cannot make a MIDI parser: %1</source>
        <translation>ALSA-Sequencer: kein MIDI-Parser anzulegen: %1</translation>
    </message>
    <message>
        <location filename="../core/audio/AlsaSequencerPort.cpp" line="105"/>
        <location filename="../core/audio/JackMidiPortSender.cpp" line="36"/>
        <location filename="../core/audio/MidiPortOpener.cpp" line="41"/>
        <location filename="../core/audio/MidiPortOpener.cpp" line="50"/>
        <source>cannot open MIDI output port &quot;%1&quot;: %2</source>
        <translation>MIDI-Ausgang „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../core/live/JackLiveInput.cpp" line="44"/>
        <source>JACK is not running</source>
        <translation>JACK läuft nicht</translation>
    </message>
    <message>
        <location filename="../core/live/JackLiveInput.cpp" line="57"/>
        <source>MIDI input &quot;%1&quot;: JACK is not running</source>
        <translation>MIDI-Eingang „%1“: JACK läuft nicht</translation>
    </message>
    <message>
        <location filename="../core/live/JackLiveInput.cpp" line="90"/>
        <source>The JACK server stopped: MIDI input &quot;%1&quot; is gone</source>
        <translation>Der JACK-Server wurde beendet: MIDI-Eingang „%1“ ist weg</translation>
    </message>
    <message>
        <location filename="../app/CliKeys.cpp" line="39"/>
        <source>usage: atelier eval keys [--data DIR] [--profile albrecht-shanahan|krumhansl-kessler] [--json]</source>
        <translation>Aufruf: atelier eval keys [--data ORDNER] [--profile albrecht-shanahan|krumhansl-kessler] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliKeys.cpp" line="47"/>
        <source>eval keys: %1 is not a profile (albrecht-shanahan, krumhansl-kessler)</source>
        <translation>eval keys: %1 ist kein Profil (albrecht-shanahan, krumhansl-kessler)</translation>
    </message>
    <message>
        <location filename="../app/CliKeys.cpp" line="51"/>
        <source>eval keys: %1 needs asap-maestro-subset and nottingham/melody</source>
        <translation>eval keys: %1 braucht asap-maestro-subset und nottingham/melody</translation>
    </message>
    <message>
        <location filename="../app/CliKeys.cpp" line="55"/>
        <source>eval keys: no Well-Tempered Clavier files (bwv_846 … bwv_893) in %1</source>
        <translation>eval keys: keine Dateien des Wohltemperierten Klaviers (bwv_846 … bwv_893) in %1</translation>
    </message>
    <message>
        <location filename="../app/CliKeys.cpp" line="62"/>
        <source>Key estimate (%1 profiles), whole files:</source>
        <translation>Tonartschätzung (Profile %1), ganze Dateien:</translation>
    </message>
    <message>
        <location filename="../app/CliKeys.cpp" line="63"/>
        <source>Well-Tempered Clavier: %1 of %2 right (%3 %); tonic right %4</source>
        <translation>Wohltemperiertes Klavier: %1 von %2 richtig (%3 %); Grundton richtig %4</translation>
    </message>
    <message>
        <location filename="../app/CliKeys.cpp" line="66"/>
        <source>Nottingham: %1 of %2 as their key signature (%3 %), %4 with its notes (modal tunes count here)</source>
        <translation>Nottingham: %1 von %2 wie ihre Vorzeichen (%3 %), %4 mit deren Tönen (modale Stücke zählen hier)</translation>
    </message>
    <message>
        <location filename="../models/MusicModels.cpp" line="23"/>
        <location filename="../models/music/MusicModelFile.cpp" line="63"/>
        <location filename="../models/music/MusicNetwork.cpp" line="30"/>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="137"/>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTransformerConfig.cpp" line="17"/>
        <source>%1 %2 out of range (%3..%4)</source>
        <translation>%1 %2 außerhalb des Bereichs (%3..%4)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTransformerConfig.cpp" line="19"/>
        <source>model size %1 is not a multiple of the %2 heads</source>
        <translation>die Modellbreite %1 ist kein Vielfaches der %2 Köpfe</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTransformerFile.cpp" line="23"/>
        <source>not an Atelier music Transformer (format is not &quot;%1&quot;)</source>
        <translation>kein Atelier-Musik-Transformer (das Format ist nicht „%1“)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTransformerFile.cpp" line="28"/>
        <source>&apos;config&apos; must be an object</source>
        <translation>&apos;config&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/CliBenchClock.cpp" line="129"/>
        <source>bench clock: the leader&apos;s clock did not arrive (%1 ticks)</source>
        <translation>bench clock: die MIDI-Clock des Leaders kam nicht an (%1 Ticks)</translation>
    </message>
    <message>
        <location filename="../app/CliBenchClock.cpp" line="190"/>
        <source>bench clock: the follower played %1 of %2 beats</source>
        <translation>bench clock: der Follower spielte %1 von %2 Schlägen</translation>
    </message>
    <message>
        <location filename="../app/CliBenchClock.cpp" line="228"/>
        <source>usage: atelier bench clock [--json]</source>
        <translation>Aufruf: atelier bench clock [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliBenchClock.cpp" line="232"/>
        <source>bench clock: %1</source>
        <translation>bench clock: %1</translation>
    </message>
    <message>
        <location filename="../app/CliBenchClock.cpp" line="244"/>
        <source>MIDI clock through JACK (dummy driver, 48 kHz, 128 frames)
leader:   tick jitter %1 ms std, %2 ms worst (aim &lt;= 0.1 and &lt;= 0.5); notes %3 ms off their beat&apos;s tick
follower: tempo error %4 % (aim &lt;= 0.5), onsets within %5 ms of the beat (aim &lt;= 5), locked again %6 beats after 100 -&gt; 130 bpm (aim &lt;= 2)
link:     two peers %7 ms apart at most (aim &lt;= 1)
</source>
        <translation>MIDI-Clock über JACK (Dummy-Treiber, 48 kHz, 128 Frames)
Leader:   Tick-Jitter %1 ms Standardabweichung, %2 ms höchstens (Ziel &lt;= 0,1 und &lt;= 0,5); Noten %3 ms neben dem Tick ihres Schlags
Follower: Tempofehler %4 % (Ziel &lt;= 0,5), Einsätze innerhalb von %5 ms um den Schlag (Ziel &lt;= 5), wieder eingerastet %6 Schläge nach 100 -&gt; 130 BPM (Ziel &lt;= 2)
Link:     zwei Teilnehmer höchstens %7 ms auseinander (Ziel &lt;= 1)
</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="197"/>
        <location filename="../app/CliPlay.cpp" line="210"/>
        <location filename="../app/CliPlay.cpp" line="260"/>
        <source>play: %1</source>
        <translation>play: %1</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="156"/>
        <source>MIDI leaves %1</source>
        <translation>MIDI-Ausgang: %1</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="158"/>
        <source>following the clock on %1</source>
        <translation>folgt der Clock an %1</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="160"/>
        <source>in the Link session</source>
        <translation>in der Link-Session</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="162"/>
        <source>audio only</source>
        <translation>nur Audio</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="119"/>
        <source>play: the MIDI clock stopped; the song holds where it is</source>
        <translation>play: die MIDI-Clock steht; der Song hält, wo er ist</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="217"/>
        <source>play: the JACK server stopped</source>
        <translation>play: der JACK-Server wurde beendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliPlay.cpp" line="170"/>
        <source>play: %n MIDI event(s) did not fit a cycle and were dropped</source>
        <translation>
            <numerusform>play: %n MIDI-Ereignis passte nicht in einen Zyklus und wurde verworfen</numerusform>
            <numerusform>play: %n MIDI-Ereignisse passten nicht in einen Zyklus und wurden verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="238"/>
        <source>play: %1 (or use --jack for JACK ports)</source>
        <translation>play: %1 (oder nimm --jack für JACK-Ports)</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="265"/>
        <source>play: no audio device: %1 (or use --jack)</source>
        <translation>play: kein Audiogerät: %1 (oder nimm --jack)</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="274"/>
        <source>audio on %1</source>
        <translation>Audio über %1</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="277"/>
        <source>play: the audio device stopped</source>
        <translation>play: das Audiogerät hat aufgehört</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="290"/>
        <source>usage: atelier play SONG.mid|SONG.atelier [--jack] [--midi-out PORT|virtual] [--clock] [--follow-clock PORT|virtual] [--link [--link-start-stop]] [--seconds N] [--json]</source>
        <translation>Aufruf: atelier play SONG.mid|SONG.atelier [--jack] [--midi-out PORT|virtual] [--clock] [--follow-clock PORT|virtual] [--link [--link-start-stop]] [--seconds N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="311"/>
        <source>play: follow a MIDI clock or join Link, not both</source>
        <translation>play: folge einer MIDI-Clock oder tritt Link bei, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/CliPlay.cpp" line="305"/>
        <source>play: unknown option %1</source>
        <translation>play: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/JackSetup.cpp" line="24"/>
        <source>the JACK server&apos;s sample rate changed while Atelier connected</source>
        <translation>die Abtastrate des JACK-Servers hat sich geändert, während Atelier sich verband</translation>
    </message>
    <message>
        <location filename="../app/LinkPeersBench.cpp" line="57"/>
        <source>bench clock: cannot write a song to a temporary folder</source>
        <translation>bench clock: kann keinen Song in einen temporären Ordner schreiben</translation>
    </message>
    <message>
        <location filename="../app/LinkPeersBench.cpp" line="78"/>
        <source>bench clock: the Link peers could not run in a private network namespace (unshare --net --map-root-user: %1)</source>
        <translation>bench clock: die Link-Teilnehmer konnten nicht in einem privaten Netzwerk-Namespace laufen (unshare --net --map-root-user: %1)</translation>
    </message>
    <message>
        <location filename="../app/LinkPeersBench.cpp" line="98"/>
        <source>bench clock: the two Link peers never played together</source>
        <translation>bench clock: die beiden Link-Teilnehmer spielten nie zusammen</translation>
    </message>
    <message>
        <location filename="../core/project/DragFiles.cpp" line="38"/>
        <source>cannot make the folder %1 for dragged files</source>
        <translation>kann den Ordner %1 für gezogene Dateien nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardResult.cpp" line="17"/>
        <source>%1: score() returned %2, not a finite number</source>
        <translation>%1: score() lieferte %2, keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardResult.cpp" line="19"/>
        <source>%1: score() ran past its time limit of %2 ms</source>
        <translation>%1: score() lief über sein Zeitlimit von %2 ms hinaus</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardResult.cpp" line="21"/>
        <source>%1: the script&apos;s helper process ended (%2); it may have used more than its memory or CPU-time limit</source>
        <translation>%1: Der Hilfsprozess des Skripts wurde beendet (%2); vielleicht hat er mehr als sein Speicher- oder CPU-Zeitlimit gebraucht</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScript.cpp" line="39"/>
        <source>CPU time limit</source>
        <translation>CPU-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScript.cpp" line="40"/>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScript.cpp" line="42"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScript.cpp" line="69"/>
        <source>reward script %1: %2</source>
        <translation>Belohnungsskript %1: %2</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScript.cpp" line="116"/>
        <source>Atelier&apos;s script helper %1 did not start: %2</source>
        <translation>Ateliers Skript-Hilfsprozess %1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScript.cpp" line="167"/>
        <source>it answered something unreadable</source>
        <translation>er antwortete etwas Unlesbares</translation>
    </message>
    <message>
        <location filename="../app/CliReward.cpp" line="42"/>
        <source>usage: atelier score --model M --reward FILE.js|--ratings LOG [--samples N] [--seed S] [--data DIR] --json</source>
        <translation>Aufruf: atelier score --model M --reward DATEI.js|--ratings LOG [--samples N] [--seed S] [--data ORDNER] --json</translation>
    </message>
    <message>
        <location filename="../app/CliReward.cpp" line="56"/>
        <location filename="../app/CliReward.cpp" line="66"/>
        <location filename="../app/CliReward.cpp" line="72"/>
        <source>score: %1</source>
        <translation>score: %1</translation>
    </message>
    <message>
        <location filename="../app/CliReward.cpp" line="76"/>
        <source>score: %1 of %2 samples failed; the first: %3</source>
        <translation>score: %1 von %2 Beispielen schlugen fehl; das erste: %3</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScoring.cpp" line="28"/>
        <source>no samples: %1</source>
        <translation>keine Beispiele: %1</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScoring.cpp" line="28"/>
        <source>nothing was generated</source>
        <translation>es wurde nichts erzeugt</translation>
    </message>
    <message>
        <location filename="../core/reward/RewardScoring.cpp" line="44"/>
        <source>no samples: the model drew nothing</source>
        <translation>keine Beispiele: das Modell hat nichts gezeichnet</translation>
    </message>
    <message>
        <location filename="../core/reward/PreferenceModel.cpp" line="33"/>
        <source>no preferences to learn from: rate at least one variation up in a batch with others</source>
        <translation>keine Vorlieben zum Lernen: Bewerte mindestens eine Variation in einer Reihe mit anderen positiv</translation>
    </message>
    <message>
        <location filename="../core/reward/PreferenceModel.cpp" line="34"/>
        <source>no preferences to learn from: rate at least one drawing up in a batch with others</source>
        <translation>keine Vorlieben zum Lernen: Bewerte mindestens eine Zeichnung in einer Reihe mit anderen positiv</translation>
    </message>
    <message>
        <location filename="../core/reward/PreferenceModel.cpp" line="116"/>
        <source>your ratings are of music, not of drawings</source>
        <translation>deine Bewertungen gelten Musik, nicht Zeichnungen</translation>
    </message>
    <message>
        <location filename="../core/reward/PreferenceModel.cpp" line="117"/>
        <source>your ratings are of drawings, not of music</source>
        <translation>deine Bewertungen gelten Zeichnungen, nicht Musik</translation>
    </message>
    <message>
        <location filename="../core/reward/PreferenceModel.cpp" line="127"/>
        <source>your ratings</source>
        <translation>deine Bewertungen</translation>
    </message>
    <message>
        <location filename="../core/reward/BlindTest.cpp" line="112"/>
        <source>cannot save the comparison to %1: %2</source>
        <translation>der Vergleich lässt sich nicht nach %1 speichern: %2</translation>
    </message>
    <message>
        <location filename="../app/CliTune.cpp" line="66"/>
        <source>usage: atelier tune %1 --model BASE --reward FILE.js|--ratings LOG [--beta B] [--minutes M | --steps N] [--seed S] [--group G] [--contexts K] [--learning-rate R] [--data DIR] --out OUT [--json]</source>
        <translation>Aufruf: atelier tune %1 --model BASIS --reward DATEI.js|--ratings LOG [--beta B] [--minutes M | --steps N] [--seed S] [--group G] [--contexts K] [--learning-rate R] [--data ORDNER] --out AUSGABE [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliTune.cpp" line="63"/>
        <source>usage: atelier tune sketch --model BASE.gen.json --reward FILE.js|--ratings LOG [--beta B] [--minutes M | --steps N] [--seed S] [--group G] [--temperature T] [--learning-rate R] --out OUT [--json]</source>
        <translation>Aufruf: atelier tune sketch --model BASIS.gen.json --reward DATEI.js|--ratings LOG [--beta B] [--minutes M | --steps N] [--seed S] [--group G] [--temperature T] [--learning-rate R] --out AUSGABE [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliTune.cpp" line="91"/>
        <source>tune %1: --beta, --minutes, --steps and --seed must be 0 or more, --group 2 to 8, --contexts and --learning-rate positive, --temperature above 0 and at most 2</source>
        <translation>tune %1: --beta, --minutes, --steps und --seed müssen 0 oder mehr sein, --group 2 bis 8, --contexts und --learning-rate positiv, --temperature über 0 und höchstens 2</translation>
    </message>
    <message>
        <location filename="../app/CliTune.cpp" line="129"/>
        <location filename="../app/CliTune.cpp" line="138"/>
        <source>tune %1: %2</source>
        <translation>tune %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CliTune.cpp" line="161"/>
        <source>tuned %1 steps in %2 min: reward %3 → %4, KL %5 nats per event; written to %6</source>
        <translation>%1 Schritte in %2 min abgestimmt: Belohnung %3 → %4, KL %5 nats pro Ereignis; gespeichert in %6</translation>
    </message>
    <message>
        <location filename="../core/reward/MusicEpisode.cpp" line="46"/>
        <source>no held-out piece could be continued</source>
        <translation>kein zurückgehaltenes Stück ließ sich fortsetzen</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTuner.cpp" line="90"/>
        <location filename="../models/sketchrnn/train/SketchTuner.cpp" line="75"/>
        <source>no reward to tune toward</source>
        <translation>keine Belohnung, auf die abgestimmt werden kann</translation>
    </message>
    <message>
        <location filename="../models/train/TuningLoop.cpp" line="127"/>
        <source>the group size must be 2 to 8 (it is %1)</source>
        <translation>die Gruppengröße muss 2 bis 8 sein (sie ist %1)</translation>
    </message>
    <message>
        <location filename="../models/train/TuningLoop.cpp" line="129"/>
        <source>β must be a number of 0 or more</source>
        <translation>β muss eine Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../models/train/TuningLoop.cpp" line="131"/>
        <source>the learning rate must be positive</source>
        <translation>die Lernrate muss positiv sein</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTuner.cpp" line="96"/>
        <source>%1 (tuning takes an LSTM music model, *.music.json)</source>
        <translation>%1 (Abstimmen braucht ein LSTM-Musikmodell, *.music.json)</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTuner.cpp" line="100"/>
        <source>%1: a chord-conditioned melody model cannot be tuned yet</source>
        <translation>%1: ein akkordgesteuertes Melodiemodell lässt sich noch nicht abstimmen</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTuner.cpp" line="102"/>
        <source>no contexts to tune on</source>
        <translation>keine Kontexte zum Abstimmen</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTuner.cpp" line="105"/>
        <source>the contexts were made for another kind of model than %1</source>
        <translation>die Kontexte wurden für eine andere Modellart als %1 gemacht</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTuner.cpp" line="159"/>
        <location filename="../models/sketchrnn/train/SketchTuner.cpp" line="108"/>
        <source>sampling failed</source>
        <translation>das Ziehen von Beispielen ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/music/MusicTuner.cpp" line="226"/>
        <location filename="../models/music/MusicTuner.cpp" line="237"/>
        <location filename="../models/sketchrnn/train/SketchTuner.cpp" line="163"/>
        <location filename="../models/sketchrnn/train/SketchTuner.cpp" line="174"/>
        <source>the tuner is not prepared</source>
        <translation>das Abstimmen ist nicht vorbereitet</translation>
    </message>
    <message>
        <location filename="../models/train/TuningLoop.cpp" line="63"/>
        <source>%1 of %2 rewards failed; the first: %3</source>
        <translation>%1 von %2 Belohnungen sind fehlgeschlagen; die erste: %3</translation>
    </message>
    <message>
        <location filename="../app/CliTuneEval.cpp" line="136"/>
        <source>eval tune: the %1 model drew nothing</source>
        <translation>eval tune: das Modell %1 hat nichts gezeichnet</translation>
    </message>
    <message>
        <location filename="../app/CliTuneEval.cpp" line="175"/>
        <source>usage: atelier eval tune --base B --tuned T --reward R.js|--ratings LOG [--data D] [--samples N] [--seed S] [--max-files N] --json</source>
        <translation>Aufruf: atelier eval tune --base B --tuned T --reward R.js|--ratings LOG [--data ORDNER] [--samples N] [--seed S] [--max-files N] --json</translation>
    </message>
    <message>
        <location filename="../app/CliTuneEval.cpp" line="186"/>
        <location filename="../app/CliTuneEval.cpp" line="189"/>
        <location filename="../app/CliTuneEval.cpp" line="195"/>
        <location filename="../app/CliTuneEval.cpp" line="202"/>
        <location filename="../app/CliTuneEval.cpp" line="209"/>
        <location filename="../app/CliTuneEval.cpp" line="217"/>
        <location filename="../app/CliTuneEval.cpp" line="236"/>
        <location filename="../app/CliTuneEval.cpp" line="239"/>
        <source>eval tune: %1</source>
        <translation>eval tune: %1</translation>
    </message>
    <message>
        <location filename="../app/CliTuneEval.cpp" line="197"/>
        <source>eval tune: %1 and %2 are not the same kind of model</source>
        <translation>eval tune: %1 und %2 sind nicht dieselbe Modellart</translation>
    </message>
    <message>
        <location filename="../app/CliTuneEval.cpp" line="76"/>
        <source>eval tune: %1 of %2 samples failed; the first: %3</source>
        <translation>eval tune: %1 von %2 Beispielen sind fehlgeschlagen; das erste: %3</translation>
    </message>
    <message>
        <location filename="../models/train/TuningLoop.cpp" line="133"/>
        <source>the temperature must be above 0 and at most 2</source>
        <translation>die Temperatur muss über 0 und höchstens 2 sein</translation>
    </message>
    <message>
        <location filename="../app/TuningJobs.cpp" line="100"/>
        <source>choose a reward script or your ratings</source>
        <translation>wähle ein Belohnungsskript oder deine Bewertungen</translation>
    </message>
    <message>
        <location filename="../app/TuningJobs.cpp" line="116"/>
        <source>%1 is not a %2 model</source>
        <translation>%1 ist kein %2-Modell</translation>
    </message>
    <message>
        <location filename="../app/TuningJobs.cpp" line="135"/>
        <source>%1 toward %2, β %3, %4 contexts, group %5</source>
        <translation>%1 in Richtung %2, β %3, %4 Kontexte, Gruppe %5</translation>
    </message>
    <message>
        <location filename="../app/TuningJobs.cpp" line="161"/>
        <source>%1 toward %2, β %3, temperature %4, group %5</source>
        <translation>%1 in Richtung %2, β %3, Temperatur %4, Gruppe %5</translation>
    </message>
    <message>
        <location filename="../app/TuningJobs.cpp" line="187"/>
        <source>unknown kind of model &quot;%1&quot; (melody, performance or sketch)</source>
        <translation>unbekannte Modellart &quot;%1&quot; (melody, performance oder sketch)</translation>
    </message>
    <message>
        <location filename="../core/reward/ComparisonPair.cpp" line="29"/>
        <source>%1 made nothing</source>
        <translation>%1 hat nichts erzeugt</translation>
    </message>
    <message>
        <location filename="../core/reward/ComparisonPair.cpp" line="56"/>
        <source>%1 drew nothing</source>
        <translation>%1 hat nichts gezeichnet</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="86"/>
        <source>usage: atelier compare --first A --second B [--trials N] [--seed S] [--data DIR] --out DIR [--json]
       atelier compare --key DIR/key.json --picks PICKS [--json]</source>
        <translation>Aufruf: atelier compare --first A --second B [--trials N] [--seed S] [--data ORDNER] --out ORDNER [--json]
        atelier compare --key ORDNER/key.json --picks WAHLEN [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="114"/>
        <source>compare: %1 and %2 are not both music models or both drawing models</source>
        <translation>compare: %1 und %2 sind nicht beide Musikmodelle oder beide Zeichenmodelle</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="117"/>
        <source>compare: cannot make the folder %1</source>
        <translation>compare: der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="127"/>
        <location filename="../app/CliCompare.cpp" line="156"/>
        <location filename="../app/CliCompare.cpp" line="166"/>
        <location filename="../app/CliCompare.cpp" line="173"/>
        <location filename="../app/CliCompare.cpp" line="219"/>
        <source>compare: %1</source>
        <translation>compare: %1</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="148"/>
        <source>compare: %1 cannot be continued</source>
        <translation>compare: %1 kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="151"/>
        <location filename="../app/CliCompare.cpp" line="162"/>
        <source>compare: trial %1: %2</source>
        <translation>compare: Durchgang %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="191"/>
        <source>compare: %1: %2</source>
        <translation>compare: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="198"/>
        <source>compare: %1 is not a comparison&apos;s key</source>
        <translation>compare: %1 ist kein Schlüssel eines Vergleichs</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="203"/>
        <source>compare: %1 does not match its seed (was it edited?)</source>
        <translation>compare: %1 passt nicht zu seinem Seed (wurde er bearbeitet?)</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="205"/>
        <source>compare: %1 picks for %2 trials (one letter per trial: A, B or -)</source>
        <translation>compare: %1 Wahlen für %2 Durchgänge (ein Buchstabe je Durchgang: A, B oder -)</translation>
    </message>
    <message>
        <location filename="../app/CliCompare.cpp" line="214"/>
        <source>compare: &quot;%1&quot; is not a pick (A, B or -)</source>
        <translation>compare: „%1“ ist keine Wahl (A, B oder -)</translation>
    </message>
    <message>
        <location filename="../core/document/AtomicFile.cpp" line="26"/>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audio/AudioEngine.cpp" line="278"/>
        <source>%n dropout(s): the audio came late</source>
        <translation>
            <numerusform>%n Aussetzer: das Audio kam zu spät</numerusform>
            <numerusform>%n Aussetzer: das Audio kam zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audio/AudioEngine.cpp" line="281"/>
        <source>%n block(s) silenced: an instrument gave no numbers</source>
        <translation>
            <numerusform>%n Block stummgeschaltet: ein Instrument lieferte keine Zahlen</numerusform>
            <numerusform>%n Blöcke stummgeschaltet: ein Instrument lieferte keine Zahlen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliBenchPianoRoll.cpp" line="83"/>
        <location filename="../app/CliBenchPianoRoll.cpp" line="93"/>
        <location filename="../app/CliBenchPianoRoll.cpp" line="99"/>
        <source>bench pianoroll: %1</source>
        <translation>bench pianoroll: %1</translation>
    </message>
    <message>
        <location filename="../app/CliBenchPianoRoll.cpp" line="85"/>
        <source>bench pianoroll: unknown option %1</source>
        <translation>bench pianoroll: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliBenchPianoRoll.cpp" line="87"/>
        <source>bench pianoroll: --notes must be between 1 and 2000000</source>
        <translation>bench pianoroll: --notes muss zwischen 1 und 2000000 liegen</translation>
    </message>
    <message>
        <location filename="../app/CliBenchPianoRoll.cpp" line="89"/>
        <source>bench pianoroll: needs the widgets (run as `atelier bench pianoroll`)</source>
        <translation>bench pianoroll: braucht die Widgets (starte es als `atelier bench pianoroll`)</translation>
    </message>
    <message>
        <location filename="../app/CliSoak.cpp" line="141"/>
        <location filename="../app/CliSoak.cpp" line="149"/>
        <location filename="../app/CliSoak.cpp" line="174"/>
        <location filename="../app/CliSoak.cpp" line="178"/>
        <source>soak: %1</source>
        <translation>soak: %1</translation>
    </message>
    <message>
        <location filename="../app/CliSoak.cpp" line="151"/>
        <source>soak: unknown option %1</source>
        <translation>soak: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliSoak.cpp" line="153"/>
        <source>usage: atelier soak [--jack] [--frames N] [--no-training | --idle | --fixed-load MS] --minutes M [--json]</source>
        <translation>Aufruf: atelier soak [--jack] [--frames N] [--no-training | --idle | --fixed-load MS] --minutes M [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliSoak.cpp" line="186"/>
        <source>soak: the timbre model: %1</source>
        <translation>soak: das Klangfarbenmodell: %1</translation>
    </message>
    <message>
        <location filename="../app/CliSoak.cpp" line="199"/>
        <source>soak: no audio device: %1</source>
        <translation>soak: kein Audiogerät: %1</translation>
    </message>
    <message>
        <location filename="../app/CliSoak.cpp" line="232"/>
        <source>soak: the training job: %1</source>
        <translation>soak: der Trainingslauf: %1</translation>
    </message>
    <message>
        <location filename="../app/CliBenchTrain.cpp" line="61"/>
        <source>rank %1 of %2 failed (its messages are above)</source>
        <translation>Rang %1 von %2 ist fehlgeschlagen (seine Meldungen stehen darüber)</translation>
    </message>
    <message>
        <location filename="../app/CliBenchTrain.cpp" line="82"/>
        <source>usage: atelier bench train [--trainer melody|performance] [--world-size N] [--steps S] [--data DIR] [--max-files N] [--json]</source>
        <translation>Aufruf: atelier bench train [--trainer melody|performance] [--world-size N] [--steps S] [--data ORDNER] [--max-files N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliBenchTrain.cpp" line="85"/>
        <source>bench train: --trainer must be melody or performance</source>
        <translation>bench train: --trainer muss melody oder performance sein</translation>
    </message>
    <message>
        <location filename="../app/CliBenchTrain.cpp" line="87"/>
        <source>bench train: --world-size must be at least 2 and --steps at least 2</source>
        <translation>bench train: --world-size muss mindestens 2 sein und --steps mindestens 2</translation>
    </message>
    <message>
        <location filename="../app/CliBenchTrain.cpp" line="90"/>
        <source>bench train: cannot create a temporary folder</source>
        <translation>bench train: kann keinen temporären Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../app/CliBenchTrain.cpp" line="103"/>
        <source>bench train: %1</source>
        <translation>bench train: %1</translation>
    </message>
    <message>
        <location filename="../app/CliDistributed.cpp" line="24"/>
        <source>%1=%2 is not a whole number</source>
        <translation>%1=%2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/CliDistributed.cpp" line="44"/>
        <source>--world-size must be a whole number of at least 1, --rank a whole number between 0 and the world size − 1, --timeout positive</source>
        <translation>--world-size muss eine ganze Zahl ab 1 sein, --rank eine ganze Zahl zwischen 0 und world size − 1, --timeout positiv</translation>
    </message>
    <message>
        <location filename="../app/CliDistributed.cpp" line="57"/>
        <source>--master takes HOST:PORT (for example 10.0.0.1:29500), not &quot;%1&quot;</source>
        <translation>--master erwartet HOST:PORT (zum Beispiel 10.0.0.1:29500), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/CliDistributed.cpp" line="76"/>
        <source>--data-shards is for the music trainers</source>
        <translation>--data-shards gilt nur für die Musik-Trainer</translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreTrainer.cpp" line="357"/>
        <location filename="../models/timbre/TimbreTrainer.cpp" line="365"/>
        <source>too few training notes for %1 ranks</source>
        <translation>zu wenige Trainingsnoten für %1 Ränge</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="63"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="76"/>
        <source>the world size must be at least 1</source>
        <translation>die world size muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="78"/>
        <source>the rank (%1) must be between 0 and the world size − 1 (%2)</source>
        <translation>der Rang (%1) muss zwischen 0 und world size − 1 (%2) liegen</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="80"/>
        <source>a distributed run needs the master&apos;s address (--master HOST:PORT)</source>
        <translation>ein verteilter Lauf braucht die Adresse des Masters (--master HOST:PORT)</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="82"/>
        <source>the master port (%1) must be between 1 and 65535</source>
        <translation>der Master-Port (%1) muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="84"/>
        <source>the timeout must be positive</source>
        <translation>die Zeitgrenze muss positiv sein</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="133"/>
        <source>rank 0 cannot serve the rendezvous at %1: %2</source>
        <translation>Rang 0 kann das Rendezvous unter %1 nicht anbieten: %2</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="134"/>
        <source>rank %1 cannot reach the master at %2 within %3 s: %4</source>
        <translation>Rang %1 erreicht den Master unter %2 nicht innerhalb von %3 s: %4</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="155"/>
        <source>ranks that did not join within %3 s: %1 (of %2; are they started, with --master %4?)</source>
        <translation>Ränge, die nicht innerhalb von %3 s beigetreten sind: %1 (von %2; sind sie gestartet, mit --master %4?)</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="169"/>
        <source>rank %1: the rendezvous at %2 failed: %3</source>
        <translation>Rang %1: das Rendezvous unter %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="174"/>
        <source>rank %1 was started with other settings than rank 0 (%2); every rank needs the same settings and data</source>
        <translation>Rang %1 wurde mit anderen Einstellungen als Rang 0 gestartet (%2); jeder Rang braucht dieselben Einstellungen und Daten</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="194"/>
        <source>rank %1 cannot connect to the other ranks: %2</source>
        <translation>Rang %1 kann sich nicht mit den anderen Rängen verbinden: %2</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="220"/>
        <source>rank %1: a collective operation failed: %2</source>
        <translation>Rang %1: eine kollektive Operation ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="221"/>
        <source>rank %1: lost rank %2 of %3 (it stopped, hung or became unreachable); stopping: %4</source>
        <translation>Rang %1: Rang %2 von %3 ist verloren (beendet, hängt oder nicht erreichbar); breche ab: %4</translation>
    </message>
    <message>
        <location filename="../models/train/DataParallel.cpp" line="352"/>
        <source>the weights of rank %1 drifted from rank 0&apos;s (a bug: please report it)</source>
        <translation>die Gewichte von Rang %1 weichen von denen von Rang 0 ab (ein Fehler: bitte melde ihn)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/music/PersonalMusicData.cpp" line="59"/>
        <source>%1 gives %n example(s) (phrases of %2 events); personalising needs at least %3</source>
        <translation>
            <numerusform>%1 ergibt %n Beispiel (Phrasen aus %2 Ereignissen); zum Personalisieren braucht es mindestens %3</numerusform>
            <numerusform>%1 ergibt %n Beispiele (Phrasen aus %2 Ereignissen); zum Personalisieren braucht es mindestens %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/music/PersonalMusicData.cpp" line="96"/>
        <source>%1: %2 examples of %3 events to learn from, %4 held out</source>
        <translation>%1: %2 Beispiele aus %3 Ereignissen zum Lernen, %4 zurückbehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="88"/>
        <source>%1 has %n usable drawing(s); personalising needs at least %2</source>
        <translation>
            <numerusform>%1 enthält %n brauchbare Zeichnung; zum Personalisieren braucht es mindestens %2</numerusform>
            <numerusform>%1 enthält %n brauchbare Zeichnungen; zum Personalisieren braucht es mindestens %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="92"/>
        <source> (%n too short to train on)</source>
        <translation>
            <numerusform> (%n zu kurz zum Trainieren)</numerusform>
            <numerusform> (%n zu kurz zum Trainieren)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="97"/>
        <source>%1: its split fields leave no drawings to train on</source>
        <translation>%1: die split-Felder lassen keine Zeichnungen zum Trainieren übrig</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="98"/>
        <source>%1: its split fields leave no drawings to hold out</source>
        <translation>%1: die split-Felder lassen keine Zeichnungen zum Zurückbehalten übrig</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="109"/>
        <source>personalising needs a positive batch, learning rate and step or time limit</source>
        <translation>das Personalisieren braucht eine positive Batchgröße, Lernrate und Schritt- oder Zeitgrenze</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="127"/>
        <source>%1: no training drawings to rehearse</source>
        <translation>%1: keine Trainingszeichnungen zum Wiederholen</translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="169"/>
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="243"/>
        <source>the personaliser is not prepared</source>
        <translation>das Personalisieren ist nicht vorbereitet</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="117"/>
        <source>Chromatic</source>
        <translation>Chromatisch</translation>
    </message>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="118"/>
        <source>Major</source>
        <translation>Dur</translation>
    </message>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="119"/>
        <source>Natural minor</source>
        <translation>Natürliches Moll</translation>
    </message>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="120"/>
        <source>Harmonic minor</source>
        <translation>Harmonisches Moll</translation>
    </message>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="121"/>
        <source>Dorian</source>
        <translation>Dorisch</translation>
    </message>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="122"/>
        <source>Mixolydian</source>
        <translation>Mixolydisch</translation>
    </message>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="123"/>
        <source>Major pentatonic</source>
        <translation>Dur-Pentatonik</translation>
    </message>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="124"/>
        <source>Minor pentatonic</source>
        <translation>Moll-Pentatonik</translation>
    </message>
    <message>
        <location filename="../core/document/NoteOps.cpp" line="125"/>
        <source>Blues</source>
        <translation>Blues</translation>
    </message>
</context>
<context>
    <name>atelier::core::NoteModel</name>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="112"/>
        <source>Edit note</source>
        <translation>Note bearbeiten</translation>
    </message>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="127"/>
        <source>Pitch</source>
        <translation>Tonhöhe</translation>
    </message>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="128"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="129"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="130"/>
        <source>Velocity</source>
        <translation>Anschlagstärke</translation>
    </message>
</context>
<context>
    <name>atelier::core::SketchDocument</name>
    <message>
        <location filename="../core/sketch/SketchDocument.cpp" line="148"/>
        <source>Move stroke</source>
        <translation>Strich verschieben</translation>
    </message>
    <message>
        <location filename="../core/sketch/SketchDocument.cpp" line="148"/>
        <source>Move strokes</source>
        <translation>Striche verschieben</translation>
    </message>
</context>
<context>
    <name>atelier::core::SongDocument</name>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="131"/>
        <source>Arm track for recording</source>
        <translation>Spur für die Aufnahme scharf schalten</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="131"/>
        <source>Disarm track</source>
        <translation>Aufnahmebereitschaft der Spur aufheben</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="179"/>
        <source>Set tempo</source>
        <translation>Tempo setzen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="196"/>
        <source>Set time signature</source>
        <translation>Taktart setzen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="205"/>
        <source>Set loop region</source>
        <translation>Schleifenbereich setzen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="218"/>
        <source>Set key</source>
        <translation>Tonart festlegen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="218"/>
        <source>Clear key</source>
        <translation>Tonart entfernen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="236"/>
        <source>Set chord %1</source>
        <translation>Akkord %1 setzen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="246"/>
        <source>Remove chord</source>
        <translation>Akkord entfernen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="277"/>
        <source>Play chords</source>
        <translation>Akkorde spielen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="277"/>
        <source>Silence chords</source>
        <translation>Akkorde stumm</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="278"/>
        <source>Change chord sound</source>
        <translation>Akkordklang ändern</translation>
    </message>
</context>
<context>
    <name>atelier::core::StrokeModel</name>
    <message numerus="yes">
        <location filename="../core/sketch/StrokeModel.cpp" line="34"/>
        <source>Model stroke, %n point(s)</source>
        <translation>
            <numerusform>Modellstrich, %n Punkt</numerusform>
            <numerusform>Modellstrich, %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sketch/StrokeModel.cpp" line="35"/>
        <source>Stroke, %n point(s)</source>
        <translation>
            <numerusform>Strich, %n Punkt</numerusform>
            <numerusform>Strich, %n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::core::TrackListModel</name>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="48"/>
        <source>%1 (Sound Morph)</source>
        <translation>%1 (Sound Morph)</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="49"/>
        <source>Drums</source>
        <translation>Schlagzeug</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="52"/>
        <source>Played by the timbre model %1 with a baked morph; choose another GM instrument to go back to the synth</source>
        <translation>Gespielt vom Klangmodell %1 mit einem gebackenen Morph; wähle ein anderes GM-Instrument, um zum Synth zurückzukehren</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="63"/>
        <location filename="../core/document/TrackListModel.cpp" line="155"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="67"/>
        <location filename="../core/document/TrackListModel.cpp" line="156"/>
        <source>Solo</source>
        <translation>Solo</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="71"/>
        <location filename="../core/document/TrackListModel.cpp" line="157"/>
        <source>Record arm: takes are recorded into this track (R)</source>
        <translation>Aufnahmebereit: Takes werden in diese Spur aufgenommen (R)</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="75"/>
        <source>Volume %1%</source>
        <translation>Lautstärke %1 %</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="78"/>
        <source>Internal synth</source>
        <translation>Interner Synth</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="96"/>
        <source>Rename track</source>
        <translation>Spur umbenennen</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="103"/>
        <source>Change instrument</source>
        <translation>Instrument ändern</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="108"/>
        <source>Change channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="115"/>
        <source>Mute track</source>
        <translation>Spur stummschalten</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="115"/>
        <source>Solo track</source>
        <translation>Spur solo schalten</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="124"/>
        <source>Change volume</source>
        <translation>Lautstärke ändern</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="130"/>
        <source>Change output</source>
        <translation>Ausgang ändern</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="152"/>
        <source>Track name (double-click to rename)</source>
        <translation>Spurname (Doppelklick zum Umbenennen)</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="153"/>
        <source>Instrument (double-click to choose)</source>
        <translation>Instrument (Doppelklick zum Auswählen)</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="154"/>
        <source>MIDI channel</source>
        <translation>MIDI-Kanal</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="158"/>
        <source>Volume in percent (drag the fader; double-click to type)</source>
        <translation>Lautstärke in Prozent (Regler ziehen; Doppelklick zum Eintippen)</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="159"/>
        <source>Output: the internal synth or a MIDI port</source>
        <translation>Ausgang: der eingebaute Synthesizer oder ein MIDI-Port</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="165"/>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="166"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="167"/>
        <source>Ch</source>
        <translation>Kn</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="168"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="169"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="170"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="171"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="172"/>
        <source>Output</source>
        <translation>Ausgang</translation>
    </message>
</context>
<context>
    <name>atelier::core::timbre</name>
    <message>
        <location filename="../core/timbre/TimbreEvaluation.cpp" line="53"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../core/timbre/TimbreEvaluation.cpp" line="77"/>
        <source>the model knows none of the dataset&apos;s instruments (or the dataset has no held-out notes)</source>
        <translation>das Modell kennt keines der Instrumente des Datensatzes (oder der Datensatz hat keine zurückgehaltenen Noten)</translation>
    </message>
    <message>
        <location filename="../core/timbre/TimbreEvaluation.cpp" line="92"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/timbre/TimbreRecording.cpp" line="24"/>
        <source>no audio</source>
        <translation>kein Audio</translation>
    </message>
    <message>
        <location filename="../core/timbre/TimbreRecording.cpp" line="30"/>
        <source>the recording is silent (its peak is %1 dBFS); record the note louder</source>
        <translation>die Aufnahme ist still (Spitze %1 dBFS); nimm den Ton lauter auf</translation>
    </message>
    <message>
        <location filename="../core/timbre/TimbreRecording.cpp" line="37"/>
        <source>the note is too short (%1 ms; at least %2 ms)</source>
        <translation>der Ton ist zu kurz (%1 ms; mindestens %2 ms)</translation>
    </message>
    <message>
        <location filename="../core/timbre/TimbreRecording.cpp" line="45"/>
        <source>the model %1 could not encode it</source>
        <translation>das Modell %1 konnte ihn nicht kodieren</translation>
    </message>
</context>
<context>
    <name>atelier::core::timbre::SongTimbres</name>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="54"/>
        <source>cannot read the model %1: %2</source>
        <translation>das Modell %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="60"/>
        <source>cannot make the model folder %1</source>
        <translation>der Modellordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="78"/>
        <source>cannot copy the model to %1: %2</source>
        <translation>das Modell lässt sich nicht nach %1 kopieren: %2</translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="85"/>
        <source>too many models called %1 in %2</source>
        <translation>zu viele Modelle namens %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="104"/>
        <source>no timbre model loader</source>
        <translation>kein Lader für Klangmodelle</translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="139"/>
        <source>the timbre model %1 is not on the model search path (%2)</source>
        <translation>das Klangmodell %1 liegt nicht im Modellsuchpfad (%2)</translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="144"/>
        <source>the sound has %1 embedding values, the model %2 takes %3</source>
        <translation>der Klang hat %1 Embedding-Werte, das Modell %2 nimmt %3</translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="149"/>
        <source>Track &quot;%1&quot; plays its GM program: %2</source>
        <translation>Spur „%1“ spielt ihr GM-Programm: %2</translation>
    </message>
</context>
<context>
    <name>atelier::ui::AuditionPlayer</name>
    <message>
        <location filename="../ui/common/AuditionPlayer.cpp" line="50"/>
        <source>No audio output: %1</source>
        <translation>Keine Audioausgabe: %1</translation>
    </message>
</context>
<context>
    <name>atelier::ui::ChordLane</name>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="36"/>
        <source>Chords: double-click to type one (Am, G7/B, N.C.); Delete removes the selected chord; right-click for chords from the track</source>
        <translation>Akkorde: Doppelklick, um einen einzutippen (Am, G7/B, N.C.); Entf entfernt den gewählten Akkord; Rechtsklick für Akkorde aus der Spur</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="40"/>
        <source>Am</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="218"/>
        <source>A chord from here on (now: %1); Enter keeps it, Esc cancels, empty removes it</source>
        <translation>Ein Akkord ab hier (jetzt: %1); Eingabe übernimmt, Esc bricht ab, leer entfernt ihn</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="297"/>
        <source>&amp;Edit Chord…</source>
        <translation>Akkord &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="298"/>
        <source>&amp;Remove Chord</source>
        <translation>Akkord &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="304"/>
        <source>Chords for This &amp;Melody</source>
        <translation>Akkorde für diese &amp;Melodie</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="305"/>
        <source>C&amp;ontinue the Chords</source>
        <translation>Akkorde &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="306"/>
        <source>Chords from This &amp;Track</source>
        <translation>Akkorde aus dieser &amp;Spur</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="307"/>
        <source>&amp;Clear Chords</source>
        <translation>Akkorde &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="326"/>
        <source>&amp;Play Chords</source>
        <translation>Akkorde &amp;spielen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="329"/>
        <source>Chord &amp;Sound</source>
        <translation>Akkord&amp;klang</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="336"/>
        <source>Chord St&amp;yle</source>
        <translation>Akkords&amp;til</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="338"/>
        <source>Block (held chords)</source>
        <translation>Block (gehaltene Akkorde)</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="339"/>
        <source>Arpeggio (eighth notes)</source>
        <translation>Arpeggio (Achtel)</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="340"/>
        <source>Comp (bass on 1 and 3, chords on 2 and 4)</source>
        <translation>Begleitung (Bass auf 1 und 3, Akkorde auf 2 und 4)</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="346"/>
        <source>Add as an &amp;Accompaniment Track</source>
        <translation>Als &amp;Begleitspur hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="356"/>
        <source>Chords</source>
        <translation>Akkorde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pianoroll/ChordLane.cpp" line="358"/>
        <source>The chords are a track now (%n note(s)): edit them, or export them with the song.</source>
        <translation>
            <numerusform>Die Akkorde sind jetzt eine Spur (%n Note): Bearbeite sie oder exportiere sie mit dem Song.</numerusform>
            <numerusform>Die Akkorde sind jetzt eine Spur (%n Noten): Bearbeite sie oder exportiere sie mit dem Song.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="370"/>
        <source>No chords found: the track has no notes.</source>
        <translation>Keine Akkorde gefunden: Die Spur hat keine Noten.</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="373"/>
        <source>Chords from track</source>
        <translation>Akkorde aus der Spur</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pianoroll/ChordLane.cpp" line="374"/>
        <source>%n chord(s) from &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Akkord aus „%1“.</numerusform>
            <numerusform>%n Akkorde aus „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="382"/>
        <source>No harmonizer found on the model search path (%1).</source>
        <translation>Kein Harmonisierer im Modellsuchpfad gefunden (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="398"/>
        <source>No chords proposed: the track has no notes.</source>
        <translation>Keine Akkorde vorgeschlagen: Die Spur hat keine Noten.</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="417"/>
        <source>The chords already reach the end of the melody.</source>
        <translation>Die Akkorde reichen schon bis zum Ende der Melodie.</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="421"/>
        <source>Continue the chords</source>
        <translation>Akkorde fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="421"/>
        <source>Chords for the melody</source>
        <translation>Akkorde für die Melodie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pianoroll/ChordLane.cpp" line="422"/>
        <source>%n chord(s) proposed after yours, in %1.</source>
        <translation>
            <numerusform>%n Akkord nach deinen vorgeschlagen, in %1.</numerusform>
            <numerusform>%n Akkorde nach deinen vorgeschlagen, in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pianoroll/ChordLane.cpp" line="424"/>
        <source>%n chord(s) proposed for &quot;%1&quot;, in %2.</source>
        <translation>
            <numerusform>%n Akkord für „%1“ vorgeschlagen, in %2.</numerusform>
            <numerusform>%n Akkorde für „%1“ vorgeschlagen, in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/ChordLane.cpp" line="432"/>
        <source>Clear chords</source>
        <translation>Akkorde löschen</translation>
    </message>
</context>
<context>
    <name>atelier::ui::CompareDialog</name>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="42"/>
        <source>Compare Models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="46"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="47"/>
        <source>Drawings</source>
        <translation>Zeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="48"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="51"/>
        <source>The result says how often this one was preferred</source>
        <translation>Das Ergebnis sagt, wie oft dieses vorgezogen wurde</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="52"/>
        <source>First model</source>
        <translation>Erstes Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="53"/>
        <source>Second model</source>
        <translation>Zweites Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="57"/>
        <source>More trials give a narrower interval: with 10 picks it is about ±26 %, with 40 about ±15 %</source>
        <translation>Mehr Durchgänge ergeben ein engeres Intervall: bei 10 Entscheidungen etwa ±26 %, bei 40 etwa ±15 %</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="58"/>
        <source>Trials</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="61"/>
        <source>Both continue</source>
        <translation>Beide setzen fort</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="70"/>
        <source>Play A</source>
        <translation>A abspielen</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="71"/>
        <source>Play B</source>
        <translation>B abspielen</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="72"/>
        <source>A is better</source>
        <translation>A ist besser</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="73"/>
        <source>B is better</source>
        <translation>B ist besser</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="78"/>
        <source>Plays A with the music it continues (1)</source>
        <translation>Spielt A mit der Musik, die es fortsetzt (1)</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="79"/>
        <source>Plays B with the music it continues (2)</source>
        <translation>Spielt B mit der Musik, die es fortsetzt (2)</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="80"/>
        <source>You prefer A (A)</source>
        <translation>Dir gefällt A besser (A)</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="81"/>
        <source>You prefer B (B)</source>
        <translation>Dir gefällt B besser (B)</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="97"/>
        <source>No Preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="99"/>
        <source>Neither is better; the trial does not count (N)</source>
        <translation>Keines ist besser; der Durchgang zählt nicht (N)</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="116"/>
        <location filename="../ui/training/CompareDialog.cpp" line="237"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="118"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="159"/>
        <source>the selected notes, or the current track before the playhead, for as many bars as Continue is set to</source>
        <translation>die ausgewählten Noten oder die aktuelle Spur vor der Abspielposition, um so viele Takte, wie bei Fortsetzen eingestellt ist</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="161"/>
        <source>the drawing on the canvas (from scratch when it is empty)</source>
        <translation>die Zeichnung auf der Leinwand (von Grund auf, wenn sie leer ist)</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="170"/>
        <source>Choose two models and press Start. You will not be told which is which until the end.</source>
        <translation>Wähle zwei Modelle und drücke Starten. Welches welches ist, erfährst du erst am Ende.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="237"/>
        <source>Start Over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="253"/>
        <source>There are no models of this kind to compare.</source>
        <translation>Es gibt keine Modelle dieser Art zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="255"/>
        <source>Choose two different models.</source>
        <translation>Wähle zwei verschiedene Modelle.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="263"/>
        <source>%1: cannot be loaded in this build</source>
        <translation>%1: kann in diesem Build nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="268"/>
        <source>Add a track first: both models continue the current track.</source>
        <translation>Füge zuerst eine Spur hinzu: beide Modelle setzen die aktuelle Spur fort.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="284"/>
        <source>Trial %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="285"/>
        <source>Both models are at work…</source>
        <translation>Beide Modelle arbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="333"/>
        <source>Listen to both (1 and 2), then say which you like better.</source>
        <translation>Hör dir beide an (1 und 2) und sag dann, welches dir besser gefällt.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="334"/>
        <source>Which drawing do you like better?</source>
        <translation>Welche Zeichnung gefällt dir besser?</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="377"/>
        <source>No trial was decided, so there is no winner.</source>
        <translation>Kein Durchgang wurde entschieden, daher gibt es keinen Sieger.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="378"/>
        <source>%1 (second) won %2 of %3 picks: %4 % (95 % interval %5–%6 %); %7 (first) won %8.</source>
        <translation>%1 (zweites) gewann %2 von %3 Entscheidungen: %4 % (95-%-Intervall %5–%6 %); %7 (erstes) gewann %8.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="389"/>
        <location filename="../ui/training/CompareDialog.cpp" line="390"/>
        <source>You prefer %1.</source>
        <translation>Dir gefällt %1 besser.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="391"/>
        <source>No clear preference yet: more trials would tell.</source>
        <translation>Noch keine klare Vorliebe: mehr Durchgänge würden es zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="396"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="400"/>
        <source>A was %1, B was %2 in the last trial.</source>
        <translation>Im letzten Durchgang war A %1 und B %2.</translation>
    </message>
    <message>
        <location filename="../ui/training/CompareDialog.cpp" line="435"/>
        <source>The test was stopped. Press Start for a new one.</source>
        <translation>Der Test wurde abgebrochen. Drücke Starten für einen neuen.</translation>
    </message>
</context>
<context>
    <name>atelier::ui::ComputerKeyboard</name>
    <message>
        <location filename="../ui/live/ComputerKeyboard.cpp" line="20"/>
        <source>Computer Keyboard Plays</source>
        <translation>Computertastatur spielt</translation>
    </message>
    <message>
        <location filename="../ui/live/ComputerKeyboard.cpp" line="23"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/live/ComputerKeyboard.cpp" line="24"/>
        <source>Play notes with A W S E D F T G Y H U J K (Z/X: octave) into every instrument. Off: those keys are shortcuts again. (Ctrl+K)</source>
        <translation>Mit A W S E D F T G Y H U J K Noten in jedes Instrument spielen (Z/X: Oktave). Aus: diese Tasten sind wieder Kurzbefehle. (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>atelier::ui::ContinuePanel</name>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="67"/>
        <source>The music model that continues your notes: a melody model (one voice, 16th-note grid) or a performance model (piano, expressive timing and dynamics)</source>
        <translation>Das Musikmodell, das deine Noten fortsetzt: ein Melodie-Modell (einstimmig, Sechzehntelraster) oder ein Performance-Modell (Klavier, ausdrucksvolles Timing und Dynamik)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="69"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="73"/>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="77"/>
        <source> bars</source>
        <translation> Takte</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="78"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="87"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="92"/>
        <source>Nucleus sampling: draw only from the most likely events that together hold this much probability</source>
        <translation>Nucleus-Sampling: nur aus den wahrscheinlichsten Ereignissen ziehen, die zusammen so viel Wahrscheinlichkeit ausmachen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="94"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="97"/>
        <source>Any notes</source>
        <translation>Beliebige Noten</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="98"/>
        <source>Key of the input</source>
        <translation>Tonart der Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="105"/>
        <source>minor</source>
        <translation>Moll</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="105"/>
        <source>major</source>
        <translation>Dur</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="109"/>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="134"/>
        <source>When the song has chords, our chord-melody model reads them as it plays (other models lean to the tones of the chord sounding at each step by %1 nats)</source>
        <translation>Hat der Song Akkorde, liest unser Akkord-Melodie-Modell sie beim Spielen mit (andere Modelle neigen sich um %1 Nats zu den Tönen des Akkords, der gerade klingt)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="144"/>
        <source>Like the input</source>
        <translation>Wie die Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="147"/>
        <source>%1 notes/s</source>
        <translation>%1 Noten/s</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="148"/>
        <source>Performance model: how many notes per second it plays</source>
        <translation>Performance-Modell: wie viele Noten es pro Sekunde spielt</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="149"/>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="153"/>
        <source>The same seed and settings give the same variations</source>
        <translation>Gleicher Seed und gleiche Einstellungen ergeben dieselben Varianten</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="154"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="158"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="160"/>
        <source>Generate variations that follow the selected notes, or the notes before the playhead (Ctrl+J)</source>
        <translation>Varianten erzeugen, die an die ausgewählten Noten anschließen oder an die Noten vor der Abspielposition (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="162"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="163"/>
        <source>Replace the time range of the selected notes, fitting what comes before and after it (Ctrl+Shift+J)</source>
        <translation>Den Zeitbereich der ausgewählten Noten ersetzen, passend zu dem, was davor und danach kommt (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="165"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="179"/>
        <source>Select a variation to see it in the piano roll; double-click to keep it; Tab flips between the two auditioned last</source>
        <translation>Eine Variante auswählen, um sie in der Pianorolle zu sehen; Doppelklick übernimmt sie; Tab wechselt zwischen den beiden zuletzt angehörten</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="177"/>
        <source>Audition</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="99"/>
        <source>Estimated from the selected notes (8 or more), else from the whole track</source>
        <translation>Aus den gewählten Noten geschätzt (8 oder mehr), sonst aus der ganzen Spur</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="108"/>
        <source>The key generated notes lean to (minor keys include the raised 6th and 7th)</source>
        <translation>Die Tonart, zu der die erzeugten Noten neigen (Molltonarten mit erhöhter 6. und 7. Stufe)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="115"/>
        <source>How strongly notes lean to the key: its notes get this many nats more log-probability; other notes stay possible (a chromatic passing note). 0: no pull</source>
        <translation>Wie stark die Noten zur Tonart neigen: ihre Töne bekommen so viele Nats mehr Log-Wahrscheinlichkeit; andere Töne bleiben möglich (ein chromatischer Durchgang). 0: kein Zug</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="118"/>
        <location filename="../ui/music/ContinuePanel.cpp" line="127"/>
        <source>%1 nats</source>
        <translation>%1 Nats</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="119"/>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="121"/>
        <source>Only notes of the key: notes outside it are never played</source>
        <translation>Nur Töne der Tonart: Töne außerhalb werden nie gespielt</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="125"/>
        <source>Key pull</source>
        <translation>Zug zur Tonart</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="131"/>
        <source>Follow the chord lane</source>
        <translation>Der Akkordspur folgen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="182"/>
        <source>Drag Variation</source>
        <translation>Variation ziehen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="184"/>
        <source>Drag the selected variation into a file manager or a DAW&apos;s arrangement as a MIDI file (it starts on the bar of its first note)</source>
        <translation>Zieh die gewählte Variation als MIDI-Datei in einen Dateimanager oder ins Arrangement einer DAW (sie beginnt mit dem Takt ihrer ersten Note)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="189"/>
        <source>no variation selected</source>
        <translation>keine Variation gewählt</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="194"/>
        <source>%1 variation %2</source>
        <translation>%1 Variation %2</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="237"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="304"/>
        <source>%1 (ours)</source>
        <translation>%1 (von uns)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="314"/>
        <source>No music models found. Put .music.json models in %1, or train one with Tools ▸ Train a Music Model.</source>
        <translation>Keine Musikmodelle gefunden. Leg .music.json-Modelle in %1 ab oder trainiere eines mit Werkzeuge ▸ Musikmodell trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="349"/>
        <source>Project key (%1)</source>
        <translation>Projekttonart (%1)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="350"/>
        <source>Project key (none set)</source>
        <translation>Projekttonart (keine festgelegt)</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="461"/>
        <source>Add a track first.</source>
        <translation>Füge zuerst eine Spur hinzu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="470"/>
        <source>Generating %n variation(s) of %1 bars with %2…</source>
        <translation>
            <numerusform>%n Variante über %1 Takte wird mit %2 erzeugt…</numerusform>
            <numerusform>%n Varianten über %1 Takte werden mit %2 erzeugt…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="484"/>
        <source>Select the notes whose time range should be regenerated.</source>
        <translation>Wähle die Noten, deren Zeitbereich neu erzeugt werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="503"/>
        <source>Regenerating %1 with %2…</source>
        <translation>%1 wird mit %2 neu erzeugt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="533"/>
        <source>Replacement — %n note(s)</source>
        <translation>
            <numerusform>Ersatz — %n Note</numerusform>
            <numerusform>Ersatz — %n Noten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="534"/>
        <source>Variation %1 — %n note(s)</source>
        <translation>
            <numerusform>Variante %1 — %n Note</numerusform>
            <numerusform>Variante %1 — %n Noten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="538"/>
        <source>Pick Keep to replace the range, or Discard.</source>
        <translation>Wähle Behalten, um den Bereich zu ersetzen, oder Verwerfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="539"/>
        <source>%n variation(s). Select one to see it, Audition to hear it with its context, Keep to add it.</source>
        <translation>
            <numerusform>%n Variante. Wähle sie aus, um sie zu sehen, Anhören, um sie im Zusammenhang zu hören, Behalten, um sie hinzuzufügen.</numerusform>
            <numerusform>%n Varianten. Wähle eine aus, um sie zu sehen, Anhören, um sie im Zusammenhang zu hören, Behalten, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="542"/>
        <source>Key: %1.</source>
        <translation>Tonart: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="596"/>
        <source>Regenerate %n note(s)</source>
        <translation>
            <numerusform>%n Note neu erzeugen</numerusform>
            <numerusform>%n Noten neu erzeugen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="598"/>
        <source>Remove notes</source>
        <translation>Noten entfernen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="600"/>
        <source>Add notes</source>
        <translation>Noten hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="603"/>
        <source>Keep continuation (%n note(s))</source>
        <translation>
            <numerusform>Fortsetzung behalten (%n Note)</numerusform>
            <numerusform>Fortsetzung behalten (%n Noten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="606"/>
        <source>Kept %n note(s). Undo takes them back.</source>
        <translation>
            <numerusform>%n Note behalten. Rückgängig nimmt sie zurück.</numerusform>
            <numerusform>%n Noten behalten. Rückgängig nimmt sie zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::DragOutButton</name>
    <message>
        <location filename="../ui/common/DragOutButton.cpp" line="21"/>
        <source>Drag this button into a file manager or a DAW to take the file along</source>
        <translation>Zieh diesen Knopf in einen Dateimanager oder eine DAW, um die Datei mitzunehmen</translation>
    </message>
    <message>
        <location filename="../ui/common/DragOutButton.cpp" line="27"/>
        <source>nothing to drag</source>
        <translation>nichts zu ziehen</translation>
    </message>
    <message>
        <location filename="../ui/common/DragOutButton.cpp" line="62"/>
        <source>Nothing dragged: %1</source>
        <translation>Nichts gezogen: %1</translation>
    </message>
</context>
<context>
    <name>atelier::ui::DrawTool</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="201"/>
        <source>Draw note</source>
        <translation>Note zeichnen</translation>
    </message>
</context>
<context>
    <name>atelier::ui::DuetPanel</name>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="57"/>
        <source>Play a phrase. When you stop, the model answers; play again to cut in. Stop keeps both parts as tracks.</source>
        <translation>Spiel eine Phrase. Hörst du auf, antwortet das Modell; spielst du weiter, bricht es ab. Stopp behält beide Stimmen als Spuren.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="68"/>
        <source>The MIDI keyboard to play on; the computer keyboard (Ctrl+K) always plays too</source>
        <translation>Das MIDI-Keyboard, auf dem du spielst; die Computertastatur (Ctrl+K) spielt immer mit</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="69"/>
        <source>Rescan</source>
        <translation>Neu suchen</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="70"/>
        <source>Look for MIDI keyboards plugged in since</source>
        <translation>Nach inzwischen angeschlossenen MIDI-Keyboards suchen</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="73"/>
        <source>Input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="77"/>
        <source>Performance models answer in free time with dynamics; melody models answer one voice in 16th notes at the song&apos;s tempo</source>
        <translation>Performance-Modelle antworten in freiem Zeitmaß mit Dynamik; Melodie-Modelle einstimmig in Sechzehnteln im Tempo des Songs</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="79"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="83"/>
        <source>A General MIDI instrument, a Sound Morph timbre baked into a track, or a MIDI output port (a hardware synth, a DAW)</source>
        <translation>Ein General-MIDI-Instrument, ein in eine Spur gebackenes Sound-Morph-Timbre oder ein MIDI-Ausgang (ein Hardware-Synth, eine DAW)</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="87"/>
        <source>Answers with</source>
        <translation>Antwortet mit</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="95"/>
        <source>Low: safe and repetitive; high: adventurous</source>
        <translation>Niedrig: sicher und wiederholend; hoch: wagemutig</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="96"/>
        <source>Learn CC</source>
        <translation>CC lernen</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="98"/>
        <source>Move a knob on your MIDI keyboard to steer the temperature with it</source>
        <translation>Dreh einen Regler an deinem MIDI-Keyboard, um damit die Temperatur zu steuern</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="101"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="105"/>
        <source>Key of your phrase</source>
        <translation>Tonart deiner Phrase</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="106"/>
        <source>Any notes</source>
        <translation>Beliebige Noten</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="110"/>
        <source>major</source>
        <translation>Dur</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="110"/>
        <source>minor</source>
        <translation>Moll</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="112"/>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="119"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="120"/>
        <source>How long you stay silent (all keys and the pedal up) before the model answers</source>
        <translation>Wie lange du still bist (alle Tasten und das Pedal oben), bevor das Modell antwortet</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="121"/>
        <source>Answer after</source>
        <translation>Antwort nach</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="126"/>
        <source>After the silence</source>
        <translation>Nach der Stille</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="127"/>
        <source>On the next bar line while the song plays</source>
        <translation>Am nächsten Taktstrich, während der Song läuft</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="128"/>
        <source>Tempo-synced: play along with the song (Space) and the answer starts on the bar line after your phrase; when the song stands still, the silence ends it</source>
        <translation>Im Tempo: Spiel zum Song (Leertaste), und die Antwort beginnt am Taktstrich nach deiner Phrase; steht der Song, beendet die Stille die Phrase</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="130"/>
        <source>Phrase ends</source>
        <translation>Phrase endet</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="135"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="136"/>
        <source>A phrase longer than this is answered even while you play on</source>
        <translation>Eine längere Phrase wird beantwortet, auch wenn du weiterspielst</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="137"/>
        <source>Longest phrase</source>
        <translation>Längste Phrase</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="142"/>
        <source>As long as the phrase (1–8 s)</source>
        <translation>So lang wie die Phrase (1–8 s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="144"/>
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n Takt</numerusform>
            <numerusform>%n Takte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="145"/>
        <source>Reply length</source>
        <translation>Länge der Antwort</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="148"/>
        <location filename="../ui/live/DuetPanel.cpp" line="477"/>
        <source>Start Duet</source>
        <translation>Duett starten</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="150"/>
        <source>Mutate</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="151"/>
        <source>Answer the last phrase again, differently</source>
        <translation>Die letzte Phrase noch einmal anders beantworten</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="152"/>
        <source>Panic</source>
        <translation>Panik</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="153"/>
        <source>All notes off</source>
        <translation>Alle Noten aus</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="158"/>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="219"/>
        <source>CC %1</source>
        <translation>CC %1</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="260"/>
        <source>Sound Morph: %1 (track &quot;%2&quot;)</source>
        <translation>Sound Morph: %1 (Spur „%2“)</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="265"/>
        <source>MIDI out: %1</source>
        <translation>MIDI-Ausgang: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="277"/>
        <source>Computer keyboard only</source>
        <translation>Nur Computertastatur</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="285"/>
        <source>No MIDI keyboard can be used: %1</source>
        <translation>Kein MIDI-Keyboard nutzbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="295"/>
        <source>Playing from the computer keyboard (Ctrl+K turns it on).</source>
        <translation>Gespielt wird mit der Computertastatur (Ctrl+K schaltet sie ein).</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="300"/>
        <source>MIDI input %1 could not be opened: %2</source>
        <translation>MIDI-Eingang %1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="304"/>
        <source>Playing from %1.</source>
        <translation>Gespielt wird auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="345"/>
        <source>The duet needs the studio&apos;s MIDI input and audio.</source>
        <translation>Das Duett braucht den MIDI-Eingang und den Ton des Studios.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="347"/>
        <source>No audio device: the duet cannot answer. Choose a device in Preferences.</source>
        <translation>Kein Audiogerät: das Duett kann nicht antworten. Wähle ein Gerät in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="351"/>
        <source>No music model could be loaded: %1</source>
        <translation>Kein Musikmodell ließ sich laden: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="351"/>
        <source>none found</source>
        <translation>keines gefunden</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="363"/>
        <source>The track with that sound is gone: choose another instrument.</source>
        <translation>Die Spur mit diesem Klang gibt es nicht mehr: Wähle ein anderes Instrument.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="372"/>
        <source>The answer cannot go to %1: %2</source>
        <translation>Die Antwort kann nicht an %1 gehen: %2</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="400"/>
        <source>Listening… play a phrase.</source>
        <translation>Ich höre zu… spiel eine Phrase.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="427"/>
        <source>Off. Nothing was played.</source>
        <translation>Aus. Es wurde nichts gespielt.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="430"/>
        <source>Duet</source>
        <translation>Duett</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="440"/>
        <source>Off. Your %n phrase(s) and the replies are in the song.</source>
        <translation>
            <numerusform>Aus. Deine %n Phrase und die Antworten sind im Song.</numerusform>
            <numerusform>Aus. Deine %n Phrasen und die Antworten sind im Song.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="441"/>
        <source>Duet kept as %n track(s) (Ctrl+Z removes them).</source>
        <translation>
            <numerusform>Duett als %n Spur behalten (Ctrl+Z entfernt sie).</numerusform>
            <numerusform>Duett als %n Spuren behalten (Ctrl+Z entfernt sie).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="463"/>
        <source>Reply %1 cut short by your playing.</source>
        <translation>Antwort %1 von deinem Spiel unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="464"/>
        <source>Reply %1: %n note(s), %2 ms after your phrase.</source>
        <translation>
            <numerusform>Antwort %1: %n Note, %2 ms nach deiner Phrase.</numerusform>
            <numerusform>Antwort %1: %n Noten, %2 ms nach deiner Phrase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="477"/>
        <source>Stop Duet</source>
        <translation>Duett beenden</translation>
    </message>
</context>
<context>
    <name>atelier::ui::ExportAudioDialog</name>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="32"/>
        <source>Export Audio</source>
        <translation>Audio exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="37"/>
        <source>Whole song</source>
        <translation>Ganzer Song</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="38"/>
        <source>Loop region</source>
        <translation>Loop-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="39"/>
        <source>Selected notes</source>
        <translation>Ausgewählte Noten</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="40"/>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="58"/>
        <source>Bars</source>
        <translation>Takte</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="43"/>
        <source>Render</source>
        <translation>Rendern</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="55"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="63"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="64"/>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="68"/>
        <source>16-bit (CD)</source>
        <translation>16 Bit (CD)</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="69"/>
        <source>24-bit (studio)</source>
        <translation>24 Bit (Studio)</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="70"/>
        <source>32-bit float (no clipping)</source>
        <translation>32 Bit Gleitkomma (ohne Übersteuern)</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="71"/>
        <source>Bits per sample: 16 for listening and CDs, 24 or 32-bit float for further mixing</source>
        <translation>Bits pro Sample: 16 zum Anhören und für CDs, 24 oder 32 Bit Gleitkomma zum Weitermischen</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="72"/>
        <source>Bit depth</source>
        <translation>Bittiefe</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="76"/>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="77"/>
        <source>FLAC (lossless, smaller)</source>
        <translation>FLAC (verlustfrei, kleiner)</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="78"/>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportAudioDialog.cpp" line="88"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>atelier::ui::FileController</name>
    <message>
        <location filename="../ui/main/FileController.cpp" line="83"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="157"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="160"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="179"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="180"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="195"/>
        <source>Piano</source>
        <translation>Klavier</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="220"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="231"/>
        <source>Open Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="236"/>
        <source>First Tune</source>
        <translation>Erste Melodie</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="237"/>
        <source>Opened the demo tune. Continue (Ctrl+J) lets the melody model write on.</source>
        <translation>Die Demo-Melodie ist geöffnet. Fortsetzen (Strg+J) lässt das Melodiemodell weiterschreiben.</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="247"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="248"/>
        <source>Songs (*.atelier *.mid *.midi);;Atelier projects (*.atelier);;MIDI files (*.mid *.midi);;All files (*)</source>
        <translation>Songs (*.atelier *.mid *.midi);;Atelier-Projekte (*.atelier);;MIDI-Dateien (*.mid *.midi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="254"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="270"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="280"/>
        <location filename="../ui/main/FileController.cpp" line="298"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="290"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="291"/>
        <source>Atelier projects (*.atelier)</source>
        <translation>Atelier-Projekte (*.atelier)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="308"/>
        <source>Export MIDI</source>
        <translation>MIDI exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="309"/>
        <source>MIDI type 1, one track per track (*.mid);;MIDI type 0, single track (*.mid)</source>
        <translation>MIDI Typ 1, eine Spur je Spur (*.mid);;MIDI Typ 0, eine einzige Spur (*.mid)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="317"/>
        <source>Cannot export MIDI</source>
        <translation>MIDI-Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="321"/>
        <source>Exported %1 (MIDI type %2)</source>
        <translation>%1 exportiert (MIDI Typ %2)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="329"/>
        <location filename="../ui/main/FileController.cpp" line="337"/>
        <source>Export Audio</source>
        <translation>Audio exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="329"/>
        <source>The song has no notes to render.</source>
        <translation>Der Song hat keine Noten zum Rendern.</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="338"/>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="338"/>
        <source>FLAC audio (*.flac)</source>
        <translation>FLAC-Audio (*.flac)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="359"/>
        <source>Rendering %1…</source>
        <translation>%1 wird gerendert…</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="359"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="387"/>
        <source>Audio export cancelled</source>
        <translation>Audio-Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="389"/>
        <source>Cannot export audio</source>
        <translation>Audio-Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="392"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="401"/>
        <source>an unsaved song</source>
        <translation>ein ungespeicherter Song</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="404"/>
        <source>Recover work</source>
        <translation>Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="405"/>
        <source>Atelier did not close properly. Recover %1, autosaved %2?</source>
        <translation>Atelier wurde nicht ordentlich beendet. %1 wiederherstellen (automatisch gesichert %2)?</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="414"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="423"/>
        <source>Recovered %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/FileController.cpp" line="429"/>
        <source>Not recovered: %1 is kept for %n day(s) in %2</source>
        <translation>
            <numerusform>Nicht wiederhergestellt: %1 wird %n Tag lang in %2 aufbewahrt</numerusform>
            <numerusform>Nicht wiederhergestellt: %1 wird %n Tage lang in %2 aufbewahrt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::GettingStartedDialog</name>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="22"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="23"/>
        <source>&lt;h2&gt;Welcome to Atelier&lt;/h2&gt;&lt;p&gt;Three instruments, each with a model that plays along. Pick one to start; everything here is also in the menus.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Atelier&lt;/h2&gt;&lt;p&gt;Drei Instrumente, jedes mit einem Modell, das mitspielt. Wähle eines für den Anfang; alles hier steht auch in den Menüs.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="45"/>
        <source>Continue a Tune</source>
        <translation>Eine Melodie fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="46"/>
        <source>&lt;ol&gt;&lt;li&gt;A short tune of ours opens in the piano roll.&lt;/li&gt;&lt;li&gt;The melody model writes four continuations (&lt;i&gt;Continue&lt;/i&gt;, Ctrl+J).&lt;/li&gt;&lt;li&gt;&lt;i&gt;Audition&lt;/i&gt; them (Tab flips between two) and &lt;i&gt;Keep&lt;/i&gt; the one you like.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Eine kurze Melodie von uns öffnet sich in der Pianorolle.&lt;/li&gt;&lt;li&gt;Das Melodiemodell schreibt vier Fortsetzungen (&lt;i&gt;Fortsetzen&lt;/i&gt;, Strg+J).&lt;/li&gt;&lt;li&gt;Hör sie dir an (&lt;i&gt;Anhören&lt;/i&gt;; Tab wechselt zwischen zweien) und &lt;i&gt;übernimm&lt;/i&gt; die, die dir gefällt.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="50"/>
        <source>Finish a Drawing</source>
        <translation>Eine Zeichnung vollenden</translation>
    </message>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="51"/>
        <source>&lt;ol&gt;&lt;li&gt;Choose a model (a bird, a cat…) on the right.&lt;/li&gt;&lt;li&gt;Draw the start of it on the canvas.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Finish My Drawing&lt;/i&gt; (Ctrl+Return), or ask for &lt;i&gt;Alternatives&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Wähle rechts ein Modell (einen Vogel, eine Katze …).&lt;/li&gt;&lt;li&gt;Zeichne den Anfang davon auf die Zeichenfläche.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Meine Zeichnung vollenden&lt;/i&gt; (Strg+Eingabe) oder frag nach &lt;i&gt;Alternativen&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="55"/>
        <source>Morph a Sound</source>
        <translation>Einen Klang morphen</translation>
    </message>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="56"/>
        <source>&lt;ol&gt;&lt;li&gt;Four instruments sit in the corners of the pad.&lt;/li&gt;&lt;li&gt;Drag the point between them.&lt;/li&gt;&lt;li&gt;Play with the keys A to K, the mouse or a MIDI keyboard; &lt;i&gt;Bake&lt;/i&gt; the sound into a track.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;In den Ecken des Pads sitzen vier Instrumente.&lt;/li&gt;&lt;li&gt;Zieh den Punkt zwischen sie.&lt;/li&gt;&lt;li&gt;Spiel mit den Tasten A bis K, der Maus oder einem MIDI-Keyboard; &lt;i&gt;back&lt;/i&gt; den Klang in eine Spur.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/GettingStartedDialog.cpp" line="62"/>
        <source>Show this at start</source>
        <translation>Beim Start anzeigen</translation>
    </message>
</context>
<context>
    <name>atelier::ui::InterpolateDialog</name>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="30"/>
        <source>Interpolate with %1</source>
        <translation>Mit %1 interpolieren</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="37"/>
        <source>The canvas is drawing A. Choose drawing B to interpolate towards.</source>
        <translation>Die Skizzenfläche ist Zeichnung A. Wähle Zeichnung B als Ziel der Interpolation.</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="38"/>
        <source>Choose Drawing B…</source>
        <translation>Zeichnung B wählen…</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="41"/>
        <source>Use This Drawing</source>
        <translation>Diese Zeichnung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="54"/>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="64"/>
        <source>Drawing B</source>
        <translation>Zeichnung B</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="55"/>
        <source>Quick, Draw! drawings (*.ndjson)</source>
        <translation>Quick, Draw!-Zeichnungen (*.ndjson)</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="76"/>
        <source>%1 cannot encode drawings (it has no encoder).</source>
        <translation>%1 kann keine Zeichnungen kodieren (es hat keinen Encoder).</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="84"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="84"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="86"/>
        <source>Encoding and decoding…</source>
        <translation>Kodieren und Dekodieren…</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="97"/>
        <source>The drawings could not be encoded.</source>
        <translation>Die Zeichnungen ließen sich nicht kodieren.</translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="128"/>
        <source>From A (left) to B (right): double-click a drawing to use it.</source>
        <translation>Von A (links) nach B (rechts): Doppelklick auf eine Zeichnung verwendet sie.</translation>
    </message>
</context>
<context>
    <name>atelier::ui::LinkControl</name>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="27"/>
        <source>Send MIDI &amp;Clock</source>
        <translation>MIDI-&amp;Clock senden</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="30"/>
        <source>Lead other programs: Atelier&apos;s MIDI port &quot;Atelier Clock&quot; sends MIDI clock, Start, Stop and Song Position while the song plays; connect a DAW&apos;s clock input to it</source>
        <translation>Andere Programme führen: Ateliers MIDI-Port „Atelier Clock“ sendet MIDI-Clock, Start, Stopp und Song-Position, während der Song spielt; verbinde den Clock-Eingang einer DAW damit</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="36"/>
        <source>Sending MIDI clock on &quot;Atelier Clock&quot;</source>
        <translation>Sende MIDI-Clock über „Atelier Clock“</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="36"/>
        <source>MIDI clock off</source>
        <translation>MIDI-Clock aus</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="41"/>
        <source>No MIDI clock: %1</source>
        <translation>Keine MIDI-Clock: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="44"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="47"/>
        <source>Ableton Link: share tempo and bar phase with Live, Bitwig, phone apps or another Atelier on this network; Play then starts on the session&apos;s next bar</source>
        <translation>Ableton Link: Tempo und Taktphase mit Live, Bitwig, Handy-Apps oder einem anderen Atelier in diesem Netzwerk teilen; Abspielen beginnt dann mit dem nächsten Takt der Session</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="49"/>
        <source>Share &amp;Start/Stop with Link</source>
        <translation>&amp;Start/Stopp mit Link teilen</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="52"/>
        <source>Play and stop for every Link peer that shares start/stop too</source>
        <translation>Abspielen und Stoppen für jeden Link-Teilnehmer, der Start/Stopp ebenfalls teilt</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="87"/>
        <source>&amp;Follow MIDI Clock</source>
        <translation>MIDI-Clock &amp;folgen</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="90"/>
        <source>Let a MIDI clock lead: a DAW sending clock into &quot;Atelier In&quot; (or the MIDI input chosen in Preferences) starts, stops and locates the song and sets its tempo</source>
        <translation>Eine MIDI-Clock führen lassen: Eine DAW, die Clock an „Atelier In“ (oder an den in den Einstellungen gewählten MIDI-Eingang) sendet, startet, stoppt und positioniert den Song und bestimmt sein Tempo</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="97"/>
        <source>Following MIDI clock: start playback from the clock&apos;s source</source>
        <translation>Folge der MIDI-Clock: Starte die Wiedergabe in der Quelle der Clock</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="98"/>
        <source>The song&apos;s own tempo leads again</source>
        <translation>Das eigene Tempo des Songs führt wieder</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="111"/>
        <source>MIDI clock · no clock</source>
        <translation>MIDI-Clock · keine Clock</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="113"/>
        <source>MIDI clock · waiting for Start</source>
        <translation>MIDI-Clock · wartet auf Start</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="115"/>
        <source>MIDI clock · %1 bpm</source>
        <translation>MIDI-Clock · %1 BPM</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="116"/>
        <source>A MIDI clock leads: the song plays at its tempo, from where its Start or Song Position says</source>
        <translation>Eine MIDI-Clock führt: Der Song spielt in ihrem Tempo, ab der Stelle, die ihr Start oder ihre Song Position angibt</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="121"/>
        <source>Internal clock</source>
        <translation>Interner Takt</translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="122"/>
        <source>The song&apos;s own tempo leads</source>
        <translation>Das eigene Tempo des Songs führt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/LinkControl.cpp" line="126"/>
        <source>Link · %n peer(s) · %1 bpm</source>
        <translation>
            <numerusform>Link · %n Teilnehmer · %1 BPM</numerusform>
            <numerusform>Link · %n Teilnehmer · %1 BPM</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/LinkControl.cpp" line="127"/>
        <source>The Link session leads: the song plays at its tempo, its bars on the session&apos;s bars</source>
        <translation>Die Link-Session führt: der Song spielt in ihrem Tempo, seine Takte auf den Takten der Session</translation>
    </message>
</context>
<context>
    <name>atelier::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="104"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="105"/>
        <source>Count-in, metronome, loop passes, quantize</source>
        <translation>Einzähler, Metronom, Schleifendurchgänge, Quantisieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="116"/>
        <source>Add Track</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="117"/>
        <source>Delete Track</source>
        <translation>Spur löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="145"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="146"/>
        <source>Duet</source>
        <translation>Duett</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="158"/>
        <source>Piano Roll</source>
        <translation>Pianorolle</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="159"/>
        <source>Sketch</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="165"/>
        <source>Sound Morph</source>
        <translation>Klang-Morph</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="185"/>
        <source>&lt;original&gt;</source>
        <translation>&lt;Original&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="186"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="258"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="259"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="261"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="263"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="267"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="269"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="272"/>
        <source>&amp;Import MIDI…</source>
        <translation>MIDI &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="278"/>
        <source>&amp;Audio (WAV, FLAC)…</source>
        <translation>&amp;Audio (WAV, FLAC)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="305"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="306"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="309"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="334"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="336"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="347"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="361"/>
        <source>&amp;Sketch</source>
        <translation>&amp;Skizze</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="342"/>
        <source>Show &amp;Piano Roll</source>
        <translation>&amp;Pianorolle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="277"/>
        <source>&amp;MIDI…</source>
        <translation>&amp;MIDI…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="287"/>
        <source>Sketch &amp;Image (SVG, PNG)…</source>
        <translation>Skizzen&amp;bild (SVG, PNG)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="300"/>
        <source>Sound &amp;Note (WAV)…</source>
        <translation>Klang-&amp;Note (WAV)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="301"/>
        <source>Sound &amp;Phrase (WAV)…</source>
        <translation>Klang-&amp;Phrase (WAV)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="316"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="343"/>
        <source>Show &amp;Sketch Canvas</source>
        <translation>&amp;Skizzenfläche zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="344"/>
        <source>Show Sound &amp;Morph</source>
        <translation>Klang-&amp;Morph zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="357"/>
        <source>Sound Morph has no tools: drag the point, play the keys</source>
        <translation>Sound Morph hat keine Werkzeuge: Punkt ziehen, Tasten spielen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="366"/>
        <source>Com&amp;pare Drawing Models…</source>
        <translation>Zeichenmodelle ver&amp;gleichen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="368"/>
        <source>&amp;Music</source>
        <translation>&amp;Musik</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="369"/>
        <source>D&amp;uet</source>
        <translation>D&amp;uett</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="373"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="378"/>
        <source>&amp;Regenerate Selection</source>
        <translation>Auswahl &amp;neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="382"/>
        <source>Detect &amp;Key</source>
        <translation>&amp;Tonart erkennen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="384"/>
        <source>C&amp;ancel Generation</source>
        <translation>Erzeugung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="385"/>
        <source>&amp;Discard Variations</source>
        <translation>Varianten &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="388"/>
        <source>&amp;Train a Music Model…</source>
        <translation>Musikmodell &amp;trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="390"/>
        <source>Com&amp;pare Models…</source>
        <translation>Modelle ver&amp;gleichen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="394"/>
        <source>S&amp;ound</source>
        <translation>K&amp;lang</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="395"/>
        <source>Export &amp;Note as WAV…</source>
        <translation>&amp;Note als WAV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="396"/>
        <source>Export &amp;Phrase as WAV…</source>
        <translation>&amp;Phrase als WAV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="397"/>
        <source>&amp;Bake into a Track…</source>
        <translation>In eine Spur &amp;backen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="401"/>
        <source>&amp;Remove the Baked Sound from the Track</source>
        <translation>Gebackenen Klang aus der Spur &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="407"/>
        <source>Remove baked sound</source>
        <translation>Gebackenen Klang entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410"/>
        <source>&amp;Train a Timbre Model…</source>
        <translation>Klangfarbenmodell &amp;trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="412"/>
        <source>T&amp;rack</source>
        <translation>&amp;Spur</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="413"/>
        <source>&amp;Add Track</source>
        <translation>Spur &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="414"/>
        <source>&amp;Delete Track</source>
        <translation>Spur &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="417"/>
        <source>Tra&amp;nsport</source>
        <translation>Tra&amp;nsport</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="423"/>
        <source>&amp;Panic: All Notes Off</source>
        <translation>&amp;Panik: Alle Noten aus</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="426"/>
        <source>Silences everything: the song, the duet, Sound Morph and MIDI outputs</source>
        <translation>Bringt alles zum Schweigen: den Song, das Duett, Sound Morph und die MIDI-Ausgänge</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="428"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="429"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="431"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="435"/>
        <source>&amp;About Atelier</source>
        <translation>&amp;Über Atelier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>About Atelier</source>
        <translation>Über Atelier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="437"/>
        <source>&lt;h3&gt;Atelier %1&lt;/h3&gt;&lt;p&gt;A creative studio for music, drawing and sound with machine-learning models.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Atelier %1&lt;/h3&gt;&lt;p&gt;Ein kreatives Studio für Musik, Zeichnung und Klang mit Modellen des maschinellen Lernens.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="450"/>
        <source>All notes off.</source>
        <translation>Alle Noten aus.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="494"/>
        <source>MIDI input: %1; using %2</source>
        <translation>MIDI-Eingang: %1; %2 wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="498"/>
        <source>No MIDI input system: %1</source>
        <translation>Kein MIDI-Eingangssystem: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="508"/>
        <source>there is no MIDI system &quot;%1&quot;</source>
        <translation>es gibt kein MIDI-System „%1“</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="87"/>
        <source>New model: %1</source>
        <translation>Neues Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="365"/>
        <source>Tu&amp;ne a Drawing Model…</source>
        <translation>Zeichenmodell ab&amp;stimmen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="389"/>
        <source>Tu&amp;ne a Model…</source>
        <translation>Modell ab&amp;stimmen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="556"/>
        <source>No audio output: %1</source>
        <translation>Keine Audioausgabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="597"/>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="621"/>
        <location filename="../ui/main/MainWindow.cpp" line="683"/>
        <source>Choose a timbre model in Sound Morph first.</source>
        <translation>Wähle zuerst in Sound Morph ein Klangmodell.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="647"/>
        <source>Every MIDI channel is in use by other tracks: free one to bake a sound into &quot;%1&quot;.</source>
        <translation>Jeder MIDI-Kanal wird von anderen Spuren belegt: Gib einen frei, um einen Klang in „%1“ zu backen.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="655"/>
        <source>Bake sound &quot;%1&quot; into %2</source>
        <translation>Klang „%1“ in %2 backen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="660"/>
        <source>Every MIDI channel is in use: free one to bake a sound into a new track.</source>
        <translation>Jeder MIDI-Kanal ist belegt: Gib einen frei, um einen Klang in eine neue Spur zu backen.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="667"/>
        <source>New track with the sound &quot;%1&quot;</source>
        <translation>Neue Spur mit dem Klang „%1“</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="674"/>
        <source>Track &quot;%1&quot; now plays with the sound &quot;%2&quot; (Edit &gt; Undo takes it back).</source>
        <translation>Spur „%1“ spielt jetzt mit dem Klang „%2“ (Bearbeiten &gt; Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="687"/>
        <source>Bake the Sound into a Track</source>
        <translation>Den Klang in eine Spur backen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="693"/>
        <source>A new track</source>
        <translation>Eine neue Spur</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="698"/>
        <source>Sound name</source>
        <translation>Klangname</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="699"/>
        <source>Play it on</source>
        <translation>Spielen auf</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="700"/>
        <source>The track&apos;s notes will be played by the timbre model with this morph, its envelope and gain, in playback and in Export Audio. Choosing a GM instrument in the track list goes back to the synth.</source>
        <translation>Die Noten der Spur werden vom Klangmodell mit diesem Morph, seiner Hüllkurve und seinem Gain gespielt, bei der Wiedergabe und beim Audio-Export. Wählst du in der Spurliste ein GM-Instrument, geht es zurück zum Synth.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="742"/>
        <source>MIDI input now comes through %1.</source>
        <translation>MIDI-Eingang kommt jetzt über %1.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="744"/>
        <source>MIDI input cannot use %1: %2</source>
        <translation>MIDI-Eingang kann %1 nicht verwenden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="754"/>
        <source>Audio could not start: %1</source>
        <translation>Audio ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="774"/>
        <source>Draw the start of something on the canvas, then Finish My Drawing (Ctrl+Return).</source>
        <translation>Zeichne den Anfang von etwas auf die Zeichenfläche, dann Meine Zeichnung vollenden (Strg+Eingabe).</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="779"/>
        <source>Drag the point between the corners and play the keys A to K.</source>
        <translation>Zieh den Punkt zwischen die Ecken und spiel die Tasten A bis K.</translation>
    </message>
</context>
<context>
    <name>atelier::ui::MidiDropHandler</name>
    <message>
        <location filename="../ui/pianoroll/MidiDropHandler.cpp" line="71"/>
        <source>Choose a track to drop the MIDI file on</source>
        <translation>Wähle eine Spur, auf der die MIDI-Datei landen soll</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/MidiDropHandler.cpp" line="77"/>
        <source>Nothing dropped: %1</source>
        <translation>Nichts abgelegt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/MidiDropHandler.cpp" line="85"/>
        <source>Nothing dropped: %1 has no notes</source>
        <translation>Nichts abgelegt: %1 enthält keine Noten</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/MidiDropHandler.cpp" line="100"/>
        <source>Drop %1</source>
        <translation>%1 ablegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pianoroll/MidiDropHandler.cpp" line="102"/>
        <source>%n note(s) from %1</source>
        <translation>
            <numerusform>%n Note aus %1</numerusform>
            <numerusform>%n Noten aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::MorphExporter</name>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="40"/>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="72"/>
        <source>The Sound-Morph panel was closed while rendering.</source>
        <translation>Der Sound-Morph-Bereich wurde während des Renderns geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="78"/>
        <source>Rendering produced no audio.</source>
        <translation>Das Rendern ergab kein Audio.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="90"/>
        <source>The pitch must be a MIDI note number from 0 to 127.</source>
        <translation>Die Tonhöhe muss eine MIDI-Notennummer von 0 bis 127 sein.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="92"/>
        <source>The velocity must be from 1 to 127.</source>
        <translation>Die Anschlagstärke muss zwischen 1 und 127 liegen.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="94"/>
        <source>The note must last more than 0 and at most %1 seconds.</source>
        <translation>Die Note muss länger als 0 und höchstens %1 Sekunden dauern.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="103"/>
        <source>Exported %1 (%2 s) to %3.</source>
        <translation>%1 (%2 s) nach %3 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="113"/>
        <source>Nothing to export: play some notes first (the phrase starts at the first note).</source>
        <translation>Nichts zu exportieren: Spiel zuerst ein paar Noten (die Phrase beginnt mit der ersten Note).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphExporter.cpp" line="127"/>
        <source>Exported the phrase (%n note(s), %1 s) to %2.</source>
        <translation>
            <numerusform>Phrase (%n Note, %1 s) nach %2 exportiert.</numerusform>
            <numerusform>Phrase (%n Noten, %1 s) nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="137"/>
        <location filename="../ui/timbre/MorphExporter.cpp" line="175"/>
        <source>Export Note as WAV</source>
        <translation>Note als WAV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="149"/>
        <source>&amp;Pitch (MIDI note)</source>
        <translation>&amp;Tonhöhe (MIDI-Note)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="153"/>
        <source>&amp;Velocity</source>
        <translation>&amp;Anschlagstärke</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="158"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="160"/>
        <source>How long the key is held; the release (%1 ms) is added after it</source>
        <translation>Wie lange die Taste gehalten wird; das Release (%1 ms) kommt danach hinzu</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="162"/>
        <source>&amp;Held for</source>
        <translation>&amp;Gehalten für</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="164"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphExporter.cpp" line="186"/>
        <source>Export Played Phrase as WAV</source>
        <translation>Gespielte Phrase als WAV exportieren</translation>
    </message>
</context>
<context>
    <name>atelier::ui::MorphPanel</name>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="126"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="130"/>
        <source>The timbre model: it plays notes in the timbre of the instruments it was trained on, and of anything in between</source>
        <translation>Das Klangmodell: Es spielt Noten in der Klangfarbe der Instrumente, mit denen es trainiert wurde, und in allem dazwischen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="134"/>
        <location filename="../ui/timbre/MorphPanel.cpp" line="241"/>
        <source>Rescan</source>
        <translation>Neu suchen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="135"/>
        <source>Look for new .timbre.json models in the model folders</source>
        <translation>In den Modellordnern nach neuen .timbre.json-Modellen suchen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="150"/>
        <source>&amp;Two corners (A ↔ B)</source>
        <translation>&amp;Zwei Ecken (A ↔ B)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="151"/>
        <source>Morph between corners A and B only, with a slider</source>
        <translation>Nur zwischen den Ecken A und B morphen, mit einem Schieberegler</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="158"/>
        <source>From corner A (left) to corner B (right)</source>
        <translation>Von Ecke A (links) zu Ecke B (rechts)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="164"/>
        <source>How much of each corner is in the sound</source>
        <translation>Wie viel von jeder Ecke im Klang steckt</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="173"/>
        <source>Corners</source>
        <translation>Ecken</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="182"/>
        <source>The instrument of this corner: one the model knows, or your own recording of a single note (a WAV file)</source>
        <translation>Das Instrument dieser Ecke: eines, das das Modell kennt, oder deine eigene Aufnahme eines einzelnen Tons (eine WAV-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="190"/>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="211"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="213"/>
        <source>Attack</source>
        <translation>Attack</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="213"/>
        <source>Fade-in time of each note (on top of the model&apos;s own attack)</source>
        <translation>Einblendzeit jeder Note (zusätzlich zum eigenen Attack des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="216"/>
        <source>Decay</source>
        <translation>Decay</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="216"/>
        <source>Time to fall from the peak to the sustain level</source>
        <translation>Zeit, um von der Spitze auf den Sustain-Pegel abzufallen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="218"/>
        <source>Sustain</source>
        <translation>Sustain</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="218"/>
        <source>Level held while the key is down</source>
        <translation>Pegel, der gehalten wird, solange die Taste gedrückt ist</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="219"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="220"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="220"/>
        <source>Fade-out time after the key is released</source>
        <translation>Ausblendzeit nach dem Loslassen der Taste</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="223"/>
        <source>Erase onset</source>
        <translation>Einsatz ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="224"/>
        <source>Fade in over the first milliseconds of each note, hiding the model&apos;s attack (0 = off). Useful for pads and bowed sounds.</source>
        <translation>Über die ersten Millisekunden jeder Note einblenden und so den Attack des Modells verbergen (0 = aus). Nützlich für Flächen und gestrichene Klänge.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="228"/>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="228"/>
        <source>Output level of the instrument</source>
        <translation>Ausgangspegel des Instruments</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="229"/>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="233"/>
        <source>Play</source>
        <translation>Spielen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="239"/>
        <source>Play the instrument from a MIDI keyboard</source>
        <translation>Das Instrument von einem MIDI-Keyboard aus spielen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="242"/>
        <source>Look for MIDI input ports again</source>
        <translation>Erneut nach MIDI-Eingängen suchen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="245"/>
        <source>MIDI input</source>
        <translation>MIDI-Eingang</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="250"/>
        <source>Velocity of the notes played with the computer keyboard</source>
        <translation>Anschlagstärke der mit der Computertastatur gespielten Noten</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="256"/>
        <source>Key velocity</source>
        <translation>Tastenanschlag</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="262"/>
        <source>Note as WAV…</source>
        <translation>Note als WAV…</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="264"/>
        <source>Phrase as WAV…</source>
        <translation>Phrase als WAV…</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="252"/>
        <source>A W S E D F T G Y H U J K play one octave; Z and X shift it down and up</source>
        <translation>A W S E D F T G Y H U J K spielen eine Oktave; Z und X verschieben sie nach unten und oben</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="260"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="263"/>
        <source>Render one note of the current morph to a WAV file (48 kHz)</source>
        <translation>Eine Note des aktuellen Morphs in eine WAV-Datei rendern (48 kHz)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="265"/>
        <source>Render what you played (from the first note on) with the current morph to a WAV file (48 kHz)</source>
        <translation>Das Gespielte (ab der ersten Note) mit dem aktuellen Morph in eine WAV-Datei rendern (48 kHz)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="267"/>
        <source>Clear Phrase</source>
        <translation>Phrase leeren</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="268"/>
        <source>Forget the notes played so far; the next note starts a new phrase</source>
        <translation>Die bisher gespielten Noten vergessen; die nächste Note beginnt eine neue Phrase</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="269"/>
        <source>Bake into a Track…</source>
        <translation>In eine Spur backen…</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="271"/>
        <source>Make the current morph the instrument of a piano-roll track: the whole song then plays (and renders to WAV) with this sound</source>
        <translation>Den aktuellen Morph zum Instrument einer Pianorollen-Spur machen: Der ganze Song spielt dann mit diesem Klang (und wird so auch als WAV gerendert)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="273"/>
        <source>All Notes Off</source>
        <translation>Alle Noten aus</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="274"/>
        <source>Release every sounding note (Shift+Esc)</source>
        <translation>Alle klingenden Noten loslassen (Shift+Esc)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="284"/>
        <source>Drag Note</source>
        <translation>Note ziehen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="286"/>
        <source>Drag one note of the current morph (middle C, 2 s) into a file manager or a DAW as a WAV file</source>
        <translation>Zieh eine Note des aktuellen Morphs (mittleres C, 2 s) als WAV-Datei in einen Dateimanager oder eine DAW</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="289"/>
        <source> note</source>
        <translation> Note</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="363"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="363"/>
        <source>top left</source>
        <translation>oben links</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="364"/>
        <source>top right</source>
        <translation>oben rechts</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="365"/>
        <source>bottom left</source>
        <translation>unten links</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="366"/>
        <source>bottom right</source>
        <translation>unten rechts</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="454"/>
        <source>The project&apos;s Sound Morph does not fit %1; its default corners are used.</source>
        <translation>Der Sound Morph des Projekts passt nicht zu %1; dessen Standardecken werden verwendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanel.cpp" line="471"/>
        <source>%1: %n instrument(s). Drag the point to morph; play with the mouse, the keys A–K, or a MIDI keyboard.</source>
        <translation>
            <numerusform>%1: %n Instrument. Zieh den Punkt, um zu morphen; spiel mit der Maus, den Tasten A–K oder einem MIDI-Keyboard.</numerusform>
            <numerusform>%1: %n Instrumente. Zieh den Punkt, um zu morphen; spiel mit der Maus, den Tasten A–K oder einem MIDI-Keyboard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="475"/>
        <source>No timbre model.</source>
        <translation>Kein Klangmodell.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="476"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="516"/>
        <source>no audio engine</source>
        <translation>keine Audio-Engine</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="517"/>
        <source>Audio is off: you will not hear what you play (%1). The plots show offline previews, and export works.</source>
        <translation>Audio ist aus: Du hörst nicht, was du spielst (%1). Die Diagramme zeigen Offline-Vorschauen, und der Export funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="524"/>
        <source>Silent audio device: nothing is heard (%1 Hz). Choose a sound card in Preferences; the plots and export work.</source>
        <translation>Stummes Audiogerät: Es ist nichts zu hören (%1 Hz). Wähle in den Einstellungen eine Soundkarte; Diagramme und Export funktionieren.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="532"/>
        <source>Audio on, %1 Hz; key to sound ≈ %2 ms</source>
        <translation>Audio an, %1 Hz; Taste bis Klang ≈ %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="81"/>
        <source>GM %1 %2, from %3</source>
        <translation>GM %1 %2, aus %3</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="85"/>
        <source>Recording: %1</source>
        <translation>Aufnahme: %1</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="92"/>
        <source>Your recording… (WAV)</source>
        <translation>Deine Aufnahme… (WAV)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="94"/>
        <source>Load a recording of one note; the model finds the timbre closest to it</source>
        <translation>Lade die Aufnahme eines einzelnen Tons; das Modell findet die Klangfarbe, die ihr am nächsten kommt</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="150"/>
        <source>There is no corner %1.</source>
        <translation>Es gibt keine Ecke %1.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="44"/>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="152"/>
        <source>Choose a timbre model first.</source>
        <translation>Wähle zuerst ein Klangmodell.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="172"/>
        <source>Corner %1 keeps its instrument: %2</source>
        <translation>Ecke %1 behält ihr Instrument: %2</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="187"/>
        <source>Corner %1 is now your recording %2 (%3 s analysed).</source>
        <translation>Ecke %1 ist jetzt deine Aufnahme %2 (%3 s analysiert).</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="199"/>
        <source>Load a Recorded Note into Corner %1</source>
        <translation>Aufgenommenen Ton in Ecke %1 laden</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="200"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation>Audiodateien (*.wav *.flac *.ogg *.aif *.aiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="206"/>
        <source>Recording Not Loaded</source>
        <translation>Aufnahme nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="320"/>
        <source>The project&apos;s Sound Morph uses the timbre model %1, which is not installed here (or does not fit); the panel keeps %2.</source>
        <translation>Der Sound Morph des Projekts verwendet das Klangmodell %1, das hier nicht installiert ist (oder nicht passt); das Panel behält %2.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="322"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelMorph.cpp" line="413"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="51"/>
        <source>%1 – %2 on A … K (Z / X: octave)</source>
        <translation>%1 – %2 auf A … K (Z / X: Oktave)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="190"/>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="209"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="197"/>
        <source>Play the instrument from a MIDI keyboard (%n port(s) found)</source>
        <translation>
            <numerusform>Das Instrument von einem MIDI-Keyboard spielen (%n Anschluss gefunden)</numerusform>
            <numerusform>Das Instrument von einem MIDI-Keyboard spielen (%n Anschlüsse gefunden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="199"/>
        <source>MIDI input is not available: %1</source>
        <translation>MIDI-Eingang ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="215"/>
        <source>the studio has no MIDI input</source>
        <translation>das Studio hat keinen MIDI-Eingang</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="219"/>
        <source>MIDI input %1 could not be opened: %2</source>
        <translation>MIDI-Eingang %1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="220"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="228"/>
        <source>Playing from MIDI input %1.</source>
        <translation>Gespielt wird über MIDI-Eingang %1.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="243"/>
        <source>The phrase is full (%1 minutes): export it, or clear it to record a new one.</source>
        <translation>Die Phrase ist voll (%1 Minuten): Exportiere sie oder leere sie, um eine neue aufzunehmen.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="264"/>
        <source>Phrase: nothing played yet (recording starts at the first note).</source>
        <translation>Phrase: noch nichts gespielt (die Aufnahme beginnt mit der ersten Note).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="266"/>
        <source>Phrase: %n note(s), %1 s.</source>
        <translation>
            <numerusform>Phrase: %n Note, %1 s.</numerusform>
            <numerusform>Phrase: %n Noten, %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="93"/>
        <source>Rendering %1 s of audio…</source>
        <translation>%1 s Audio werden gerendert…</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="46"/>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="81"/>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="97"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="89"/>
        <source>Export Played Phrase</source>
        <translation>Gespielte Phrase exportieren</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="90"/>
        <source>Nothing has been played yet. Play some notes (mouse, keys A–K or a MIDI keyboard), then export them.</source>
        <translation>Es wurde noch nichts gespielt. Spiel ein paar Noten (Maus, Tasten A–K oder ein MIDI-Keyboard) und exportiere sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="165"/>
        <source>Preview: %1, velocity %2, held %3 s (nothing is playing)</source>
        <translation>Vorschau: %1, Anschlagstärke %2, gehalten %3 s (es spielt nichts)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="199"/>
        <source>Live: %n voice(s) sounding</source>
        <translation>
            <numerusform>Live: %n Stimme klingt</numerusform>
            <numerusform>Live: %n Stimmen klingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="237"/>
        <source>%1 morph</source>
        <translation>Morph %1</translation>
    </message>
</context>
<context>
    <name>atelier::ui::NoteEditActions</name>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="19"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="20"/>
        <source>Select &amp;None</source>
        <translation>&amp;Nichts auswählen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="24"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="26"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="27"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="28"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="29"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="30"/>
        <source>Transpose &amp;Up</source>
        <translation>Nach &amp;oben transponieren</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="33"/>
        <source>Transpose Do&amp;wn</source>
        <translation>Nach &amp;unten transponieren</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="36"/>
        <source>Octave Up</source>
        <translation>Oktave höher</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="39"/>
        <source>Octave Down</source>
        <translation>Oktave tiefer</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="42"/>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="45"/>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="48"/>
        <source>&amp;Quantize</source>
        <translation>&amp;Quantisieren</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="81"/>
        <source>Delete notes</source>
        <translation>Noten löschen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="100"/>
        <source>Cut notes</source>
        <translation>Noten ausschneiden</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="112"/>
        <source>Paste notes</source>
        <translation>Noten einfügen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="121"/>
        <source>Duplicate notes</source>
        <translation>Noten duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="130"/>
        <source>Transpose notes</source>
        <translation>Noten transponieren</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="140"/>
        <source>Move notes</source>
        <translation>Noten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="152"/>
        <source>Quantize notes</source>
        <translation>Noten quantisieren</translation>
    </message>
</context>
<context>
    <name>atelier::ui::OnScreenKeyboard</name>
    <message>
        <location filename="../ui/timbre/OnScreenKeyboard.cpp" line="25"/>
        <source>Click to play: near the front edge of a key plays louder. Drag for a glissando.
Computer keyboard: A W S E D F T G Y H U J K play an octave, Z / X shift it down / up.</source>
        <translation>Klicken zum Spielen: Nahe der Vorderkante einer Taste klingt es lauter. Ziehen für ein Glissando.
Computertastatur: A W S E D F T G Y H U J K spielen eine Oktave, Z / X verschieben sie nach unten / oben.</translation>
    </message>
</context>
<context>
    <name>atelier::ui::PersonaliseActions</name>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="38"/>
        <source>&amp;Train a Drawing Model…</source>
        <translation>Zeichenmodell &amp;trainieren …</translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="39"/>
        <source>&amp;Keep Drawing for Make It Mine</source>
        <translation>Zeichnung für „Mach es zu meinem“ &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="42"/>
        <source>Add the strokes you drew on the canvas to your drawings (at least ten make a model yours)</source>
        <translation>Füge die Striche, die du auf der Leinwand gezeichnet hast, zu deinen Zeichnungen hinzu (ab zehn wird ein Modell deins)</translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="43"/>
        <source>&amp;Make It Mine…</source>
        <translation>&amp;Mach es zu meinem …</translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="46"/>
        <source>Make It &amp;Mine…</source>
        <translation>&amp;Mach es zu meinem …</translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="77"/>
        <source>Not kept: %1</source>
        <translation>Nicht behalten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/PersonaliseActions.cpp" line="81"/>
        <source>Kept: you have %n drawing(s); %1 more and a model can learn your style (Sketch ▸ Make It Mine).</source>
        <translation>
            <numerusform>Behalten: du hast %n Zeichnung; noch %1, und ein Modell kann deinen Stil lernen (Skizze ▸ Mach es zu meinem).</numerusform>
            <numerusform>Behalten: du hast %n Zeichnungen; noch %1, und ein Modell kann deinen Stil lernen (Skizze ▸ Mach es zu meinem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/PersonaliseActions.cpp" line="83"/>
        <source>Kept: you have %n drawing(s) for Make It Mine.</source>
        <translation>
            <numerusform>Behalten: du hast %n Zeichnung für „Mach es zu meinem“.</numerusform>
            <numerusform>Behalten: du hast %n Zeichnungen für „Mach es zu meinem“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="91"/>
        <source>Make It Mine learns from at least %1 of your drawings; you have kept %2. Draw one, choose Sketch ▸ Keep Drawing for Make It Mine, clear the canvas, and draw the next.</source>
        <translation>„Mach es zu meinem“ lernt aus mindestens %1 deiner Zeichnungen; du hast %2 behalten. Zeichne eine, wähle Skizze ▸ Zeichnung für „Mach es zu meinem“ behalten, leere die Leinwand und zeichne die nächste.</translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="97"/>
        <source>Make It Mine</source>
        <translation>Mach es zu meinem</translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="110"/>
        <source>Make It Mine: cannot write the song (%1)</source>
        <translation>Mach es zu meinem: das Lied kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main/PersonaliseActions.cpp" line="118"/>
        <source>Make It Mine: %1 learns from the song in %2 (add more of your MIDI files there).</source>
        <translation>Mach es zu meinem: %1 lernt aus dem Lied in %2 (leg dort weitere deiner MIDI-Dateien ab).</translation>
    </message>
</context>
<context>
    <name>atelier::ui::PianoKeyboard</name>
    <message>
        <location filename="../ui/pianoroll/PianoKeyboard.cpp" line="16"/>
        <source>Click a key to hear it</source>
        <translation>Klick auf eine Taste, um sie zu hören</translation>
    </message>
</context>
<context>
    <name>atelier::ui::PianoRollEditor</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="45"/>
        <source>&amp;Select Tool</source>
        <translation>&amp;Auswahlwerkzeug</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="46"/>
        <source>&amp;Draw Tool</source>
        <translation>&amp;Stift</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="47"/>
        <source>&amp;Erase Tool</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="59"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="62"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="75"/>
        <source>Drag MIDI: drag the selected notes (or, with none selected, the whole track) into a file manager or a DAW as a MIDI file; drop a MIDI file on the roll to bring it in</source>
        <translation>MIDI ziehen: zieh die gewählten Noten (oder, wenn keine gewählt sind, die ganze Spur) als MIDI-Datei in einen Dateimanager oder eine DAW; leg eine MIDI-Datei auf der Pianorolle ab, um sie hereinzuholen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="96"/>
        <source>Chords</source>
        <translation>Akkorde</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="110"/>
        <source>Vel</source>
        <translation>Anschl.</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="163"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="167"/>
        <source>1/8 triplet</source>
        <translation>1/8-Triole</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="168"/>
        <source>1/16 triplet</source>
        <translation>1/16-Triole</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="168"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="174"/>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="183"/>
        <source>The project key: its scale is highlighted, notes outside it are marked, and Continue can keep to it</source>
        <translation>Die Projekttonart: Ihre Tonleiter wird hervorgehoben, Noten außerhalb werden markiert, und Fortsetzen kann sich an sie halten</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="198"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="199"/>
        <source>Set the project key to the key the song&apos;s notes are in (Krumhansl-Kessler key profiles)</source>
        <translation>Setzt die Projekttonart auf die Tonart der Noten des Songs (Krumhansl-Kessler-Tonartprofile)</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="69"/>
        <source>Drag MIDI</source>
        <translation>MIDI ziehen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="81"/>
        <source>no track to drag</source>
        <translation>keine Spur zum Ziehen</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="87"/>
        <source>the track has no notes</source>
        <translation>die Spur hat keine Noten</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="90"/>
        <source> selection</source>
        <translation> Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="237"/>
        <source>No notes to find a key in.</source>
        <translation>Keine Noten, in denen eine Tonart zu finden wäre.</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="241"/>
        <source>The song is in %1.</source>
        <translation>Der Song steht in %1.</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="182"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>atelier::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="46"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="51"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="52"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="54"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="57"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="61"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="66"/>
        <source>System default (no output devices found)</source>
        <translation>Systemstandard (keine Ausgabegeräte gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="67"/>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="69"/>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="72"/>
        <source>%1 frames</source>
        <translation>%1 Frames</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="74"/>
        <source>Buffer size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="77"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="80"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="85"/>
        <source>JACK (a running JACK server, sample-accurate)</source>
        <translation>JACK (ein laufender JACK-Server, samplegenau)</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="86"/>
        <source>ALSA sequencer</source>
        <translation>ALSA-Sequencer</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="91"/>
        <source>Where MIDI keyboards come in for recording, the duet and Sound Morph; the port is chosen in the Duet or Sound Morph panel</source>
        <translation>Woher MIDI-Keyboards für Aufnahme, Duett und Sound Morph kommen; den Anschluss wählst du im Duett- oder Sound-Morph-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="93"/>
        <source>MIDI input</source>
        <translation>MIDI-Eingang</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="99"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="101"/>
        <location filename="../ui/main/PreferencesDialog.cpp" line="107"/>
        <source>Soundfont</source>
        <translation>Soundfont</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="102"/>
        <source>Soundfonts (*.sf2 *.sf3)</source>
        <translation>Soundfonts (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="110"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="136"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="147"/>
        <source>%1 ms per buffer (plus the device&apos;s own latency)</source>
        <translation>%1 ms je Puffer (plus die eigene Latenz des Geräts)</translation>
    </message>
</context>
<context>
    <name>atelier::ui::QuickDrawBrowser</name>
    <message>
        <location filename="../ui/sketch/QuickDrawBrowser.cpp" line="25"/>
        <source>All drawings</source>
        <translation>Alle Zeichnungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/QuickDrawBrowser.cpp" line="45"/>
        <source>%n drawing(s)</source>
        <translation>
            <numerusform>%n Zeichnung</numerusform>
            <numerusform>%n Zeichnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::RatingRecorder</name>
    <message>
        <location filename="../ui/common/RatingRecorder.cpp" line="36"/>
        <source>Rated up: your ratings are in %1</source>
        <translation>Positiv bewertet: deine Bewertungen stehen in %1</translation>
    </message>
    <message>
        <location filename="../ui/common/RatingRecorder.cpp" line="37"/>
        <source>Rated down: your ratings are in %1</source>
        <translation>Negativ bewertet: deine Bewertungen stehen in %1</translation>
    </message>
    <message>
        <location filename="../ui/common/RatingRecorder.cpp" line="38"/>
        <source>Rating taken back</source>
        <translation>Bewertung zurückgenommen</translation>
    </message>
</context>
<context>
    <name>atelier::ui::RatingsActions</name>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="14"/>
        <source>&amp;Export Your Ratings…</source>
        <translation>Deine Bewertungen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="15"/>
        <source>Export Your Ratings</source>
        <translation>Deine Bewertungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="16"/>
        <location filename="../ui/main/RatingsActions.cpp" line="24"/>
        <source>Ratings (*.jsonl)</source>
        <translation>Bewertungen (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="21"/>
        <source>Your thumbs up and down on variations and drawings, as a file to keep or share</source>
        <translation>Deine Daumen hoch und runter zu Variationen und Zeichnungen, als Datei zum Aufbewahren oder Teilen</translation>
    </message>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="22"/>
        <source>&amp;Import Ratings…</source>
        <translation>Bewertungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="23"/>
        <source>Import Ratings</source>
        <translation>Bewertungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="35"/>
        <source>Ratings not exported: %1</source>
        <translation>Bewertungen nicht exportiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="38"/>
        <source>Your ratings are in %1</source>
        <translation>Deine Bewertungen stehen in %1</translation>
    </message>
    <message>
        <location filename="../ui/main/RatingsActions.cpp" line="47"/>
        <source>Ratings not imported: %1</source>
        <translation>Bewertungen nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RatingsActions.cpp" line="50"/>
        <source>%n rating(s) imported</source>
        <translation>
            <numerusform>%n Bewertung importiert</numerusform>
            <numerusform>%n Bewertungen importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::RecordController</name>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="30"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="34"/>
        <source>Record what you play into the armed track, or the selected one when none is armed (R)</source>
        <translation>Nimmt auf, was du spielst: in die aufnahmebereite Spur, sonst in die ausgewählte (R)</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="47"/>
        <location filename="../ui/live/RecordController.cpp" line="130"/>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="48"/>
        <source>Count-in</source>
        <translation>Einzähler</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="51"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/RecordController.cpp" line="51"/>
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n Takt</numerusform>
            <numerusform>%n Takte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="57"/>
        <source>Metronome</source>
        <translation>Metronom</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="65"/>
        <source>Metronome volume</source>
        <translation>Lautstärke des Metronoms</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="71"/>
        <source>Loop: Each Pass Adds</source>
        <translation>Schleife: jeder Durchgang kommt hinzu</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="72"/>
        <source>Loop: Each Pass Replaces</source>
        <translation>Schleife: jeder Durchgang ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="79"/>
        <source>Quantize While Recording</source>
        <translation>Beim Aufnehmen quantisieren</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="147"/>
        <source>Recording needs an audio device: choose one in Preferences.</source>
        <translation>Zum Aufnehmen braucht es ein Audiogerät: wähle eines in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="150"/>
        <source>There is no track to record into.</source>
        <translation>Es gibt keine Spur, in die aufgenommen werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="171"/>
        <source>Count-in…</source>
        <translation>Einzählen…</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="171"/>
        <location filename="../ui/live/RecordController.cpp" line="205"/>
        <source>Recording into &quot;%1&quot;.</source>
        <translation>Aufnahme in &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="292"/>
        <location filename="../ui/live/RecordController.cpp" line="293"/>
        <source>Record take</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="296"/>
        <source>Record pedal and pitch bend</source>
        <translation>Pedal und Tonhöhenbeugung aufnehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/RecordController.cpp" line="302"/>
        <source>Recorded %n note(s) (Ctrl+Z takes the take back).</source>
        <translation>
            <numerusform>%n Note aufgenommen (Ctrl+Z nimmt die Aufnahme zurück).</numerusform>
            <numerusform>%n Noten aufgenommen (Ctrl+Z nimmt die Aufnahme zurück).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="303"/>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgenommen.</translation>
    </message>
</context>
<context>
    <name>atelier::ui::ResultBrowser</name>
    <message>
        <location filename="../ui/common/ResultBrowser.cpp" line="28"/>
        <source>Double-click or Enter keeps a result; Tab flips between the two auditioned last</source>
        <translation>Doppelklick oder Eingabetaste übernimmt ein Ergebnis; Tab wechselt zwischen den beiden zuletzt angehörten</translation>
    </message>
    <message>
        <location filename="../ui/common/ResultBrowser.cpp" line="34"/>
        <source>Keep</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/common/ResultBrowser.cpp" line="36"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/common/ResultBrowser.cpp" line="42"/>
        <source>I like this one (+): your ratings can steer the models</source>
        <translation>Gefällt mir (+): deine Bewertungen können die Modelle lenken</translation>
    </message>
    <message>
        <location filename="../ui/common/ResultBrowser.cpp" line="46"/>
        <source>Not for me (−)</source>
        <translation>Nichts für mich (−)</translation>
    </message>
</context>
<context>
    <name>atelier::ui::SelectTool</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="115"/>
        <source>Move note</source>
        <translation>Note verschieben</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="115"/>
        <source>Move notes</source>
        <translation>Noten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="118"/>
        <source>Resize note</source>
        <translation>Notenlänge ändern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="118"/>
        <source>Resize notes</source>
        <translation>Notenlängen ändern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="126"/>
        <source>Add note</source>
        <translation>Note hinzufügen</translation>
    </message>
</context>
<context>
    <name>atelier::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="24"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="31"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="35"/>
        <source>Search actions and keys…</source>
        <translation>Aktionen und Tasten suchen…</translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="39"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="39"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="39"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchCanvas</name>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="155"/>
        <source>Delete stroke</source>
        <translation>Strich löschen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="155"/>
        <source>Delete strokes</source>
        <translation>Striche löschen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="382"/>
        <source>Draw stroke</source>
        <translation>Strich zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="389"/>
        <source>Erase stroke</source>
        <translation>Strich radieren</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="389"/>
        <source>Erase strokes</source>
        <translation>Striche radieren</translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchEditor</name>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="45"/>
        <source>Pen</source>
        <translation>Stift</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="46"/>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="47"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="61"/>
        <source> Width </source>
        <translation> Breite </translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="76"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="77"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="78"/>
        <source>Clear canvas</source>
        <translation>Skizzenfläche leeren</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="80"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="82"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="84"/>
        <source>Import Drawings…</source>
        <translation>Zeichnungen importieren…</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="85"/>
        <source>Export Image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="86"/>
        <source>Drag SVG</source>
        <translation>SVG ziehen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="88"/>
        <source>Drag the drawing into a file manager or another program as an SVG file</source>
        <translation>Zieh die Zeichnung als SVG-Datei in einen Dateimanager oder ein anderes Programm</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="91"/>
        <source>the canvas is empty</source>
        <translation>die Leinwand ist leer</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="94"/>
        <source>sketch</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="120"/>
        <source>Import Drawings</source>
        <translation>Zeichnungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="121"/>
        <source>Quick, Draw! drawings (*.ndjson);;All files (*)</source>
        <translation>Quick, Draw!-Zeichnungen (*.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="132"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="147"/>
        <source>Cannot import</source>
        <translation>Importieren nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchEditor.cpp" line="151"/>
        <source>%n line(s) could not be read and were left out; the first: %1</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wurde ausgelassen; die erste: %1</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und wurden ausgelassen; die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="163"/>
        <source>Import drawing</source>
        <translation>Zeichnung importieren</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="170"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="170"/>
        <source>Drawing</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="171"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="183"/>
        <source>Cannot export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="185"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchModelPanel</name>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="67"/>
        <source>Finish My Drawing</source>
        <translation>Meine Zeichnung vollenden</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="68"/>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="94"/>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="69"/>
        <source>Draw From Scratch</source>
        <translation>Ganz neu zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="70"/>
        <source>Surprise Map</source>
        <translation>Überraschungskarte</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="72"/>
        <source>Colour each stroke by how unexpected the model finds it</source>
        <translation>Jeden Strich danach einfärben, wie unerwartet ihn das Modell findet</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="73"/>
        <source>Interpolate…</source>
        <translation>Interpolieren…</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="74"/>
        <source>Morph the drawing into another through the model&apos;s latent space (models with an encoder)</source>
        <translation>Die Zeichnung über den latenten Raum des Modells in eine andere überführen (Modelle mit Encoder)</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="76"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="89"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="93"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="180"/>
        <source>%1 (ours)</source>
        <translation>%1 (von uns)</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="197"/>
        <source>No drawing models found. Put .gen.json models in %1.</source>
        <translation>Keine Zeichenmodelle gefunden. Leg .gen.json-Modelle in %1 ab.</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="243"/>
        <source>Drawing with %1…</source>
        <translation>Es wird mit %1 gezeichnet…</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="256"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="299"/>
        <source>Alternative %1</source>
        <translation>Alternative %1</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="78"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="81"/>
        <source>Preview shows an alternative on the canvas; double-click or Keep adds it; Tab flips between the two previewed last</source>
        <translation>Vorschau zeigt eine Alternative auf der Zeichenfläche; Doppelklick oder Übernehmen fügt sie hinzu; Tab wechselt zwischen den beiden zuletzt gezeigten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="306"/>
        <source>%n alternative(s): Preview shows one on the canvas, Keep (or a double-click) adds it</source>
        <translation>
            <numerusform>%n Alternative: Vorschau zeigt sie auf der Zeichenfläche, Übernehmen (oder ein Doppelklick) fügt sie hinzu</numerusform>
            <numerusform>%n Alternativen: Vorschau zeigt eine auf der Zeichenfläche, Übernehmen (oder ein Doppelklick) fügt sie hinzu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="336"/>
        <source>Draw from scratch</source>
        <translation>Ganz neu zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="336"/>
        <source>Finish drawing</source>
        <translation>Zeichnung vollenden</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="339"/>
        <source>The model added nothing: it thinks the drawing is done</source>
        <translation>Das Modell hat nichts hinzugefügt: Es hält die Zeichnung für fertig</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="340"/>
        <source>%n stroke(s) added; they are ordinary strokes now</source>
        <translation>
            <numerusform>%n Strich hinzugefügt; er ist jetzt ein gewöhnlicher Strich</numerusform>
            <numerusform>%n Striche hinzugefügt; sie sind jetzt gewöhnliche Striche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="354"/>
        <source>Keep alternative</source>
        <translation>Alternative behalten</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="398"/>
        <source>%1 has no encoder, so it cannot interpolate. Models trained with `atelier train sketch` (like the bundled sheep) can.</source>
        <translation>%1 hat keinen Encoder und kann daher nicht interpolieren. Mit `atelier train sketch` trainierte Modelle (wie das mitgelieferte Schaf) können es.</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="403"/>
        <source>Draw something first: the canvas is one end of the interpolation.</source>
        <translation>Zeichne zuerst etwas: Die Skizzenfläche ist ein Ende der Interpolation.</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="409"/>
        <source>Interpolate drawing</source>
        <translation>Zeichnung interpolieren</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="437"/>
        <source>Expected  →  Surprising
(%1 … %2 nats per point)</source>
        <translation>Erwartet  →  Überraschend
(%1 … %2 Nats pro Punkt)</translation>
    </message>
</context>
<context>
    <name>atelier::ui::ThruController</name>
    <message>
        <location filename="../ui/live/ThruController.cpp" line="21"/>
        <source>Play &amp;Tracks from MIDI Input</source>
        <translation>&amp;Spuren vom MIDI-Eingang spielen</translation>
    </message>
    <message>
        <location filename="../ui/live/ThruController.cpp" line="24"/>
        <source>What comes in on the MIDI input (a DAW playing into &quot;Atelier In&quot;, a keyboard) plays the track on its channel, or the selected track when no track uses that channel</source>
        <translation>Was am MIDI-Eingang ankommt (eine DAW, die an „Atelier In“ spielt, ein Keyboard), spielt die Spur auf seinem Kanal, oder die gewählte Spur, wenn keine Spur diesen Kanal nutzt</translation>
    </message>
</context>
<context>
    <name>atelier::ui::TimbrePlots</name>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="41"/>
        <source>time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="41"/>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="57"/>
        <source>amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="42"/>
        <source>Waveform: the sound last played, or a preview of middle C for the current morph</source>
        <translation>Wellenform: der zuletzt gespielte Klang oder eine Vorschau des mittleren C für den aktuellen Morph</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="48"/>
        <source>frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="48"/>
        <source>level (dB)</source>
        <translation>Pegel (dB)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="49"/>
        <source>Magnitude spectrum (Hann window; 0 dB is a full-scale sine)</source>
        <translation>Betragsspektrum (Hann-Fenster; 0 dB ist ein Sinus mit Vollaussteuerung)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="57"/>
        <source>harmonic</source>
        <translation>Harmonische</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="58"/>
        <source>The model&apos;s harmonic amplitudes for the most recent note</source>
        <translation>Die Amplituden der Harmonischen, die das Modell für die letzte Note liefert</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="66"/>
        <source>PC 1</source>
        <translation>PC 1</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="66"/>
        <source>PC 2</source>
        <translation>PC 2</translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="357"/>
        <source>%1 (your recording)</source>
        <translation>%1 (deine Aufnahme)</translation>
    </message>
</context>
<context>
    <name>atelier::ui::TimeRuler</name>
    <message>
        <location filename="../ui/pianoroll/TimeRuler.cpp" line="18"/>
        <source>Click to move the playhead; drag in the lower half to set the loop; double-click the loop to switch it on or off</source>
        <translation>Klicken setzt die Abspielposition; Ziehen in der unteren Hälfte setzt die Schleife; Doppelklick auf die Schleife schaltet sie ein oder aus</translation>
    </message>
</context>
<context>
    <name>atelier::ui::TrackHeaderDelegate</name>
    <message>
        <location filename="../ui/tracks/TrackHeaderDelegate.cpp" line="127"/>
        <source>Channel 10 plays drums</source>
        <translation>Kanal 10 spielt Schlagzeug</translation>
    </message>
    <message>
        <location filename="../ui/tracks/TrackHeaderDelegate.cpp" line="138"/>
        <source>Internal synth</source>
        <translation>Interner Synth</translation>
    </message>
    <message>
        <location filename="../ui/tracks/TrackHeaderDelegate.cpp" line="140"/>
        <source>%1 (Atelier&apos;s port, for a DAW)</source>
        <translation>%1 (Ateliers Port, für eine DAW)</translation>
    </message>
</context>
<context>
    <name>atelier::ui::TrainingDialog</name>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="72"/>
        <source>Train a Model</source>
        <translation>Ein Modell trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="76"/>
        <source>Melody (one voice, 16th-note steps)</source>
        <translation>Melodie (einstimmig, Sechzehntelschritte)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="77"/>
        <source>Melody over chords (reads the chords of a second, accompaniment track)</source>
        <translation>Melodie über Akkorden (liest die Akkorde einer zweiten Begleitspur)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="79"/>
        <source>Performance (piano, expressive timing and dynamics)</source>
        <translation>Performance (Klavier, ausdrucksvolles Timing und Dynamik)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="80"/>
        <source>Performance, Transformer (relative attention; slower to train, resumable)</source>
        <translation>Performance, Transformer (relative Aufmerksamkeit; trainiert langsamer, fortsetzbar)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="82"/>
        <source>Timbre (Sound Morph; learns from GM SoundFonts)</source>
        <translation>Klangfarbe (Sound Morph; lernt aus GM-SoundFonts)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="84"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="87"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="275"/>
        <source>A folder of MIDI files to learn from (searched without subfolders)</source>
        <translation>Ein Ordner mit MIDI-Dateien zum Lernen (ohne Unterordner durchsucht)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="88"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="95"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="91"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="274"/>
        <source>MIDI folder</source>
        <translation>MIDI-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="98"/>
        <source>Save model as</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="102"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="103"/>
        <source>Training time in total; a resumed run counts the time already spent</source>
        <translation>Gesamte Trainingszeit; ein fortgesetzter Lauf rechnet die bereits verbrauchte Zeit mit</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="104"/>
        <source>Train for</source>
        <translation>Trainieren für</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="105"/>
        <source>Resume from the last checkpoint of this model kind</source>
        <translation>Beim letzten Checkpoint dieser Modellart fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="233"/>
        <source>Fine-tune a timbre model you have (much faster than from scratch: its network and the instruments it knows are the starting point), or train a new one</source>
        <translation>Ein vorhandenes Klangmodell feinabstimmen (viel schneller als von Grund auf: Sein Netz und die Instrumente, die es kennt, sind der Ausgangspunkt) oder ein neues trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="110"/>
        <source>Start from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="53"/>
        <source>%1 % lower</source>
        <translation>%1 % niedriger</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="54"/>
        <source>%1 % higher</source>
        <translation>%1 % höher</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="83"/>
        <source>Drawing (Sketch-RNN; learns from Quick, Draw! drawings or your own)</source>
        <translation>Zeichnung (Sketch-RNN; lernt aus Quick, Draw!-Zeichnungen oder deinen eigenen)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="118"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="121"/>
        <source>held-out</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="124"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="125"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="283"/>
        <source>loss (nats per event)</source>
        <translation>Verlust (Nats pro Ereignis)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="132"/>
        <source>Choose a folder of MIDI files and press Train.</source>
        <translation>Wähle einen Ordner mit MIDI-Dateien und klicke auf Trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="137"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="139"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="140"/>
        <source>Stop training; a checkpoint is kept, and the model so far is saved</source>
        <translation>Training stoppen; ein Checkpoint bleibt erhalten, und das bisherige Modell wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="142"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="152"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="267"/>
        <source>Drawings</source>
        <translation>Zeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="153"/>
        <source>Drawings (*.ndjson)</source>
        <translation>Zeichnungen (*.ndjson)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="158"/>
        <source>MIDI Folder</source>
        <translation>MIDI-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="158"/>
        <source>SoundFont Folder</source>
        <translation>SoundFont-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="166"/>
        <source>Save Model As</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="167"/>
        <source>Timbre models (*.timbre.json)</source>
        <translation>Klangmodelle (*.timbre.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="168"/>
        <source>Drawing models (*.gen.json)</source>
        <translation>Zeichenmodelle (*.gen.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="169"/>
        <source>Music models (*.music.json)</source>
        <translation>Musikmodelle (*.music.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="179"/>
        <source>Training is not available in this build.</source>
        <translation>Training ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="220"/>
        <source>SoundFont folder</source>
        <translation>SoundFont-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="222"/>
        <source>empty: the General MIDI SoundFonts installed with Debian</source>
        <translation>leer: die mit Debian installierten General-MIDI-SoundFonts</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="223"/>
        <source>A folder of SoundFonts (.sf2, .sf3); single notes of GM programs 0–111 are rendered from them (about 40 s per SoundFont, kept in a cache)</source>
        <translation>Ein Ordner mit SoundFonts (.sf2, .sf3); daraus werden einzelne Noten der GM-Programme 0–111 gerendert (etwa 40 s je SoundFont, in einem Cache aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="226"/>
        <source>multi-scale spectral loss</source>
        <translation>spektraler Verlust über mehrere Skalen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="227"/>
        <source>Press Train: the notes are rendered first, then the model learns.</source>
        <translation>Klicke auf Trainieren: Zuerst werden die Noten gerendert, dann lernt das Modell.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="229"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="243"/>
        <source>Nothing: a new model</source>
        <translation>Nichts: ein neues Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="251"/>
        <source>Make a model yours: fine-tune it on a few of your own examples (10–50 drawings, or 1–10 MIDI files) in a couple of minutes, or train a new one from scratch</source>
        <translation>Mach ein Modell zu deinem: verfeinere es in ein paar Minuten mit ein paar eigenen Beispielen (10–50 Zeichnungen oder 1–10 MIDI-Dateien), oder trainiere ein neues von Grund auf</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="267"/>
        <source>Your drawings</source>
        <translation>Deine Zeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="268"/>
        <source>A Quick, Draw! .ndjson file of drawings, a folder of them, or a folder of Atelier projects (their canvases); Sketch ▸ Keep Drawing for Make It Mine collects yours</source>
        <translation>Eine Quick, Draw!-.ndjson-Datei mit Zeichnungen, ein Ordner davon oder ein Ordner mit Atelier-Projekten (ihre Leinwände); Skizze ▸ Zeichnung für „Mach es zu meinem“ behalten sammelt deine</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="272"/>
        <source>loss (nats per row)</source>
        <translation>Verlust (Nats pro Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="272"/>
        <source>reconstruction loss</source>
        <translation>Rekonstruktionsverlust</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="274"/>
        <source>Your MIDI folder</source>
        <translation>Dein MIDI-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="290"/>
        <source>Press Train: %1 learns from your examples for a couple of minutes; every fifth one is held out to measure how much closer it came to them.</source>
        <translation>Drück auf Trainieren: %1 lernt ein paar Minuten lang aus deinen Beispielen; jedes fünfte wird zurückbehalten, um zu messen, wie viel näher es ihnen gekommen ist.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="293"/>
        <source>Choose the data to learn from and press Train.</source>
        <translation>Wähle die Daten zum Lernen und drück auf Trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="328"/>
        <source>%1: no such file or folder of drawings</source>
        <translation>%1: keine solche Datei und kein solcher Ordner mit Zeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="332"/>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="345"/>
        <source>Rendering the notes to learn from (about 40 s per SoundFont the first time; they are kept in a cache)…</source>
        <translation>Die Noten zum Lernen werden gerendert (beim ersten Mal etwa 40 s je SoundFont; sie werden in einem Cache aufbewahrt)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="347"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="383"/>
        <source>Saved %1 after %2 steps. On your held-out examples the loss went %3.</source>
        <translation>%1 nach %2 Schritten gespeichert. Auf deinen zurückbehaltenen Beispielen ging der Verlust %3.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="388"/>
        <source>On the data it first learned from: %1.</source>
        <translation>Auf den Daten, aus denen es zuerst gelernt hat: %1.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="392"/>
        <source>Saved %1 after %2 steps (held-out spectral loss %3).</source>
        <translation>%1 nach %2 Schritten gespeichert (spektraler Verlust auf zurückgehaltenen Daten %3).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="393"/>
        <source>Saved %1 after %2 steps (held-out loss %3 nats per event).</source>
        <translation>%1 nach %2 Schritten gespeichert (Verlust auf zurückgehaltenen Daten %3 Nats pro Ereignis).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="417"/>
        <source>Step %1 · loss %2 · %3 events/s · elapsed %4 · remaining %5</source>
        <translation>Schritt %1 · Verlust %2 · %3 Ereignisse/s · vergangen %4 · verbleibend %5</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="423"/>
        <source>Step %1 · loss %2 · %3 steps/s · elapsed %4 · remaining %5</source>
        <translation>Schritt %1 · Verlust %2 · %3 Schritte/s · vergangen %4 · verbleibend %5</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="436"/>
        <source>Stopping after this step; keeping a checkpoint…</source>
        <translation>Stopp nach diesem Schritt; Checkpoint wird gesichert…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="456"/>
        <source>Stop Training?</source>
        <translation>Training stoppen?</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="457"/>
        <source>Training is running. Stop it (a checkpoint is kept) and close?</source>
        <translation>Das Training läuft. Stoppen (ein Checkpoint bleibt erhalten) und schließen?</translation>
    </message>
</context>
<context>
    <name>atelier::ui::TransportBar</name>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="17"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="24"/>
        <source>Return to Start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="27"/>
        <source>Play / Stop</source>
        <translation>Wiedergabe / Stopp</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="30"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="33"/>
        <source>Loop the region marked on the ruler (L)</source>
        <translation>Den im Lineal markierten Bereich wiederholen (L)</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="51"/>
        <source> Tempo </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="56"/>
        <source> bpm</source>
        <translation> BPM</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="63"/>
        <source>  Time </source>
        <translation>  Takt </translation>
    </message>
</context>
<context>
    <name>atelier::ui::TuningDialog</name>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="35"/>
        <source>Tune a Model</source>
        <translation>Modell abstimmen</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="39"/>
        <source>Melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="40"/>
        <source>Performance (piano)</source>
        <translation>Performance (Klavier)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="41"/>
        <source>Drawing (Sketch-RNN)</source>
        <translation>Zeichnung (Sketch-RNN)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="42"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="44"/>
        <source>The model to start from; it stays as it is, the tuned one is a new file</source>
        <translation>Das Modell, von dem du ausgehst; es bleibt, wie es ist, das abgestimmte ist eine neue Datei</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="45"/>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="48"/>
        <source>What you like: a reward script (JavaScript, score(sample)) or your thumbs up and down</source>
        <translation>Was dir gefällt: ein Belohnungsskript (JavaScript, score(sample)) oder deine Daumen hoch und runter</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="49"/>
        <source>Other Script…</source>
        <translation>Anderes Skript…</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="52"/>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="58"/>
        <source>How strongly the model is kept close to where it started (the KL term): higher keeps more of what it learned from its data, lower follows the reward further</source>
        <translation>Wie stark das Modell nahe an seinem Ausgangspunkt gehalten wird (der KL-Term): höher bewahrt mehr von dem, was es aus seinen Daten gelernt hat, niedriger folgt der Belohnung weiter</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="60"/>
        <source>β (stay close)</source>
        <translation>β (nahe bleiben)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="64"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="65"/>
        <source>Tuning time in total; a resumed run counts the time already spent</source>
        <translation>Abstimmzeit insgesamt; ein fortgesetzter Lauf zählt die schon verbrauchte Zeit mit</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="66"/>
        <source>Tune for</source>
        <translation>Abstimmen für</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="69"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="72"/>
        <source>Save model as</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="79"/>
        <source>mean reward</source>
        <translation>mittlere Belohnung</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="82"/>
        <source>KL to the base (nats per event)</source>
        <translation>KL zum Ausgangsmodell (nats pro Ereignis)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="84"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="85"/>
        <source>reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="86"/>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="94"/>
        <source>Choose a model and a reward, then press Tune.</source>
        <translation>Wähle ein Modell und eine Belohnung und drücke dann Abstimmen.</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="99"/>
        <location filename="../ui/training/TuningDialog.cpp" line="131"/>
        <location filename="../ui/training/TuningDialog.cpp" line="313"/>
        <source>Tune</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="101"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="102"/>
        <source>Stop tuning; the model so far is saved, and Resume goes on from there</source>
        <translation>Abstimmen anhalten; das bisherige Modell wird gespeichert, und Fortsetzen macht dort weiter</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="104"/>
        <source>Compare with the Base…</source>
        <translation>Mit dem Ausgangsmodell vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="105"/>
        <source>A blind test: the tuned model and its base continue the same music, you pick the one you like without knowing which is which</source>
        <translation>Ein Blindtest: das abgestimmte Modell und sein Ausgangsmodell setzen dieselbe Musik fort, und du wählst, was dir gefällt, ohne zu wissen, welches welches ist</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="108"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="120"/>
        <source>Save Model As</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="121"/>
        <source>Drawing models (*.gen.json)</source>
        <translation>Zeichenmodelle (*.gen.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="122"/>
        <source>Music models (*.music.json)</source>
        <translation>Musikmodelle (*.music.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="151"/>
        <source>Tuning is not available in this build.</source>
        <translation>Abstimmen ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="187"/>
        <source>Your ratings</source>
        <translation>Deine Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="188"/>
        <source>KL (nats per point)</source>
        <translation>KL (nats pro Punkt)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="188"/>
        <source>KL (nats per event)</source>
        <translation>KL (nats pro Ereignis)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="193"/>
        <source>Reward Script</source>
        <translation>Belohnungsskript</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="194"/>
        <source>Reward scripts (*.js)</source>
        <translation>Belohnungsskripte (*.js)</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="233"/>
        <source>No base model of this kind was found.</source>
        <translation>Es wurde kein Ausgangsmodell dieser Art gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="247"/>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="247"/>
        <source>Reading the model, the reward and the contexts…</source>
        <translation>Modell, Belohnung und Kontexte werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="273"/>
        <source>Saved %1 after %2 steps (%3 min).</source>
        <translation>%1 nach %2 Schritten gespeichert (%3 min).</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="289"/>
        <source>Step %1 · mean reward %2 · KL %3 · failed rewards %4 of %5</source>
        <translation>Schritt %1 · mittlere Belohnung %2 · KL %3 · fehlgeschlagene Belohnungen %4 von %5</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="303"/>
        <source>Stopping after this step; saving the model so far…</source>
        <translation>Halte nach diesem Schritt an; das bisherige Modell wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="313"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="328"/>
        <source>Stop Tuning?</source>
        <translation>Abstimmen anhalten?</translation>
    </message>
    <message>
        <location filename="../ui/training/TuningDialog.cpp" line="328"/>
        <source>Tuning is running. Stop it (the model so far is saved) and close?</source>
        <translation>Das Abstimmen läuft. Anhalten (das bisherige Modell wird gespeichert) und schließen?</translation>
    </message>
</context>
<context>
    <name>atelier::ui::VelocityLane</name>
    <message>
        <location filename="../ui/pianoroll/VelocityLane.cpp" line="15"/>
        <source>Drag a bar to change the note&apos;s velocity</source>
        <translation>Zieh einen Balken, um die Anschlagstärke der Note zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/VelocityLane.cpp" line="101"/>
        <source>Change velocity</source>
        <translation>Anschlagstärke ändern</translation>
    </message>
</context>
<context>
    <name>atelier::ui::XYPad</name>
    <message>
        <location filename="../ui/timbre/XYPad.cpp" line="24"/>
        <source>Morph pad</source>
        <translation>Morph-Pad</translation>
    </message>
    <message>
        <location filename="../ui/timbre/XYPad.cpp" line="25"/>
        <source>Drag the point to morph between the four corner instruments.
Arrow keys nudge it (Shift: bigger steps), Home centres it.</source>
        <translation>Zieh den Punkt, um zwischen den Instrumenten der vier Ecken zu morphen.
Pfeiltasten verschieben ihn (Shift: größere Schritte), Pos1 zentriert ihn.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/XYPad.cpp" line="133"/>
        <source>A: </source>
        <translation>A: </translation>
    </message>
    <message>
        <location filename="../ui/timbre/XYPad.cpp" line="133"/>
        <source>B: </source>
        <translation>B: </translation>
    </message>
</context>
</TS>
