// "Shimmery": many short notes with small changes from one to the next.
//   density   notes per beat, counted up to 4 (as a share of 4)
//   short     notes of a sixteenth or less
//   small     steps of at most 2 semitones between neighbouring notes
// reward = the mean of the three
function score(sample) {
  var notes = sample.notes;
  if (notes.length < 2)
    return {reward: 0, parts: {density: 0, short: 0, small: 0}};
  var end = 0;
  for (var i = 0; i < notes.length; i++)
    end = Math.max(end, notes[i].start + notes[i].duration);
  var density = Math.min(notes.length / Math.max(end, 1), 4) / 4;
  var shortNotes = notes.filter(function (n) { return n.duration <= 0.25; }).length / notes.length;
  var small = 0;
  for (var i = 1; i < notes.length; i++)
    if (Math.abs(notes[i].pitch - notes[i - 1].pitch) <= 2)
      small++;
  var parts = {density: density, short: shortNotes, small: small / (notes.length - 1)};
  return {reward: (parts.density + parts.short + parts.small) / 3, parts: parts};
}
