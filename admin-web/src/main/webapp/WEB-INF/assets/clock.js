// Live clock on the check-in confirmation: a moving second hand tells the gatekeeper that this is
// the live page, not a screenshot. Shown in city time (UTC+8, no daylight saving) whatever the
// phone's zone, so it matches the check-in time above it. The page works without it.
(function () {
  var clock = document.getElementById('clock');
  if (!clock) return;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function tick() {
    var d = new Date(Date.now() + 8 * 3600 * 1000);
    clock.textContent = d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' +
      pad(d.getUTCDate()) + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' +
      pad(d.getUTCSeconds());
  }
  tick();
  setInterval(tick, 1000);
})();
