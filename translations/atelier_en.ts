<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../core/audio/MidiInputHub.cpp" line="20"/>
        <source>%n MIDI input event(s) dropped: more than Atelier can take in at once</source>
        <translation>
            <numerusform>%n MIDI input event dropped: more than Atelier can take in at once</numerusform>
            <numerusform>%n MIDI input events dropped: more than Atelier can take in at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/live/JackMidiClient.cpp" line="451"/>
        <source>JACK missed %n cycle(s) (xrun): MIDI in those cycles may be lost; a realtime JACK server or a larger buffer helps</source>
        <translation>
            <numerusform>JACK missed %n cycle (xrun): MIDI in that cycle may be lost; a realtime JACK server or a larger buffer helps</numerusform>
            <numerusform>JACK missed %n cycles (xrun): MIDI in those cycles may be lost; a realtime JACK server or a larger buffer helps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliPlay.cpp" line="170"/>
        <source>play: %n MIDI event(s) did not fit a cycle and were dropped</source>
        <translation>
            <numerusform>play: %n MIDI event did not fit a cycle and was dropped</numerusform>
            <numerusform>play: %n MIDI events did not fit a cycle and were dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/SongFiles.cpp" line="41"/>
        <source>%1: %n event(s) after 24 hours were left out</source>
        <translation>
            <numerusform>%1: %n event after 24 hours was left out</numerusform>
            <numerusform>%1: %n events after 24 hours were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audio/AudioEngine.cpp" line="278"/>
        <source>%n dropout(s): the audio came late</source>
        <translation>
            <numerusform>%n dropout: the audio came late</numerusform>
            <numerusform>%n dropouts: the audio came late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/audio/AudioEngine.cpp" line="281"/>
        <source>%n block(s) silenced: an instrument gave no numbers</source>
        <translation>
            <numerusform>%n block silenced: an instrument gave no numbers</numerusform>
            <numerusform>%n blocks silenced: an instrument gave no numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sketchrnn/train/SketchDataset.cpp" line="141"/>
        <source>%1: no drawings long enough to train on (%n too short)</source>
        <translation>
            <numerusform>%1: no drawings long enough to train on (%n too short)</numerusform>
            <numerusform>%1: no drawings long enough to train on (%n too short)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/music/PersonalMusicData.cpp" line="59"/>
        <source>%1 gives %n example(s) (phrases of %2 events); personalising needs at least %3</source>
        <translation>
            <numerusform>%1 gives %n example (phrases of %2 events); personalising needs at least %3</numerusform>
            <numerusform>%1 gives %n examples (phrases of %2 events); personalising needs at least %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="88"/>
        <source>%1 has %n usable drawing(s); personalising needs at least %2</source>
        <translation>
            <numerusform>%1 has %n usable drawing; personalising needs at least %2</numerusform>
            <numerusform>%1 has %n usable drawings; personalising needs at least %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sketchrnn/train/SketchPersonaliser.cpp" line="92"/>
        <source> (%n too short to train on)</source>
        <translation>
            <numerusform> (%n too short to train on)</numerusform>
            <numerusform> (%n too short to train on)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/SketchTrainingJobs.cpp" line="126"/>
        <source>%1: none of its %n project(s) has a drawing of your own</source>
        <translation>
            <numerusform>%1: its %n project has no drawing of your own</numerusform>
            <numerusform>%1: none of its %n projects has a drawing of your own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::core::StrokeModel</name>
    <message numerus="yes">
        <location filename="../core/sketch/StrokeModel.cpp" line="34"/>
        <source>Model stroke, %n point(s)</source>
        <translation>
            <numerusform>Model stroke, %n point</numerusform>
            <numerusform>Model stroke, %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sketch/StrokeModel.cpp" line="35"/>
        <source>Stroke, %n point(s)</source>
        <translation>
            <numerusform>Stroke, %n point</numerusform>
            <numerusform>Stroke, %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::ChordLane</name>
    <message numerus="yes">
        <location filename="../ui/pianoroll/ChordLane.cpp" line="358"/>
        <source>The chords are a track now (%n note(s)): edit them, or export them with the song.</source>
        <translation>
            <numerusform>The chords are a track now (%n note): edit them, or export them with the song.</numerusform>
            <numerusform>The chords are a track now (%n notes): edit them, or export them with the song.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pianoroll/ChordLane.cpp" line="374"/>
        <source>%n chord(s) from &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n chord from &quot;%1&quot;.</numerusform>
            <numerusform>%n chords from &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pianoroll/ChordLane.cpp" line="422"/>
        <source>%n chord(s) proposed after yours, in %1.</source>
        <translation>
            <numerusform>%n chord proposed after yours, in %1.</numerusform>
            <numerusform>%n chords proposed after yours, in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pianoroll/ChordLane.cpp" line="424"/>
        <source>%n chord(s) proposed for &quot;%1&quot;, in %2.</source>
        <translation>
            <numerusform>%n chord proposed for &quot;%1&quot;, in %2.</numerusform>
            <numerusform>%n chords proposed for &quot;%1&quot;, in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::ContinuePanel</name>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="470"/>
        <source>Generating %n variation(s) of %1 bars with %2…</source>
        <translation>
            <numerusform>Generating %n variation of %1 bars with %2…</numerusform>
            <numerusform>Generating %n variations of %1 bars with %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="533"/>
        <source>Replacement — %n note(s)</source>
        <translation>
            <numerusform>Replacement — %n note</numerusform>
            <numerusform>Replacement — %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="534"/>
        <source>Variation %1 — %n note(s)</source>
        <translation>
            <numerusform>Variation %1 — %n note</numerusform>
            <numerusform>Variation %1 — %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="539"/>
        <source>%n variation(s). Select one to see it, Audition to hear it with its context, Keep to add it.</source>
        <translation>
            <numerusform>%n variation. Select one to see it, Audition to hear it with its context, Keep to add it.</numerusform>
            <numerusform>%n variations. Select one to see it, Audition to hear it with its context, Keep to add it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="596"/>
        <source>Regenerate %n note(s)</source>
        <translation>
            <numerusform>Regenerate %n note</numerusform>
            <numerusform>Regenerate %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="603"/>
        <source>Keep continuation (%n note(s))</source>
        <translation>
            <numerusform>Keep continuation (%n note)</numerusform>
            <numerusform>Keep continuation (%n notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/music/ContinuePanel.cpp" line="606"/>
        <source>Kept %n note(s). Undo takes them back.</source>
        <translation>
            <numerusform>Kept %n note. Undo takes it back.</numerusform>
            <numerusform>Kept %n notes. Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::DuetPanel</name>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="144"/>
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n bar</numerusform>
            <numerusform>%n bars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="440"/>
        <source>Off. Your %n phrase(s) and the replies are in the song.</source>
        <translation>
            <numerusform>Off. Your %n phrase and the replies are in the song.</numerusform>
            <numerusform>Off. Your %n phrases and the replies are in the song.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="441"/>
        <source>Duet kept as %n track(s) (Ctrl+Z removes them).</source>
        <translation>
            <numerusform>Duet kept as %n track (Ctrl+Z removes it).</numerusform>
            <numerusform>Duet kept as %n tracks (Ctrl+Z removes them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/DuetPanel.cpp" line="464"/>
        <source>Reply %1: %n note(s), %2 ms after your phrase.</source>
        <translation>
            <numerusform>Reply %1: %n note, %2 ms after your phrase.</numerusform>
            <numerusform>Reply %1: %n notes, %2 ms after your phrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::FileController</name>
    <message numerus="yes">
        <location filename="../ui/main/FileController.cpp" line="429"/>
        <source>Not recovered: %1 is kept for %n day(s) in %2</source>
        <translation>
            <numerusform>Not recovered: %1 is kept for %n day in %2</numerusform>
            <numerusform>Not recovered: %1 is kept for %n days in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::LinkControl</name>
    <message numerus="yes">
        <location filename="../ui/main/LinkControl.cpp" line="126"/>
        <source>Link · %n peer(s) · %1 bpm</source>
        <translation>
            <numerusform>Link · %n peer · %1 bpm</numerusform>
            <numerusform>Link · %n peers · %1 bpm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::MidiDropHandler</name>
    <message numerus="yes">
        <location filename="../ui/pianoroll/MidiDropHandler.cpp" line="102"/>
        <source>%n note(s) from %1</source>
        <translation>
            <numerusform>%n note from %1</numerusform>
            <numerusform>%n notes from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::MorphExporter</name>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphExporter.cpp" line="127"/>
        <source>Exported the phrase (%n note(s), %1 s) to %2.</source>
        <translation>
            <numerusform>Exported the phrase (%n note, %1 s) to %2.</numerusform>
            <numerusform>Exported the phrase (%n notes, %1 s) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::MorphPanel</name>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanel.cpp" line="471"/>
        <source>%1: %n instrument(s). Drag the point to morph; play with the mouse, the keys A–K, or a MIDI keyboard.</source>
        <translation>
            <numerusform>%1: %n instrument. Drag the point to morph; play with the mouse, the keys A–K, or a MIDI keyboard.</numerusform>
            <numerusform>%1: %n instruments. Drag the point to morph; play with the mouse, the keys A–K, or a MIDI keyboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelExport.cpp" line="199"/>
        <source>Live: %n voice(s) sounding</source>
        <translation>
            <numerusform>Live: %n voice sounding</numerusform>
            <numerusform>Live: %n voices sounding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="197"/>
        <source>Play the instrument from a MIDI keyboard (%n port(s) found)</source>
        <translation>
            <numerusform>Play the instrument from a MIDI keyboard (%n port found)</numerusform>
            <numerusform>Play the instrument from a MIDI keyboard (%n ports found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timbre/MorphPanelPlaying.cpp" line="266"/>
        <source>Phrase: %n note(s), %1 s.</source>
        <translation>
            <numerusform>Phrase: %n note, %1 s.</numerusform>
            <numerusform>Phrase: %n notes, %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::PersonaliseActions</name>
    <message numerus="yes">
        <location filename="../ui/main/PersonaliseActions.cpp" line="81"/>
        <source>Kept: you have %n drawing(s); %1 more and a model can learn your style (Sketch ▸ Make It Mine).</source>
        <translation>
            <numerusform>Kept: you have %n drawing; %1 more and a model can learn your style (Sketch ▸ Make It Mine).</numerusform>
            <numerusform>Kept: you have %n drawings; %1 more and a model can learn your style (Sketch ▸ Make It Mine).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/PersonaliseActions.cpp" line="83"/>
        <source>Kept: you have %n drawing(s) for Make It Mine.</source>
        <translation>
            <numerusform>Kept: you have %n drawing for Make It Mine.</numerusform>
            <numerusform>Kept: you have %n drawings for Make It Mine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::QuickDrawBrowser</name>
    <message numerus="yes">
        <location filename="../ui/sketch/QuickDrawBrowser.cpp" line="45"/>
        <source>%n drawing(s)</source>
        <translation>
            <numerusform>%n drawing</numerusform>
            <numerusform>%n drawings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::RatingsActions</name>
    <message numerus="yes">
        <location filename="../ui/main/RatingsActions.cpp" line="50"/>
        <source>%n rating(s) imported</source>
        <translation>
            <numerusform>%n rating imported</numerusform>
            <numerusform>%n ratings imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::RecordController</name>
    <message numerus="yes">
        <location filename="../ui/live/RecordController.cpp" line="51"/>
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n bar</numerusform>
            <numerusform>%n bars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/live/RecordController.cpp" line="302"/>
        <source>Recorded %n note(s) (Ctrl+Z takes the take back).</source>
        <translation>
            <numerusform>Recorded %n note (Ctrl+Z takes the take back).</numerusform>
            <numerusform>Recorded %n notes (Ctrl+Z takes the take back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchEditor</name>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchEditor.cpp" line="151"/>
        <source>%n line(s) could not be read and were left out; the first: %1</source>
        <translation>
            <numerusform>%n line could not be read and was left out; the first: %1</numerusform>
            <numerusform>%n lines could not be read and were left out; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ui::SketchModelPanel</name>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="306"/>
        <source>%n alternative(s): Preview shows one on the canvas, Keep (or a double-click) adds it</source>
        <translation>
            <numerusform>%n alternative: Preview shows it on the canvas, Keep (or a double-click) adds it</numerusform>
            <numerusform>%n alternatives: Preview shows one on the canvas, Keep (or a double-click) adds it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sketch/SketchModelPanel.cpp" line="340"/>
        <source>%n stroke(s) added; they are ordinary strokes now</source>
        <translation>
            <numerusform>%n stroke added; it is an ordinary stroke now</numerusform>
            <numerusform>%n strokes added; they are ordinary strokes now</numerusform>
        </translation>
    </message>
</context>
</TS>
