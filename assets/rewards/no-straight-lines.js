// "I hate straight lines": a stroke of 3 points or more is straight when the
// distance from its first to its last point is at least 0.98 of its path
// length. reward = 1 - the share of straight strokes.
function straight(stroke) {
  if (stroke.length < 3)
    return false;
  var path = 0;
  for (var i = 1; i < stroke.length; i++)
    path += Math.hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y);
  var chord = Math.hypot(stroke[stroke.length - 1].x - stroke[0].x, stroke[stroke.length - 1].y - stroke[0].y);
  return path > 0 && chord >= 0.98 * path;
}

function score(sample) {
  var counted = sample.strokes.filter(function (s) { return s.length >= 3; });
  if (counted.length === 0)
    return {reward: 0, parts: {straight: 0}};
  var share = counted.filter(straight).length / counted.length;
  return {reward: 1 - share, parts: {straight: share}};
}
