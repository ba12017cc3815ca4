<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../app/CliMidi.cpp" line="28"/>
        <source>midi info: unknown option %1</source>
        <translation>midi info: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="31"/>
        <source>usage: atelier midi info FILE [--json]</source>
        <translation>Aufruf: atelier midi info DATEI [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="52"/>
        <source>none (120 bpm)</source>
        <translation>keine (120 BPM)</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="53"/>
        <source>none (4/4)</source>
        <translation>keine (4/4)</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="65"/>
        <source>midi convert: --format must be 0 or 1</source>
        <translation>midi convert: --format muss 0 oder 1 sein</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="68"/>
        <source>midi convert: unknown option %1</source>
        <translation>midi convert: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="71"/>
        <source>usage: atelier midi convert IN.mid OUT.mid [--format 0|1]</source>
        <translation>Aufruf: atelier midi convert EIN.mid AUS.mid [--format 0|1]</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="95"/>
        <source>render: unknown option %1</source>
        <translation>render: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="98"/>
        <source>usage: atelier render IN.mid|IN.atelier -o OUT.wav [--rate 44100] [--loop] [--soundfont FILE.sf2]</source>
        <translation>Aufruf: atelier render EIN.mid|EIN.atelier -o AUS.wav [--rate 44100] [--loop] [--soundfont DATEI.sf2]</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="105"/>
        <source>render: --rate must be a sample rate from 8000 to 192000 Hz</source>
        <translation>render: --rate muss eine Abtastrate von 8000 bis 192000 Hz sein</translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="116"/>
        <source>render: %1 has no loop region</source>
        <translation>render: %1 hat keinen Loop-Bereich</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="37"/>
        <source>Usage:
  atelier [FILE]                         open the studio (optionally a song)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="40"/>
        <source>Results are JSON on stdout; errors go to stderr with exit code 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="71"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="107"/>
        <source>Autosave is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/SongCommands.cpp" line="52"/>
        <source>Add track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/SongCommands.cpp" line="61"/>
        <source>Delete track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="34"/>
        <source>Cannot create the autosave folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="42"/>
        <source>Cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/AutosaveStore.cpp" line="53"/>
        <source>Autosave is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="109"/>
        <location filename="../core/project/ProjectFile.cpp" line="115"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="131"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="133"/>
        <source>not an Atelier project (the top level is not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="136"/>
        <source>not an Atelier project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="139"/>
        <source>the project has no version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="144"/>
        <source>the project was saved by a newer Atelier (format version %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="146"/>
        <source>unknown project format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="159"/>
        <source>the file is too large (%1 bytes) to be a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="19"/>
        <location filename="../core/project/ProjectReaderV1.cpp" line="32"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="22"/>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="25"/>
        <location filename="../core/project/ProjectReaderV1.cpp" line="35"/>
        <source>%1 is not in %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="42"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="49"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="59"/>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="72"/>
        <source>expected a name and a model file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="77"/>
        <source>expected 1 to 1024 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="93"/>
        <source>expected [pitch, start, length, velocity]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="104"/>
        <source>expected [tick, controller, value]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="126"/>
        <source>expected [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="130"/>
        <source>a stroke needs at least one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="133"/>
        <source>%1 pressures for %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="139"/>
        <source>not a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="167"/>
        <source>%1 is not a power of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="56"/>
        <source>no timbre model (*.timbre.json) found on the model search path (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="82"/>
        <source>eval timbre: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="84"/>
        <source>eval timbre: --notes, --pairs and --seed must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="121"/>
        <source>bench timbre: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="123"/>
        <source>bench timbre: --seconds, --rate and --block must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="159"/>
        <source>the model has no instrument with GM program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="178"/>
        <location filename="../core/project/SongFiles.cpp" line="25"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="180"/>
        <source>&quot;%1&quot; is neither a GM program, an instrument of the model nor an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="201"/>
        <source>timbre render: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="203"/>
        <source>usage: atelier timbre render --corner PROGRAM_OR_WAV ... [--x X --y Y | --mix W,...] --pitch P --velocity V --seconds S -o OUT.wav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="205"/>
        <source>timbre render: give at least one --corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="207"/>
        <source>timbre render: --pitch must be 0..127 and --velocity 1..127</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="209"/>
        <source>timbre render: --seconds must be in (0, 600], --tail &gt;= 0, --rate 8000..192000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="218"/>
        <source>timbre render: malformed --mix &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="222"/>
        <source>timbre render: --mix has %1 weights for %2 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="227"/>
        <source>timbre render: --x must be in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="231"/>
        <source>timbre render: --x and --y must be in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="235"/>
        <source>timbre render: %1 corners need --mix (the pad takes 1, 2 or 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="239"/>
        <source>timbre render: the weights add up to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="249"/>
        <source>timbre render: corner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbreEval.cpp" line="257"/>
        <source>timbre render: nothing was rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="41"/>
        <source>Drums</source>
        <translation>Schlagzeug</translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="42"/>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="57"/>
        <source>MIDI format must be 0 or 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tracks/TrackListView.cpp" line="37"/>
        <source>Channel 10 plays drums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tracks/TrackListView.cpp" line="48"/>
        <source>Internal synth</source>
        <translation>Interner Synth</translation>
    </message>
    <message>
        <location filename="../app/CliCommon.cpp" line="47"/>
        <source>%1 needs a number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="38"/>
        <source>%1: --model FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="57"/>
        <location filename="../models/music/MusicModelFile.cpp" line="60"/>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="132"/>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="86"/>
        <source>%1: cannot open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="63"/>
        <source>%1: expected a JSON array of [dx, dy, p1, p2, p3] rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="76"/>
        <source>%1: row %2 is not [dx, dy, p1, p2, p3] with a one-hot pen state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="91"/>
        <source>sketch trace: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="95"/>
        <source>usage: atelier sketch trace --model FILE --input STROKES.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="166"/>
        <source>sketch generate: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="170"/>
        <source>sketch generate: --greedy takes no --temperature or --seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="175"/>
        <source>sketch generate: --temperature needs a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="180"/>
        <source>sketch generate: --seed needs a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="185"/>
        <source>sketch generate: --steps needs a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="188"/>
        <source>sketch generate: --svg needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="194"/>
        <location filename="../models/HalfTensors.cpp" line="142"/>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="283"/>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="206"/>
        <source>, written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="248"/>
        <source>bench sketch: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="65"/>
        <source>train sketch: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="67"/>
        <source>usage: atelier train sketch --data FILE.ndjson [--out MODEL.gen.json] [--checkpoint-dir DIR] [--resume] [--steps N | --minutes M] [--batch B] [--hidden H] [--seed S] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="73"/>
        <source>train sketch: sizes must be positive and --dropout-keep in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="152"/>
        <source>eval sketch: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTrain.cpp" line="154"/>
        <source>usage: atelier eval sketch --model FILE --data FILE.ndjson [--split test] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="22"/>
        <source>not JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="25"/>
        <source>no &quot;drawing&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="35"/>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="40"/>
        <source>stroke %1 is not [xs, ys]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="38"/>
        <source>stroke %1 has %2 x values but %3 y values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="42"/>
        <source>stroke %1 point %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sketch/QuickDrawReader.cpp" line="71"/>
        <source>%1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="427"/>
        <source>no %1 model found on the model search path (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="61"/>
        <source>usage: atelier train melody|performance --data DIR [--out MODEL.music.json] [--checkpoint-dir DIR] [--resume] [--steps N | --minutes M] [--hidden H] [--layers L] [--batch B] [--window W] [--threads T] [--seed S] [--max-files N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="81"/>
        <source>train: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="92"/>
        <source>train %1: sizes must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="107"/>
        <location filename="../app/CliMusic.cpp" line="122"/>
        <location filename="../app/CliMusic.cpp" line="124"/>
        <source>train %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="109"/>
        <location filename="../app/CliTimbre.cpp" line="157"/>
        <source>, resumed at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="152"/>
        <source>eval: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="154"/>
        <source>usage: atelier eval melody|performance [--data DIR] [--model FILE] [--split test|valid] --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="158"/>
        <location filename="../app/CliMusic.cpp" line="163"/>
        <source>eval %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="160"/>
        <source>eval %1: the model is a %2 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="177"/>
        <source>eval %1: the model scored %2 events and the baselines %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="249"/>
        <source>usage: atelier bench music [--melody FILE] [--performance FILE] [--steps N] --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="255"/>
        <source>bench music: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="291"/>
        <source>usage: atelier continue IN.mid -o OUT.mid --model melody|performance|FILE [--bars N | --seconds S] [--variations K] [--temperature T] [--top-p P] [--seed S] [--key C:major|auto] [--density 0-7] [--track N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="310"/>
        <source>continue: unknown option %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="315"/>
        <source>continue: --variations 1–8, one of --bars or --seconds, --top-p in (0, 1], --density -1–7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="325"/>
        <source>continue: %1 is not a key (examples: C:major, F#:minor, Bb:major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="329"/>
        <location filename="../app/CliMusic.cpp" line="365"/>
        <source>continue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="341"/>
        <source>continue: %1 has no notes to continue%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMusic.cpp" line="342"/>
        <source> on track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="40"/>
        <location filename="../app/CliTimbre.cpp" line="49"/>
        <source>malformed list &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="55"/>
        <source>empty list &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="99"/>
        <source>timbre data: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="134"/>
        <source>train timbre: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliTimbre.cpp" line="137"/>
        <source>train timbre: sizes must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="27"/>
        <source>unknown model kind &quot;%1&quot; (melody or performance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="144"/>
        <source>stopped before the first training step; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="159"/>
        <source>stopped before training began; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="178"/>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="184"/>
        <source>%1: no SoundFonts (.sf2, .sf3) in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="208"/>
        <source>timbre model, MLP %1×%2, batch %3 one-second crops; %4 notes of %5 instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="212"/>
        <source>; starting from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/TrainingJobs.cpp" line="228"/>
        <source>%1 model, LSTM %2×%3, batch %4 × %5 events; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphCommands.cpp" line="10"/>
        <source>Move Morph Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphCommands.cpp" line="29"/>
        <source>Set Corner %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="12"/>
        <source>unsupported kind &quot;%1&quot; (expected &quot;melody&quot; or &quot;performance&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="14"/>
        <source>vocab %1 out of range (2..65536)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="16"/>
        <source>controls %1 out of range (0..1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="18"/>
        <source>embedding %1 out of range (1..4096)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="20"/>
        <source>hidden %1 out of range (1..4096)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="22"/>
        <source>layers %1 out of range (1..8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicLstmConfig.cpp" line="24"/>
        <source>dropout %1 out of range [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="42"/>
        <location filename="../models/HalfTensors.cpp" line="68"/>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="44"/>
        <location filename="../models/HalfTensors.cpp" line="82"/>
        <source>tensor &apos;%1&apos; has shape %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="47"/>
        <source>tensor &apos;%1&apos; has %2 values, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="53"/>
        <location filename="../models/HalfTensors.cpp" line="111"/>
        <source>tensor &apos;%1&apos; has a non-finite value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="57"/>
        <location filename="../models/HalfTensors.cpp" line="65"/>
        <source>unexpected tensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="76"/>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="148"/>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="78"/>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="22"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="81"/>
        <source>not an Atelier music model (format is not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="84"/>
        <source>&apos;version&apos; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="86"/>
        <source>unsupported version %1 (this build reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="90"/>
        <source>&apos;kind&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="93"/>
        <source>&apos;name&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="104"/>
        <source>&apos;%1&apos; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="112"/>
        <source>&apos;training&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicModelFile.cpp" line="115"/>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="137"/>
        <source>&apos;tensors&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="70"/>
        <source>tensor &apos;%1&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="73"/>
        <source>tensor &apos;%1&apos; has no shape array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="78"/>
        <source>tensor &apos;%1&apos; has a malformed shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="84"/>
        <source>tensor &apos;%1&apos; has unsupported dtype &quot;%2&quot; (expected &quot;f16&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="87"/>
        <source>tensor &apos;%1&apos; has no data string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="94"/>
        <source>tensor &apos;%1&apos; data has the wrong length (%2 base64 characters for %3 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="100"/>
        <source>tensor &apos;%1&apos; data is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="102"/>
        <source>tensor &apos;%1&apos; data has %2 bytes, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/HalfTensors.cpp" line="123"/>
        <source>tensor &apos;%1&apos; has a value beyond the float16 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="101"/>
        <source>no training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="107"/>
        <source>the model&apos;s vocabulary (%1) is not the data&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="111"/>
        <source>the model&apos;s control size (%1) is not the data&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="118"/>
        <source>batch size and window length must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="151"/>
        <source>%1 was made with other sizes (%2: V %3, C %4, E %5, H %6, L %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="189"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="153"/>
        <source>cannot resume from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="202"/>
        <location filename="../models/music/MusicTrainer.cpp" line="460"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="165"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="323"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="238"/>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="187"/>
        <source>cannot write checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="248"/>
        <location filename="../models/music/MusicTrainer.cpp" line="454"/>
        <source>the trainer is not prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="292"/>
        <source>a training window has token %1, outside the vocabulary of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="315"/>
        <source>the training data gave only empty windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/music/MusicTrainer.cpp" line="331"/>
        <source>the loss is not finite at step %1 (try a lower learning rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="91"/>
        <source>has %1 weight arrays, expected %2 for a %3 model (plain LSTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="94"/>
        <source>VAE (mode 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="94"/>
        <source>decoder-only (mode 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="98"/>
        <source>array %1 has shape %2, expected 1 or 2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="101"/>
        <source>array %1 has shape %2, dimensions must be 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="109"/>
        <source>the LSTM weight matrices must have 2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="113"/>
        <source>array %1 has shape %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="116"/>
        <source>array %1 holds %2 values, its shape %3 needs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="120"/>
        <source>scale_factor must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="122"/>
        <source>max_seq_len must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="150"/>
        <source>expected a JSON array [info, shapes, blobs] of three elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="153"/>
        <source>expected [info object, shapes array, blobs array]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="160"/>
        <source>info has no &apos;%1&apos; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="164"/>
        <source>unsupported mode &quot;%1&quot; (expected 2, &quot;gen&quot; or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="169"/>
        <source>info &apos;mode&apos; must be an integer or &quot;gen&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="172"/>
        <source>info &apos;version&apos; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="175"/>
        <source>info &apos;max_seq_len&apos; must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="178"/>
        <source>info &apos;name&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="181"/>
        <source>info &apos;scale_factor&apos; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="191"/>
        <source>%1 shapes but %2 blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="194"/>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="198"/>
        <source>shape %1 is not an array of integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="221"/>
        <source>blob %1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="225"/>
        <source>blob %1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/SketchRnnFile.cpp" line="229"/>
        <source>blob %1 decodes to %2 bytes, shape %3 needs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="20"/>
        <source>invalid JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="27"/>
        <source>missing &quot;drawing&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="31"/>
        <source>unknown split &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="35"/>
        <source>empty drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="43"/>
        <source>stroke %1 has %2 x and %3 y values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="46"/>
        <source>stroke %1 point %2 is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="54"/>
        <source>drawing has fewer than two points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="70"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="90"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="100"/>
        <source>%1: no drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="102"/>
        <source>%1: no training drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="131"/>
        <source>%1 was made with other sizes (encoder %2, decoder %3, z %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="313"/>
        <source>%1: no drawings in split &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchTrainer.cpp" line="336"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchVae.cpp" line="141"/>
        <source>expected %1 arrays, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchVae.cpp" line="147"/>
        <source>array %1 has the wrong shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sketchrnn/train/SketchVaeIo.cpp" line="30"/>
        <source>not a Sketch-RNN VAE model (needs the 17-array layout with an encoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="71"/>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="121"/>
        <source>network sizes out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="73"/>
        <source>MFCC normalization must have %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="75"/>
        <source>MFCC standard deviations must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="78"/>
        <source>instrument &apos;%1&apos; has %2 z values, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="100"/>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="101"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="104"/>
        <source>not an Atelier timbre model (format must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="106"/>
        <source>unsupported version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="117"/>
        <source>missing or malformed network sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="124"/>
        <source>mfcc_mean and mfcc_std must hold %1 numbers each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="127"/>
        <source>no instruments array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timbre/TimbreModelFile.cpp" line="132"/>
        <source>malformed instrument entry</source>
        <translation type="unfinished"></translation>
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
        <location filename="../app/CliDuet.cpp" line="137"/>
        <source>the JACK server stopped; the duet ended</source>
        <translation>der JACK-Server wurde beendet; das Duett ist zu Ende</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="148"/>
        <source>no ALSA MIDI input ports</source>
        <translation>keine ALSA-MIDI-Eingänge</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="160"/>
        <source>duet: no audio device for the answer: %1 (or use --jack)</source>
        <translation>duet: kein Audiogerät für die Antwort: %1 (oder nimm --jack)</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="190"/>
        <source>the MIDI keyboard %1 went away; the duet ended</source>
        <translation>das MIDI-Keyboard %1 ist verschwunden; das Duett ist zu Ende</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="196"/>
        <source>usage: atelier duet [--jack] [--input PORT|virtual] [--output PORT|virtual] [--model melody|performance|FILE] [--silence-ms N] [--max-phrase-s S] [--temperature T] [--key auto|any|C:major ...] [--bars N] [--tempo BPM] [--seed S] [--seconds N] [--record OUT.mid] [--json]</source>
        <translation>Aufruf: atelier duet [--jack] [--input PORT|virtual] [--output PORT|virtual] [--model melody|performance|DATEI] [--silence-ms N] [--max-phrase-s S] [--temperature T] [--key auto|any|C:major ...] [--bars N] [--tempo BPM] [--seed S] [--seconds N] [--record AUS.mid] [--json]</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="212"/>
        <source>duet: unknown option %1</source>
        <translation>duet: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="233"/>
        <source>reply %1: %2 notes, %3 ms after the phrase</source>
        <translation>Antwort %1: %2 Noten, %3 ms nach der Phrase</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="133"/>
        <location filename="../app/CliDuet.cpp" line="175"/>
        <source>replies leave %1</source>
        <translation>Antworten gehen an %1</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="134"/>
        <location filename="../app/CliDuet.cpp" line="179"/>
        <source>replies play through the GM piano</source>
        <translation>Antworten klingen über das GM-Klavier</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="147"/>
        <source>duet: no MIDI keyboard found (%1); connect one, use --input virtual, or use --jack</source>
        <translation>duet: kein MIDI-Keyboard gefunden (%1); schließ eines an, nimm --input virtual oder --jack</translation>
    </message>
    <message>
        <location filename="../app/CliDuet.cpp" line="280"/>
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
        <location filename="../core/live/JackMidiClient.cpp" line="142"/>
        <source>the JACK server stopped</source>
        <translation>der JACK-Server wurde beendet</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="164"/>
        <source>MIDI port &quot;%1&quot; was disconnected from %2 (did its program quit?)</source>
        <translation>MIDI-Port &quot;%1&quot; wurde von %2 getrennt (wurde sein Programm beendet?)</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="208"/>
        <source>no JACK server &quot;%1&quot; is running (start one, e.g. jackd -d alsa, or qjackctl)</source>
        <translation>kein JACK-Server &quot;%1&quot; läuft (starte einen, z. B. jackd -d alsa oder qjackctl)</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="231"/>
        <source>JACK refused to register Atelier&apos;s ports</source>
        <translation>JACK hat Ateliers Ports nicht angenommen</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="240"/>
        <source>the JACK client could not be activated</source>
        <translation>der JACK-Client ließ sich nicht aktivieren</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="285"/>
        <source>the JACK server has no playback ports</source>
        <translation>der JACK-Server hat keine Wiedergabe-Ports</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="315"/>
        <source>MIDI port &quot;%1&quot;: JACK is not running</source>
        <translation>MIDI-Port &quot;%1&quot;: JACK läuft nicht</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="320"/>
        <source>MIDI port &quot;%1&quot; not found (JACK has: %2)</source>
        <translation>MIDI-Port &quot;%1&quot; nicht gefunden (JACK hat: %2)</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="321"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/live/JackMidiClient.cpp" line="329"/>
        <source>MIDI port &quot;%1&quot; could not be connected</source>
        <translation>MIDI-Port &quot;%1&quot; ließ sich nicht verbinden</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/live/JackMidiClient.cpp" line="377"/>
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
        <location filename="../core/live/JackServer.cpp" line="54"/>
        <source>jackd is not installed (Debian package jackd2)</source>
        <translation>jackd ist nicht installiert (Debian-Paket jackd2)</translation>
    </message>
    <message>
        <location filename="../core/live/JackServer.cpp" line="65"/>
        <source>jackd could not be started: %1</source>
        <translation>jackd ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../core/live/JackServer.cpp" line="73"/>
        <source>jackd exited: %1</source>
        <translation>jackd wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../core/live/JackServer.cpp" line="81"/>
        <source>the JACK server &quot;%1&quot; did not come up within %2 s</source>
        <translation>der JACK-Server &quot;%1&quot; war nach %2 s nicht bereit</translation>
    </message>
    <message>
        <location filename="../core/live/LiveDuet.cpp" line="50"/>
        <source>this phrase is too dense for the model to hear all of it; every note is still recorded</source>
        <translation>diese Phrase ist zu dicht, als dass das Modell alles hören könnte; jede Note wird trotzdem aufgenommen</translation>
    </message>
    <message>
        <location filename="../core/audio/RtMidiLiveInput.cpp" line="60"/>
        <location filename="../core/live/JackLiveInput.cpp" line="96"/>
        <source>MIDI input &quot;%1&quot; disappeared; choose another or Rescan</source>
        <translation>MIDI-Eingang „%1“ ist verschwunden; wähle einen anderen oder suche neu</translation>
    </message>
    <message>
        <location filename="../core/audio/RtMidiScheduledOutput.cpp" line="34"/>
        <source>no MIDI output system</source>
        <translation>kein MIDI-Ausgabesystem</translation>
    </message>
    <message>
        <location filename="../core/audio/RtMidiScheduledOutput.cpp" line="53"/>
        <source>MIDI output port &quot;%1&quot; not found</source>
        <translation>MIDI-Ausgang „%1“ nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/audio/RtMidiScheduledOutput.cpp" line="61"/>
        <source>cannot open MIDI output port &quot;%1&quot;: %2</source>
        <translation>MIDI-Ausgang „%1“ lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../core/audio/RtMidiScheduledOutput.cpp" line="65"/>
        <source>cannot open MIDI output port &quot;%1&quot;</source>
        <translation>MIDI-Ausgang „%1“ lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../core/live/JackLiveInput.cpp" line="41"/>
        <source>JACK is not running</source>
        <translation>JACK läuft nicht</translation>
    </message>
    <message>
        <location filename="../core/live/JackLiveInput.cpp" line="54"/>
        <source>MIDI input &quot;%1&quot;: JACK is not running</source>
        <translation>MIDI-Eingang „%1“: JACK läuft nicht</translation>
    </message>
    <message>
        <location filename="../core/live/JackLiveInput.cpp" line="95"/>
        <source>The JACK server stopped: MIDI input &quot;%1&quot; is gone</source>
        <translation>Der JACK-Server wurde beendet: MIDI-Eingang „%1“ ist weg</translation>
    </message>
</context>
<context>
    <name>atelier::core::NoteModel</name>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="112"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="127"/>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="128"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="129"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/NoteModel.cpp" line="130"/>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::core::SketchDocument</name>
    <message>
        <location filename="../core/sketch/SketchDocument.cpp" line="148"/>
        <source>Move stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sketch/SketchDocument.cpp" line="148"/>
        <source>Move strokes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::core::SongDocument</name>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="128"/>
        <source>Arm track for recording</source>
        <translation>Spur für die Aufnahme scharf schalten</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="128"/>
        <source>Disarm track</source>
        <translation>Aufnahmebereitschaft der Spur aufheben</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="176"/>
        <source>Set tempo</source>
        <translation>Tempo setzen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="193"/>
        <source>Set time signature</source>
        <translation>Taktart setzen</translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="202"/>
        <source>Set loop region</source>
        <translation>Schleifenbereich setzen</translation>
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
        <location filename="../core/document/TrackListModel.cpp" line="61"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="65"/>
        <source>Solo</source>
        <translation>Solo</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="69"/>
        <source>Record arm: takes are recorded into this track (R)</source>
        <translation>Aufnahmebereit: Takes werden in diese Spur aufgenommen (R)</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="75"/>
        <source>Internal synth</source>
        <translation>Interner Synth</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="93"/>
        <source>Rename track</source>
        <translation>Spur umbenennen</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="100"/>
        <source>Change instrument</source>
        <translation>Instrument ändern</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="105"/>
        <source>Change channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="112"/>
        <source>Mute track</source>
        <translation>Spur stummschalten</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="112"/>
        <source>Solo track</source>
        <translation>Spur solo schalten</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="121"/>
        <source>Change volume</source>
        <translation>Lautstärke ändern</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="127"/>
        <source>Change output</source>
        <translation>Ausgang ändern</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="150"/>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="151"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="152"/>
        <source>Ch</source>
        <translation>Kn</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="153"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="154"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="155"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="156"/>
        <source>Vol</source>
        <translation>Vol</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="157"/>
        <source>Output</source>
        <translation>Ausgang</translation>
    </message>
</context>
<context>
    <name>atelier::core::timbre</name>
    <message>
        <location filename="../core/timbre/TimbreEvaluation.cpp" line="53"/>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timbre/TimbreEvaluation.cpp" line="77"/>
        <source>the model knows none of the dataset&apos;s instruments (or the dataset has no held-out notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timbre/TimbreEvaluation.cpp" line="92"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
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
        <location filename="../core/timbre/SongTimbres.cpp" line="58"/>
        <source>no timbre model loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="93"/>
        <source>the timbre model %1 is not on the model search path (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="98"/>
        <source>the sound has %1 embedding values, the model %2 takes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timbre/SongTimbres.cpp" line="103"/>
        <source>Track &quot;%1&quot; plays its GM program: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::ComputerKeyboard</name>
    <message>
        <location filename="../ui/live/ComputerKeyboard.cpp" line="19"/>
        <source>Computer Keyboard Plays</source>
        <translation>Computertastatur spielt</translation>
    </message>
    <message>
        <location filename="../ui/live/ComputerKeyboard.cpp" line="22"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/live/ComputerKeyboard.cpp" line="23"/>
        <source>Play notes with A W S E D F T G Y H U J K (Z/X: octave) into every instrument. Off: those keys are shortcuts again. (Ctrl+K)</source>
        <translation>Mit A W S E D F T G Y H U J K Noten in jedes Instrument spielen (Z/X: Oktave). Aus: diese Tasten sind wieder Kurzbefehle. (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>atelier::ui::ContinuePanel</name>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="50"/>
        <source>The music model that continues your notes: a melody model (one voice, 16th-note grid) or a performance model (piano, expressive timing and dynamics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="52"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="56"/>
        <source>Variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="60"/>
        <source> bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="61"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="70"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="75"/>
        <source>Nucleus sampling: draw only from the most likely events that together hold this much probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="77"/>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="80"/>
        <source>Any notes</source>
        <translation>Beliebige Noten</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="81"/>
        <source>Key of the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="85"/>
        <source>minor</source>
        <translation>Moll</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="85"/>
        <source>major</source>
        <translation>Dur</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="88"/>
        <source>Keep generated notes in this key (out-of-scale notes are never played)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="89"/>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="91"/>
        <source>Like the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="94"/>
        <source>%1 notes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="95"/>
        <source>Performance model: how many notes per second it plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="96"/>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="100"/>
        <source>The same seed and settings give the same variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="101"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="105"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="107"/>
        <source>Generate variations that follow the selected notes, or the notes before the playhead (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="109"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="110"/>
        <source>Replace the time range of the selected notes, fitting what comes before and after it (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="112"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="126"/>
        <source>Select a variation to see it in the piano roll; double-click to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="129"/>
        <source>Audition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="131"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="132"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="178"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="224"/>
        <source>%1 (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="233"/>
        <source>No music models found. Put .music.json models in %1, or train one with Tools ▸ Train a Music Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="299"/>
        <source>Add a track first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="342"/>
        <source>Generating %n variation(s) of %1 bars with %2…</source>
        <translation>
            <numerusform>%n Variante über %1 Takte wird mit %2 erzeugt…</numerusform>
            <numerusform>%n Varianten über %1 Takte werden mit %2 erzeugt…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="356"/>
        <source>Select the notes whose time range should be regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="375"/>
        <source>Regenerating %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="392"/>
        <source>Replacement — %n note(s)</source>
        <translation>
            <numerusform>Ersatz — %n Note</numerusform>
            <numerusform>Ersatz — %n Noten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="393"/>
        <source>Variation %1 — %n note(s)</source>
        <translation>
            <numerusform>Variante %1 — %n Note</numerusform>
            <numerusform>Variante %1 — %n Noten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="395"/>
        <source>Pick Keep to replace the range, or Discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="396"/>
        <source>%n variation(s). Select one to see it, Audition to hear it with its context, Keep to add it.</source>
        <translation>
            <numerusform>%n Variante. Wähle sie aus, um sie zu sehen, Anhören, um sie im Zusammenhang zu hören, Behalten, um sie hinzuzufügen.</numerusform>
            <numerusform>%n Varianten. Wähle eine aus, um sie zu sehen, Anhören, um sie im Zusammenhang zu hören, Behalten, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="399"/>
        <source>Key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="440"/>
        <source>No audio output: %1</source>
        <translation>Keine Audioausgabe: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="473"/>
        <source>Regenerate %n note(s)</source>
        <translation>
            <numerusform>%n Note neu erzeugen</numerusform>
            <numerusform>%n Noten neu erzeugen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="475"/>
        <source>Remove notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/music/ContinuePanel.cpp" line="477"/>
        <source>Add notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="480"/>
        <source>Keep continuation (%n note(s))</source>
        <translation>
            <numerusform>Fortsetzung behalten (%n Note)</numerusform>
            <numerusform>Fortsetzung behalten (%n Noten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="483"/>
        <source>Kept %n note(s). Undo takes them back.</source>
        <translation>
            <numerusform>%n Note behalten. Rückgängig nimmt sie zurück.</numerusform>
            <numerusform>%n Noten behalten. Rückgängig nimmt sie zurück.</numerusform>
        </translation>
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
        <location filename="../ui/live/DuetPanel.cpp" line="125"/>
        <source>After the silence</source>
        <translation>Nach der Stille</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="126"/>
        <source>On the next bar line while the song plays</source>
        <translation>Am nächsten Taktstrich, während der Song läuft</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="127"/>
        <source>Tempo-synced: play along with the song (Space) and the answer starts on the bar line after your phrase; when the song stands still, the silence ends it</source>
        <translation>Im Tempo: Spiel zum Song (Leertaste), und die Antwort beginnt am Taktstrich nach deiner Phrase; steht der Song, beendet die Stille die Phrase</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="129"/>
        <source>Phrase ends</source>
        <translation>Phrase endet</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="134"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="135"/>
        <source>A phrase longer than this is answered even while you play on</source>
        <translation>Eine längere Phrase wird beantwortet, auch wenn du weiterspielst</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="136"/>
        <source>Longest phrase</source>
        <translation>Längste Phrase</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="140"/>
        <source>As long as the phrase (1–8 s)</source>
        <translation>So lang wie die Phrase (1–8 s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="142"/>
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n Takt</numerusform>
            <numerusform>%n Takte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="143"/>
        <source>Reply length</source>
        <translation>Länge der Antwort</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="146"/>
        <location filename="../ui/live/DuetPanel.cpp" line="468"/>
        <source>Start Duet</source>
        <translation>Duett starten</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="148"/>
        <source>Mutate</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="149"/>
        <source>Answer the last phrase again, differently</source>
        <translation>Die letzte Phrase noch einmal anders beantworten</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="150"/>
        <source>Panic</source>
        <translation>Panik</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="151"/>
        <source>All notes off</source>
        <translation>Alle Noten aus</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="156"/>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="212"/>
        <source>CC %1</source>
        <translation>CC %1</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="251"/>
        <source>Sound Morph: %1 (track &quot;%2&quot;)</source>
        <translation>Sound Morph: %1 (Spur „%2“)</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="256"/>
        <source>MIDI out: %1</source>
        <translation>MIDI-Ausgang: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="268"/>
        <source>Computer keyboard only</source>
        <translation>Nur Computertastatur</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="276"/>
        <source>No MIDI keyboard can be used: %1</source>
        <translation>Kein MIDI-Keyboard nutzbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="286"/>
        <source>Playing from the computer keyboard (Ctrl+K turns it on).</source>
        <translation>Gespielt wird mit der Computertastatur (Ctrl+K schaltet sie ein).</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="291"/>
        <source>MIDI input %1 could not be opened: %2</source>
        <translation>MIDI-Eingang %1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="295"/>
        <source>Playing from %1.</source>
        <translation>Gespielt wird auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="336"/>
        <source>The duet needs the studio&apos;s MIDI input and audio.</source>
        <translation>Das Duett braucht den MIDI-Eingang und den Ton des Studios.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="338"/>
        <source>No audio device: the duet cannot answer. Choose a device in Preferences.</source>
        <translation>Kein Audiogerät: das Duett kann nicht antworten. Wähle ein Gerät in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="342"/>
        <source>No music model could be loaded: %1</source>
        <translation>Kein Musikmodell ließ sich laden: %1</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="342"/>
        <source>none found</source>
        <translation>keines gefunden</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="354"/>
        <source>The track with that sound is gone: choose another instrument.</source>
        <translation>Die Spur mit diesem Klang gibt es nicht mehr: Wähle ein anderes Instrument.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="363"/>
        <source>The answer cannot go to %1: %2</source>
        <translation>Die Antwort kann nicht an %1 gehen: %2</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="391"/>
        <source>Listening… play a phrase.</source>
        <translation>Ich höre zu… spiel eine Phrase.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="418"/>
        <source>Off. Nothing was played.</source>
        <translation>Aus. Es wurde nichts gespielt.</translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="421"/>
        <source>Duet</source>
        <translation>Duett</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="431"/>
        <source>Off. Your %n phrase(s) and the replies are in the song.</source>
        <translation>
            <numerusform>Aus. Deine %n Phrase und die Antworten sind im Song.</numerusform>
            <numerusform>Aus. Deine %n Phrasen und die Antworten sind im Song.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="432"/>
        <source>Duet kept as %n track(s) (Ctrl+Z removes them).</source>
        <translation>
            <numerusform>Duett als %n Spur behalten (Ctrl+Z entfernt sie).</numerusform>
            <numerusform>Duett als %n Spuren behalten (Ctrl+Z entfernt sie).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="454"/>
        <source>Reply %1 cut short by your playing.</source>
        <translation>Antwort %1 von deinem Spiel unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="455"/>
        <source>Reply %1: %n note(s), %2 ms after your phrase.</source>
        <translation>
            <numerusform>Antwort %1: %n Note, %2 ms nach deiner Phrase.</numerusform>
            <numerusform>Antwort %1: %n Noten, %2 ms nach deiner Phrase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/DuetPanel.cpp" line="468"/>
        <source>Stop Duet</source>
        <translation>Duett beenden</translation>
    </message>
</context>
<context>
    <name>atelier::ui::FileController</name>
    <message>
        <location filename="../ui/main/FileController.cpp" line="58"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="120"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="121"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="136"/>
        <source>Piano</source>
        <translation>Klavier</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="158"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="168"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="169"/>
        <source>Songs (*.atelier *.mid *.midi);;Atelier projects (*.atelier);;MIDI files (*.mid *.midi);;All files (*)</source>
        <translation>Songs (*.atelier *.mid *.midi);;Atelier-Projekte (*.atelier);;MIDI-Dateien (*.mid *.midi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="175"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="191"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="201"/>
        <location filename="../ui/main/FileController.cpp" line="219"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="211"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="212"/>
        <source>Atelier projects (*.atelier)</source>
        <translation>Atelier-Projekte (*.atelier)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="229"/>
        <source>Export MIDI</source>
        <translation>MIDI exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="230"/>
        <source>MIDI type 1, one track per track (*.mid);;MIDI type 0, single track (*.mid)</source>
        <translation>MIDI Typ 1, eine Spur je Spur (*.mid);;MIDI Typ 0, eine einzige Spur (*.mid)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="238"/>
        <source>Cannot export MIDI</source>
        <translation>MIDI-Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="242"/>
        <source>Exported %1 (MIDI type %2)</source>
        <translation>%1 exportiert (MIDI Typ %2)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="250"/>
        <location filename="../ui/main/FileController.cpp" line="258"/>
        <location filename="../ui/main/FileController.cpp" line="263"/>
        <source>Export Audio</source>
        <translation>Audio exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="250"/>
        <source>The song has no notes to render.</source>
        <translation>Der Song hat keine Noten zum Rendern.</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="253"/>
        <source>Whole song</source>
        <translation>Ganzer Song</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="255"/>
        <source>Loop region only</source>
        <translation>Nur der Loop-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="258"/>
        <source>Render</source>
        <translation>Rendern</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="264"/>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="281"/>
        <source>Rendering %1…</source>
        <translation>%1 wird gerendert…</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="281"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="307"/>
        <source>Audio export cancelled</source>
        <translation>Audio-Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="309"/>
        <source>Cannot export audio</source>
        <translation>Audio-Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="312"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="321"/>
        <source>an unsaved song</source>
        <translation>ein ungespeicherter Song</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="324"/>
        <source>Recover work</source>
        <translation>Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="325"/>
        <source>Atelier did not close properly. Recover %1, autosaved %2?</source>
        <translation>Atelier wurde nicht ordentlich beendet. %1 wiederherstellen (automatisch gesichert %2)?</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="334"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="343"/>
        <source>Recovered %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>atelier::ui::InterpolateDialog</name>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="32"/>
        <source>Interpolate with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="39"/>
        <source>The canvas is drawing A. Choose drawing B to interpolate towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="40"/>
        <source>Choose Drawing B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="43"/>
        <source>Use This Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="56"/>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="66"/>
        <source>Drawing B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="57"/>
        <source>Quick, Draw! drawings (*.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="81"/>
        <source>%1 cannot encode drawings (it has no encoder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="90"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="90"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="92"/>
        <source>Encoding and decoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="109"/>
        <source>The drawings could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="139"/>
        <source>From A (left) to B (right): double-click a drawing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="83"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="84"/>
        <source>Count-in, metronome, loop passes, quantize</source>
        <translation>Einzähler, Metronom, Schleifendurchgänge, Quantisieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="95"/>
        <source>Add Track</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="96"/>
        <source>Delete Track</source>
        <translation>Spur löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="122"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="123"/>
        <source>Duet</source>
        <translation>Duett</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="133"/>
        <source>Piano Roll</source>
        <translation>Pianorolle</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="134"/>
        <source>Sketch</source>
        <translation>Skizze</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="139"/>
        <source>Sound Morph</source>
        <translation>Klang-Morph</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="158"/>
        <source>&lt;original&gt;</source>
        <translation>&lt;Original&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="159"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="229"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="230"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="231"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="232"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="236"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="240"/>
        <source>&amp;Import MIDI…</source>
        <translation>MIDI &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="260"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="262"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="263"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="265"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="282"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="294"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="297"/>
        <source>&amp;Sketch</source>
        <translation>&amp;Skizze</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="290"/>
        <source>Show &amp;Piano Roll</source>
        <translation>&amp;Pianorolle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="242"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244"/>
        <source>&amp;MIDI…</source>
        <translation>&amp;MIDI…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="245"/>
        <source>&amp;Audio (WAV)…</source>
        <translation>&amp;Audio (WAV)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="247"/>
        <source>Sketch &amp;Image (SVG, PNG)…</source>
        <translation>Skizzen&amp;bild (SVG, PNG)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="251"/>
        <source>Sound &amp;Note (WAV)…</source>
        <translation>Klang-&amp;Note (WAV)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>Sound &amp;Phrase (WAV)…</source>
        <translation>Klang-&amp;Phrase (WAV)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="291"/>
        <source>Show &amp;Sketch Canvas</source>
        <translation>&amp;Skizzenfläche zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>Show Sound &amp;Morph</source>
        <translation>Klang-&amp;Morph zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="300"/>
        <source>&amp;Music</source>
        <translation>&amp;Musik</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="301"/>
        <source>D&amp;uet</source>
        <translation>D&amp;uett</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="305"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="310"/>
        <source>&amp;Regenerate Selection</source>
        <translation>Auswahl &amp;neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="314"/>
        <source>C&amp;ancel Generation</source>
        <translation>Erzeugung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="315"/>
        <source>&amp;Discard Variations</source>
        <translation>Varianten &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="317"/>
        <source>&amp;Train a Music Model…</source>
        <translation>Musikmodell &amp;trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="319"/>
        <source>S&amp;ound</source>
        <translation>K&amp;lang</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="320"/>
        <source>Export &amp;Note as WAV…</source>
        <translation>&amp;Note als WAV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="324"/>
        <source>Export &amp;Phrase as WAV…</source>
        <translation>&amp;Phrase als WAV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="328"/>
        <source>&amp;Bake into a Track…</source>
        <translation>In eine Spur &amp;backen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="332"/>
        <source>&amp;Remove the Baked Sound from the Track</source>
        <translation>Gebackenen Klang aus der Spur &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="338"/>
        <source>Remove baked sound</source>
        <translation>Gebackenen Klang entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="341"/>
        <source>&amp;Train a Timbre Model…</source>
        <translation>Klangfarbenmodell &amp;trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="343"/>
        <source>T&amp;rack</source>
        <translation>&amp;Spur</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="344"/>
        <source>&amp;Add Track</source>
        <translation>Spur &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="345"/>
        <source>&amp;Delete Track</source>
        <translation>Spur &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="348"/>
        <source>Tra&amp;nsport</source>
        <translation>Tra&amp;nsport</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="352"/>
        <source>&amp;Panic: All Notes Off</source>
        <translation>&amp;Panik: Alle Noten aus</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="355"/>
        <source>Silences everything: the song, the duet, Sound Morph and MIDI outputs</source>
        <translation>Bringt alles zum Schweigen: den Song, das Duett, Sound Morph und die MIDI-Ausgänge</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="357"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="358"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="362"/>
        <source>&amp;About Atelier</source>
        <translation>&amp;Über Atelier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363"/>
        <source>About Atelier</source>
        <translation>Über Atelier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="364"/>
        <source>&lt;h3&gt;Atelier %1&lt;/h3&gt;&lt;p&gt;A creative studio for music, drawing and sound with machine-learning models.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="377"/>
        <source>All notes off.</source>
        <translation>Alle Noten aus.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="402"/>
        <source>MIDI input: %1; using %2</source>
        <translation>MIDI-Eingang: %1; %2 wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="406"/>
        <source>No MIDI input system: %1</source>
        <translation>Kein MIDI-Eingangssystem: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="416"/>
        <source>there is no MIDI system &quot;%1&quot;</source>
        <translation>es gibt kein MIDI-System „%1“</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="448"/>
        <source>New model: %1</source>
        <translation>Neues Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="480"/>
        <source>No audio output: %1</source>
        <translation>Keine Audioausgabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="518"/>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="542"/>
        <location filename="../ui/main/MainWindow.cpp" line="604"/>
        <source>Choose a timbre model in Sound Morph first.</source>
        <translation>Wähle zuerst in Sound Morph ein Klangmodell.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="568"/>
        <source>Every MIDI channel is in use by other tracks: free one to bake a sound into &quot;%1&quot;.</source>
        <translation>Jeder MIDI-Kanal wird von anderen Spuren belegt: Gib einen frei, um einen Klang in „%1“ zu backen.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="576"/>
        <source>Bake sound &quot;%1&quot; into %2</source>
        <translation>Klang „%1“ in %2 backen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="581"/>
        <source>Every MIDI channel is in use: free one to bake a sound into a new track.</source>
        <translation>Jeder MIDI-Kanal ist belegt: Gib einen frei, um einen Klang in eine neue Spur zu backen.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="588"/>
        <source>New track with the sound &quot;%1&quot;</source>
        <translation>Neue Spur mit dem Klang „%1“</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="595"/>
        <source>Track &quot;%1&quot; now plays with the sound &quot;%2&quot; (Edit &gt; Undo takes it back).</source>
        <translation>Spur „%1“ spielt jetzt mit dem Klang „%2“ (Bearbeiten &gt; Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="608"/>
        <source>Bake the Sound into a Track</source>
        <translation>Den Klang in eine Spur backen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="614"/>
        <source>A new track</source>
        <translation>Eine neue Spur</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="619"/>
        <source>Sound name</source>
        <translation>Klangname</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="620"/>
        <source>Play it on</source>
        <translation>Spielen auf</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="621"/>
        <source>The track&apos;s notes will be played by the timbre model with this morph, its envelope and gain, in playback and in Export Audio. Choosing a GM instrument in the track list goes back to the synth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="659"/>
        <source>MIDI input now comes through %1.</source>
        <translation>MIDI-Eingang kommt jetzt über %1.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="661"/>
        <source>MIDI input cannot use %1: %2</source>
        <translation>MIDI-Eingang kann %1 nicht verwenden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="671"/>
        <source>Audio could not start: %1</source>
        <translation>Audio ließ sich nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>atelier::ui::MorphPanel</name>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="108"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="112"/>
        <source>The timbre model: it plays notes in the timbre of the instruments it was trained on, and of anything in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="116"/>
        <location filename="../ui/timbre/MorphPanel.cpp" line="218"/>
        <source>Rescan</source>
        <translation>Neu suchen</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="117"/>
        <source>Look for new .timbre.json models in the model folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="132"/>
        <source>&amp;Two corners (A ↔ B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="133"/>
        <source>Morph between corners A and B only, with a slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="140"/>
        <source>From corner A (left) to corner B (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="146"/>
        <source>How much of each corner is in the sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="154"/>
        <source>Corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="162"/>
        <source>The instrument of this corner: one the model knows, or your own recording of a single note (a WAV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="170"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="189"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="191"/>
        <source>Attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="191"/>
        <source>Fade-in time of each note (on top of the model&apos;s own attack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="194"/>
        <source>Decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="194"/>
        <source>Time to fall from the peak to the sustain level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="196"/>
        <source>Sustain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="196"/>
        <source>Level held while the key is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="197"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="198"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="198"/>
        <source>Fade-out time after the key is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="201"/>
        <source>Erase onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="202"/>
        <source>Fade in over the first milliseconds of each note, hiding the model&apos;s attack (0 = off). Useful for pads and bowed sounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="206"/>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="206"/>
        <source>Output level of the instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="207"/>
        <source>%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="211"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="216"/>
        <source>Play the instrument from a MIDI keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="219"/>
        <source>Look for MIDI input ports again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="222"/>
        <source>MIDI input</source>
        <translation>MIDI-Eingang</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="226"/>
        <source>Velocity of the notes played with the computer keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="227"/>
        <source>Key velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="229"/>
        <source>A W S E D F T G Y H U J K play one octave; Z and X shift it down and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="230"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="234"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="236"/>
        <source>Export Note as WAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="237"/>
        <source>Render one note of the current morph to a WAV file (48 kHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="238"/>
        <source>Export Played Phrase as WAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="239"/>
        <source>Render what you played (from the first note on) with the current morph to a WAV file (48 kHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="241"/>
        <source>Clear Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="242"/>
        <source>Forget the notes played so far; the next note starts a new phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="243"/>
        <source>Bake into a Track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="245"/>
        <source>Make the current morph the instrument of a piano-roll track: the whole song then plays (and renders to WAV) with this sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="247"/>
        <source>All Notes Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="248"/>
        <source>Release every sounding note (Shift+Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="323"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="323"/>
        <source>top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="324"/>
        <source>top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="325"/>
        <source>bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="326"/>
        <source>bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="356"/>
        <source>%1 (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="388"/>
        <source>No timbre models found. Put .timbre.json models in %1 (or in the models folder of the data path, %2) and press Rescan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="407"/>
        <source>Timbre models cannot be loaded in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="415"/>
        <source>%1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="416"/>
        <source>The model could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="485"/>
        <source>%1 cannot be used: it has no instruments, or their embeddings do not have %2 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanel.cpp" line="531"/>
        <source>%1: %n instrument(s). Drag the point to morph; play with the mouse, the keys A–K, or a MIDI keyboard.</source>
        <translation>
            <numerusform>%1: %n Instrument. Zieh den Punkt, um zu morphen; spiel mit der Maus, den Tasten A–K oder einem MIDI-Keyboard.</numerusform>
            <numerusform>%1: %n Instrumente. Zieh den Punkt, um zu morphen; spiel mit der Maus, den Tasten A–K oder einem MIDI-Keyboard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="535"/>
        <source>No timbre model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="536"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="595"/>
        <source>no audio engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="596"/>
        <source>Audio is off: you will not hear what you play (%1). The plots show offline previews, and export works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="603"/>
        <source>Silent audio device: nothing is heard (%1 Hz). Choose a sound card in Preferences; the plots and export work.</source>
        <translation>Stummes Audiogerät: Es ist nichts zu hören (%1 Hz). Wähle in den Einstellungen eine Soundkarte; Diagramme und Export funktionieren.</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="611"/>
        <source>Audio on, %1 Hz; key to sound ≈ %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="642"/>
        <source>GM %1 %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="646"/>
        <source>Recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="653"/>
        <source>Your recording… (WAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="655"/>
        <source>Load a recording of one note; the model finds the timbre closest to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="714"/>
        <source>There is no corner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="716"/>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="109"/>
        <source>Choose a timbre model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="721"/>
        <source>Corner %1 keeps its instrument: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="737"/>
        <source>Corner %1 is now your recording %2 (%3 s analysed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="749"/>
        <source>Load a Recorded Note into Corner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="750"/>
        <source>Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="756"/>
        <source>Recording Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanel.cpp" line="863"/>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="108"/>
        <source>%1 – %2 on A … K (Z / X: octave down / up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="247"/>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="266"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="254"/>
        <source>Play the instrument from a MIDI keyboard (%n port(s) found)</source>
        <translation>
            <numerusform>Das Instrument von einem MIDI-Keyboard spielen (%n Anschluss gefunden)</numerusform>
            <numerusform>Das Instrument von einem MIDI-Keyboard spielen (%n Anschlüsse gefunden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="256"/>
        <source>MIDI input is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="272"/>
        <source>the studio has no MIDI input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="276"/>
        <source>MIDI input %1 could not be opened: %2</source>
        <translation>MIDI-Eingang %1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="277"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="285"/>
        <source>Playing from MIDI input %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="327"/>
        <source>The phrase is full (%1 minutes): export it, or clear it to record a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="354"/>
        <source>Phrase: nothing played yet (recording starts at the first note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="356"/>
        <source>Phrase: %n note(s), %1 s.</source>
        <translation>
            <numerusform>Phrase: %n Note, %1 s.</numerusform>
            <numerusform>Phrase: %n Noten, %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="75"/>
        <source>Rendering %1 s of audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="89"/>
        <source>The Sound-Morph panel was closed while rendering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="98"/>
        <source>Rendering produced no audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="111"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="121"/>
        <source>The pitch must be a MIDI note number from 0 to 127.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="123"/>
        <source>The velocity must be from 1 to 127.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="125"/>
        <source>The note must last more than 0 and at most %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="136"/>
        <source>Exported %1 (%2 s) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="148"/>
        <source>Nothing to export: play some notes first (the phrase starts at the first note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="184"/>
        <source>Exported the phrase (%n note(s), %1 s) to %2.</source>
        <translation>
            <numerusform>Phrase (%n Note, %1 s) nach %2 exportiert.</numerusform>
            <numerusform>Phrase (%n Noten, %1 s) nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="195"/>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="211"/>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="248"/>
        <source>Export Note as WAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="223"/>
        <source>&amp;Pitch (MIDI note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="227"/>
        <source>&amp;Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="232"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="234"/>
        <source>How long the key is held; the release (%1 ms) is added after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="236"/>
        <source>&amp;Held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="238"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="253"/>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="272"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="261"/>
        <source>Export Played Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="262"/>
        <source>Nothing has been played yet. Play some notes (mouse, keys A–K or a MIDI keyboard), then export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="266"/>
        <source>Export Played Phrase as WAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="345"/>
        <source>Preview: %1, velocity %2, held %3 s (nothing is playing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="378"/>
        <source>Live: %n voice(s) sounding</source>
        <translation>
            <numerusform>Live: %n Stimme klingt</numerusform>
            <numerusform>Live: %n Stimmen klingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="425"/>
        <source>%1 morph</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::PianoKeyboard</name>
    <message>
        <location filename="../ui/pianoroll/PianoKeyboard.cpp" line="15"/>
        <source>Click a key to hear it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::PianoRollEditor</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="35"/>
        <source>&amp;Select Tool</source>
        <translation>&amp;Auswahlwerkzeug</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="36"/>
        <source>&amp;Draw Tool</source>
        <translation>&amp;Stift</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="37"/>
        <source>&amp;Erase Tool</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="49"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="52"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="72"/>
        <source>Vel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="123"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="134"/>
        <source>Scale</source>
        <translation>Tonleiter</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="141"/>
        <source>None</source>
        <translation type="unfinished">Keiner</translation>
    </message>
</context>
<context>
    <name>atelier::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="45"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="50"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="54"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="59"/>
        <source>System default (no output devices found)</source>
        <translation>Systemstandard (keine Ausgabegeräte gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="60"/>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="62"/>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="65"/>
        <source>%1 frames</source>
        <translation>%1 Frames</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="67"/>
        <source>Buffer size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="70"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="73"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="78"/>
        <source>JACK (a running JACK server, sample-accurate)</source>
        <translation>JACK (ein laufender JACK-Server, samplegenau)</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="79"/>
        <source>ALSA sequencer</source>
        <translation>ALSA-Sequencer</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="84"/>
        <source>Where MIDI keyboards come in for recording, the duet and Sound Morph; the port is chosen in the Duet or Sound Morph panel</source>
        <translation>Woher MIDI-Keyboards für Aufnahme, Duett und Sound Morph kommen; den Anschluss wählst du im Duett- oder Sound-Morph-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="86"/>
        <source>MIDI input</source>
        <translation>MIDI-Eingang</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="92"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="94"/>
        <location filename="../ui/main/PreferencesDialog.cpp" line="100"/>
        <source>Soundfont</source>
        <translation>Soundfont</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="95"/>
        <source>Soundfonts (*.sf2 *.sf3)</source>
        <translation>Soundfonts (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="103"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="129"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="140"/>
        <source>%1 ms per buffer (plus the device&apos;s own latency)</source>
        <translation>%1 ms je Puffer (plus die eigene Latenz des Geräts)</translation>
    </message>
</context>
<context>
    <name>atelier::ui::QuickDrawBrowser</name>
    <message>
        <location filename="../ui/sketch/QuickDrawBrowser.cpp" line="25"/>
        <source>All drawings</source>
        <translation type="unfinished"></translation>
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
    <name>atelier::ui::RecordController</name>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="29"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="33"/>
        <source>Record what you play into the armed track, or the selected one when none is armed (R)</source>
        <translation>Nimmt auf, was du spielst: in die aufnahmebereite Spur, sonst in die ausgewählte (R)</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="46"/>
        <location filename="../ui/live/RecordController.cpp" line="128"/>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="47"/>
        <source>Count-in</source>
        <translation>Einzähler</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="50"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/RecordController.cpp" line="50"/>
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n Takt</numerusform>
            <numerusform>%n Takte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="56"/>
        <source>Metronome</source>
        <translation>Metronom</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="64"/>
        <source>Metronome volume</source>
        <translation>Lautstärke des Metronoms</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="70"/>
        <source>Loop: Each Pass Adds</source>
        <translation>Schleife: jeder Durchgang kommt hinzu</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="71"/>
        <source>Loop: Each Pass Replaces</source>
        <translation>Schleife: jeder Durchgang ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="78"/>
        <source>Quantize While Recording</source>
        <translation>Beim Aufnehmen quantisieren</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="145"/>
        <source>Recording needs an audio device: choose one in Preferences.</source>
        <translation>Zum Aufnehmen braucht es ein Audiogerät: wähle eines in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="148"/>
        <source>There is no track to record into.</source>
        <translation>Es gibt keine Spur, in die aufgenommen werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="169"/>
        <source>Count-in…</source>
        <translation>Einzählen…</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="169"/>
        <location filename="../ui/live/RecordController.cpp" line="203"/>
        <source>Recording into &quot;%1&quot;.</source>
        <translation>Aufnahme in &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="288"/>
        <location filename="../ui/live/RecordController.cpp" line="289"/>
        <source>Record take</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="292"/>
        <source>Record pedal and pitch bend</source>
        <translation>Pedal und Tonhöhenbeugung aufnehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/RecordController.cpp" line="298"/>
        <source>Recorded %n note(s) (Ctrl+Z takes the take back).</source>
        <translation>
            <numerusform>%n Note aufgenommen (Ctrl+Z nimmt die Aufnahme zurück).</numerusform>
            <numerusform>%n Noten aufgenommen (Ctrl+Z nimmt die Aufnahme zurück).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/live/RecordController.cpp" line="299"/>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgenommen.</translation>
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
        <location filename="../ui/sketch/SketchCanvas.cpp" line="154"/>
        <source>Delete stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="154"/>
        <source>Delete strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="380"/>
        <source>Draw stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="387"/>
        <source>Erase stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="387"/>
        <source>Erase strokes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchEditor</name>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="38"/>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="39"/>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="40"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="54"/>
        <source> Width </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="69"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="70"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="71"/>
        <source>Clear canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="73"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="75"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="77"/>
        <source>Import Drawings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="78"/>
        <source>Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="97"/>
        <source>Import Drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="98"/>
        <source>Quick, Draw! drawings (*.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="104"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="117"/>
        <source>Import drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="124"/>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="124"/>
        <source>Drawing</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="125"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="137"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="139"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchModelPanel</name>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="61"/>
        <source>Finish My Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="63"/>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="89"/>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="64"/>
        <source>Draw From Scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="65"/>
        <source>Surprise Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="67"/>
        <source>Colour each stroke by how unexpected the model finds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="68"/>
        <source>Interpolate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="69"/>
        <source>Morph the drawing into another through the model&apos;s latent space (models with an encoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="79"/>
        <source>Double-click an alternative to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="84"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="88"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="123"/>
        <source>%1 (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="135"/>
        <source>No drawing models found. Put .gen.json models in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="180"/>
        <source>Drawing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="193"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="236"/>
        <source>Alternative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="239"/>
        <source>%n alternative(s): double-click one to keep it</source>
        <translation>
            <numerusform>%n Alternative: Doppelklick behält sie</numerusform>
            <numerusform>%n Alternativen: Ein Doppelklick behält eine davon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="269"/>
        <source>Draw from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="269"/>
        <source>Finish drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="272"/>
        <source>The model added nothing: it thinks the drawing is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="273"/>
        <source>%n stroke(s) added; they are ordinary strokes now</source>
        <translation>
            <numerusform>%n Strich hinzugefügt; er ist jetzt ein gewöhnlicher Strich</numerusform>
            <numerusform>%n Striche hinzugefügt; sie sind jetzt gewöhnliche Striche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="286"/>
        <source>Keep alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="328"/>
        <source>%1 has no encoder, so it cannot interpolate. Models trained with `atelier train sketch` (like the bundled sheep) can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="333"/>
        <source>Draw something first: the canvas is one end of the interpolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="339"/>
        <source>Interpolate drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="367"/>
        <source>Expected  →  Surprising
(%1 … %2 nats per point)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::TimbrePlots</name>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="37"/>
        <source>time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="37"/>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="53"/>
        <source>amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="38"/>
        <source>Waveform: the sound last played, or a preview of middle C for the current morph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="44"/>
        <source>frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="44"/>
        <source>level (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="45"/>
        <source>Magnitude spectrum (Hann window; 0 dB is a full-scale sine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="53"/>
        <source>harmonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="54"/>
        <source>The model&apos;s harmonic amplitudes for the most recent note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="62"/>
        <source>PC 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="62"/>
        <source>PC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/TimbrePlots.cpp" line="277"/>
        <source>%1 (your recording)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::TimeRuler</name>
    <message>
        <location filename="../ui/pianoroll/TimeRuler.cpp" line="17"/>
        <source>Click to move the playhead; drag in the lower half to set the loop; double-click the loop to switch it on or off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::TrainingDialog</name>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="47"/>
        <source>Train a Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="51"/>
        <source>Melody (one voice, 16th-note steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="52"/>
        <source>Performance (piano, expressive timing and dynamics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="53"/>
        <source>Timbre (Sound Morph; learns from GM SoundFonts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="54"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="57"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="187"/>
        <source>A folder of MIDI files to learn from (searched without subfolders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="58"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="65"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="61"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="185"/>
        <source>MIDI folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="68"/>
        <source>Save model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="72"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="73"/>
        <source>Training time in total; a resumed run counts the time already spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="74"/>
        <source>Train for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="75"/>
        <source>Resume from the last checkpoint of this model kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="80"/>
        <source>Fine-tune a timbre model you have (much faster than from scratch: its network and the instruments it knows are the starting point), or train a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="82"/>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="90"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="93"/>
        <source>held-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="96"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="97"/>
        <location filename="../ui/training/TrainingDialog.cpp" line="193"/>
        <source>loss (nats per event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="103"/>
        <source>Choose a folder of MIDI files and press Train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="108"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="110"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="111"/>
        <source>Stop training; a checkpoint is kept, and the model so far is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="113"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="121"/>
        <source>MIDI Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="121"/>
        <source>SoundFont Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="128"/>
        <source>Save Model As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="129"/>
        <source>Timbre models (*.timbre.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="130"/>
        <source>Music models (*.music.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="140"/>
        <source>Training is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="168"/>
        <source>SoundFont folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="170"/>
        <source>empty: the General MIDI SoundFonts installed with Debian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="171"/>
        <source>A folder of SoundFonts (.sf2, .sf3); single notes of GM programs 0–111 are rendered from them (about 40 s per SoundFont, kept in a cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="174"/>
        <source>multi-scale spectral loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="175"/>
        <source>Press Train: the notes are rendered first, then the model learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="177"/>
        <source>Nothing: a new model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="219"/>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="232"/>
        <source>Rendering the notes to learn from (about 40 s per SoundFont the first time; they are kept in a cache)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="234"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="270"/>
        <source>Saved %1 after %2 steps (held-out spectral loss %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="271"/>
        <source>Saved %1 after %2 steps (held-out loss %3 nats per event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="296"/>
        <source>Step %1 · loss %2 · %3 events/s · elapsed %4 · remaining %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="302"/>
        <source>Step %1 · loss %2 · %3 steps/s · elapsed %4 · remaining %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="315"/>
        <source>Stopping after this step; keeping a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="335"/>
        <source>Stop Training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingDialog.cpp" line="336"/>
        <source>Training is running. Stop it (a checkpoint is kept) and close?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::TransportBar</name>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="16"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="19"/>
        <source>Return to Start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="22"/>
        <source>Play / Stop</source>
        <translation>Wiedergabe / Stopp</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="25"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="28"/>
        <source>Loop the region marked on the ruler (L)</source>
        <translation>Den im Lineal markierten Bereich wiederholen (L)</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="46"/>
        <source> Tempo </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="51"/>
        <source> bpm</source>
        <translation> BPM</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="58"/>
        <source>  Time </source>
        <translation>  Takt </translation>
    </message>
</context>
<context>
    <name>atelier::ui::VelocityLane</name>
    <message>
        <location filename="../ui/pianoroll/VelocityLane.cpp" line="14"/>
        <source>Drag a bar to change the note&apos;s velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/VelocityLane.cpp" line="99"/>
        <source>Change velocity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::XYPad</name>
    <message>
        <location filename="../ui/timbre/XYPad.cpp" line="24"/>
        <source>Morph pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/XYPad.cpp" line="25"/>
        <source>Drag the point to morph between the four corner instruments.
Arrow keys nudge it (Shift: bigger steps), Home centres it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/XYPad.cpp" line="133"/>
        <source>A: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timbre/XYPad.cpp" line="133"/>
        <source>B: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
