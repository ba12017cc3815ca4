<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PianoRollTool</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="229"/>
        <source>Erase note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="230"/>
        <source>Erase notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/CliMidi.cpp" line="26"/>
        <source>midi info: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="29"/>
        <source>usage: atelier midi info FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="50"/>
        <source>none (120 bpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="51"/>
        <source>none (4/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="63"/>
        <source>midi convert: --format must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="66"/>
        <source>midi convert: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="69"/>
        <source>usage: atelier midi convert IN.mid OUT.mid [--format 0|1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="93"/>
        <source>render: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="96"/>
        <source>usage: atelier render IN.mid|IN.atelier -o OUT.wav [--rate 44100] [--loop] [--soundfont FILE.sf2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="103"/>
        <source>render: --rate must be a sample rate from 8000 to 192000 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliMidi.cpp" line="114"/>
        <source>render: %1 has no loop region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="34"/>
        <source>Usage:
  atelier [FILE]                         open the studio (optionally a song)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="37"/>
        <source>Results are JSON on stdout; errors go to stderr with exit code 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="68"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83"/>
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
        <location filename="../core/project/ProjectFile.cpp" line="93"/>
        <location filename="../core/project/ProjectFile.cpp" line="99"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="115"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="117"/>
        <source>not an Atelier project (the top level is not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="120"/>
        <source>not an Atelier project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="123"/>
        <source>the project has no version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="128"/>
        <source>the project was saved by a newer Atelier (format version %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="130"/>
        <source>unknown project format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="143"/>
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
        <location filename="../core/project/ProjectReaderV1.cpp" line="73"/>
        <source>expected [pitch, start, length, velocity]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="84"/>
        <source>expected [tick, controller, value]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="105"/>
        <source>expected [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="109"/>
        <source>a stroke needs at least one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="112"/>
        <source>%1 pressures for %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="118"/>
        <source>not a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectReaderV1.cpp" line="146"/>
        <source>%1 is not a power of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="25"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="41"/>
        <source>Drums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/SongFiles.cpp" line="42"/>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommon.cpp" line="47"/>
        <source>%1 needs a number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="37"/>
        <source>%1: --model FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="56"/>
        <source>%1: cannot open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="62"/>
        <source>%1: expected a JSON array of [dx, dy, p1, p2, p3] rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="75"/>
        <source>%1: row %2 is not [dx, dy, p1, p2, p3] with a one-hot pen state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="90"/>
        <source>sketch trace: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="94"/>
        <source>usage: atelier sketch trace --model FILE --input STROKES.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="165"/>
        <source>sketch generate: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="169"/>
        <source>sketch generate: --greedy takes no --temperature or --seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="174"/>
        <source>sketch generate: --temperature needs a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="179"/>
        <source>sketch generate: --seed needs a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="184"/>
        <source>sketch generate: --steps needs a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="187"/>
        <source>sketch generate: --svg needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="193"/>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="205"/>
        <source>, written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliSketch.cpp" line="225"/>
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
        <location filename="../core/document/SongDocument.cpp" line="132"/>
        <source>Set tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="149"/>
        <source>Set time signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/SongDocument.cpp" line="158"/>
        <source>Set loop region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::core::StrokeModel</name>
    <message numerus="yes">
        <location filename="../core/sketch/StrokeModel.cpp" line="34"/>
        <source>Model stroke, %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sketch/StrokeModel.cpp" line="35"/>
        <source>Stroke, %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::core::TrackListModel</name>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="45"/>
        <source>Drums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="53"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="57"/>
        <source>Solo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="63"/>
        <source>Internal synth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="81"/>
        <source>Rename track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="86"/>
        <source>Change instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="91"/>
        <source>Change channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="98"/>
        <source>Mute track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="98"/>
        <source>Solo track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="104"/>
        <source>Change volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="110"/>
        <source>Change output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="133"/>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="134"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="135"/>
        <source>Ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="136"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="137"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="138"/>
        <source>Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/TrackListModel.cpp" line="139"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::DrawTool</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="201"/>
        <source>Draw note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::FileController</name>
    <message>
        <location filename="../ui/main/FileController.cpp" line="55"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="117"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="118"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="133"/>
        <source>Piano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="155"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="165"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="166"/>
        <source>Songs (*.atelier *.mid *.midi);;Atelier projects (*.atelier);;MIDI files (*.mid *.midi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="172"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="188"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="198"/>
        <location filename="../ui/main/FileController.cpp" line="215"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="206"/>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="208"/>
        <source>Atelier projects (*.atelier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="225"/>
        <source>Export MIDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="226"/>
        <source>MIDI type 1, one track per track (*.mid);;MIDI type 0, single track (*.mid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="234"/>
        <source>Cannot export MIDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="237"/>
        <source>Exported %1 (MIDI type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="245"/>
        <location filename="../ui/main/FileController.cpp" line="253"/>
        <location filename="../ui/main/FileController.cpp" line="258"/>
        <source>Export Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="245"/>
        <source>The song has no notes to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="248"/>
        <source>Whole song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="250"/>
        <source>Loop region only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="253"/>
        <source>Render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="259"/>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="269"/>
        <source>Rendering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="269"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="295"/>
        <source>Audio export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="297"/>
        <source>Cannot export audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="300"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="309"/>
        <source>an unsaved song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="312"/>
        <source>Recover work</source>
        <translation>Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="313"/>
        <source>Atelier did not close properly. Recover %1, autosaved %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="322"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="331"/>
        <source>Recovered %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::InterpolateDialog</name>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="30"/>
        <source>Interpolate with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="37"/>
        <source>The canvas is drawing A. Choose drawing B to interpolate towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="38"/>
        <source>Choose Drawing B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="41"/>
        <source>Use This Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="54"/>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="64"/>
        <source>Drawing B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="55"/>
        <source>Quick, Draw! drawings (*.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="75"/>
        <source>%1 cannot encode drawings (it has no encoder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="102"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="102"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/InterpolateDialog.cpp" line="106"/>
        <source>From A (left) to B (right): double-click a drawing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="59"/>
        <source>Add Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="60"/>
        <source>Delete Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="79"/>
        <source>Piano Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="80"/>
        <source>Sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="94"/>
        <source>&lt;original&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="95"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="149"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="150"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="151"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="152"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="156"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="157"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="159"/>
        <source>&amp;Import MIDI…</source>
        <translation>MIDI &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="161"/>
        <source>&amp;Export MIDI…</source>
        <translation>MIDI &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="163"/>
        <source>Export &amp;Audio (WAV)…</source>
        <translation>&amp;Audio exportieren (WAV)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="168"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="171"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="187"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="189"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="195"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="198"/>
        <source>&amp;Sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="199"/>
        <source>Show &amp;Piano Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="201"/>
        <source>Show &amp;Sketch Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="206"/>
        <source>T&amp;rack</source>
        <translation>&amp;Spur</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="207"/>
        <source>&amp;Add Track</source>
        <translation>Spur &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="208"/>
        <source>&amp;Delete Track</source>
        <translation>Spur &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="211"/>
        <source>Tra&amp;nsport</source>
        <translation>Tra&amp;nsport</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="215"/>
        <source>All Notes &amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="218"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="219"/>
        <source>&amp;About Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="220"/>
        <source>About Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="221"/>
        <source>&lt;h3&gt;Atelier %1&lt;/h3&gt;&lt;p&gt;A creative studio for music, drawing and sound with machine-learning models.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="252"/>
        <source>No audio output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="290"/>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="322"/>
        <source>Audio could not start: %1</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="100"/>
        <source>Cut notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="112"/>
        <source>Paste notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="121"/>
        <source>Duplicate notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="130"/>
        <source>Transpose notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="140"/>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="152"/>
        <source>Quantize notes</source>
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
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="34"/>
        <source>&amp;Select Tool</source>
        <translation>&amp;Auswahlwerkzeug</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="35"/>
        <source>&amp;Draw Tool</source>
        <translation>&amp;Stift</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="36"/>
        <source>&amp;Erase Tool</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="48"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="51"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="71"/>
        <source>Vel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="122"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="133"/>
        <source>Scale</source>
        <translation>Tonleiter</translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollEditor.cpp" line="140"/>
        <source>None</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="54"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="59"/>
        <source>System default (no output devices found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="60"/>
        <source>Audio output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="62"/>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="65"/>
        <source>%1 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="67"/>
        <source>Buffer size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="70"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="73"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="79"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="81"/>
        <location filename="../ui/main/PreferencesDialog.cpp" line="87"/>
        <source>Soundfont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="82"/>
        <source>Soundfonts (*.sf2 *.sf3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="90"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="116"/>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PreferencesDialog.cpp" line="127"/>
        <source>%1 ms per buffer (plus the device&apos;s own latency)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::SelectTool</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="115"/>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="115"/>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="118"/>
        <source>Resize note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="118"/>
        <source>Resize notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="126"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchCanvas</name>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="134"/>
        <source>Delete stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="134"/>
        <source>Delete strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="360"/>
        <source>Draw stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="367"/>
        <source>Erase stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchCanvas.cpp" line="367"/>
        <source>Erase strokes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchEditor</name>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="36"/>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="37"/>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="38"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="52"/>
        <source> Width </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="67"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="68"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="69"/>
        <source>Clear canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="71"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="72"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="74"/>
        <source>Import Drawings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="75"/>
        <source>Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="94"/>
        <source>Import Drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="95"/>
        <source>Quick, Draw! drawings (*.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="101"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="114"/>
        <source>Import drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="121"/>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="122"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="132"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchEditor.cpp" line="134"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchModelPanel</name>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="60"/>
        <source>Finish My Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="62"/>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="88"/>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="63"/>
        <source>Draw From Scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="64"/>
        <source>Surprise Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="66"/>
        <source>Colour each stroke by how unexpected the model finds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="67"/>
        <source>Interpolate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="68"/>
        <source>Morph the drawing into another through the model&apos;s latent space (models with an encoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="70"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="78"/>
        <source>Double-click an alternative to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="83"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="87"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="130"/>
        <source>%1 (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="142"/>
        <source>No drawing models found. Put .gen.json models in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="193"/>
        <source>Drawing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="206"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="245"/>
        <source>Alternative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="248"/>
        <source>%n alternative(s): double-click one to keep it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="272"/>
        <source>Draw from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="272"/>
        <source>Finish drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="275"/>
        <source>The model added nothing: it thinks the drawing is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="276"/>
        <source>%n stroke(s) added; they are ordinary strokes now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="286"/>
        <source>Keep alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="315"/>
        <source>%1 has no encoder, so it cannot interpolate. Models trained with `atelier train sketch` (like the bundled sheep) can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="320"/>
        <source>Draw something first: the canvas is one end of the interpolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="326"/>
        <source>Interpolate drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="354"/>
        <source>Expected  →  Surprising
(%1 … %2 nats per point)</source>
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
    <name>atelier::ui::TransportBar</name>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="16"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="19"/>
        <source>Return to Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="22"/>
        <source>Play / Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="25"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="28"/>
        <source>Loop the region marked on the ruler (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="46"/>
        <source> Tempo </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="51"/>
        <source> bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/TransportBar.cpp" line="58"/>
        <source>  Time </source>
        <translation type="unfinished"></translation>
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
</TS>
