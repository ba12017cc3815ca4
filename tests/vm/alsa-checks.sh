#!/usr/bin/env bash
# Inside the VM that tests/vm/alsa-vm.sh boots, on a real ALSA sequencer:
#   bash tests/vm/alsa-checks.sh RESULTS_DIR BUILD_DIR
# 1. the suites that check the sequencer where there is one
#    (test_alsa_sequencer: Atelier's queue, its delays and cancel;
#    test_midi_input: Atelier In and Atelier Out open);
# 2. `atelier play --midi-out virtual --clock`: its port seen by aconnect,
#    and what aseqdump hears there (Start, clock, Song Position, notes, Stop);
# 3. `atelier play --follow-clock virtual`: a DAW's clock (clock-source, an
#    ALSA client) into its port starts it, and it follows that tempo;
# 4. the studio as a DAW sees it: Atelier In and Atelier Out listed by
#    aconnect; with Follow MIDI Clock on, a DAW's Start and clock sent into
#    Atelier In play the song, and its track routed to Atelier Out is heard
#    there by aseqdump (what a DAW would record).
# Writes log.txt and failed (the number of failed checks) to RESULTS_DIR.
set -u
results=$1
build=$2
clock_source=$3   # tests/vm/clock-source.c, built
repo=$(cd "$(dirname "$0")/../.." && pwd)
export QT_QPA_PLATFORM=offscreen
export ATELIER_DATA=${ATELIER_DATA:-$repo/../shared}
exec > >(tee "$results/log.txt") 2>&1
cd /tmp
failed=0
check() {   # check NAME COMMAND...: runs it, says PASS or FAIL
  local name=$1; shift
  echo "=== $name"
  if "$@"; then echo "--- PASS: $name"; else echo "--- FAIL: $name"; failed=$((failed + 1)); fi
}
wait_for_port() {   # wait_for_port NAME SECONDS: until aconnect lists a port NAME
  local until=$((SECONDS + $2))
  while ((SECONDS < until)); do
    aconnect -l | grep -q "'$1 *'" && return 0
    sleep 0.2
  done
  return 1
}
port_address() {   # port_address NAME: client:port of the port NAME
  aconnect -l | awk -v name="'$1 *'" '
    /^client [0-9]+:/ { client = $2; sub(":", "", client) }
    $0 ~ name && $1 ~ /^[0-9]+$/ { print client ":" $1; exit }'
}

echo "kernel $(uname -r); sequencer: $(cat /proc/asound/seq/clients | grep -c '^Client') clients; cards: $(cat /proc/asound/cards | grep -c '^ *[0-9]')"
check "a sequencer and a sound card" test -c /dev/snd/seq -a -e /dev/snd/pcmC0D0p
check "test_alsa_sequencer" "$build/tests/test_alsa_sequencer"
check "test_midi_input" "$build/tests/test_midi_input"

# atelier play: a Nottingham tune to its own ALSA port, with MIDI clock.
song=$(ls "$ATELIER_DATA"/data/midi/nottingham/melody/*.mid | head -1)
play_check() {
  "$build/atelier" play "$song" --midi-out virtual --clock --seconds 20 --json > play.json 2> play.err &
  local pid=$!
  if ! wait_for_port "Atelier Play out" 60; then
    echo "no port 'Atelier Play out'"; cat play.err; kill $pid; return 1
  fi
  aconnect -l
  local address; address=$(port_address "Atelier Play out")
  aseqdump -p "$address" > dump.txt 2>&1 &
  local dump=$!
  wait $pid; local rc=$?
  sleep 1; kill $dump
  echo "play: exit $rc; $(tail -1 play.json)"
  cat play.err
  local notes clocks starts stops positions
  notes=$(grep -c 'Note on' dump.txt); clocks=$(grep -c 'Clock' dump.txt)
  starts=$(grep -c 'Start' dump.txt); stops=$(grep -c 'Stop' dump.txt); positions=$(grep -c 'Song position' dump.txt)
  echo "aseqdump on $address heard: $notes note-ons, $clocks clock ticks, $starts Start, $positions Song Position, $stops Stop"
  head -12 dump.txt
  # Listening began after the port appeared, so the opening may be missed:
  # what is asked is that notes, clock and Stop came through the port.
  [[ $rc == 0 && $notes -gt 5 && $clocks -gt 100 && $stops -ge 1 ]]
}
check "atelier play --midi-out virtual --clock" play_check

# atelier play follows a DAW's clock: nothing before Start, then its tempo.
follow_check() {
  "$build/atelier" play "$song" --follow-clock virtual --midi-out virtual --seconds 30 --json > follow.json 2> follow.err &
  local pid=$!
  if ! wait_for_port "Atelier Play clock in" 60; then
    echo "no port 'Atelier Play clock in'"; cat follow.err; kill $pid; return 1
  fi
  aseqdump -p "$(port_address "Atelier Play out")" > follow-dump.txt 2>&1 &
  local dump=$!
  sleep 2
  local before; before=$(grep -c 'Note on' follow-dump.txt)
  "$clock_source" "Atelier Play clock in" 100 12; local sent=$?
  wait $pid; local rc=$?
  sleep 1; kill $dump
  local notes; notes=$(grep -c 'Note on' follow-dump.txt)
  local followed; followed=$(grep -c '"source":"midi-clock"' follow.json)
  local bpm; bpm=$(grep '"source":"midi-clock"' follow.json | tail -3 | head -1 | sed 's/.*"bpm":\([0-9.]*\).*/\1/')
  echo "play --follow-clock: exit $rc; $before note-ons before Start, $notes in all; $followed seconds on the clock, at $bpm bpm (sent 100)"
  cat follow.err
  [[ $sent == 0 && $rc == 0 && $before == 0 && $notes -gt 5 && $followed -ge 5 ]] \
    && awk -v b="$bpm" 'BEGIN { exit !(b > 98 && b < 102) }'
}
check "atelier play --follow-clock virtual" follow_check

# The studio, as a DAW beside it sees it.
studio_check() {
  mkdir -p "$HOME/.config/Atelier"
  printf '[sync]\nfollowClock=true\n' > "$HOME/.config/Atelier/atelier.conf"
  # A version-1 project: one track on channel 1, a note on every beat for
  # 16 bars, sent to Atelier Out.
  local notes="" beat
  for ((beat = 0; beat < 64; ++beat)); do notes+="${notes:+,}[$((60 + beat % 12)),$((beat * 480)),240,100]"; done
  cat > daw.atelier <<JSON
{"format": "atelier-project", "version": 1,
 "song": {"ppq": 480, "tempos": [{"tick": 0, "bpm": 120}],
          "time_signatures": [{"tick": 0, "numerator": 4, "denominator": 4}],
          "loop": {"start": 0, "end": 0, "enabled": false},
          "tracks": [{"name": "to the DAW", "program": 0, "channel": 0, "mute": false, "solo": false,
                      "armed": false, "volume": 0.8, "midi_out": "Atelier Out", "notes": [$notes], "controls": []}]}}
JSON
  "$build/atelier" daw.atelier > studio.log 2>&1 &
  local pid=$!
  if ! wait_for_port "Atelier In" 300 || ! wait_for_port "Atelier Out" 60; then
    echo "the studio's ports did not appear"; aconnect -l; cat studio.log; kill $pid; return 1
  fi
  aconnect -l
  aseqdump -p "$(port_address "Atelier Out")" > studio-out.txt 2>&1 &
  local dump=$!
  sleep 2
  "$clock_source" "Atelier In" 120 12; local sent=$?
  sleep 2
  kill $dump
  kill -0 $pid; local alive=$?
  kill $pid; wait $pid
  local heard; heard=$(grep -c 'Note on' studio-out.txt)
  echo "the studio followed the clock into Atelier In; aseqdump on Atelier Out heard $heard note-ons"
  head -8 studio-out.txt
  [[ $sent == 0 && $alive == 0 && $heard -ge 8 ]] || { cat studio.log; return 1; }
}
check "the studio: Atelier In follows a clock, Atelier Out plays to a DAW" studio_check

echo "$failed" > "$results/failed"
echo "=== $failed failed"
