// "Round shapes": strokes that keep turning the same way. For each stroke of
// 5 points or more, the share of its turns that go the way most of them go,
// and how far it turns in all (up to a full circle).
//   same_way  mean share of turns in the stroke's main direction
//   turning   mean total turning, as a share of a full circle (at most 1)
// reward = the mean of the two
function score(sample) {
  var sameWay = 0, turning = 0, counted = 0;
  sample.strokes.forEach(function (s) {
    if (s.length < 5)
      return;
    var left = 0, right = 0, total = 0;
    for (var i = 2; i < s.length; i++) {
      var a = Math.atan2(s[i - 1].y - s[i - 2].y, s[i - 1].x - s[i - 2].x);
      var b = Math.atan2(s[i].y - s[i - 1].y, s[i].x - s[i - 1].x);
      var d = b - a;
      while (d > Math.PI) d -= 2 * Math.PI;
      while (d < -Math.PI) d += 2 * Math.PI;
      if (d > 0) left++; else if (d < 0) right++;
      total += d;
    }
    var turns = left + right;
    sameWay += turns > 0 ? Math.max(left, right) / turns : 0;
    turning += Math.min(Math.abs(total) / (2 * Math.PI), 1);
    counted++;
  });
  if (counted === 0)
    return {reward: 0, parts: {same_way: 0, turning: 0}};
  var parts = {same_way: sameWay / counted, turning: turning / counted};
  return {reward: (parts.same_way + parts.turning) / 2, parts: parts};
}
