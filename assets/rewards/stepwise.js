// "I like stepwise melodies" (the README's ten lines): the share of moves
// between neighbouring notes of one or two semitones.
function score(sample) {
  var notes = sample.notes, steps = 0;
  for (var i = 1; i < notes.length; i++) {
    var move = Math.abs(notes[i].pitch - notes[i - 1].pitch);
    if (move === 1 || move === 2)
      steps++;
  }
  return notes.length > 1 ? steps / (notes.length - 1) : 0;
}
