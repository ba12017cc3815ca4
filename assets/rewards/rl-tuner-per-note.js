// Magenta RL Tuner's music-theory rules (Jaques et al. 2017), per note as
// RL Tuner itself rewarded them (each step, not a share of the part): every
// note out of key costs 1, every note that repeats a pitch more than 3 times
// in a row costs 2, and a third note of the same pitch in a row already
// costs 0.5 (the step before a repeat, so the tuner sees it more often);
// resolved leaps and motifs earn their shares as in rl-tuner-rules.js. The
// parts are the same shares as there:
//   in_key          notes in the key (the sample's key, else C major)
//   repeated        notes that repeat the same pitch more than 3 times in a row
//   resolved_leaps  leaps of more than a fifth followed by a step back the other way
//   motif           notes in a 3-interval pattern that comes again later in the part
// reward = -(notes out of key) - 2 * repeats - 0.5 * thirds in a row
//          + 0.5 * resolved_leaps + 0.5 * motif
// Measured in the README ("Notes in key").
function score(sample) {
  var notes = sample.notes;
  if (notes.length === 0)
    return {reward: -1, parts: {in_key: 0, repeated: 0, resolved_leaps: 0, motif: 0}};
  var key = sample.key || {tonic: 0, mode: "major"};
  var scale = key.mode === "minor" ? [0, 2, 3, 5, 7, 8, 10, 11] : [0, 2, 4, 5, 7, 9, 11];
  var inKey = 0;
  for (var i = 0; i < notes.length; i++)
    if (scale.indexOf(((notes[i].pitch - key.tonic) % 12 + 12) % 12) >= 0)
      inKey++;

  var repeated = 0, triples = 0, run = 1;
  for (var i = 1; i < notes.length; i++) {
    run = notes[i].pitch === notes[i - 1].pitch ? run + 1 : 1;
    if (run > 3)
      repeated++;
    if (run === 3)
      triples++;
  }

  var leaps = 0, resolved = 0;
  for (var i = 1; i + 1 < notes.length; i++) {
    var leap = notes[i].pitch - notes[i - 1].pitch;
    if (Math.abs(leap) > 7) {
      leaps++;
      var back = notes[i + 1].pitch - notes[i].pitch;
      if (back !== 0 && Math.sign(back) !== Math.sign(leap) && Math.abs(back) <= 2)
        resolved++;
    }
  }

  var intervals = [];
  for (var i = 1; i < notes.length; i++)
    intervals.push(notes[i].pitch - notes[i - 1].pitch);
  var inMotif = new Array(notes.length).fill(false);
  for (var a = 0; a + 3 <= intervals.length; a++)
    for (var b = a + 3; b + 3 <= intervals.length; b++)
      if (intervals[a] === intervals[b] && intervals[a + 1] === intervals[b + 1] && intervals[a + 2] === intervals[b + 2])
        for (var k = 0; k < 4; k++) {
          inMotif[a + k] = true;
          inMotif[b + k] = true;
        }
  var motif = inMotif.filter(function (x) { return x; }).length;

  var n = notes.length;
  var parts = {
    in_key: inKey / n,
    repeated: repeated / n,
    resolved_leaps: leaps > 0 ? resolved / leaps : 1,
    motif: motif / n
  };
  return {reward: -(n - inKey) - 2 * repeated - 0.5 * triples + 0.5 * parts.resolved_leaps + 0.5 * parts.motif, parts: parts};
}
