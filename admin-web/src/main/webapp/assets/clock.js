// Live clock on the check-in confirmation: a moving second hand tells the gatekeeper that this is
// the live page, not a screenshot. The page works without it.
(function () {
  var clock = document.getElementById('clock');
  if (!clock) return;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function tick() {
    var d = new Date();
    clock.textContent = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) +
      ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  }
  tick();
  setInterval(tick, 1000);
})();
