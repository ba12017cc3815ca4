// "Fewer strokes": the fewer separate strokes, the better.
// reward = 1 / (number of strokes), 0 for an empty drawing.
function score(sample) {
  var n = sample.strokes.length;
  return {reward: n > 0 ? 1 / n : 0, parts: {strokes: n}};
}
