<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/Cli.cpp" line="69"/>
        <source>midi info: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="72"/>
        <source>usage: atelier midi info FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="93"/>
        <source>none (120 bpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="94"/>
        <source>none (4/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="106"/>
        <source>midi convert: --format must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="109"/>
        <source>midi convert: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="112"/>
        <source>usage: atelier midi convert IN.mid OUT.mid [--format 0|1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="136"/>
        <source>render: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="139"/>
        <source>usage: atelier render IN.mid|IN.atelier -o OUT.wav [--rate 44100] [--loop] [--soundfont FILE.sf2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="146"/>
        <source>render: --rate must be a sample rate from 8000 to 192000 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="156"/>
        <source>render: %1 has no loop region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="173"/>
        <source>Usage:
  atelier [FILE]                         open the studio (optionally a song)
  atelier midi info FILE [--json]        describe a MIDI file
  atelier midi convert IN OUT [--format 0|1]
                                         rewrite a MIDI file as type 0 or 1
  atelier render IN.mid|IN.atelier -o OUT.wav [--rate 44100] [--loop]
                                         render a song to WAV with the GM synth
Errors go to stderr with exit code 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="211"/>
        <source>midi: unknown command &apos;%1&apos; (info, convert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="214"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="79"/>
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
        <location filename="../core/project/ProjectFile.cpp" line="72"/>
        <location filename="../core/project/ProjectFile.cpp" line="78"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="94"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="96"/>
        <source>not an Atelier project (the top level is not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="99"/>
        <source>not an Atelier project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="102"/>
        <source>the project has no version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="107"/>
        <source>the project was saved by a newer Atelier (format version %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="109"/>
        <source>unknown project format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectFile.cpp" line="122"/>
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
        <location filename="../core/project/ProjectReaderV1.cpp" line="113"/>
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
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="234"/>
        <source>Draw note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::EraseSweep</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="264"/>
        <source>Erase note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="264"/>
        <source>Erase notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::FileController</name>
    <message>
        <location filename="../ui/main/FileController.cpp" line="37"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="95"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="96"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="111"/>
        <source>Piano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="130"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="140"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="141"/>
        <source>Songs (*.atelier *.mid *.midi);;Atelier projects (*.atelier);;MIDI files (*.mid *.midi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="147"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="163"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="173"/>
        <location filename="../ui/main/FileController.cpp" line="190"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="181"/>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="183"/>
        <source>Atelier projects (*.atelier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="200"/>
        <source>Export MIDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="201"/>
        <source>MIDI type 1, one track per track (*.mid);;MIDI type 0, single track (*.mid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="209"/>
        <source>Cannot export MIDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="212"/>
        <source>Exported %1 (MIDI type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="220"/>
        <location filename="../ui/main/FileController.cpp" line="228"/>
        <location filename="../ui/main/FileController.cpp" line="233"/>
        <source>Export Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="220"/>
        <source>The song has no notes to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="223"/>
        <source>Whole song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="225"/>
        <source>Loop region only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="228"/>
        <source>Render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="234"/>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="244"/>
        <source>Rendering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="244"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="270"/>
        <source>Audio export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="272"/>
        <source>Cannot export audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="275"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="284"/>
        <source>an unsaved song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="287"/>
        <source>Recover work</source>
        <translation>Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="288"/>
        <source>Atelier did not close properly. Recover %1, autosaved %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="297"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/FileController.cpp" line="306"/>
        <source>Recovered %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="57"/>
        <source>&lt;original&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="58"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="111"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="112"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="113"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="117"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="118"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="120"/>
        <source>&amp;Import MIDI…</source>
        <translation>MIDI &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="122"/>
        <source>&amp;Export MIDI…</source>
        <translation>MIDI &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="124"/>
        <source>Export &amp;Audio (WAV)…</source>
        <translation>&amp;Audio exportieren (WAV)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="129"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="132"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="148"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="150"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="156"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="159"/>
        <source>T&amp;rack</source>
        <translation>&amp;Spur</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="160"/>
        <source>&amp;Add Track</source>
        <translation>Spur &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="161"/>
        <source>&amp;Delete Track</source>
        <translation>Spur &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="164"/>
        <source>Tra&amp;nsport</source>
        <translation>Tra&amp;nsport</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="168"/>
        <source>All Notes &amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="171"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="172"/>
        <source>&amp;About Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="173"/>
        <source>About Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="174"/>
        <source>&lt;h3&gt;Atelier %1&lt;/h3&gt;&lt;p&gt;A creative studio for music, drawing and sound with machine-learning models.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="203"/>
        <source>No audio output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="241"/>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="273"/>
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
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="99"/>
        <source>Delete notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="118"/>
        <source>Cut notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="131"/>
        <source>Paste notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="146"/>
        <source>Duplicate notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="161"/>
        <source>Transpose notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="172"/>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/NoteEditActions.cpp" line="185"/>
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
    <name>atelier::ui::SelectTool</name>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="143"/>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="143"/>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="147"/>
        <source>Resize note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="147"/>
        <source>Resize notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pianoroll/PianoRollTools.cpp" line="157"/>
        <source>Add note</source>
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
        <location filename="../ui/pianoroll/VelocityLane.cpp" line="103"/>
        <source>Change velocity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
